"""Tokenizer + recursive-descent evaluator with variables; ends with an uncaught chained error."""
from dataclasses import dataclass
from enum import Enum, auto
from typing import Iterator


class Kind(Enum):
    NUM = auto()
    NAME = auto()
    OP = auto()
    LPAREN = auto()
    RPAREN = auto()
    END = auto()


@dataclass(frozen=True)
class Token:
    kind: Kind
    text: str
    pos: int


class CalcError(Exception):
    def __init__(self, msg: str, pos: int) -> None:
        super().__init__(msg)
        self.pos = pos

    def __str__(self) -> str:
        return f"{self.args[0]} at column {self.pos}"


def tokenize(src: str) -> Iterator[Token]:
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            yield Token(Kind.NUM, src[i:j], i)
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            yield Token(Kind.NAME, src[i:j], i)
            i = j
        elif src.startswith("**", i):
            yield Token(Kind.OP, "**", i)
            i += 2
        elif ch in "+-*/%=":
            yield Token(Kind.OP, ch, i)
            i += 1
        elif ch in "()":
            yield Token(Kind.LPAREN if ch == "(" else Kind.RPAREN, ch, i)
            i += 1
        else:
            raise CalcError(f"unexpected character {ch!r}", i)
    yield Token(Kind.END, "", len(src))


class Parser:
    def __init__(self, src: str, env: dict[str, float]) -> None:
        self.toks = list(tokenize(src))
        self.i = 0
        self.env = env

    def peek(self) -> Token:
        return self.toks[self.i]

    def take(self) -> Token:
        tok = self.toks[self.i]
        self.i += 1
        return tok

    def statement(self) -> float:
        if self.peek().kind is Kind.NAME and self.toks[self.i + 1].text == "=":
            name = self.take().text
            self.take()
            self.env[name] = value = self.expr()
        else:
            value = self.expr()
        if (t := self.peek()).kind is not Kind.END:
            raise CalcError(f"trailing {t.text!r}", t.pos)
        return value

    def expr(self) -> float:
        v = self.term()
        while self.peek().text in ("+", "-"):
            op = self.take().text
            v = v + self.term() if op == "+" else v - self.term()
        return v

    def term(self) -> float:
        v = self.factor()
        while self.peek().text in ("*", "/", "%"):
            tok = self.take()
            rhs = self.factor()
            try:
                match tok.text:
                    case "*": v *= rhs
                    case "/": v /= rhs
                    case "%": v %= rhs
            except ZeroDivisionError as e:
                raise CalcError("division by zero", tok.pos) from e
        return v

    def factor(self) -> float:
        base = self.unary()
        if self.peek().text == "**":
            self.take()
            return base ** self.factor()
        return base

    def unary(self) -> float:
        tok = self.take()
        match tok:
            case Token(kind=Kind.OP, text="-"):
                return -self.unary()
            case Token(kind=Kind.NUM, text=t):
                return float(t) if "." in t else int(t)
            case Token(kind=Kind.NAME, text=name) if name in self.env:
                return self.env[name]
            case Token(kind=Kind.NAME, text=name):
                raise CalcError(f"unknown variable {name}", tok.pos)
            case Token(kind=Kind.LPAREN):
                v = self.expr()
                if self.take().kind is not Kind.RPAREN:
                    raise CalcError("expected )", tok.pos)
                return v
        raise CalcError(f"unexpected {tok.text or 'end of input'!r}", tok.pos)


env: dict[str, float] = {"pi": 3.14159}
lines = ["1 + 2 * 3", "x = (1 + 2) * 3", "x ** 2 - -x", "2 ** 3 ** 2", "r = 2.5",
         "pi * r ** 2", "7 % 3 + 10 / 4", "y + 1", "3 $ 4", "(1 + 2", "4 5", "-(-3) * -2"]
for line in lines:
    try:
        print(f"{line:<16} => {Parser(line, env).statement()!r}")
    except CalcError as e:
        print(f"{line:<16} !! {e}")
print({k: round(v, 3) for k, v in env.items()})
print([t.text for t in tokenize("a_1*(b+2.50)")])
Parser("10 / (x - 9)", env).statement()
