# Tests an uncaught TypeError for an unhashable user object (defines __eq__ only) used as a key.
class Tag:
    def __init__(self, name):
        self.name = name
    def __eq__(self, o):
        return isinstance(o, Tag) and self.name == o.name
    def __repr__(self):
        return f"Tag({self.name!r})"


def index(tags):
    seen = {}
    for t in tags:
        print("indexing", t, t in list(seen))
        seen[t] = seen.get(t, 0) + 1
    return seen


tags = [Tag("a"), Tag("b")]
print(tags[0] == Tag("a"), tags.count(Tag("b")))
print(index([]))
index(tags)
print("never printed")
