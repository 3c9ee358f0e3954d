# A tokenizer and recursive-descent calculator built on generators: a character scanner that
# yields (kind, text, column) tokens, a peekable wrapper class, and error positions.
def tokenize(src):
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
            continue
        start = i
        if ch.isdigit() or ch == ".":
            while i < len(src) and (src[i].isdigit() or src[i] == "."):
                i += 1
            yield ("NUM", src[start:i], start)
        elif ch.isalpha() or ch == "_":
            while i < len(src) and (src[i].isalnum() or src[i] == "_"):
                i += 1
            yield ("NAME", src[start:i], start)
        elif ch in "+-*/()":
            i += 1
            yield ("OP", ch, start)
        else:
            raise SyntaxError(f"unexpected {ch!r} at column {start}")
    yield ("END", "", len(src))


class Peekable:
    def __init__(self, it):
        self.it = iter(it)
        self.buf = []

    def peek(self):
        if not self.buf:
            self.buf.append(next(self.it))
        return self.buf[0]

    def __iter__(self):
        return self

    def __next__(self):
        return self.buf.pop() if self.buf else next(self.it)


def parse_expr(toks, env):
    value = parse_term(toks, env)
    while toks.peek()[1] in ("+", "-"):
        op = next(toks)[1]
        rhs = parse_term(toks, env)
        value = value + rhs if op == "+" else value - rhs
    return value


def parse_term(toks, env):
    value = parse_atom(toks, env)
    while toks.peek()[1] in ("*", "/"):
        op = next(toks)[1]
        rhs = parse_atom(toks, env)
        value = value * rhs if op == "*" else value / rhs
    return value


def parse_atom(toks, env):
    kind, text, col = next(toks)
    if kind == "NUM":
        return float(text) if "." in text else int(text)
    if kind == "NAME":
        return env[text]
    if text == "(":
        v = parse_expr(toks, env)
        if next(toks)[1] != ")":
            raise SyntaxError(f"expected ')' near column {col}")
        return v
    if text == "-":
        return -parse_atom(toks, env)
    raise SyntaxError(f"unexpected {kind} {text!r} at column {col}")


print(list(tokenize("rate*(x_1 + 2.5)")))
env = {"x": 3, "rate": 2, "x_1": 10}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "rate * (x_1 + 2.5) / 5", "-x * -(x - 1)", "7 / 2 - 1",
            "2 * (3 + ", "4 $ 4", "x x"]:
    try:
        toks = Peekable(tokenize(src))
        result = parse_expr(toks, env)
        leftover = toks.peek()
        print(f"{src!r:28} = {result}" + ("" if leftover[0] == "END" else f" (stopped at {leftover[1]!r})"))
    except SyntaxError as e:
        print(f"{src!r:28} ! {e}")
    except StopIteration:
        print(f"{src!r:28} ! ran out of tokens")
counts = {}
for kind, _, _ in tokenize("a + b * (c - 12) / d2"):
    counts[kind] = counts.get(kind, 0) + 1
print(counts)
