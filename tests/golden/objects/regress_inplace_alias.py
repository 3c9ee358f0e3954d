# Regression: s |= t (and &=, -=, ^=) on a set and xs *= n on a list built new objects instead of
# changing the one other names refer to.
def grow(s):
    s |= {1, 2}


seen = {0}
grow(seen)
alias = seen
alias -= {0}
print(sorted(seen))
alias &= {1, 5}
print(sorted(seen))
alias ^= {9, 1}
print(sorted(seen), alias is seen)
xs = [1, 2]
ys = xs
ys *= 3
print(xs, ys is xs)
try:
    seen |= [3]
except TypeError as e:
    print(type(e).__name__, e)
