"""Hamming numbers, N-queens and permutations with generators (Rosetta style)."""
from typing import Iterator


def merge(a: Iterator[int], b: Iterator[int]) -> Iterator[int]:
    x, y = next(a), next(b)
    while True:
        if x < y:
            yield x
            x = next(a)
        elif y < x:
            yield y
            y = next(b)
        else:
            yield x
            x, y = next(a), next(b)


def hamming() -> Iterator[int]:
    """Dijkstra's approach with explicit lists (no itertools)."""
    h = [1]
    i2 = i3 = i5 = 0
    yield 1
    while True:
        n2, n3, n5 = 2 * h[i2], 3 * h[i3], 5 * h[i5]
        m = min(n2, n3, n5)
        h.append(m)
        if m == n2:
            i2 += 1
        if m == n3:
            i3 += 1
        if m == n5:
            i5 += 1
        yield m


def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out


def multiples(k):
    n = k
    while True:
        yield n
        n += k


def queens(n):
    def place(row, cols, d1, d2, board):
        if row == n:
            yield tuple(board)
            return
        for c in range(n):
            if c in cols or (row - c) in d1 or (row + c) in d2:
                continue
            board.append(c)
            yield from place(row + 1, cols | {c}, d1 | {row - c}, d2 | {row + c}, board)
            board.pop()
    yield from place(0, frozenset(), frozenset(), frozenset(), [])


def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [x] + rest


def show_board(sol):
    n = len(sol)
    for c in sol:
        print(" ".join("Q" if i == c else "." for i in range(n)))


def main():
    print("hamming:", take(20, hamming()))
    gen = hamming()
    for _ in range(1690):
        last = next(gen)
    print("1691st:", next(gen))
    print("merged 2s/3s:", take(12, merge(multiples(2), multiples(3))))

    for n in range(1, 9):
        sols = list(queens(n))
        print(f"{n}-queens: {len(sols)} solutions")
    first = next(queens(6))
    print("first 6-queens:", first)
    show_board(first)

    perms = list(permutations("abc"))
    print(len(perms), ["".join(p) for p in perms])
    g = permutations([1, 2, 3, 4])
    print(next(g), next(g))
    g.close()
    print("closed; next ->", next(g, "exhausted"))

    squares = (i * i for i in range(10))
    print(sum(squares), sum(squares))
    evens = filter(lambda v: v % 2 == 0, hamming())
    print("even hamming:", take(8, evens))
    pairs = zip(hamming(), multiples(7))
    print("zip:", take(4, pairs))
    stopped = take(3, iter([1, 2]))
    print("short:", stopped)
    it = iter(take(5, hamming()))
    print(list(zip(it, it)))


main()
