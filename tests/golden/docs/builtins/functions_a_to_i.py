# Library Reference, Built-in Functions: abs .. iter

# abs / all / any (with the documented equivalents)
print(abs(-3), abs(-3.5), abs(3+4j), abs(True), abs(-0.0))

def all_(iterable):
    for element in iterable:
        if not element:
            return False
    return True

def any_(iterable):
    for element in iterable:
        if element:
            return True
    return False

for seq in ([], [0], [1, 2], [1, 0], "", "a"):
    print(repr(seq), all(seq), all_(seq), any(seq), any_(seq))

# ascii
print(ascii('café'), ascii('naïve ☃'), ascii(['€', 1]), ascii('\U0001f600'), ascii(b'\xff'))

# bin
print(bin(3), bin(-10))
print(format(14, '#b'), format(14, 'b'))
print(f'{14:#b}', f'{14:b}')

class Idx:
    def __index__(self):
        return 5
print(bin(Idx()), hex(Idx()), oct(Idx()))

# bool
print(bool(), bool(0), bool(0.0), bool(''), bool([]), bool('0'), bool([0]), bool(None))

# callable
class K:
    def __call__(self):
        return 1
print(callable(len), callable(K), callable(K()), callable(1), callable(lambda: 0), callable("s"))

# chr
print(chr(97), chr(8364), repr(chr(0)), chr(0x1F40D) == '\U0001F40D')
try:
    chr(0x110000)
except ValueError as e:
    print('ValueError:', e)

# classmethod
class C:
    @classmethod
    def f(cls, arg1, arg2):
        return (cls.__name__, arg1, arg2)

class D(C):
    pass

print(C.f(1, 2), C().f(3, 4), D.f(5, 6))

# complex
print(complex('1+2j'), complex(1, 2), complex(), complex('  3j '), complex(2.5))
try:
    complex('1 + 2j')
except ValueError as e:
    print('ValueError:', e)

# delattr / getattr / hasattr / setattr
class P:
    x = 1
p = P()
setattr(p, 'foobar', 123)
print(p.foobar, getattr(p, 'foobar'), getattr(p, 'missing', 'dflt'), hasattr(p, 'x'))
delattr(p, 'foobar')
print(hasattr(p, 'foobar'))
try:
    getattr(p, 'missing')
except AttributeError as e:
    print('AttributeError:', e)

# dict
print(dict(one=1, two=2, three=3) == {'one': 1, 'two': 2, 'three': 3} ==
      dict(zip(['one', 'two', 'three'], [1, 2, 3])) ==
      dict([('two', 2), ('one', 1), ('three', 3)]) ==
      dict({'three': 3, 'one': 1, 'two': 2}) ==
      dict({'one': 1, 'three': 3}, two=2))

# divmod
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2))

# enumerate
seasons = ['Spring', 'Summer', 'Fall', 'Winter']
print(list(enumerate(seasons)))
print(list(enumerate(seasons, start=1)))

def enumerate_(iterable, start=0):
    n = start
    for elem in iterable:
        yield n, elem
        n += 1
print(list(enumerate_(seasons, 10)))

# filter
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])))
print(list(filter(lambda x: x % 3 == 0, range(10))))

# float
print(float('+1.23'), float('   -12345\n'), float('1e-003'), float('+1E6'), float('-Infinity'))
print(float('nan'), float('inf'), float(' 1_000.5 '), float(), float(7))
try:
    float('abc')
except ValueError as e:
    print('ValueError:', e)

# format
print(format(3.14159, '.2f'), format('x', '^5'), repr(format(42)), format(1234567, ','))

# frozenset
print(frozenset([3, 1, 2]), frozenset(), frozenset([1]) == {1})

# hash (numeric equality)
print(hash(1) == hash(1.0) == hash(True), hash(-1), hash(-2), hash(0.5), hash((1, 2)) == hash((1, 2)))

# hex
print(hex(255), hex(-42))
print('%#x' % 255, '%x' % 255, '%X' % 255)
print(format(255, '#x'), format(255, 'x'), format(255, 'X'))
print(f'{255:#x}', f'{255:x}', f'{255:X}')
print((-0.5).hex(), float.hex(3.5))

# int
print(int(), int('  12  '), int(' -12_345 '), int(3.99), int(-3.99), int('0x1A', 16), int('1a', 16))
print(int('0b1010', 0), int('0o17', 0), int('0x_ff', 0), int('z', 36), int('101', 2))
for args in (('010', 0), ('12', 1), ('9', 8), ('1.5',)):
    try:
        int(*args)
    except ValueError as e:
        print('ValueError:', e)

# isinstance / issubclass
print(isinstance(1, (str, (float, int))), isinstance(True, int), issubclass(bool, (str, int)))
print(isinstance(None, type(None)), isinstance(int, type), issubclass(int, object))

# iter with a sentinel
values = iter([3, 2, 1, 0, 5])
for v in iter(lambda: next(values), 0):
    print('v', v)
