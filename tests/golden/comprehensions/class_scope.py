# Comprehensions in class bodies see only their first iterable from the class scope; other
# class names are looked up as globals. Also: loop variables do not leak, and nested
# comprehensions see the enclosing function's variables. Ends with an uncaught error raised
# inside a class-body comprehension (exit 1).
size = "global size"


class Board:
    size = 3
    cells = [(r, c) for r in range(size) for c in range(2)]
    labels = {n: str(n) * 2 for n in range(size)}
    names = [size for _ in range(2)]
    try:
        rows = [[r * size for r in range(size)] for _ in range(1)]
    except TypeError as e:
        rows = f"TypeError: {e}"


print(Board.cells)
print(Board.labels, Board.names)
print(Board.rows)


def make_grid(w, h, fill):
    grid = [[fill if (x + y) % 2 else "." for x in range(w)] for y in range(h)]
    diag = [grid[i][i] for i in range(min(w, h))]
    return grid, diag


grid, diag = make_grid(4, 3, "#")
print(["".join(row) for row in grid], diag)
x = 10
squares = [x * x for x in range(4)]
print(squares, x)
gen = (x + 1 for x in range(3))
print(x, list(gen), sum(x for x in [x, x]))


class Config:
    defaults = {"a": 1, "b": 2}
    keys = sorted(defaults)
    upper = {k.upper(): v for k, v in defaults.items()}
    try:
        doubled = [defaults[k] * 2 for k in keys]
    except NameError as e:
        doubled = f"NameError: {e}"


print(Config.keys, Config.upper, Config.doubled)


class Limits:
    low, high = 2, 5
    spans = [high - n for n in range(low)]
