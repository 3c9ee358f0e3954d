# str/repr/format of complex values, including format specs with fill, sign and width.
vals = [1 + 2j, -1.5 - 0.25j, 3j, complex(2, 0), 1e20 + 1e-5j, complex(1 / 3, 2 / 3), -0j]
for z in vals:
    print(repr(z), str(z), f"{z}", format(z, ""), f"{z:.3f}", f"{z:g}", f"{z:e}")
for spec in ["+.2f", "20.2f", "<20.1f", "^24.3e", "*>22g", ".0f", "+g", "n"]:
    print(repr(spec), repr(format(1.25 - 3.5j, spec)))
print(f"{3j:10}", f"{3j:<10}|", f"{complex(1, 1):=^16.1f}")
print(repr(complex(float("inf"), float("-inf"))), repr(complex(float("nan"), 1)))
print(str([1j, 2 + 0j]), str((1 - 1j,)), {"z": -2j})
for spec in ["d", "010f", "=10f"]:
    try:
        print(format(1 + 1j, spec))
    except ValueError as e:
        print(spec, "ValueError:", e)
print("%s and %r" % (1 + 2j, 3 - 4j))
print("{0.real} {0.imag} {0!r:>12}".format(2 - 7j))
