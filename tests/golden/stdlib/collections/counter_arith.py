# Counter arithmetic: + - & | keep only positive counts, unary + and -, in-place
# variants keep the left order, and the rich comparisons of 3.10+.
from collections import Counter

a = Counter(a=3, b=1, c=0, d=-2)
b = Counter(a=1, b=2, e=4)
print("a + b:", a + b)
print("a - b:", a - b)
print("b - a:", b - a)
print("a & b:", a & b)
print("a | b:", a | b)
print("+a:", +a)
print("-a:", -a)
print("a unchanged:", a)

x = Counter(a=3, b=1, d=-2)
x += Counter(b=1, d=1, z=2)
print("+=:", x)
x -= Counter(a=1, q=1)
print("-=:", x)
y = Counter(a=5, b=-1, c=2)
y &= Counter(a=2, c=7, w=1)
print("&=:", y)
z = Counter(a=1, n=-3)
z |= Counter(b=2, a=0)
print("|=:", z)

# the result order follows the left operand, then the right
print(Counter("cab") + Counter("zab"))
print(Counter(b=1, a=2) | Counter(c=3, a=1))

# comparisons (inclusion)
p = Counter(a=1, b=2)
q = Counter(a=2, b=2, c=1)
print(p <= q, p < q, q >= p, q > p, p == q, p != q)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=1, b=0))
print(Counter(a=1) < Counter(a=1), Counter() <= Counter(x=-1))
print(Counter(a=1) == {"a": 1}, Counter(a=1) == {"a": 1, "b": 0})

# arithmetic with non-Counters
for name, f in [
    ("c + dict", lambda: Counter(a=1) + {"a": 1}),
    ("c - list", lambda: Counter(a=1) - [1]),
    ("c <= dict", lambda: Counter(a=1) <= {"a": 2}),
    ("c < 3", lambda: Counter(a=1) < 3),
]:
    try:
        print(name, f())
    except TypeError as e:
        print(name, type(e).__name__, e)

# multiset use: anagram check and inventory
def is_anagram(s, t):
    return Counter(s.replace(" ", "")) == Counter(t.replace(" ", ""))

print(is_anagram("dormitory", "dirty room"), is_anagram("abc", "abd"))
stock = Counter(apple=5, pear=2, kiwi=1)
order = Counter(apple=2, kiwi=3)
print("can fill:", order <= stock, "short:", order - stock, "left:", stock - order)
print("sum:", sum([Counter("ab"), Counter("bc"), Counter("cd")], Counter()))
