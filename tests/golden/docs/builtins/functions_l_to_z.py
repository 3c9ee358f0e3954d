# Library Reference, Built-in Functions: len .. zip

# len / list
print(len("abc"), len([1, 2]), len({}), len(range(0, 10, 3)), len(b"xy"))
print(list(), list('abc'), list((1, 2, 3)), list(range(3)))

# map
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6, 7])))
print(list(map(str.upper, ['a', 'b'])))

# max / min
print(max(3, 1, 2), max([3, 1, 2]), max('apple', 'kiwi', key=len), max([], default='empty'))
print(min(3, 1, 2), min([3, 1, 2]), min('apple', 'kiwi', 'fig', key=len), min((), default=None))
print(max([1, 5, 5, 2], key=lambda x: x % 5), min([(1, 'b'), (1, 'a')]))
try:
    max([])
except ValueError as e:
    print('ValueError:', e)

# next
it = iter([1])
print(next(it), next(it, 'done'))

# oct
print(oct(8), oct(-56))
print('%#o' % 10, '%o' % 10, format(10, '#o'), format(10, 'o'), f'{10:#o}', f'{10:o}')

# ord
print(ord('a'), ord('€'), ord('\U0001F40D'))
try:
    ord('ab')
except TypeError as e:
    print('TypeError:', e)

# pow
print(pow(10, 2), pow(10, -2), pow(-9, 0.5) == (1.8369701987210297e-16+3j), pow(2, 10, 1000))
print(pow(38, -1, mod=97), 23 * 38 % 97 == 1)
print(pow(base=2, exp=5), pow(-2, 3), (-2) ** 0.5 == pow(-2, 0.5))
try:
    pow(2, -1, 4)
except ValueError as e:
    print('ValueError:', e)

# print
print('a', 'b', sep='-', end='!\n')
print('no newline', end='')
print()
print(*[1, 2, 3], sep=', ')

# property
class C:
    def __init__(self):
        self._x = None

    def getx(self):
        return self._x

    def setx(self, value):
        self._x = value

    def delx(self):
        del self._x

    x = property(getx, setx, delx, "I'm the 'x' property.")

c = C()
c.x = 10
print(c.x, C.x.__doc__)
del c.x
try:
    c.x
except AttributeError as e:
    print('AttributeError:', e)

class Parrot:
    def __init__(self):
        self._voltage = 100000

    @property
    def voltage(self):
        """Get the current voltage."""
        return self._voltage

print(Parrot().voltage, Parrot.voltage.__doc__)
try:
    Parrot().voltage = 5
except AttributeError as e:
    print('AttributeError:', e)

class C2:
    def __init__(self):
        self._x = None

    @property
    def x(self):
        """I'm the 'x' property."""
        return self._x

    @x.setter
    def x(self, value):
        self._x = value

    @x.deleter
    def x(self):
        del self._x

c = C2()
c.x = 'set'
print(c.x, C2.x.__doc__, type(C2.x).__name__)

# range
print(list(range(10)), list(range(1, 11)), list(range(0, 30, 5)), list(range(0, 10, 3)))
print(list(range(0, -10, -1)), list(range(0)), list(range(1, 0)))
r = range(0, 20, 2)
print(r, 11 in r, 10 in r, r.index(10), r[5], r[:5], r[-1], len(r))
print(range(0) == range(2, 1, 3), range(0, 3, 2) == range(0, 4, 2))
print(r.start, r.stop, r.step, r.count(4), reversed(range(3)).__class__.__name__)

# repr
class Person:
    def __init__(self, name, age):
        self.name = name
        self.age = age
    def __repr__(self):
        return f"Person('{self.name}', {self.age})"
print(repr(Person("Alice", 30)), [Person("Bob", 5)])

# reversed / round
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(4))))
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5), round(1234, -2), round(7.0))
print(round(3.14159, 3), round(15, -1), round(25, -1), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)

# slice
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, list(range(20))[s], 'abcdefgh'[slice(3)], s.indices(5))

# sorted
print(sorted([5, 2, 3, 1, 4]), sorted("This is a test string from Andrew".split(), key=str.lower))
student_tuples = [('john', 'A', 15), ('jane', 'B', 12), ('dave', 'B', 10)]
print(sorted(student_tuples, key=lambda student: student[2]))
print(sorted(student_tuples, key=lambda s: s[2], reverse=True))
data = [('red', 1), ('blue', 1), ('red', 2), ('blue', 2)]
print(sorted(data, key=lambda r: r[0]))

# staticmethod
class S:
    @staticmethod
    def f(arg1, arg2):
        return arg1 + arg2
    g = staticmethod(len)
print(S.f(1, 2), S().f(3, 4), S.g('abc'))

# str / sum
print(str(b'abc'), str(b'caf\xc3\xa9', 'utf-8'), str(1.0), str([1, '1']))
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([[1], [2]], []), sum([0.1] * 10), sum(range(101), start=5))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print('TypeError:', e)

# super
class A:
    def method(self, arg):
        return f'A.method({arg})'
class B(A):
    def method(self, arg):
        return 'B+' + super().method(arg)
class Cc(B):
    def method(self, arg):
        return 'C+' + super(B, self).method(arg)
print(B().method(1), Cc().method(2))

# tuple / type
print(tuple(), tuple('ab'), tuple([1, 2]))
X = type('X', (), dict(a=1))
print(X.__name__, X.a, type(X()).__name__, type(1), type('') is str)
class Base:
    def hello(self):
        return 'hi from ' + type(self).__name__
Y = type('Y', (Base,), {'b': 2, 'hello2': lambda self: self.hello() + '!'})
print(Y().hello2(), Y.__bases__[0].__name__, Y.b)

# vars
class V:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self.b = 2
print(vars(V()), 'cls_attr' in vars(V))

# zip
for item in zip([1, 2, 3], ['sugar', 'spice', 'everything nice']):
    print(item)
print(list(zip(range(3), ['fee', 'fi', 'fo', 'fum'])))
try:
    list(zip(range(3), ['fee', 'fi', 'fo', 'fum'], strict=True))
except ValueError as e:
    print('ValueError:', e)
try:
    list(zip(range(5), range(3), strict=True))
except ValueError as e:
    print('ValueError:', e)
print(list(zip(range(5), range(100))))
x = [1, 2, 3]
y = [4, 5, 6]
print(list(zip(x, y)))
x2, y2 = zip(*zip(x, y))
print(x == list(x2) and y == list(y2), x2, y2)
print(list(zip()), list(zip('ab')))
