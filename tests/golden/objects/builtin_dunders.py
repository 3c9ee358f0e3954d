# Built-in types' special methods called directly: NotImplemented for an operand type a number
# or a set does not know, TypeError from the sequence ones, three-argument __pow__.
print((3).__add__("x"), (3).__radd__(2.5), (2.5).__add__(1), (2.5).__radd__(True))
print((3).__pow__(2, 5), (5).__rpow__(2, 3), (2).__pow__(10), (3).__divmod__(2), (7.5).__rdivmod__(2))
print((1 + 2j).__add__(1), (1 + 2j).__rmul__(2), (1j).__pow__(2), (1j).__add__("a"))
print({1, 2}.__or__([3]), {1}.__and__({1, 2}), frozenset({1}).__sub__({1}))
print({"a": 1}.__or__({"b": 2}), {"a": 1}.__or__([("b", 2)]), {"a": 1}.__ror__({"a": 0, "z": 9}))
for f, a in [("abc".__add__, 1), ([1].__add__, (2,)), ((1,).__add__, [2])]:
    try:
        print(f(a))
    except TypeError as e:
        print("TypeError:", e)
try:
    (2.0).__pow__(2, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    (2).__pow__(2, 0)
except ValueError as e:
    print("ValueError:", e)

class Money(int):
    def __add__(self, other):
        r = int.__add__(self, other)
        return NotImplemented if r is NotImplemented else Money(r)
    def __repr__(self):
        return f"Money({int(self)})"

print(Money(3) + 4, 4 + Money(3))
try:
    Money(3) + "x"
except TypeError as e:
    print("TypeError:", e)

d = {"a": 1}
d |= {"b": 2}
d |= [("c", 3)]
print(d, {"x": 1} | {"x": 2, "y": 3})
try:
    d | [("z", 0)]
except TypeError as e:
    print("TypeError:", e)
try:
    d |= 5
except TypeError as e:
    print("TypeError:", e)

class Config(dict):
    pass

c = Config(a=1)
m = c | {"b": 2}
print(type(m).__name__, m)
c |= {"z": 26}
print(type(c).__name__, c)

for args in [(1.0, 0), (0, 0.0), (7, 0), ("a", 1), (1j, 1)]:
    try:
        print(divmod(*args))
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
print("x".__rmod__(5), b"x".__rmod__(5), "v".__rmod__("<%s>"), "a%s".__mod__(1), b"%d".__mod__(2))
