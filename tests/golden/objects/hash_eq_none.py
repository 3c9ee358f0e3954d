# Tests that defining __eq__ alone sets __hash__ to None, making instances unhashable.
class OnlyEq:
    def __eq__(self, o):
        return True


class Both:
    def __eq__(self, o):
        return True
    def __hash__(self):
        return 1


class Explicit:
    __hash__ = None


class Child(Both):
    def __eq__(self, o):
        return False


class Inherit(OnlyEq):
    pass


print(OnlyEq.__hash__ is None, Both.__hash__ is None, Child.__hash__ is None)
print(Inherit.__hash__ is None, "__hash__" in OnlyEq.__dict__, "__hash__" in Inherit.__dict__)
for cls in [OnlyEq, Explicit, Child, Inherit]:
    try:
        hash(cls())
    except TypeError as e:
        print(cls.__name__, type(e).__name__, e)
    try:
        {cls(): 1}
    except TypeError as e:
        print(cls.__name__, type(e).__name__, e)
    try:
        s = set()
        s.add(cls())
    except TypeError as e:
        print(cls.__name__, type(e).__name__, e)
print(hash(Both()))
print(len({Both(), Both()}))
try:
    hash([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    {"a": 1}[{}]
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1, [2]) in {(1, 2)}
except TypeError as e:
    print(type(e).__name__, e)
print(OnlyEq() in [1], OnlyEq() == 5)
