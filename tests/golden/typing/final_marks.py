# typing.final marks what it decorates with __final__ = True where it takes attributes
# (classes, functions, staticmethod objects; not properties or builtins), and returns it.
from typing import final


@final
class Leaf:
    @final
    def done(self):
        return "done"

    @final
    @property
    def size(self):
        return 1

    @final
    @staticmethod
    def helper():
        return "static"


print(Leaf.__final__, Leaf.done.__final__, Leaf().done(), Leaf().size, Leaf.helper())
print(getattr(Leaf.__dict__["size"], "__final__", "no attribute"), final(len) is len, final(3))
print(getattr(final(len), "__final__", "no attribute"), hasattr(Leaf.__dict__["helper"], "__final__"))
