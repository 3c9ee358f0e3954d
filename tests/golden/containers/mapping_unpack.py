# ** and {**x} take any mapping (a dict subclass, an object with keys() and [key]); super().__getitem__ in a dict subclass reaches __missing__.
class S(dict):
    pass
class M:
    def __init__(self): self.d = {"a": 1, "b": 2}
    def keys(self): return self.d.keys()
    def __getitem__(self, k): return self.d[k] * 10
class D(dict):
    def __missing__(self, k): return "miss:" + k
    def get2(self, k): return super().__getitem__(k)
def connect(**kw): return sorted(kw.items())
print(connect(**S(host="db", port=1)), connect(**M()))
print({**S(a=1)}, {**M(), "c": 3}, dict(M()), dict(**M()))
print(D().get2("x"), D()["y"], D(z=1).get2("z"))
try:
    connect(**[1])
except TypeError as e:
    print(e)
try:
    {**[1]}
except TypeError as e:
    print(e)
