# String forward references ("Node") in a linked structure.
from typing import Optional, Iterator


class Node:
    def __init__(self, value: int, next: Optional["Node"] = None) -> None:
        self.value = value
        self.next: Optional["Node"] = next

    def append(self, value: int) -> "Node":
        node = self
        while node.next is not None:
            node = node.next
        node.next = Node(value)
        return node.next

    def __iter__(self) -> Iterator[int]:
        node: "Node | None" = self
        while node is not None:
            yield node.value
            node = node.next


class Tree:
    def __init__(self, key: int) -> None:
        self.key = key
        self.left: "Tree | None" = None
        self.right: "Tree | None" = None

    def insert(self, key: int) -> "Tree":
        side = "left" if key < self.key else "right"
        child: "Tree | None" = getattr(self, side)
        if child is None:
            setattr(self, side, Tree(key))
        else:
            child.insert(key)
        return self

    def inorder(self) -> list[int]:
        out: list[int] = []
        if self.left:
            out += self.left.inorder()
        out.append(self.key)
        if self.right:
            out += self.right.inorder()
        return out


head = Node(1)
for v in (2, 3, 5, 8):
    last = head.append(v)
print(list(head), last.value)
t = Tree(50)
for k in (30, 70, 20, 40, 60, 80, 35):
    t.insert(k)
print(t.inorder())
print(Node.append.__annotations__)
print(Tree.__init__.__annotations__)
