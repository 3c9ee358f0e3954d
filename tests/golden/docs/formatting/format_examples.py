# Library Reference, string -- Format String Syntax, 6.1.3.2 Format examples

# Accessing arguments by position
print('{0}, {1}, {2}'.format('a', 'b', 'c'))
print('{}, {}, {}'.format('a', 'b', 'c'))
print('{2}, {1}, {0}'.format('a', 'b', 'c'))
print('{2}, {1}, {0}'.format(*'abc'))
print('{0}{1}{0}'.format('abra', 'cad'))

# Accessing arguments by name
print('Coordinates: {latitude}, {longitude}'.format(latitude='37.24N', longitude='-115.81W'))
coord = {'latitude': '37.24N', 'longitude': '-115.81W'}
print('Coordinates: {latitude}, {longitude}'.format(**coord))

# Accessing arguments' attributes
c = 3-5j
print(('The complex number {0} is formed from the real part {0.real} '
       'and the imaginary part {0.imag}.').format(c))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __str__(self):
        return 'Point({self.x}, {self.y})'.format(self=self)

print(str(Point(4, 2)))

# Accessing arguments' items
coord = (3, 5)
print('X: {0[0]};  Y: {0[1]}'.format(coord))

# Replacing %s and %r
print("repr() shows quotes: {!r}; str() doesn't: {!s}".format('test1', 'test2'))

# Aligning the text and specifying a width
print('{:<30}'.format('left aligned'))
print('{:>30}'.format('right aligned'))
print('{:^30}'.format('centered'))
print('{:*^30}'.format('centered'))  # use '*' as a fill char

# Replacing %+f, %-f, and % f and specifying a sign
print('{:+f}; {:+f}'.format(3.14, -3.14))  # show it always
print('{: f}; {: f}'.format(3.14, -3.14))  # show a space for positive numbers
print('{:-f}; {:-f}'.format(3.14, -3.14))  # show only the minus -- same as '{:f}; {:f}'

# Replacing %x and %o and converting the value to different bases
print("int: {0:d};  hex: {0:x};  oct: {0:o};  bin: {0:b}".format(42))
print("int: {0:d};  hex: {0:#x};  oct: {0:#o};  bin: {0:#b}".format(42))

# Using the comma as a thousands separator
print('{:,}'.format(1234567890))

# Expressing a percentage
points = 19
total = 22
print('Correct answers: {:.2%}'.format(points/total))

# Nesting arguments and more complex examples
for align, text in zip('<^>', ['left', 'center', 'right']):
    print('{0:{fill}{align}16}'.format(text, fill=align, align=align))

octets = [192, 168, 0, 1]
print('{:02X}{:02X}{:02X}{:02X}'.format(*octets))
print(int(_ := '{:02X}{:02X}{:02X}{:02X}'.format(*octets), 16))

width = 5
for num in range(5, 12):
    for base in 'dXob':
        print('{0:{width}{base}}'.format(num, base=base, width=width), end=' ')
    print()

# Format specification mini-language, assorted documented behaviours
print(format(1234.5678, '_.2f'), format(123456789, '_x'), format(0xDEADBEEF, '_X'), format(255, '#_b'))
print(format(3.0, 'g'), format(3.0, '#g'), format(0.00001234, 'g'), format(1234567.0, 'g'), format(1e16, 'g'))
print(format(1.5, ''), format(1e16, ''), format(1.0, ''), format(10.0**-5, ''), format(123.456, '.2'))
print(format(0.5, '%'), format(1/3, '.1%'), format(2.5, 'e'), format(2.5, 'E'), format(float('inf'), 'F'))
print(format(-0.0, 'z.1f'), format(-0.04, 'z.1f'), format(-0.04, '.1f'), format(float('nan'), '+.2f'))
print(format(42, '=+8'), format(-42, '08'), format(42, '+08,'), format(-1234.5, '010,.1f'), format(7, '^+7'))
print(format('text', '.2'), format('text', '<8.3'), format('x', '3'), format(5, '3'), format(True, ''), format(True, 'd'))
print(format(65, 'c'), format(1234, 'n'), format(12.5, 'n'), format(10, 'X'), format(-10, '#x'))
print('{:{}}|{:{}{}}'.format('a', 4, 'b', '>', 3))
print('{0!a} {0!r:>10} {1!s:^5}'.format('é', 7))
print('{:%}'.format(0.25), '{:.0%}'.format(0.255), '{:,.3f}'.format(1234.56789), '{:,d}'.format(-10**9))
print('{{literal}} {0}'.format('x'), f'{{}} {1+1}', '{0[a]}'.format({'a': 'dict'}), '{0[1][0]}'.format(['x', 'yz']))
for spec, value in (('d', 1.5), ('f', 'x'), ('s', 3), (',s', 'a'), ('=5', 'a'), ('c', -1)):
    try:
        print(format(value, spec))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
for fmt in ('{0', '{0]', '{}{0}', '{a.}', '{!x}', '}'):
    try:
        print(fmt.format(1, a=2))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(type(e).__name__ + ':', e)
