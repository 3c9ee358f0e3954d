# list, tuple, dict and set methods called directly, through bound-method objects and through
# the type: results, and CPython's TypeError texts for bad calls (they differ between the three).
class Inventory:
    def __init__(self):
        self.items = {"apple": 3, "pear": 5}

    def keys(self):
        return self.items.keys()

    def __getitem__(self, k):
        return self.items[k] * 10


def attempt(label, f, *args, **kw):
    try:
        print(label, f(*args, **kw))
    except Exception as e:
        print(label, type(e).__name__, e)


xs = [5, 3, 8, 1]
attempt("sort kw", xs.sort, key=lambda v: -v)
print(xs)
attempt("sort pos", xs.sort, 1)
attempt("sort bad kw", xs.sort, reversed=True)
attempt("append none", xs.append)
attempt("list.append", list.append, xs, 1, 2)
attempt("insert", xs.insert, 0)
attempt("pop two", xs.pop, 1, 2)
attempt("index range", xs.index, 1, 0, 2)
attempt("index slice type", xs.index, 1, 0.5)
attempt("clear arg", xs.clear, 1)
attempt("tuple count", (1, 2, 1).count)
attempt("tuple index", (1, 2, 1).index, 1, 1)
attempt("tuple index kw", (1, 2).index, value=1)
d = dict(Inventory())
print(d)
attempt("update two", d.update, {}, {})
attempt("update seq", d.update, [("a", 1), "xyz"])
attempt("update int seq", d.update, [1])
d.update([("kiwi", 1)], fig=2)
print(d, d.pop("kiwi"), d.pop("zzz", None), d.setdefault("fig", 0), d.get("nope", "-"))
attempt("get none", d.get)
attempt("pop none", d.pop)
attempt("keys arg", d.keys, 1)
print(dict.fromkeys("ab", 0), {}.fromkeys([1, 2]))
attempt("fromkeys kw", dict.fromkeys, "ab", value=1)
s = {1, 2, 3}
attempt("union kw", s.union, other={4})
attempt("set.union kw", set.union, s, other={4})
print(sorted(s.union([4], (5,))), sorted(s.intersection({2, 3}, [3])), sorted(s.difference()))
attempt("frozenset add", getattr, frozenset(), "add")
fs = frozenset({1, 2})
print(sorted(fs.union({3})), fs.copy() is fs, fs.isdisjoint([3]))
attempt("maketrans types", str.maketrans, 1, 2)
words = ["pear", "Apple", "fig"]
print(sorted(words, key=str.lower), list(map(str.upper, words)))
