# What type() puts in a class's namespace for its instances' layout: member descriptors for
# __slots__, the __dict__ and __weakref__ descriptors, and the errors for bad __slots__.
import dataclasses


class A:
    x = 1


class B(A):
    y = 2


class E(Exception):
    pass


class I(int):
    pass


class L(list):
    pass


class F(float):
    pass


class S:
    __slots__ = ('b', 'a', '_S__p', '__q')


class S2(S):
    pass


class S3:
    __slots__ = ('a', '__dict__')


class W:
    __slots__ = ('__weakref__',)


class T(tuple):
    pass


class Meta(type):
    pass


@dataclasses.dataclass
class D:
    a: int = 1


class Eq:
    def __eq__(self, other):
        return True


for c in (A, B, E, I, L, F, S, S2, S3, W, T, Meta, D, Eq):
    print(c.__name__, list(vars(c)))

print(vars(A)['__dict__'], vars(A)['__weakref__'], type(vars(A)['__dict__']).__name__)
print(vars(S)['a'], type(vars(S)['a']).__name__)
print(S.a, A.__weakref__, A.__dict__['__dict__'])

s = S()
try:
    s.a
except AttributeError as e:
    print("read:", e)
try:
    del s.a
except AttributeError as e:
    print("del:", e)
d = S.__dict__['a']
print(d.__name__, d.__qualname__, d.__objclass__, d.__get__(None, S) is d)
d.__set__(s, 5)
print(d.__get__(s, S), s.a)
d.__delete__(s)
print(hasattr(s, 'a'))
try:
    d.__get__(1, int)
except TypeError as e:
    print(e)

g = A.__dict__['__dict__']
print(g.__name__, g.__qualname__, g.__get__(None, A) is g)
a = A()
a.x = 1
print(g.__get__(a, A), A.__dict__['__weakref__'].__get__(a, A), a.__weakref__)
g.__set__(a, {'y': 2})
print(a.y, vars(a), hasattr(a, 'x'))
a.__dict__ = {'z': 3}
print(a.z, vars(a))
try:
    a.__dict__ = [1]
except TypeError as e:
    print(e)
try:
    g.__get__(1, int)
except TypeError as e:
    print(e)
print(B.__dict__.get('__dict__'), B.__weakref__)

s3 = S3()
s3.z = 1
s3.a = 2
print(vars(s3), s3.a)

# A class attribute of the type's own names does not hide them.
class Named:
    __name__ = "other"
    __bases__ = ()


print(Named.__name__, Named.__bases__, Named().__name__)

try:
    class Bad(A):
        __slots__ = ('__dict__',)
except TypeError as e:
    print(e)
try:
    class Bad(A):
        __slots__ = ('__weakref__',)
except TypeError as e:
    print(e)
try:
    class Bad(int):
        __slots__ = ('x',)
except TypeError as e:
    print(e)
try:
    class Bad:
        __slots__ = ('x',)
        x = 1
except ValueError as e:
    print(e)
try:
    class Bad:
        __slots__ = ('1x',)
except TypeError as e:
    print(e)
try:
    class Bad:
        __slots__ = ('a', 2)
except TypeError as e:
    print(e)
try:
    class Bad(Exception):
        __slots__ = ('__dict__',)
except TypeError as e:
    print(e)


class Twice:
    __slots__ = ('x', 'x')


print(list(vars(Twice)))
