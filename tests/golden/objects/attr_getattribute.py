# Tests __getattribute__ intercepting every lookup, delegating to object.__getattribute__.
class Audit:
    cls_attr = "C"
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        print("  get", name)
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)
    def hello(self):
        return "hello " + str(self.x)


a = Audit()
print(a.x)
print(a.cls_attr)
print(a.secret)
print(a.hello())
try:
    a.nope
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(a, "x"), hasattr(a, "nope"))


class WithBoth:
    def __init__(self):
        self.present = "yes"
    def __getattribute__(self, name):
        if name == "blocked":
            raise AttributeError("blocked!")
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f"fallback:{name}"


w = WithBoth()
print(w.present, w.blocked, w.missing)


class Upper:
    def __init__(self):
        self.name = "abc"
    def __getattribute__(self, name):
        v = object.__getattribute__(self, name)
        if isinstance(v, str):
            return v.upper()
        return v


u = Upper()
print(u.name, u.__dict__)
print(type(u).__name__, Audit.cls_attr)
