# complex arithmetic, constructors, attributes, equality with int/float, and errors.
a = complex(3, 4)
b = 1 - 2j
print(a + b, a - b, a * b, a / b, -a, +b, a ** 2, b ** -1)
print(a.real, a.imag, a.conjugate(), abs(a), abs(-2j), type(abs(a)).__name__)
print(complex(), complex(2), complex(2.5, -1), complex("1+2j"), complex(" -3.5j "), complex("7"))
print(a == 3 + 4j, complex(2, 0) == 2, complex(2, 0) == 2.0, 1j * 1j == -1, hash(complex(5, 0)) == hash(5))
print(2 + a, 2.5 * b, 1 / (1j), (1 + 1j) ** 0.5, 2 ** (1j * 0))
print(1j ** 2, (0j) ** 0, pow(2j, 3), sum([1j, 2, 3.5]), (1+2j) != (1+2j))
for bad in [lambda: a < b, lambda: 1j / 0, lambda: complex("1+"), lambda: 0j ** -1, lambda: int(a)]:
    try:
        print(bad())
    except (TypeError, ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, e)
print(complex(1e300, 1e300) * 10, complex(float("inf"), 0), complex(0, float("nan")))
vals = [3 + 4j, 1j, -5, 2.5 - 1j, 0j]
print(sorted(vals, key=abs), max(vals, key=lambda z: z.imag), [z.real for z in vals])
print(isinstance(1j, complex), bool(0j), bool(0 + 1e-300j), complex(True, False))
print(repr(-0j), repr(complex(-0.0, -0.0)), repr(complex(0.0, -0.0)), 0j == -0j)
print((1 + 2j).__add__(1), (3j).imag, (3).imag, (3).real, (2.5).conjugate(), (7).conjugate())
