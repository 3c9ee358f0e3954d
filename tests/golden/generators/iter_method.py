# __iter__ implemented with yield, on containers and a tree; reversed iteration too.
class Playlist:
    def __init__(self, name, *songs):
        self.name = name
        self.songs = list(songs)

    def __iter__(self):
        for i, song in enumerate(self.songs, 1):
            yield f"{i}. {song}"

    def __reversed__(self):
        for song in reversed(self.songs):
            yield song

    def shuffled(self, step):
        n = len(self.songs)
        i = 0
        for _ in range(n):
            yield self.songs[i]
            i = (i + step) % n


class TreeNode:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c

    def leaves(self):
        if not self.children:
            yield self.value
        for c in self.children:
            yield from c.leaves()


p = Playlist("road", "Intro", "Highway", "Exit", "Home")
for line in p:
    print(line)
print(list(reversed(p)), list(p.shuffled(3)))
print(len(list(p)), "Exit" in p.songs, "1. Intro" in p)
t = TreeNode(1, TreeNode(2, TreeNode(4), TreeNode(5)), TreeNode(3, TreeNode(6)))
print(list(t), sum(t), max(t), list(t.leaves()))
it1, it2 = iter(t), iter(t)
print(next(it1), next(it1), next(it2))
a, *b = TreeNode("x", TreeNode("y"), TreeNode("z"))
print(a, b)
print(sorted(p, reverse=True)[:2], dict(enumerate(t.leaves())))
