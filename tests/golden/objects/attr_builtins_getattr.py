# Tests getattr() with a default, hasattr(), setattr() and their errors on user objects.
class C:
    shared = "class"
    def __init__(self):
        self.own = "instance"
    def m(self):
        return "m called"


c = C()
print(getattr(c, "own"), getattr(c, "shared"), getattr(C, "shared"))
print(getattr(c, "missing", None), getattr(c, "missing", 0), getattr(C, "nope", "dflt"))
print(getattr(c, "m")(), getattr(C, "m")(c))
print(hasattr(c, "own"), hasattr(c, "m"), hasattr(c, "nope"), hasattr(C, "own"))
name = "dyn"
setattr(c, name, 42)
print(c.dyn, getattr(c, "d" + "yn"))
setattr(C, "added", "on class")
print(c.added, C().added)
for obj in [1, "s", [1], None]:
    print(type(obj).__name__, hasattr(obj, "append"), getattr(obj, "nope", "-"))
try:
    getattr(c, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(c, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(c, 5, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    hasattr(c, None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    getattr(c)
except TypeError as e:
    print(type(e).__name__, e)
print(getattr(5, "real"), getattr("ab", "upper")(), getattr([], "__len__")())
