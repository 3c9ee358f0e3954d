"""A calculator: tokenizer generator, Pratt parser over dataclass nodes, match-based evaluator."""
from dataclasses import dataclass
from typing import Iterator, Union


@dataclass(frozen=True)
class Tok:
    kind: str
    text: str
    pos: int


class CalcError(Exception):
    def __init__(self, msg: str, pos: int):
        super().__init__(f"{msg} at column {pos}")
        self.pos = pos


def tokenize(src: str) -> Iterator[Tok]:
    i = 0
    while i < len(src):
        ch = src[i]
        match ch:
            case " " | "\t":
                i += 1
                continue
            case "+" | "-" | "*" | "/" | "^" | "(" | ")" | "," | "%":
                yield Tok("op", ch, i)
                i += 1
            case _ if ch.isdigit() or ch == ".":
                j = i
                while j < len(src) and (src[j].isdigit() or src[j] == "."):
                    j += 1
                yield Tok("num", src[i:j], i)
                i = j
            case _ if ch.isalpha() or ch == "_":
                j = i
                while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                    j += 1
                yield Tok("name", src[i:j], i)
                i = j
            case _:
                raise CalcError(f"unexpected character {ch!r}", i)
    yield Tok("end", "", len(src))


@dataclass
class Num:
    value: float

@dataclass
class Var:
    name: str

@dataclass
class BinOp:
    op: str
    left: "Node"
    right: "Node"

@dataclass
class Neg:
    operand: "Node"

@dataclass
class Call:
    fn: str
    args: list["Node"]

Node = Union[Num, Var, BinOp, Neg, Call]
BP = {"+": (10, 11), "-": (10, 11), "*": (20, 21), "/": (20, 21), "%": (20, 21), "^": (31, 30)}


class Parser:
    def __init__(self, src: str):
        self.toks = list(tokenize(src))
        self.i = 0

    def peek(self) -> Tok:
        return self.toks[self.i]

    def advance(self) -> Tok:
        t = self.toks[self.i]
        self.i += 1
        return t

    def expect(self, text: str) -> None:
        t = self.advance()
        if t.text != text:
            raise CalcError(f"expected {text!r}, found {t.text or 'end of input'!r}", t.pos)

    def parse(self, min_bp: int = 0) -> Node:
        t = self.advance()
        match t:
            case Tok("num", text):
                left: Node = Num(float(text) if "." in text else int(text))
            case Tok("name", name) if self.peek().text == "(":
                self.advance()
                args = []
                if self.peek().text != ")":
                    args.append(self.parse())
                    while self.peek().text == ",":
                        self.advance()
                        args.append(self.parse())
                self.expect(")")
                left = Call(name, args)
            case Tok("name", name):
                left = Var(name)
            case Tok("op", "-"):
                left = Neg(self.parse(25))
            case Tok("op", "("):
                left = self.parse()
                self.expect(")")
            case Tok(_, text, pos):
                raise CalcError(f"unexpected {text or 'end of input'!r}", pos)
        while True:
            op = self.peek()
            if op.kind != "op" or op.text not in BP:
                break
            lbp, rbp = BP[op.text]
            if lbp < min_bp:
                break
            self.advance()
            left = BinOp(op.text, left, self.parse(rbp))
        return left


FUNCS = {"max": max, "min": min, "abs": abs, "sqrt": lambda x: x ** 0.5}


def evaluate(node: Node, env: dict[str, float]) -> float:
    match node:
        case Num(value=v):
            return v
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise NameError(f"undefined variable {name}")
        case Neg(inner):
            return -evaluate(inner, env)
        case BinOp("+", a, b): return evaluate(a, env) + evaluate(b, env)
        case BinOp("-", a, b): return evaluate(a, env) - evaluate(b, env)
        case BinOp("*", a, b): return evaluate(a, env) * evaluate(b, env)
        case BinOp("/", a, b): return evaluate(a, env) / evaluate(b, env)
        case BinOp("%", a, b): return evaluate(a, env) % evaluate(b, env)
        case BinOp("^", a, b): return evaluate(a, env) ** evaluate(b, env)
        case Call(fn, args) if fn in FUNCS:
            return FUNCS[fn](*(evaluate(a, env) for a in args))
        case Call(fn, _):
            raise NameError(f"unknown function {fn}()")
    raise TypeError(f"bad node {node!r}")


env = {"pi": 3.14159, "x": 4, "rate": 0.075}
for src in ["1 + 2 * 3", "2 ^ 3 ^ 2", "-x ^ 2", "(1 + 2) * (3 + 4) % 5", "max(x, 10, 3) / 4",
            "sqrt(x) * pi", "100 * (1 + rate) ^ 10", "7 / 2", "-7 % 3", "min()", "y + 1",
            "3 $ 4", "(1 + 2", "foo(1)", "2 * ", "1.5.2 + 1"]:
    try:
        ast = Parser(src).parse()
        print(f"{src:<24} = {evaluate(ast, env)!r}")
    except CalcError as e:
        print(f"{src:<24} ! syntax: {e} (pos={e.pos})")
    except (NameError, ValueError, TypeError) as e:
        print(f"{src:<24} ! {type(e).__name__}: {e}")
print(Parser("a * (b + 2)").parse())
print(evaluate(Parser("10 / (x - 4)").parse(), env))
