"""Dumping a service config with pprint: pformat with width/indent/depth/compact/sort_dicts,
PrettyPrinter instances and their flags, pp, nested tuples/lists and sets of ints, isreadable,
isrecursive and saferepr, including self-referencing structures."""
import pprint
import re

config = {
    "service": "billing",
    "ports": [8080, 8081, 8443],
    "limits": {"cpu": 2.5, "memory_mb": 4096, "burst": (1, 2, 4, 8, 16)},
    "replicas": [{"zone": "eu-west", "count": 3, "ids": list(range(12))},
                 {"zone": "us-east", "count": 2, "ids": list(range(20, 26))}],
    "flags": {3, 1, 2, 40, 10},
    "empty": {"list": [], "dict": {}, "tuple": (), "set": set()},
    "nested": {"a": {"b": {"c": {"d": {"e": "deep"}}}}},
    "alpha": None,
}

pprint.pprint(config)
print("--- width=40 indent=2")
pprint.pprint(config, width=40, indent=2)
print("--- depth=2")
pprint.pprint(config, depth=2)
print("--- unsorted compact")
print(pprint.pformat(config, sort_dicts=False, compact=True, width=60))
print("--- pp")
pprint.pp({"z": 1, "a": [1, 2, 3], "m": (4, 5)}, width=20)
pprint.pp(list(range(30)), compact=True, width=50)

printer = pprint.PrettyPrinter(indent=4, width=30, depth=3, compact=True)
print(printer.pformat(config["replicas"]))
print(printer.isreadable(config), printer.isrecursive(config))
print(repr(pprint.pformat("a long string " * 6, width=30)))
print(pprint.pformat((1, (2, (3, (4, (5,))))), depth=3), pprint.pformat(frozenset({5, 1, 3})))
print(pprint.pformat([b"bytes " * 8], width=30))
print(pprint.pformat({(1, 2): "tuple key", (0, 9): "other"}))

print("--- readability / recursion")
loop = {"name": "loop", "items": [1, 2]}
loop["self"] = loop
loop["items"].append(loop["items"])
print(pprint.isreadable(config), pprint.isreadable(loop), pprint.isrecursive(loop))
print(pprint.isreadable([1, 2, object]), pprint.isreadable({"x": 1.5}))
fix = lambda s: re.sub(r"id=\d+", "id=N", s)
print(fix(pprint.saferepr(loop)))
print(fix(pprint.pformat(loop, width=30)))
lst = [1, [2]]
lst[1].append(lst)
print(fix(pprint.saferepr(lst)), fix(pprint.pformat(lst)))
print(pprint.saferepr({"b": 2, "a": (1, {3, 2})}), pprint.saferepr("it's"))
try:
    pprint.PrettyPrinter(width=0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pprint.PrettyPrinter(indent=-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pprint.PrettyPrinter(depth=0)
except ValueError as e:
    print(type(e).__name__, e)
