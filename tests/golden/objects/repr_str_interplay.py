# Tests __repr__/__str__ interplay: str() falls back to __repr__, containers use repr.
class Both:
    def __repr__(self):
        return "Both<repr>"
    def __str__(self):
        return "Both<str>"


class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"


class OnlyStr:
    def __str__(self):
        return "OnlyStr-str"


b = Both()
print(b)
print(str(b), repr(b))
print([b], (b,), {"k": b}, {b: 1})
print(f"{b}", f"{b!r}", f"{b!s}", "%s %r" % (b, b))
print(str([b]), repr([b]), "x" + str(b))
o = OnlyRepr()
print(o, str(o), [o], f"{o}")
s = OnlyStr()
print(s, str(s), f"{s}")
print(repr(s)[:9] == "<__main__", [s][0] is s)
print("{} {!r}".format(b, b), format(b), "-".join([str(b), repr(o)]))


class BadRepr:
    def __repr__(self):
        return 42


class BadStr:
    def __str__(self):
        return None


try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)


class Sub(Both):
    def __repr__(self):
        return "Sub<" + super().__repr__() + ">"


print(Sub(), repr(Sub()), [Sub()])
