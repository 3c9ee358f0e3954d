# Tests TypeErrors when defining classes with inconsistent MRO or duplicate/invalid bases.
class A:
    pass


class B(A):
    pass


class C(A):
    pass


try:
    class Bad(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad2(B, C, A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class X(B, C):
    pass


class Y(C, B):
    pass


try:
    class Bad3(X, Y):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad5(int, str):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad6(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class Fine(B, C):
    pass


print([k.__name__ for k in Fine.__mro__])
