# A recursive evaluator for small expression trees written as tuples: sequence patterns with
# literals, dotted value patterns for constants, capture of nested structure, and an unknown
# operator ending the script with a traceback (exit 1).
class Op:
    ADD = "+"
    MUL = "*"
    NEG = "neg"


def evaluate(node, env):
    match node:
        case int() | float():
            return node
        case str(name):
            if name not in env:
                raise NameError(f"unbound variable {name!r}")
            return env[name]
        case (Op.NEG, operand):
            return -evaluate(operand, env)
        case (Op.ADD, *operands):
            return sum(evaluate(o, env) for o in operands)
        case (Op.MUL, left, right):
            return evaluate(left, env) * evaluate(right, env)
        case ("let", str(var), value, body):
            return evaluate(body, {**env, var: evaluate(value, env)})
        case ("if", cond, then, otherwise):
            return evaluate(then if evaluate(cond, env) else otherwise, env)
        case (op, *args):
            raise ValueError(f"unknown operator {op!r} with {len(args)} args")
        case _:
            raise TypeError(f"bad node {node!r}")


def show(node):
    match node:
        case (Op.NEG, x):
            return f"-{show(x)}"
        case (("+" | "*") as op, *xs):
            return "(" + f" {op} ".join(show(x) for x in xs) + ")"
        case ("let", v, val, body):
            return f"let {v} = {show(val)} in {show(body)}"
        case ("if", c, a, b):
            return f"{show(a)} if {show(c)} else {show(b)}"
        case _:
            return str(node)


programs = [
    ("+", 1, 2, 3),
    ("*", ("+", "x", 1), ("neg", "y")),
    ("let", "z", ("*", 3, 3), ("+", "z", "x", 0.5)),
    ("if", ("+", "x", ("neg", "x")), 100, ("let", "x", 7, ("*", "x", "x"))),
    ("+",),
    ("*", "w", 2),
    ["+", 2, 2],
]
env = {"x": 4, "y": 2}
for p in programs:
    try:
        print(f"{show(p)} => {evaluate(p, env)}")
    except NameError as e:
        print(f"{show(p)} => NameError: {e}")
print(evaluate(("pow", 2, 8), env))
