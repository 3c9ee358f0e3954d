# Tests negative-step and out-of-range slicing on lists, tuples, strings and ranges.
xs = [0, 1, 2, 3, 4, 5, 6]
print(xs[::-1])
print(xs[::-2])
print(xs[5:1:-1])
print(xs[1:5:-1])
print(xs[-1:-4:-1])
print(xs[-2::-3])
print(xs[:-3:-1])
print(xs[100:0:-2])
print(xs[-100:100])
print(xs[3:-100:-1])
t = tuple(xs)
print(t[::-1], t[1:3], t[::3], t[-2:], t[5:2])
print(type(t[1:3]).__name__, t[:] is t)
s = "abcdefg"
print(s[::-1], s[1:4], s[-3:], s[::2], s[5:1:-2], s[10:], repr(s[4:2]))
print(s[:] is s, s[-1::-1] == "gfedcba")
r = range(10)
print(r[::-1], r[2:8:3], r[-3:], list(r[::-4]))
print(list(range(10)[1:9][::-2]))
print("hello world"[::-1].split(" "))
b = xs[:]
print(b == xs, b is xs)
i = 2
j = -2
print(xs[i:j], xs[j:i:-1], xs[i:], xs[:j])
print(xs[None:None:-1] == xs[::-1], xs[slice(-1, None, -2)])
