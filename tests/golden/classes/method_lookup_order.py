# A method is looked up before its call's arguments are evaluated (CPython's LOAD_METHOD): a
# missing method raises AttributeError with no argument evaluated, and a method found through a
# property or __getattr__ runs that code once, before the arguments. (aiocc orders them so when
# an argument calls something; an argument that only reads names or operates on values is
# evaluated first, which differs only when it raises too.)
def note(x):
    print("argument", x)
    return x


class A:
    @property
    def handler(self):
        print("property read")
        return lambda v: v * 2

    def __repr__(self):
        return "A()"


class Dyn:
    def __getattr__(self, name):
        print("__getattr__", name)
        return lambda *a: (name, a)


class Items(list):
    pass


for make in (lambda: [1].apend(note(1)), lambda: A().missing(note(2)), lambda: "s".uper(note(3)),
             lambda: Items([1]).push(note(4)), lambda: A.nothing(note(5)), lambda: (7).bit(note(6)),
             lambda: {}.nope([note(11)]), lambda: A().missing(x=note(12))):
    try:
        make()
    except (AttributeError, NameError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(A().handler(note(7)))
print(Dyn().anything(note(8), note(9)))
items = Items([3, 1, 2])
items.sort(key=note)
print(items, items.index(note(2)))
counter = {"n": 0}


def bump():
    counter["n"] += 1
    return counter["n"]


print([1, 2, 3].index(bump()), counter)
A().missing(note(10))
