# Tests __bool__ in conditions, `not`, `and`/`or` short-circuit results, any/all and filter.
class Flag:
    def __init__(self, name, on):
        self.name = name
        self.on = on
    def __bool__(self):
        print("  bool", self.name)
        return self.on
    def __repr__(self):
        return f"Flag({self.name})"


t = Flag("t", True)
f = Flag("f", False)
print(t and f)
print(f and t)
print(t or f)
print(f or t)
print(not t, not f)
print(f or f or "last")
print(t and t and "end")
if t and not f:
    print("branch taken")
x = 0
while Flag("w", x < 2):
    x += 1
print("x", x)
print(any([f, t, f]), all([t, f, t]))
print(list(filter(None, [t, f, Flag("u", True)])))
print([v for v in [t, f] if v])
print(t if f else "else")
print(bool(t), bool(f), True if t else False)
assert t, "not raised"
try:
    assert f, "flag was false"
except AssertionError as e:
    print(type(e).__name__, e)
print(Flag.__bool__(t), t.__bool__())


class BadBool:
    def __bool__(self):
        return 1


for expr in [lambda: not BadBool(), lambda: BadBool() or 1, lambda: "y" if BadBool() else "n"]:
    try:
        expr()
    except TypeError as e:
        print(type(e).__name__, e)
