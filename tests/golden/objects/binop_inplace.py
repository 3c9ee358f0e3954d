# Tests in-place __iadd__/__imul__/__isub__ and the fallback to __add__ when no __iadd__ exists.
class Acc:
    def __init__(self, items):
        self.items = list(items)
    def __repr__(self):
        return f"Acc({self.items})"
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __imul__(self, k):
        self.items = self.items * k
        return self
    def __add__(self, o):
        return Acc(self.items + ["via add", o])


class Val:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Val({self.v})"
    def __add__(self, o):
        return Val(self.v + o)
    def __isub__(self, o):
        return "isub result"


a = Acc([1])
alias = a
a += 2
print(a, alias, a is alias)
a *= 2
print(a, a is alias)
b = a + 3
print(b, b is a)
v = Val(1)
w = v
v += 10
print(v, w, v is w)
v -= 5
print(v)
try:
    w *= 2
except TypeError as e:
    print(type(e).__name__, e)
holder = [Acc([0])]
holder[0] += "x"
d = {"k": Val(5)}
d["k"] += 1
print(holder, d)

w.acc = Acc([])
w.acc += "y"
w.n = Val(0)
w.n += 7
print(w.acc, w.n)
