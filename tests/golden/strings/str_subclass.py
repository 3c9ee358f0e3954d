# Methods on str subclasses and str values passed where methods take str: results are plain
# str, arguments are unwrapped.
class Tag(str):
    def shout(self):
        return self.upper() + "!"


t = Tag("héllo world")
print(t.shout(), type(t.upper()).__name__, t.title(), t.split(), t.center(15, "*"))
print("x-y".replace("-", Tag("+")), "abc".startswith(Tag("ab")), ",".join([Tag("a"), "b"]))
print("{0} {0!r}".format(t), "%s|%r" % (t, t), t.partition(" "), t.find(Tag("w")))
print(str.maketrans("a", "b"), t.isidentifier(), Tag("Ab").swapcase(), Tag("x").zfill(3))
print(sorted([Tag("b"), "a", Tag("C")], key=str.lower))
