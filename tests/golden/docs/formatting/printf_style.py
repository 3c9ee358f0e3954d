# Library Reference, Built-in Types: printf-style String Formatting (and printf-style Bytes Formatting)

print('%(language)s has %(number)03d quote types.' % {'language': "Python", "number": 2})
print('%s %s' % ('a', 'b'), '%s' % 'single', '%s' % (('tuple',),), '%r' % ('x',))
print('%d %i %u' % (42, -42, 7), '%o %#o' % (8, 8), '%x %#x %X %#X' % (255, 255, 255, 255))
print('%e|%E|%f|%F|%g|%G' % (1234.5678, 1234.5678, 1234.5678, 1234.5678, 1234.5678, 0.00001234))
print('%c%c' % (72, 'i'), '%r %s %a' % ('é', 'é', 'é'), '%%', '100%% sure')
print('[%5d] [%-5d] [%05d] [% d] [%+d] [%+5d]' % (42, 42, 42, 42, 42, -42))
print('[%10.3f] [%-10.3f] [%010.3f] [%.0f] [%#.0f] [%+.2e]' % ((3.14159,) * 5 + (12345.678,)))
print('[%.3s] [%10s] [%-10s] [%*d] [%-*d] [%.*f]' % ('abcdef', 'hi', 'hi', 6, 7, 6, 7, 2, 3.14159))
print('%#g %g %g %g %.3g %#.3g' % (1.0, 1.0, 1e-5, 1e16, 1234.5, 1.0))
print('%d' % 3.99, '%d' % True, '%s' % None, '%x' % -255, '%5.1f%%' % 99.44)
print('%(a)s-%(b)r-%(a)5s' % {'a': 'x', 'b': 'y'})
print('%s' % [1, 2], '%s and %s' % ([1], {2: 3}), '%(x)s' % {'x': (1, 2)})

class Meters:
    def __init__(self, v):
        self.v = v
    def __str__(self):
        return f'{self.v} m'
    def __repr__(self):
        return f'Meters({self.v})'
    def __index__(self):
        return int(self.v)

print('%s | %r | %d | %x' % (Meters(5), Meters(5), Meters(5), Meters(255)))

for fmt, args in (('%d', 'x'), ('%s %s', ('a',)), ('%s', ('a', 'b')), ('%z', 1), ('%(k)s', {}),
                  ('%c', 'ab'), ('%c', 0x110000), ('%(k)s', ('a',)), ('%d %s', {'a': 1}), ('%', ())):
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__ + ':', e)

# printf-style bytes formatting
print(b'%s and %b' % (b'bytes', bytearray(b'array')), b'%d %x %c %c' % (10, 255, 65, b'z'))
print(b'%a %r' % ('é', b'q'), b'%5s|%-5s|' % (b'ab', b'cd'), b'%(k)s' % {b'k': b'v'})
try:
    b'%s' % 'str'
except TypeError as e:
    print('TypeError:', e)

# Old-style vs format comparison table examples from the tutorial
import sys
print('%-10s|%10s|' % ('left', 'right'), file=sys.stdout)
print('%03d-%.2f-%s' % (7, 2 / 3, [None]))
print('%.2f%%' % 12.3456, '%5s%%' % 'x', '%-6.2f|' % -1.005, '%+.1e' % 0.000123)
print('%s' % 10**30, '%d' % 10**30, '%x' % 2**70, '%e' % 10**30, '%.30f' % 0.1)
print('%g' % 123456789, '%g' % 0.0001, '%g' % 100000, '%g' % 1000000, '%G' % 1e-10, '%.0e' % 15)
print('%s' % float('inf'), '%f' % float('-inf'), '%e' % float('nan'), '%5.1f' % float('inf'), '%d' % -0.5)
