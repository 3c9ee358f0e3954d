# Tests unary __neg__, __pos__, __invert__, __abs__ and their TypeError messages.
class U:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"U({self.v})"

    def __neg__(self):
        return U(-self.v)

    def __pos__(self):
        return U(("pos", self.v))

    def __invert__(self):
        return U(~self.v)

    def __abs__(self):
        return U(abs(self.v))


u = U(5)
print(-u)
print(+u)
print(~u)
print(abs(U(-3)))
print(-(-u))
print(abs(-u))
print(~~u)
print(u.__neg__())


class Bare:
    pass


for name, f in [("-", lambda x: -x), ("+", lambda x: +x), ("~", lambda x: ~x), ("abs", abs)]:
    try:
        f(Bare())
    except TypeError as e:
        print(name, type(e).__name__, e)
try:
    -"s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    ~1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs("x")
except TypeError as e:
    print(type(e).__name__, e)
print(-True, ~True, abs(-2.5), +False)
