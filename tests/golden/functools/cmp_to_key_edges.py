# functools.cmp_to_key: sorting, min/max and comparisons through the key wrapper, its obj, and
# the errors of comparing with something else, hashing it, or calling K without an object.
from functools import cmp_to_key


def by_length_then_reverse(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)


words = ["pear", "fig", "apple", "kiwi", "date", "plum"]
K = cmp_to_key(by_length_then_reverse)
print(sorted(words, key=K), min(words, key=K), max(words, key=K))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
k = K("fig")
print(k.obj, k < K("pear"), k == K("fig"), k >= K("kiwi"), k != K("abc"))
for action in [lambda: k < "fig", lambda: hash(k), lambda: K()]:
    try:
        action()
    except TypeError as e:
        print(e)
