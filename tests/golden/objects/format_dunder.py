# Tests __format__ with f-strings, format() and str.format, including spec passthrough.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        print("  spec", repr(spec))
        if spec == "":
            return f"${self.cents / 100:.2f}"
        if spec == "c":
            return f"{self.cents}c"
        return format(self.cents / 100, spec)
    def __str__(self):
        return "Money-str"


m = Money(1234)
print(f"{m}")
print(f"{m:c}")
print(f"{m:>10.1f}|")
print(format(m), format(m, "c"))
print("{} and {:c}".format(m, m))
w = 8
print(f"{m:>{w}.3f}|")
print(f"{m!s}", f"{m!s:>12}|", str(m))


class NoFormat:
    def __str__(self):
        return "nf"


n = NoFormat()
print(f"{n}", format(n), format(n, ""))
try:
    f"{n:>5}"
except TypeError as e:
    print(type(e).__name__, e)


class BadFormat:
    def __format__(self, spec):
        return 5


try:
    f"{BadFormat()}"
except TypeError as e:
    print(type(e).__name__, e)


class Sub(Money):
    def __format__(self, spec):
        return "sub:" + super().__format__(spec)


print(f"{Sub(5)}", f"{Sub(5):c}")
print(f"{3:>4}|{'ab':^6}|{2.5:.3f}|{255:x}|{1000000:,}")
print(format(True, ""), format(True, "d"), f"{None}")
