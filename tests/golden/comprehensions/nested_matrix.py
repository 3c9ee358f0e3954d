# Nested comprehensions: matrix ops, flattening, grids for a tiny game of life, and scoping rules.
def transpose(m):
    return [[row[i] for row in m] for i in range(len(m[0]))]


def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in transpose(b)] for row in a]


A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
print(transpose(A))
print(matmul(A, B))
print([x for row in A for x in row if x % 2])
print([[x * y for x in range(1, 5)] for y in range(1, 4)])
print([(i, j) for i in range(4) for j in range(i) if (i + j) % 2])

board = [".....", "..#..", "..#..", "..#..", "....."]
cells = {(r, c) for r, line in enumerate(board) for c, ch in enumerate(line) if ch == "#"}


def step(live, size=5):
    def count(r, c):
        return sum((r + dr, c + dc) in live for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc)
    return {(r, c) for r in range(size) for c in range(size)
            if count(r, c) == 3 or (count(r, c) == 2 and (r, c) in live)}


for gen in range(3):
    print(f"gen {gen}: {sorted(cells)}")
    print("\n".join("".join("#" if (r, c) in cells else "." for c in range(5)) for r in range(5)))
    cells = step(cells)

x = "outer"
squares = [x * x for x in range(5)]
print(x, squares)
words = ["alpha", "beta", "gamma", "delta"]
index = {w[0]: [i for i, v in enumerate(words) if v[0] == w[0]] for w in words}
print(index)
pascal = [[1]]
for _ in range(6):
    prev = pascal[-1]
    pascal.append([a + b for a, b in zip([0] + prev, prev + [0])])
print(pascal[-1], [sum(r) for r in pascal])
try:
    print([y for y in range(3) if y < undefined_name])
except NameError as e:
    print("NameError:", e)
