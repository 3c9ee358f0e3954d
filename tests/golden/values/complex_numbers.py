# complex: literals, arithmetic with int and float (CPython's formulas, so the same rounding), the
# constructor and its string parser, repr/str/format, hashing like equal reals, and the errors.
z = 3 + 4j
print(z, repr(z), abs(z), z.real, z.imag, z.conjugate(), -z, +z, 1j, -1j, 0j, -0j, complex(-0.0, 0))
print(z * z, z / 2, z / (1 - 1j), z ** 2, z ** 0.5, 2 ** z, (-8) ** (1/3), z - 1, 1 - z, 2 * z)
print(complex(), complex(1), complex(1.5, -2), complex("1+2j"), complex(" ( -3.5J ) "), complex("j"), complex("-j"), complex("1e3"), complex("inf+nanj"))
print(complex(1j, 1j), complex(real=2, imag=3), complex(z), complex(z) is z)
print(z == 3 + 4j, z == 3, complex(3, 0) == 3, complex(3, 0) == 3.0, 1j != 1, hash(complex(3, 0)) == hash(3), hash(1+2j))
print({1+0j: "a", 1: "b"}, {2j, 2j, 1})
print(f"{z}", f"{z:.2f}", f"{z:>20}", f"{z:g}", f"{z:+.3e}", f"{1j:.1f}", format(z, "^16.1f"), f"{-0j}", f"{z:.3}")
for bad in ["1+", "abc", "1+2i", "(1+2j", "1 + 2j", "", "1__2j"]:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), e)
for f in [lambda: z < z, lambda: z // 2, lambda: z % 2, lambda: int(z), lambda: float(z), lambda: 0j ** -1, lambda: z / 0, lambda: complex("1", 2), lambda: complex([1]), lambda: complex(1, "2"), lambda: f"{z:05}", lambda: f"{z:=10}", lambda: f"{z:d}", lambda: round(z), lambda: complex(1, 2, 3), lambda: (1e200+1e200j) ** 2]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(isinstance(z, complex), type(z), type(z).__name__, sum([1j, 2, 3.5]), bool(0j), bool(1j), str(2+0j), [1j, 2j])
