# Regression: iterating a dict or a view read a snapshot, so values changed during the loop were
# not seen and a change of size raised nothing.
d = {"a": 1, "b": 2, "c": 3}
for k, v in d.items():
    d["c"] = 30
    print(k, v)
for v in d.values():
    print(v)
try:
    for k in d:
        d["new"] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    for k in d.keys():
        del d["a"]
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
