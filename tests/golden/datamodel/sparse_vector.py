"""A sparse sequence implementing the container protocols, with slicing and __index__."""


class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n

    def __repr__(self):
        return f"Index({self.n})"


class Sparse:
    def __init__(self, length, default=0, items=None):
        self._len = length
        self.default = default
        self._data = {}
        for i, v in (items or {}).items():
            self[i] = v

    def _norm(self, i):
        i = i.__index__()
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError("sparse index out of range")
        return i

    def __len__(self):
        return self._len

    def __getitem__(self, key):
        if isinstance(key, slice):
            start, stop, step = key.indices(self._len)
            out = Sparse(len(range(start, stop, step)), self.default)
            for j, i in enumerate(range(start, stop, step)):
                if i in self._data:
                    out._data[j] = self._data[i]
            return out
        return self._data.get(self._norm(key), self.default)

    def __setitem__(self, key, value):
        i = self._norm(key)
        if value == self.default:
            self._data.pop(i, None)
        else:
            self._data[i] = value

    def __delitem__(self, key):
        i = self._norm(key)
        self._data = {(k - 1 if k > i else k): v for k, v in self._data.items() if k != i}
        self._len -= 1

    def __iter__(self):
        for i in range(self._len):
            yield self._data.get(i, self.default)

    def __reversed__(self):
        for i in range(self._len - 1, -1, -1):
            yield self._data.get(i, self.default)

    def __contains__(self, value):
        if value == self.default:
            return len(self._data) < self._len
        return value in self._data.values()

    def __bool__(self):
        return bool(self._data)

    def __eq__(self, other):
        return len(self) == len(other) and all(a == b for a, b in zip(self, other))

    __hash__ = None

    def __repr__(self):
        shown = ", ".join(f"{i}: {v!r}" for i, v in sorted(self._data.items()))
        return f"Sparse({self._len}, {{{shown}}})"

    def __iadd__(self, other):
        for i, v in enumerate(other):
            self[i] = self[i] + v
        return self


def main():
    s = Sparse(10, items={1: 5, 4: 7, 9: -2})
    print(s, len(s), list(s))
    print("index:", s[4], s[-1], s[Index(1)], s[0])
    print("slice:", s[1:5], s[::3], s[::-1], list(s[8:2:-2]))
    print("reversed:", list(reversed(s)))
    print("contains:", 7 in s, 0 in s, 3 in s, Sparse(2, items={0: 1, 1: 2}).__contains__(0))
    print("bool:", bool(s), bool(Sparse(3)), "truthy" if Sparse(0) else "falsy")
    s[2] = 3
    s[4] = 0
    del s[0]
    print("after edits:", s, len(s))
    s += [1, 1, 1]
    print("iadd:", s)
    print("eq:", s == list(s), s == [0] * 9, Sparse(3) == [0, 0, 0])
    print("builtins:", sum(s), max(s), min(s), sorted(s)[-3:], any(s), all(s), enumerate(s).__next__())
    print("list ops:", [0, 1][Index(1)], "abc"[Index(2)], list(range(10))[Index(2):Index(5)], hex(Index(255)))
    print("zip/map:", list(zip(s, "abcdefghi"))[:3], list(map(abs, s))[:5])
    try:
        hash(s)
    except TypeError as e:
        print("unhashable:", e)
    for bad in (10, -11, "x"):
        try:
            s[bad]
        except (IndexError, AttributeError) as e:
            print(f"  s[{bad!r}] -> {type(e).__name__}: {e}")
    print("unpack:", *s[:3], sep=" | ")
    a, b, *rest = s
    print(a, b, len(rest))
    x, y = Sparse(3)


main()
