"""A tiny Lisp: reader, environment chain with closures, tail calls via a loop."""
from typing import Any, Callable
from functools import reduce


class Symbol(str):
    def __repr__(self) -> str:
        return f"Symbol({str(self)})"


class Env(dict):
    def __init__(self, params=(), args=(), outer: "Env | None" = None):
        super().__init__(zip(params, args))
        self.outer = outer

    def find(self, name: str) -> "Env":
        env: Env | None = self
        while env is not None:
            if name in env:
                return env
            env = env.outer
        raise LookupError(f"unbound symbol: {name}")


def tokenize(src: str) -> list[str]:
    return src.replace("(", " ( ").replace(")", " ) ").replace("'", " ' ").split()


def read(tokens: list[str]) -> Any:
    if not tokens:
        raise SyntaxError("unexpected EOF")
    tok = tokens.pop(0)
    if tok == "(":
        out = []
        while tokens and tokens[0] != ")":
            out.append(read(tokens))
        if not tokens:
            raise SyntaxError("missing )")
        tokens.pop(0)
        return out
    if tok == ")":
        raise SyntaxError("unexpected )")
    if tok == "'":
        return [Symbol("quote"), read(tokens)]
    for conv in (int, float):
        try:
            return conv(tok)
        except ValueError:
            pass
    return Symbol(tok)


class Lambda:
    def __init__(self, params, body, env):
        self.params, self.body, self.env = params, body, env

    def __call__(self, *args):
        return evaluate(self.body, Env(self.params, args, self.env))

    def __repr__(self):
        return f"<lambda ({' '.join(self.params)})>"


def to_str(x: Any) -> str:
    if isinstance(x, list):
        return "(" + " ".join(map(to_str, x)) + ")"
    if x is True:
        return "#t"
    if x is False:
        return "#f"
    return str(x)


def standard_env() -> Env:
    env = Env()
    env.update({
        "+": lambda *a: sum(a), "*": lambda *a: reduce(lambda x, y: x * y, a, 1),
        "-": lambda a, b: a - b, "/": lambda a, b: a / b, "<": lambda a, b: a < b,
        ">": lambda a, b: a > b, "=": lambda a, b: a == b, "car": lambda x: x[0], "cdr": lambda x: x[1:],
        "cons": lambda a, b: [a] + b, "list": lambda *a: list(a), "null?": lambda x: x == [],
        "length": len, "map": lambda f, xs: [f(x) for x in xs], "apply": lambda f, xs: f(*xs),
    })
    return env


def evaluate(x: Any, env: Env) -> Any:
    while True:
        match x:
            case Symbol():
                return env.find(x)[x]
            case int() | float():
                return x
            case [Symbol("quote"), expr]:
                return expr
            case [Symbol("if"), test, then, alt]:
                x = then if evaluate(test, env) else alt
            case [Symbol("define"), Symbol() as name, expr]:
                env[name] = evaluate(expr, env)
                return None
            case [Symbol("lambda"), list(params), body]:
                return Lambda(params, body, env)
            case [Symbol("begin"), *body, last]:
                for b in body:
                    evaluate(b, env)
                x = last
            case [fn, *args]:
                proc = evaluate(fn, env)
                vals = [evaluate(a, env) for a in args]
                if isinstance(proc, Lambda):
                    x, env = proc.body, Env(proc.params, vals, proc.env)
                else:
                    return proc(*vals)
            case _:
                raise SyntaxError(f"cannot evaluate {to_str(x)}")


program = """
(begin
  (define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))
  (define count (lambda (n acc) (if (= n 0) acc (count (- n 1) (+ acc 1)))))
  (define compose (lambda (f g) (lambda (x) (f (g x)))))
  (define square (lambda (x) (* x x)))
  (list (fact 20) (count 5000 0) ((compose square car) '(7 8)) (map square '(1 2 3)))
)
"""
genv = standard_env()
print(to_str(evaluate(read(tokenize(program)), genv)))
for src in ["(apply + (list 1 2 3 4))", "(cdr '(a b c))", "(null? '())", "(/ 7 2)", "(length '(1 (2 3) 4))",
            "((lambda (x y) (- x y)) 10 3)", "compose", "(undefined 1)", "(+ 1", ")", "(car '())", "(/ 1 0)"]:
    try:
        print(f"{src:<32} => {to_str(evaluate(read(tokenize(src)), genv))}")
    except (SyntaxError, LookupError, ZeroDivisionError) as e:
        print(f"{src:<32} !! {type(e).__name__}: {e}")
print(repr(read(tokenize("(a 1 2.5)"))), Symbol("x") == "x", isinstance(genv.find("fact"), Env))
print(sorted(k for k in genv if not k.isalpha())[:5], genv.outer)
evaluate(read(tokenize("(fact 'x)")), genv)
