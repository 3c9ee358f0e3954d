# NaN: a float is itself (x is x), so containers find a NaN they hold.
nan = float("nan")
print(nan is nan, nan in [nan], [nan].count(nan), [nan] == [nan], {nan: 1}.get(nan), (nan,) == (nan,))
seen = {nan}
print(nan in seen)
seen.add(nan)
print(len(seen))
neg = -nan
s2 = {nan, neg, 1.0}
print(len(s2), neg in s2, nan in s2)
d = {nan: 1, neg: 2}
print(len(d), d[nan], d[neg])
print([nan].index(nan), [1, nan].remove(nan))
print(0.0 in [-0.0], -0.0 in {0.0})
