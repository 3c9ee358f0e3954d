# A built-in base's operator that declines the operands is NotImplemented: the TypeError names
# the subclasses (comparisons, binary and unary operators), while the base's own errors (str
# concatenation, division by zero) stay as they are.
from dataclasses import InitVar, dataclass


class Sym(str):
    pass


class MyInt(int):
    pass


class L(list):
    pass


class F(float):
    pass


def attempt(label, fn):
    try:
        print(label, fn())
    except (TypeError, ZeroDivisionError) as e:
        print(label, type(e).__name__, e)


for a, b in [(Sym("x"), 1), (MyInt(1), "a"), (L(), 1), (F(1.5), "z"), (1, Sym("y"))]:
    attempt("<", lambda: a < b)
    attempt(">=", lambda: a >= b)
    attempt("==", lambda: a == b)
attempt("+", lambda: MyInt(1) + "a")
attempt("+r", lambda: "a" + MyInt(1))
attempt("*", lambda: F(2.0) * [1])
attempt("-", lambda: L([1]) - L([2]))
attempt("cat", lambda: Sym("x") + 1)
attempt("lcat", lambda: L() + 1)
attempt("div", lambda: MyInt(1) / 0)
attempt("neg", lambda: -Sym("x"))
attempt("inv", lambda: ~F(1.0))
attempt("abs", lambda: abs(L()))
attempt("ok", lambda: (MyInt(2) + 3, Sym("a") + "b", -F(2.5), L([1]) + [2]))


@dataclass
class P:
    x: int
    scale: InitVar[int] = 1
    y: int = 0


print(P.__match_args__)
