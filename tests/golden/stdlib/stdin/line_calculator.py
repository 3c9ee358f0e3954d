"""A line-oriented RPN/infix calculator reading `for line in sys.stdin`: comments, blank
lines, variables, errors reported with line numbers, CRLF lines, and a last line without
a newline; exits 2 if any line failed."""
import asyncio
import sys

OPS = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
    "//": lambda a, b: a // b,
    "%": lambda a, b: a % b,
    "**": lambda a, b: a ** b,
}


def value(token, env):
    if token in env:
        return env[token]
    try:
        return int(token)
    except ValueError:
        return float(token)


def evaluate(line, env):
    if "=" in line:
        name, expr = (s.strip() for s in line.split("=", 1))
        if not name.isidentifier():
            raise SyntaxError(f"bad name {name!r}")
        env[name] = evaluate(expr, env)
        return env[name]
    tokens = line.split()
    if len(tokens) == 1:
        return value(tokens[0], env)
    if len(tokens) != 3:
        raise ValueError(f"expected 'a op b', got {len(tokens)} tokens")
    a, op, b = tokens
    if op not in OPS:
        raise KeyError(op)
    return OPS[op](value(a, env), value(b, env))


async def main():
    env = {}
    failures = 0
    for lineno, line in enumerate(sys.stdin, 1):
        text = line.split("#", 1)[0].strip()
        if not text:
            continue
        try:
            result = evaluate(text, env)
        except (ValueError, ZeroDivisionError, KeyError, SyntaxError, OverflowError) as e:
            failures += 1
            print(f"line {lineno}: {type(e).__name__}: {e}")
            continue
        print(f"line {lineno}: {text} => {result!r}")
        await asyncio.sleep(0)
    print("variables:", dict(sorted(env.items())))
    print("failures:", failures)
    print("stdin at EOF:", repr(sys.stdin.readline()))
    return 2 if failures else 0


sys.exit(asyncio.run(main()))
