# Tutorial 8.2 Exceptions: the error messages of the examples (caught), then an uncaught NameError
# whose traceback carries CPython 3.11's "Did you mean" suggestion

def show(fn):
    try:
        fn()
    except Exception as e:
        print(f'{type(e).__name__}: {e}')


show(lambda: 10 * (1/0))
show(lambda: 4 + spam*3)
show(lambda: '2' + 2)
show(lambda: 2 + '2')
show(lambda: [1, 2][5])
show(lambda: {'a': 1}['b'])
show(lambda: int('abc'))
show(lambda: None.upper())
show(lambda: 'abc'.foo)
show(lambda: len(5))
show(lambda: (1, 2)[0:1][3])
show(lambda: [].pop())
show(lambda: {}.popitem())
show(lambda: 'x' * 'y')
show(lambda: -'x')
show(lambda: 1 < 'x')
show(lambda: hash([]))
show(lambda: iter(5))
show(lambda: next(iter([])))
show(lambda: abs('x'))
show(lambda: (lambda a, b: a)(1))
show(lambda: (lambda a: a)(1, 2))
show(lambda: (lambda: 0)(x=1))
show(lambda: 'abc'[1.5])
show(lambda: {[]: 1})
show(lambda: float('x1'))
show(lambda: round('x'))
show(lambda: divmod(1, 0))
show(lambda: 2 ** 10000.0)
show(lambda: chr(-1))
show(lambda: list(range(3)).index(7))
show(lambda: 'abc'.index('z'))
show(lambda: (1).real.imag.foo)
show(lambda: object().x)
show(lambda: type('T', (), {})().missing)


class Account:
    def __init__(self):
        self.balance = 10


show(lambda: Account().balanse)
show(lambda: setattr(1, 'x', 2))
show(lambda: int.bit_length())
show(lambda: str.upper(3))
show(lambda: {1, 2} + {3})
show(lambda: [1] - [1])
show(lambda: (x for x in 'a').send('b'))
show(lambda: print('a', sep=3))
show(lambda: sorted([1], key=3))
show(lambda: dict([1, 2]))
show(lambda: dict(a=1)[{}])
show(lambda: 'a'.join([1]))
show(lambda: bytes('abc'))
show(lambda: b'a' + 'b')
show(lambda: tuple(5))
show(lambda: max())
show(lambda: sum(['a']))
show(lambda: isinstance(1, 2))
show(lambda: format(1, 'q'))
show(lambda: '{}{}'.format(1))
show(lambda: '%d' % 'a')
show(lambda: int('10', 99))


def scope_fn():
    print(counter_value)
    counter_value = 1


show(scope_fn)

ham = 1
print(hamm)
