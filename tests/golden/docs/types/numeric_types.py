# Library Reference, Built-in Types: Numeric Types (int, float, complex) documented examples

# Numeric operations table
x, y = 17, 5
print(x + y, x - y, x * y, x / y, x // y, x % y, -x, +x, abs(-x), int(3.7), float(3), complex(1, 2))
print(divmod(x, y), pow(x, y), x ** y, (1+2j).conjugate(), (3+4j).real, (3+4j).imag)
print(1 // 2, -1 // 2, 1 // -2, -1 // -2, -7 % 3, 7 % -3, 7.5 // 2, -7.5 % 2)
print(0 ** 0, 0.0 ** 0, 2 ** -1, (-8) ** (1/3) == complex((-8) ** (1/3)))
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    print(1 % 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    print(1.0 // 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
print(float('inf') - float('inf'), float('nan') == float('nan'), float('inf') > 10**400)
print(int(-0.0), -0.0, 0.0 == -0.0, 1e16, 1e15, 123456789012345678.0, 0.1 + 0.2, 1/3, 2/3)
print(1e-5, 1e-4, 0.0001, 1.5e300 * 1e10, -1e400, 5e-324, 5e-324 / 2)

# Bitwise operations on integer types
print(5 | 3, 5 & 3, 5 ^ 3, 5 << 2, 5 >> 1, ~5, -5 >> 1, -1 << 100, 1 << 64)
try:
    1 << -1
except ValueError as e:
    print('ValueError:', e)

# Additional Methods on Integer Types
n = -37
print(bin(n), n.bit_length())
print((0).bit_length(), (255).bit_length(), (2**100).bit_length())
n = 19
print(bin(n), n.bit_count(), (-n).bit_count())
print((1024).to_bytes(2, byteorder='big'))
print((1024).to_bytes(10, byteorder='big'))
print((-1024).to_bytes(10, byteorder='big', signed=True))
x = 1000
print(x.to_bytes((x.bit_length() + 7) // 8, byteorder='little'))
print((65).to_bytes(), (258).to_bytes(2, 'little'))
try:
    (1024).to_bytes(1, 'big')
except OverflowError as e:
    print('OverflowError:', e)
try:
    (-1).to_bytes(2, 'big')
except OverflowError as e:
    print('OverflowError:', e)
print(int.from_bytes(b'\x00\x10', byteorder='big'))
print(int.from_bytes(b'\x00\x10', byteorder='little'))
print(int.from_bytes(b'\xfc\x00', byteorder='big', signed=True))
print(int.from_bytes(b'\xfc\x00', byteorder='big', signed=False))
print(int.from_bytes([255, 0, 0], byteorder='big'), int.from_bytes(b'\x01\x00'))
print((10).as_integer_ratio(), (-7).as_integer_ratio(), (5).real, (5).imag, (5).numerator, (5).denominator)
print((7).conjugate(), True + True, True.bit_length(), (3).__index__())

# Additional Methods on Float
print((0.75).as_integer_ratio(), (-2.5).as_integer_ratio(), (0.1).as_integer_ratio())
try:
    float('inf').as_integer_ratio()
except OverflowError as e:
    print('OverflowError:', e)
try:
    float('nan').as_integer_ratio()
except ValueError as e:
    print('ValueError:', e)
print((-2.0).is_integer(), (3.2).is_integer())
print(float.fromhex('0x3.a7p10'), float.hex(3740.0), (0.1).hex(), (1.0).hex(), (0.0).hex(), (-0.0).hex())
print(float.fromhex('-0x1p-1074'), float.fromhex('inf'), float.fromhex(' 0x1.8 '), float.hex(float('nan')))

# Hashing of numeric types
print(hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(0.1), hash(1.5), hash(-0.0), hash(float('inf')))
print(hash(1+2j), hash(complex(0, 1)), hash(10**30), hash(-10**30), hash(2.5e20))

# int conversions and limits
print(int('1' * 50) + 1, 10**40 // 3, -(10**40) // 7, (10**40) % 7, 2**200 // 2**199, float(2**100))
print(int(1e20), int(1.5e300) == 1500000000000000052504760255204420248704468581108159154915854115111802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115467196834763571076386668544, round(2.5e20), round(1e22 + 1))
try:
    int(float('inf'))
except OverflowError as e:
    print('OverflowError:', e)
try:
    int(float('nan'))
except ValueError as e:
    print('ValueError:', e)
try:
    float(10**400)
except OverflowError as e:
    print('OverflowError:', e)
print(10**400 > 1e308, 2**53 + 1 == float(2**53 + 1), 2**53 == float(2**53), 0.5 == 1/2, 1 == 1.0 == (1+0j))
print(complex(1, 2) * complex(3, -1), (1+2j) / (3-4j), abs(3-4j), (1j) ** 2, 2 ** (1j) == 2 ** 1j)
print(repr(complex(0, -0.0)), repr(-1j), repr(complex(-0.0, 1)), complex('inf+nanj'), 1j * float('inf'))
