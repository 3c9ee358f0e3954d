# A dict changed while a for loop walks it: deletions and insertions that keep its size, growth,
# and values replaced under items() (CPython's dictiter checks, entries left by resizes).
def attempt(label, f):
    try:
        print(label, f())
    except RuntimeError as e:
        print(label, "RuntimeError", e)

def swap_keys():
    d = {i: i for i in range(4)}
    seen = []
    for k in d:
        seen.append(k)
        if k == 1:
            del d[0]
            d[10] = 10
    return seen

def grow():
    d = {i: i for i in range(3)}
    for k in d:
        d[k + 100] = 0
    return d

def churn():
    d = {i: i for i in range(5)}
    seen = []
    for k in d:
        seen.append(k)
        if len(seen) < 4:
            del d[k]
            d[k + 50] = k
    return seen, list(d)

def values_change():
    d = {i: i for i in range(3)}
    out = []
    for k, v in d.items():
        d[2] = 99
        out.append(v)
    return out

for name, f in [("swap", swap_keys), ("grow", grow), ("churn", churn), ("values", values_change)]:
    attempt(name, f)
