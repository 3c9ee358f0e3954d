# Slices read and assigned on lists, tuples and strs (ASCII and not), with __index__ bounds, the
# errors, and a class's __getitem__/__setitem__ receiving the slice object.
def f(x):
    print("f")
    return x
xs = [1,2,3,4]
print(f(xs)[f(1):f(3)])
xs[f(0):f(2)] = f([9])
print(xs)
t = (1, 2, 3, 4, 5)
s = "héllo wörld"
print(t[::-1], t[1:], t[:], t[:] is t, s[::-2], s[2:7], s[:] is s, s[-3:], xs[::-1], xs[1:1])
ys = list(range(10))
ys[::2] = "abcde"
ys[1:3] = ()
ys[:0] = iter([7, 8])
print(ys)
class I:
    def __index__(self):
        print("index")
        return 2
print(ys[I():I()+0 if False else I()], t[I():], s[:I()])
def attempt(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
def b1(): ys[::0]
def b2(): ys[::2] = [1]
def b3(): ys[1:2] = 5
def b4(): ys['a':]
def b5(): t[1:2] = 3
def b6(): len(ys)[1:2]
for b in [b1, b2, b3, b4, b5, b6]:
    attempt(b)
class Seq:
    def __getitem__(self, k):
        print("getitem", k)
        return k
    def __setitem__(self, k, v):
        print("setitem", k, v)
q = Seq()
print(q[1:2], q[::3], q[:])
q[1:] = 4
import collections
d = collections.deque([1,2,3])
