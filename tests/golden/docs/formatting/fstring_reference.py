# Language Reference 2.4.3 Formatted string literals (examples), plus format()/__format__ protocol
name = "Fred"
print(f"He said his name is {name!r}.")
print(f"He said his name is {repr(name)}.")  # repr() is equivalent to !r
width = 10
precision = 4
value = 12.34567
print(f"result: {value:{width}.{precision}}")  # nested fields
number = 1024
print(f"{number:#0x}")  # using integer format specifier
foo = "bar"
print(f"{ foo = }")  # preserves whitespace
line = "The mill's closed"
print(f"{line = }")
print(f"{line = :20}")
print(f"{line = !r:20}")
print(f"{'abc'!a:>8}|{'é'!a}|{3.0!s:>5}")
a = 3
b = 4
print(f'{a + b = }', f'{a*b=}', f'{a if a > b else b = }', f'{[a, b][0]=}', f'{ {a: b}[a] = }')
print(f'{"quoted"}', f"{'single'}", f'''{"triple"}''', f"""{'tri' + "ple"}""")
print(f'{{braces}} {{{a}}} {{{{a}}}}')
words = ['hello', 'world']
print(f"{' '.join(words)!r:^20}")
print(f'{3.14159:.{a}f}', f'{a:0{b}d}', f'{"x":{"<"}{b}}|', f'{a!r:>{b}}|')
print(f'{(lambda x: x * 2)(a)}', f'{(a, b)}', f'{[x for x in range(a)]}', f'{a:{"+" if a else "-"}}')
print(f'{-a:+}', f'{a:b}', f'{255:_x}', f'{1e-7:g}', f'{12345.678:,.1f}', f'{0.5:.0%}', f'{True:d}', f'{None!s:>5}')
print(f'{"nested {braces}"}', f'{"a" "b"}', F'{a}', rf'\n{a}', fr'{a}\t', f'\x41{a}\u00e9{b}\u2022')
print(f'''multi
line {a
} value''')


class Color:
    def __init__(self, r, g, b):
        self.rgb = (r, g, b)

    def __format__(self, spec):
        if spec == 'hex':
            return '#%02x%02x%02x' % self.rgb
        if spec == '':
            return str(self)
        return format(str(self.rgb), spec)

    def __str__(self):
        return 'Color%s' % (self.rgb,)

    def __repr__(self):
        return 'Color(%d, %d, %d)' % self.rgb


c = Color(255, 128, 0)
print(f'{c}', f'{c:hex}', f'{c!r}', f'{c:>20}', format(c, 'hex'), '{0:hex} {0!s:.5}'.format(c))


class NoFormat:
    pass


try:
    format(NoFormat(), 'x')
except TypeError as e:
    print('TypeError:', e)
print(format(NoFormat(), '').startswith('<__main__.NoFormat object'))


class BadFormat:
    def __format__(self, spec):
        return 42


try:
    f'{BadFormat()}'
except TypeError as e:
    print('TypeError:', e)
for bad in ('{a:z}', '{a:.x}', '{a:,d}'):
    try:
        print(bad.format(a='s'))
    except ValueError as e:
        print('ValueError:', e)
try:
    print(f'{a:s}')
except ValueError as e:
    print('ValueError:', e)
try:
    print(f'{3.5:d}')
except ValueError as e:
    print('ValueError:', e)
try:
    print(f'{"s":=5}')
except ValueError as e:
    print('ValueError:', e)
