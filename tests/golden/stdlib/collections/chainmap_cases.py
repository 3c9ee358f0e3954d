# ChainMap: lookups through the maps, writes/deletes touch only the first map, new_child,
# parents, maps, repr, len/iteration order, and the KeyError texts.
from collections import ChainMap

defaults = {"color": "red", "user": "guest", "size": 1}
env = {"user": "alice"}
cli = {"size": 3}
cm = ChainMap(cli, env, defaults)
print(cm)
print(cm["color"], cm["user"], cm["size"], cm.get("missing"), cm.get("missing", 0))
print("len:", len(cm), "keys:", list(cm), "items:", sorted(cm.items()))
print("in:", "color" in cm, "nope" in cm, bool(cm), bool(ChainMap()))
print(repr(ChainMap()), ChainMap({}).maps)

cm["color"] = "blue"  # goes to the first map
print(cli, defaults["color"], cm["color"])
del cm["color"]
print(cli, cm["color"])

child = cm.new_child()
child["user"] = "bob"
print(child, child["user"], cm["user"])
print("parents:", child.parents, child.parents == cm)
print("maps:", len(child.maps), child.maps[0], child.maps is not cm.maps)
kid2 = cm.new_child({"x": 1})
print(kid2.maps[0], kid2["x"])
kid3 = cm.new_child(size=99)  # 3.10+ keyword form
print(kid3["size"], kid3.maps[0])
print("parents of single:", ChainMap({"a": 1}).parents)

# maps is a mutable list
cm.maps.append({"extra": True})
print(cm["extra"], len(cm.maps))
cm.maps.reverse()
print(cm["user"], cm["size"])
cm.maps.reverse()

# iteration order: keys in the order of the last map first
print(list(ChainMap({"b": 1, "c": 2}, {"a": 0, "c": 9})))
print(dict(ChainMap({"b": 1}, {"a": 0, "b": 9})))

# pop/popitem/clear only touch maps[0]
c2 = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(c2.pop("a"), c2["a"], c2.popitem() if c2.maps[0] else "first map empty")
c2["z"] = 26
print(c2.popitem(), c2)
c2.maps[0]["q"] = 1
c2.clear()
print(c2, c2.copy(), type(c2.copy()).__name__)

# | merging (3.9+)
merged = ChainMap({"a": 1}) | {"b": 2}
print(merged, type(merged).__name__)
m2 = ChainMap({"a": 1}, {"c": 3})
m2 |= {"a": 5}
print(m2)

for label, f in [
    ("getitem", lambda: ChainMap({"a": 1})["b"]),
    ("del outer", lambda: ChainMap({}, {"b": 1}).__delitem__("b")),
    ("pop outer", lambda: ChainMap({}, {"b": 1}).pop("b")),
    ("popitem empty", lambda: ChainMap({}, {"b": 1}).popitem()),
]:
    try:
        f()
    except KeyError as e:
        print(label, type(e).__name__, e)
