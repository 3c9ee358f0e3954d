# Ranges compare as the sequences they describe and hash alike when equal; slices and dict
# keys/items views are unhashable in 3.11.
print(range(3) == range(0, 3), range(0) == range(4, 4), range(1, 2) == range(1, 3, 5), range(3) != range(4))
print(range(0, 3, 2) == range(0, 4, 2), [range(2)] == [range(0, 2)], range(3) == [0, 1, 2])
print(hash(range(3)) == hash(range(0, 3)), hash(range(1, 2)) == hash(range(1, 3, 7)), hash(range(0, 10, 3)))
seen = {range(3): "a", range(0, 10, 3): "b"}
print(seen[range(0, 3)], seen[range(0, 12, 3)], range(5, 5) in {range(0): 1}, len({range(2), range(0, 2, 1)}))
for v in [slice(1), {}.keys(), {}.items(), bytearray()]:
    try:
        hash(v)
    except TypeError as e:
        print(e)
print(hash({}.values()) != 0)
