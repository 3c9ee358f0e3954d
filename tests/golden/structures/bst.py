"""Binary search tree map with generator traversals, deletion and pretty printing."""
from dataclasses import dataclass
from typing import Any, Generator, Iterator, Optional


@dataclass
class Node:
    key: int
    val: Any
    left: Optional["Node"] = None
    right: Optional["Node"] = None


class TreeMap:
    def __init__(self) -> None:
        self.root: Optional[Node] = None
        self.size = 0

    def __setitem__(self, key: int, val: Any) -> None:
        def insert(n: Optional[Node]) -> Node:
            if n is None:
                self.size += 1
                return Node(key, val)
            if key < n.key:
                n.left = insert(n.left)
            elif key > n.key:
                n.right = insert(n.right)
            else:
                n.val = val
            return n
        self.root = insert(self.root)

    def __getitem__(self, key: int) -> Any:
        n = self.root
        while n:
            if key == n.key:
                return n.val
            n = n.left if key < n.key else n.right
        raise KeyError(key)

    def __delitem__(self, key: int) -> None:
        def remove(n: Optional[Node], key: int) -> Optional[Node]:
            if n is None:
                raise KeyError(key)
            if key < n.key:
                n.left = remove(n.left, key)
            elif key > n.key:
                n.right = remove(n.right, key)
            else:
                if n.left is None or n.right is None:
                    self.size -= 1
                    return n.left or n.right
                succ = n.right
                while succ.left:
                    succ = succ.left
                n.key, n.val = succ.key, succ.val
                n.right = remove(n.right, succ.key)
            return n
        self.root = remove(self.root, key)

    def inorder(self, n: Optional[Node] = None, _top: bool = True) -> Generator[Node, None, None]:
        if _top:
            n = self.root
        if n is None:
            return
        yield from self.inorder(n.left, False) if n.left else ()
        yield n
        yield from self.inorder(n.right, False) if n.right else ()

    def levels(self) -> Iterator[list[int]]:
        frontier = [self.root] if self.root else []
        while frontier:
            yield [n.key for n in frontier]
            frontier = [c for n in frontier for c in (n.left, n.right) if c]

    def height(self, n: Optional[Node] = ..., ) -> int:
        if n is ...:
            n = self.root
        return 0 if n is None else 1 + max(self.height(n.left), self.height(n.right))

    def __iter__(self) -> Iterator[int]:
        return (n.key for n in self.inorder())

    def __len__(self) -> int:
        return self.size

    def __contains__(self, key: int) -> bool:
        try:
            self[key]
            return True
        except KeyError:
            return False

    def render(self) -> list[str]:
        lines: list[str] = []
        def walk(n: Optional[Node], prefix: str, tag: str) -> None:
            if n is None:
                return
            lines.append(f"{prefix}{tag}{n.key}={n.val!r}")
            ext = prefix + ("    " if tag in ("└── ", "") else "│   ")
            kids = [(k, t) for k, t in ((n.left, "L "), (n.right, "R ")) if k]
            for i, (k, t) in enumerate(kids):
                walk(k, ext, ("└── " if i == len(kids) - 1 else "├── ") + t)
        walk(self.root, "", "")
        return lines


t = TreeMap()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t[k] = chr(ord("a") + k // 10)
t[40] = "FORTY"
print(list(t), len(t), t.height())
print(list(t.levels()))
print("\n".join(t.render()))
del t[30]; del t[50]; del t[80]
print(list(t), len(t), 30 in t, 45 in t, t[45])
print(list(t.levels()), t.height())
g = t.inorder()
print(type(g).__name__, next(g).key, [n.key for n in g])
print({k: t[k] for k in t if k % 20 == 0})
print(sorted(t, key=lambda k: (k % 3, -k)))
try:
    del t[99]
except KeyError as e:
    print("KeyError", e, repr(e))
print(t[30])
