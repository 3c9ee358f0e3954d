"""Doubly linked list with full sequence protocol; ends with an uncaught IndexError."""
from __future__ import annotations
from typing import Generic, Iterable, Iterator, Optional, TypeVar, overload

T = TypeVar("T")


class Node(Generic[T]):
    __slots__ = ("value", "prev", "next")

    def __init__(self, value: T) -> None:
        self.value = value
        self.prev: Optional[Node[T]] = None
        self.next: Optional[Node[T]] = None


class LinkedList(Generic[T]):
    def __init__(self, items: Iterable[T] = ()) -> None:
        self.head: Optional[Node[T]] = None
        self.tail: Optional[Node[T]] = None
        self._len = 0
        for it in items:
            self.append(it)

    def append(self, value: T) -> None:
        node = Node(value)
        if self.tail is None:
            self.head = self.tail = node
        else:
            node.prev, self.tail.next = self.tail, node
            self.tail = node
        self._len += 1

    def appendleft(self, value: T) -> None:
        node = Node(value)
        node.next = self.head
        if self.head:
            self.head.prev = node
        else:
            self.tail = node
        self.head = node
        self._len += 1

    def _node(self, index: int) -> Node[T]:
        if index < 0:
            index += self._len
        if not 0 <= index < self._len:
            raise IndexError(f"LinkedList index {index} out of range (len {self._len})")
        if index < self._len // 2:
            node = self.head
            for _ in range(index):
                node = node.next
        else:
            node = self.tail
            for _ in range(self._len - 1 - index):
                node = node.prev
        return node

    def __getitem__(self, index: int | slice) -> T | LinkedList[T]:
        if isinstance(index, slice):
            return LinkedList(list(self)[index])
        return self._node(index).value

    def __delitem__(self, index: int) -> None:
        node = self._node(index)
        if node.prev: node.prev.next = node.next
        else: self.head = node.next
        if node.next: node.next.prev = node.prev
        else: self.tail = node.prev
        self._len -= 1

    def __len__(self) -> int:
        return self._len

    def __iter__(self) -> Iterator[T]:
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __reversed__(self) -> Iterator[T]:
        node = self.tail
        while node:
            yield node.value
            node = node.prev

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, LinkedList):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other))

    def __add__(self, other: Iterable[T]) -> LinkedList[T]:
        return LinkedList([*self, *other])

    def __repr__(self) -> str:
        return "LinkedList([" + " <-> ".join(map(repr, self)) + "])"


ll = LinkedList("bcd")
ll.appendleft("a")
ll.append("e")
print(ll, len(ll), ll[0], ll[-1], ll[3])
print(list(reversed(ll)), ll[1:4], ll[::-2])
del ll[0]; del ll[-1]; del ll[1]
print(ll, ll.head.value, ll.tail.value, "c" in ll, "z" in ll)
nums = LinkedList(range(1, 6))
print(sum(nums), max(nums), sorted(nums, reverse=True), nums + [6, 7])
print(nums == LinkedList([1, 2, 3, 4, 5]), nums == [1, 2, 3, 4, 5], nums != LinkedList())
print(list(enumerate(nums, 1))[-2:], dict(zip(ll, nums)))
it = iter(nums)
print(next(it), next(it), list(it), list(it))
print(bool(LinkedList()), bool(ll), LinkedList[int], Node.__slots__)
try:
    Node(1).other = 2
except AttributeError as e:
    print("AttributeError:", e)
print(nums[9])
