"""A generator-based tokenizer feeding a recursive-descent parser through a peekable iterator."""


class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at position {pos}")
        self.pos = pos


def tokenize(text):
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        if ch.isdigit() or ch == ".":
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            lexeme = text[i:j]
            yield ("num", float(lexeme) if "." in lexeme else int(lexeme), i)
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(text) and (text[j].isalnum() or text[j] == "_"):
                j += 1
            yield ("name", text[i:j], i)
            i = j
        elif text.startswith("**", i):
            yield ("op", "**", i)
            i += 2
        elif ch in "+-*/%(),":
            yield ("op", ch, i)
            i += 1
        else:
            raise ParseError(f"unexpected character {ch!r}", i)
    yield ("end", None, i)


class Peekable:
    _missing = object()

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._buf = self._missing

    def __iter__(self):
        return self

    def __next__(self):
        if self._buf is not self._missing:
            value, self._buf = self._buf, self._missing
            return value
        return next(self._it)

    def peek(self):
        if self._buf is self._missing:
            self._buf = next(self._it)
        return self._buf

    def accept(self, kind, value=None):
        tok = self.peek()
        if tok[0] == kind and (value is None or tok[1] == value):
            return next(self)
        return None


FUNCS = {"max": max, "min": min, "abs": abs}


class Parser:
    def __init__(self, text, env):
        self.toks = Peekable(tokenize(text))
        self.env = env

    def parse(self):
        value = self.expr()
        kind, val, pos = self.toks.peek()
        if kind != "end":
            raise ParseError(f"trailing {val!r}", pos)
        return value

    def expr(self):
        value = self.term()
        while (tok := self.toks.accept("op", "+") or self.toks.accept("op", "-")):
            rhs = self.term()
            value = value + rhs if tok[1] == "+" else value - rhs
        return value

    def term(self):
        value = self.factor()
        while True:
            tok = next((t for t in (self.toks.accept("op", o) for o in "*/%") if t), None)
            if tok is None:
                return value
            rhs = self.factor()
            value = {"*": value * rhs, "/": value / rhs if rhs else None, "%": value % rhs if rhs else None}[tok[1]]
            if value is None:
                raise ZeroDivisionError(f"division by zero at position {tok[2]}")

    def factor(self):
        if self.toks.accept("op", "-"):
            return -self.factor()
        base = self.atom()
        if self.toks.accept("op", "**"):
            return base ** self.factor()
        return base

    def atom(self):
        kind, val, pos = next(self.toks)
        if kind == "num":
            return val
        if kind == "name":
            if self.toks.accept("op", "("):
                args = [self.expr()]
                while self.toks.accept("op", ","):
                    args.append(self.expr())
                if not self.toks.accept("op", ")"):
                    raise ParseError("expected ')'", self.toks.peek()[2])
                return FUNCS[val](*args)
            if val not in self.env:
                raise NameError(f"name {val!r} is not defined")
            return self.env[val]
        if kind == "op" and val == "(":
            value = self.expr()
            if not self.toks.accept("op", ")"):
                raise ParseError("expected ')'", self.toks.peek()[2])
            return value
        raise ParseError(f"unexpected {val!r}", pos)


env = {"x": 3, "rate": 0.25}
print([t[:2] for t in tokenize("max(x, 2**3) - .5")])
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "7 % 4 + 10 / 4",
            "max(x, 2 ** 3, min(4, 9)) * rate", "abs(-x - 1.5)", "x +", "3 $ 4",
            "(1 + 2", "4 / (x - 3)", "y * 2", "1 2"]:
    try:
        print(f"{src:<34} = {Parser(src, env).parse()!r}")
    except (ParseError, ZeroDivisionError, NameError) as e:
        print(f"{src:<34} ! {type(e).__name__}: {e}")

p = Peekable(range(3))
print(p.peek(), p.peek(), list(p), p.accept if False else "ok")
print(Parser("2 * (3 + max(1, 2, 10) ) - 1", {}).parse())
Parser("1 + unknown(2)", env).parse()
