"""Symbolic expression simplifier and differentiator using class patterns on a small AST."""
from dataclasses import dataclass
from typing import Union


@dataclass(frozen=True)
class Num:
    value: float


@dataclass(frozen=True)
class Var:
    name: str


@dataclass(frozen=True)
class BinOp:
    op: str
    left: "Expr"
    right: "Expr"


@dataclass(frozen=True)
class Call:
    fn: str
    arg: "Expr"


Expr = Union[Num, Var, BinOp, Call]


def show(e):
    match e:
        case Num(value=int(v)) | Num(value=float(v)) if v == int(v):
            return str(int(v))
        case Num(v):
            return str(v)
        case Var(name):
            return name
        case BinOp(op, l, r):
            return f"({show(l)} {op} {show(r)})"
        case Call(fn, arg):
            return f"{fn}({show(arg)})"
    raise TypeError(f"not an expression: {e!r}")


def simplify(e):
    match e:
        case BinOp(op, l, r):
            l, r = simplify(l), simplify(r)
            match op, l, r:
                case ("+", Num(0), x) | ("+", x, Num(0)):
                    return x
                case ("*", Num(0), _) | ("*", _, Num(0)):
                    return Num(0)
                case ("*", Num(1), x) | ("*", x, Num(1)):
                    return x
                case "-", x, y if x == y:
                    return Num(0)
                case "/", x, Num(1):
                    return x
                case "^", _, Num(0):
                    return Num(1)
                case "^", x, Num(1):
                    return x
                case ("+" | "-" | "*" | "/") as o, Num(a), Num(b):
                    return Num({"+": a + b, "-": a - b, "*": a * b, "/": a / b}[o])
                case "+", x, y if x == y:
                    return simplify(BinOp("*", Num(2), x))
                case _:
                    return BinOp(op, l, r)
        case Call("ln", Call("exp", inner)):
            return simplify(inner)
        case Call(fn, arg):
            return Call(fn, simplify(arg))
        case _:
            return e


def deriv(e, x):
    match e:
        case Num():
            return Num(0)
        case Var(name) if name == x:
            return Num(1)
        case Var():
            return Num(0)
        case BinOp("+" | "-" as op, l, r):
            return BinOp(op, deriv(l, x), deriv(r, x))
        case BinOp("*", l, r):
            return BinOp("+", BinOp("*", deriv(l, x), r), BinOp("*", l, deriv(r, x)))
        case BinOp("/", l, r):
            num = BinOp("-", BinOp("*", deriv(l, x), r), BinOp("*", l, deriv(r, x)))
            return BinOp("/", num, BinOp("^", r, Num(2)))
        case BinOp("^", base, Num(n)):
            return BinOp("*", BinOp("*", Num(n), BinOp("^", base, Num(n - 1))), deriv(base, x))
        case Call("sin", a):
            return BinOp("*", Call("cos", a), deriv(a, x))
        case Call("exp", a):
            return BinOp("*", e, deriv(a, x))
        case Call("ln", a):
            return BinOp("/", deriv(a, x), a)
        case _:
            raise NotImplementedError(f"cannot differentiate {show(e)}")


def evaluate(e, env):
    match e:
        case Num(v):
            return v
        case Var(n):
            return env[n]
        case BinOp("^", l, r):
            return evaluate(l, env) ** evaluate(r, env)
        case BinOp(op, l, r):
            a, b = evaluate(l, env), evaluate(r, env)
            return {"+": a + b, "-": a - b, "*": a * b, "/": a / b}[op]
        case Call("sin" | "cos" | "exp" | "ln" as fn, a):
            v = evaluate(a, env)
            if fn == "exp":
                return sum(v ** k / fact(k) for k in range(20))
            raise ValueError(f"{fn} is not available without math")


def fact(n):
    return 1 if n < 2 else n * fact(n - 1)


x, y = Var("x"), Var("y")
exprs = [
    BinOp("+", BinOp("*", Num(1), x), Num(0)),
    BinOp("*", BinOp("+", Num(2), Num(3)), BinOp("-", y, y)),
    BinOp("+", BinOp("^", x, Num(3)), BinOp("*", Num(2), x)),
    BinOp("*", x, Call("sin", BinOp("*", Num(2), x))),
    Call("ln", Call("exp", BinOp("+", x, x))),
    BinOp("/", Call("exp", x), Num(1)),
    BinOp("*", x, y),
]
for e in exprs:
    s = simplify(e)
    d = simplify(deriv(e, "x"))
    print(f"{show(e):34} => {show(s):22} d/dx = {show(d)}")
print(evaluate(simplify(exprs[2]), {"x": 2}), evaluate(deriv(exprs[2], "x"), {"x": 2}))
print(round(evaluate(Call("exp", Num(1)), {}), 10), evaluate(BinOp("/", x, Num(4)), {"x": 3}))
match exprs[3]:
    case BinOp("*", Var() as v, Call(fn=f, arg=BinOp(right=inner))):
        print("matched", v, f, inner)
print(Num.__match_args__, BinOp.__match_args__, simplify(Num(2.5)) == Num(2.5))
for bad in [BinOp("^", x, y), "x + 1"]:
    try:
        print(show(deriv(bad, "x")))
    except (NotImplementedError, TypeError) as err:
        print(f"{type(err).__name__}: {err}")
evaluate(exprs[3], {"x": 1.0})
