# Tests del obj.attr, delattr(), __delattr__, and errors for deleting missing attributes.
class Plain:
    cls_attr = 1


p = Plain()
p.x = 1
p.y = 2
del p.x
print(hasattr(p, "x"), p.y, vars(p))
delattr(p, "y")
print(vars(p))
try:
    del p.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.cls_attr
except AttributeError as e:
    print(type(e).__name__, e)
p.cls_attr = "shadow"
print(p.cls_attr)
del p.cls_attr
print(p.cls_attr)
del Plain.cls_attr
print(hasattr(p, "cls_attr"), hasattr(Plain, "cls_attr"))


class Guarded:
    def __init__(self):
        self.keep = 1
        self.tmp = 2
    def __delattr__(self, name):
        print("  delattr", name)
        if name == "keep":
            raise AttributeError("keep is protected")
        object.__delattr__(self, name)


g = Guarded()
del g.tmp
print(vars(g))
try:
    del g.keep
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(g, "never")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del (1).real
except AttributeError as e:
    print(type(e).__name__, e)
