# copy.copy and copy.deepcopy on containers: what is shared, what is new, immutable values kept,
# nested structures, shared references and cycles preserved by deepcopy.
import copy

nested = [1, [2, 3], {"k": [4]}]
s = copy.copy(nested)
d = copy.deepcopy(nested)
print(s == nested, s is nested, s[1] is nested[1], d[1] is nested[1], d[2]["k"] is nested[2]["k"])
t = (1, 2, "x")
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.copy("abc") is "abc" or True)
tl = (1, [2])
print(copy.deepcopy(tl) is tl, copy.deepcopy(tl) == tl)
fs = frozenset({1, 2})
print(copy.copy(fs) is fs, copy.copy({1, 2}) == {1, 2}, copy.copy(b"ab"), copy.copy(bytearray(b"xy")))
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc is not cyc, repr(dc))
dd = {"a": [1], "b": (2, [3])}
c1, c2 = copy.copy(dd), copy.deepcopy(dd)
c1["a"].append(9)
print(dd, c2)
print(copy.copy(None), copy.copy(3.5), copy.copy(len) is len, copy.deepcopy(range(3)))
for bad in (lambda: copy.copy((x for x in [])), lambda: copy.deepcopy((x for x in [])), lambda: copy.copy(), lambda: copy.copy(1, 2)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(issubclass(copy.Error, Exception), copy.error is copy.Error, copy.Error.__module__)
