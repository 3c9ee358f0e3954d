# Changing a set's size, or a dict's keys, while iterating over it; __exit__ gets the traceback.
class Guard:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, tb is None, tb.tb_lineno if tb else None)
        return True
with Guard():
    x = 1
    1 / 0
with Guard():
    pass
s = {1, 2, 5, 6}
try:
    for d in s:
        if d in (2, 6):
            s.discard(d)
except RuntimeError as e:
    print(e)
d = {"py": 1, "c": 2}
try:
    for t in d:
        if t == "py":
            d["python"] = d.pop("py")
except RuntimeError as e:
    print(e)
d = {"a": 1}
try:
    for k in d:
        d["b"] = 2
except RuntimeError as e:
    print(e)
s = {1}
try:
    for x in s:
        s.add(x + 1)
except RuntimeError as e:
    print(e)
d = {1: 1, 2: 2}
for k in d:
    d[k] = 3
print(d)
