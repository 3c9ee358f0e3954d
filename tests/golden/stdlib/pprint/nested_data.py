"""pprint on the nested data a script typically dumps: dicts of lists of tuples, long strings
and bytes split over lines, width/depth/indent/compact/sort_dicts/underscore_numbers, pp,
PrettyPrinter objects, isreadable/isrecursive/saferepr and recursive structures."""
import io
import pprint
import re


def no_ids(text):
    return re.sub(r"id=\d+", "id=...", text)

config = {
    "name": "inventory-service",
    "version": (2, 14, 3),
    "replicas": 3,
    "ports": [8080, 8443, 9090],
    "labels": {"tier": "backend", "team": "storage", "env": "prod"},
    "limits": {"cpu": 1.5, "memory": 2147483648, "disk": None},
    "shards": {12, 3, 7},
    "empty": [{}, [], (), set(), frozenset()],
    "nested": [[1, [2, [3, [4, [5, [6]]]]]]],
}

print("--- default")
pprint.pprint(config)
print("--- width=40")
pprint.pprint(config, width=40)
print("--- depth=2")
pprint.pprint(config, depth=2)
print("--- indent=4 width=60")
pprint.pprint(config, indent=4, width=60)
print("--- sort_dicts=False")
pprint.pprint(config, sort_dicts=False, width=70)
print("--- pp (insertion order)")
pprint.pp(config["labels"], width=20)
print("--- underscore_numbers")
pprint.pprint({"big": 12345678901234, "small": 42, "neg": -1000000}, underscore_numbers=True)
print(pprint.pformat([10**12, 3.5, 7], underscore_numbers=True))

print("--- compact")
numbers = list(range(30))
pprint.pprint(numbers[:8], width=10)
pprint.pprint(numbers, width=50, compact=True)
words = ["alpha", "beta", "gamma", "delta", "epsilon"] * 4
pprint.pprint(words, width=45, compact=True)

print("--- long strings and bytes")
text = ("The quick brown fox jumps over the lazy dog. " * 4).strip()
pprint.pprint(text, width=30)
pprint.pprint({"msg": text, "id": 1}, width=50)
pprint.pprint(b"\x00\x01binary payload with some length " * 3, width=40)
pprint.pprint(bytearray(b"bytearray contents that are fairly long indeed"), width=30)
pprint.pprint("short", width=1)
pprint.pprint(["x" * 30, "y" * 30], width=20)

print("--- tuples and sets")
pprint.pprint((1,))
pprint.pprint(tuple(range(8)), width=10)
pprint.pprint({3, 1, 2})
pprint.pprint(frozenset(range(12)), width=30)
pprint.pprint({"c": 3, "a": 1, "b": 2})
pprint.pprint({(2, "b"): [1, 2], (1, "a"): [3, 4]})
pprint.pprint({1: "int", "1": "str", None: "none"}, width=30)

print("--- PrettyPrinter")
stream = io.StringIO()
pp = pprint.PrettyPrinter(indent=2, width=30, depth=3, stream=stream)
pp.pprint(config["nested"])
pp.pprint({"a": {"b": {"c": {"d": 1}}}})
print(stream.getvalue(), end="")
print(repr(pp.pformat([1, 2, 3])))
print(pp.isreadable([1, 2]), pp.isrecursive([1, 2]))
try:
    pprint.PrettyPrinter(indent=-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pprint.PrettyPrinter(depth=0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pprint.PrettyPrinter(width=0)
except ValueError as e:
    print(type(e).__name__, e)

print("--- recursion and readability")
loop = [1, 2]
loop.append(loop)
d = {"self": None}
d["self"] = d
print(no_ids(pprint.saferepr(loop)))
print(no_ids(pprint.saferepr(d)))
print(no_ids(pprint.pformat(loop)))
print(no_ids(pprint.pformat({"outer": [d, loop]}, width=30)))
print("recursion ids match:", str(id(loop)) in pprint.saferepr(loop), str(id(d)) in pprint.pformat(d))
print(pprint.isrecursive(loop), pprint.isrecursive([1, [2]]))
print(pprint.isreadable(loop), pprint.isreadable({"a": (1, 2.5, None, True)}))
print(pprint.isreadable(object), pprint.isreadable(len))
shared = [1, 2]
pprint.pprint([shared, shared, {"k": shared}])
print(pprint.saferepr({"z": 1, "a": [1, 2, {"q": "r"}]}))
print(pprint.pformat("it's \"quoted\"\n"))
print(pprint.pformat(None), pprint.pformat(True), pprint.pformat(1.25))
print(pprint.pformat(range(5)), pprint.pformat(slice(1, 2)))
