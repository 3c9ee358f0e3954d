# Tests user __hash__/__eq__ used by hash(), dict keys and set members.
class Key:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Key({self.name!r})"
    def __eq__(self, o):
        return isinstance(o, Key) and self.name.lower() == o.name.lower()
    def __hash__(self):
        return hash(self.name.lower())


print(hash(Key("A")) == hash(Key("a")), hash(Key("x")) == hash("x"))
d = {Key("Alice"): 1}
d[Key("ALICE")] = 2
d[Key("bob")] = 3
print(d)
print(d[Key("alice")], Key("BOB") in d, Key("carol") in d)
print(d.get(Key("Bob")), d.get(Key("zed"), "none"))
s = {Key("x"), Key("X"), Key("y")}
print(len(s), Key("Y") in s)
s.add(Key("y"))
s.discard(Key("X"))
print(len(s), sorted([k.name for k in s]))
print(len({Key("a"), Key("b")} | {Key("A")}), len({Key("a"), Key("b")} & {Key("B")}))


class Neg:
    def __hash__(self):
        return -1


class Big:
    def __hash__(self):
        return 2 ** 70


class Bad:
    def __hash__(self):
        return "no"


print(hash(Neg()), hash(Big()) == hash(2 ** 70), hash(True), hash(7))
try:
    hash(Bad())
except TypeError as e:
    print(type(e).__name__, e)
cache = {}
for name in ["a", "B", "A", "b", "c"]:
    cache[Key(name)] = cache.get(Key(name), 0) + 1
print(cache)
print(dict.fromkeys([Key("q"), Key("Q")]))
