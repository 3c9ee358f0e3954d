# SyntaxWarnings come in CPython's compile order: decorators and defaults before a def's body,
# a class body before its bases, a comprehension's body before its outermost iterable.
def deco(f):
    return f


@deco if 1 is 1 else deco
def outer(a=[1][1.5], b=2 is 2):
    return [x is "y" for x in ["y"] if x is not "z"] + [(1, 2)[0.5] for q in [3 is x for x in ()]]


class Base:
    pass


class Child(Base if None is 1 else object):
    value = [1]["k" if False else 0]
    flag = "a" is "a"

    def method(self, z=(lambda: "s"(1))):
        return {k is 1: v for k, v in {}.items()}


gen = (i is 2 for i in [1, (2)(0) if False else 2])
print(outer(0, 1), Child().method(), list(gen))
assert (1 is 1, "message")
