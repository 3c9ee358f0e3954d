# Tests __getattr__, which is only called when normal attribute lookup fails.
class Lazy:
    kind = "class-level"
    def __init__(self):
        self.real = "instance"
    def __getattr__(self, name):
        print("  __getattr__", name)
        if name.startswith("no_"):
            raise AttributeError(f"custom missing {name}")
        return name.upper()
    def method(self):
        return "method"


o = Lazy()
print(o.real)
print(o.kind)
print(o.method())
print(o.anything)
print(o.other_thing)
o.anything = "now set"
print(o.anything)
print(getattr(o, "dyn"), getattr(o, "no_x", "default"))
print(hasattr(o, "zzz"), hasattr(o, "no_zzz"))
try:
    o.no_such
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Lazy.not_on_class
except AttributeError as e:
    print(type(e).__name__, e)


class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)


p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.count(1), p.index(2))
try:
    p.missing
except AttributeError as e:
    print(type(e).__name__, e)


class Raises:
    def __getattr__(self, name):
        raise KeyError(name)


try:
    Raises().x
except KeyError as e:
    print(type(e).__name__, e)
