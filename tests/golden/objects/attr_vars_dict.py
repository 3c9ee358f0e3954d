# Tests vars(obj) and obj.__dict__: contents, order, direct mutation, class vs instance dicts.
class P:
    kind = "point"
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm(self):
        return abs(self.x) + abs(self.y)


p = P(1, -2)
print(vars(p))
print(p.__dict__, vars(p) is p.__dict__)
p.z = 3
print(p.__dict__)
p.__dict__["w"] = 4
print(p.w, vars(p))
del p.__dict__["x"]
print(hasattr(p, "x"), vars(p))
p.__dict__.update({"x": 10, "y": 20})
print(p.norm(), vars(p))
p.__dict__.clear()
print(vars(p), p.kind)
print("kind" in vars(P), "norm" in P.__dict__, "x" in P.__dict__)
print(type(P.__dict__).__name__, P.__dict__["kind"])
q = P(0, 0)
print(list(vars(q).keys()), vars(q) == {"x": 0, "y": 0})
for k, v in vars(P(5, 6)).items():
    print(k, v)
for obj in [1, "s", [1], None]:
    try:
        vars(obj)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    P.__dict__["new"] = 1
except TypeError as e:
    print(type(e).__name__, e)
