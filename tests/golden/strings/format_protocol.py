# __format__/__str__/__repr__ interplay with f-strings, format(), str.format, conversions !s !r !a.
class Temp:
    def __init__(self, c):
        self.c = c

    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] + "f") + "°F"
        if spec.endswith("C"):
            return format(self.c, spec[:-1] + "f") + "°C"
        return format(str(self), spec)

    def __str__(self):
        return f"Temp({self.c})"

    def __repr__(self):
        return f"<Temp c={self.c!r}>"


t = Temp(21.5)
print(f"{t}", f"{t:.1F}", f"{t:>10.0C}", f"{t!s}", f"{t!r}", f"{t!a}", f"{t:>14}|")
print(format(t, ".2C"), "{0:.0F} / {0!r:>15} / {0}".format(t), str(t), repr(t), ascii(t))
print(f"{'naïve'!a}", f"{'naïve'!r}", ascii("☃ \n"), f"{'x'!r:*^7}", f"{None!s:>6}|", f"{None}")


class Plain:
    pass


p = Plain()
print(format(p, "") == str(p), f"{p!s}" == str(p))
try:
    format(p, "10")
except TypeError as e:
    print("TypeError:", e)


class OnlyRepr:
    def __repr__(self):
        return "OR!"


o = OnlyRepr()
print(str(o), f"{o}", f"{o:>6}" if False else "skip", "%s %r" % (o, o), [o], {"k": o}, (o,))


class BadFormat:
    def __format__(self, spec):
        return 42


try:
    f"{BadFormat()}"
except TypeError as e:
    print("TypeError:", e)
x, items = 7, [1, 2]
print(f"{x=}", f"{x = :>4}", f"{items=!s}", f"{x*2=}", f"{'a' 'b'}", f"{{x}}", f"{x:{x}}|", f"{x!r:^5}|")
print(f"{'%'}%{x}", f"""{
    x + 1
}""", f"{[i * 2 for i in items]}", f"{dict(a=1)['a']}", f"{x if x > 5 else 0:03}")
