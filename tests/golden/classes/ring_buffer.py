# A fixed-size ring buffer implementing the container protocols: __len__, __getitem__ with
# negative indexes and slices, __setitem__, __iter__, __reversed__, __contains__, __eq__; an
# out-of-range index ends the script with a traceback (exit 1).
class RingBuffer:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = [None] * capacity
        self.start = 0
        self.size = 0

    def append(self, value):
        end = (self.start + self.size) % self.capacity
        self.items[end] = value
        if self.size == self.capacity:
            self.start = (self.start + 1) % self.capacity
        else:
            self.size += 1

    def __len__(self):
        return self.size

    def _index(self, i):
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError(f"ring index {i} out of range")
        return (self.start + i) % self.capacity

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.size))]
        return self.items[self._index(i)]

    def __setitem__(self, i, value):
        self.items[self._index(i)] = value

    def __iter__(self):
        for i in range(self.size):
            yield self[i]

    def __reversed__(self):
        return (self[i] for i in range(self.size - 1, -1, -1))

    def __contains__(self, value):
        return any(v == value for v in self)

    def __eq__(self, other):
        return isinstance(other, RingBuffer) and list(self) == list(other)

    def __repr__(self):
        return f"RingBuffer({list(self)}, cap={self.capacity})"


rb = RingBuffer(4)
for n in range(1, 7):
    rb.append(n * 10)
    print(len(rb), rb, rb[0], rb[-1])
print(rb[1:3], rb[::-1], rb[::2], list(reversed(rb)))
print(40 in rb, 10 in rb, sum(rb), max(rb), sorted(rb, reverse=True))
rb[-1] = 99
rb[0] += 1
print(rb, rb.items, rb.start)
other = RingBuffer(5)
for v in [31, 40, 50, 99]:
    other.append(v)
print(rb == other, rb != other, rb == [31, 40, 50, 99], bool(RingBuffer(2)))
a, b, *rest = rb
print(a, b, rest, dict(zip(rb, "wxyz")), enumerate(rb).__next__())
print(rb[4])
