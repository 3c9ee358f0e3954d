class Box:
    def __init__(self):
        self.size = 3

b = Box()
print(list(map(lambda x: x * x, range(4))), list(map(max, [1, 5], [4, 2])))
print(list(filter(None, [0, 1, "", "a"])), list(filter(lambda s: len(s) > 1, ["a", "bb", "ccc"])))
print(getattr(b, "size"), getattr(b, "color", "none"), hasattr(b, "size"), hasattr(b, "nope"))
setattr(b, "color", "red")
print(b.color, pow(2, 10), pow(2, 10, 1000), bin(10), oct(64), bin(-5), format(3.14159, ".3f"), format(42, ">5"))
