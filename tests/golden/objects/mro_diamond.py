# Tests multiple inheritance with a diamond: __mro__, mro(), attribute and method lookup order.
class Root:
    tag = "root"
    def who(self):
        return "Root"

class Left(Root):
    tag = "left"
    def who(self):
        return "Left"

class Right(Root):
    tag = "right"
    def who(self):
        return "Right"
    def only_right(self):
        return "only right"

class Bottom(Left, Right):
    pass

class Bottom2(Right, Left):
    pass

def names(seq):
    return [c.__name__ for c in seq]

print(names(Bottom.__mro__))
print(names(Bottom.mro()))
print(names(Bottom2.__mro__))
b = Bottom()
print(b.who(), b.tag, b.only_right(), Bottom2().who(), Bottom2().tag)
print(isinstance(b, Right), issubclass(Bottom, Left), names(Bottom.__bases__))
print(type(Bottom.__mro__).__name__, type(Bottom.mro()).__name__, Bottom.__mro__[-1] is object)

class X:
    pass

class Y:
    pass

class Z:
    pass

class P(X, Y):
    pass

class Q(Y, Z):
    pass

class R(P, Q):
    pass

print(names(R.__mro__), names(object.__mro__), names(bool.__mro__))
