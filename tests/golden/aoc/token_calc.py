"""Day-18 style: evaluate expressions with custom precedence using a tokenizer generator."""

HOMEWORK = """\
1 + 2 * 3 + 4 * 5 + 6
1 + (2 * 3) + (4 * (5 + 6))
2 * 3 + (4 * 5)
5 + (8 * 3 + 9 + 3 * 4 * 3)
5 * 9 * (7 * 3 * 3 + 9 * 3 + (8 + 6 * 4))
((2 + 4 * 9) * (6 + 9 * 8 + 6) + 6) + 2 + 4 * 2
"""


class TokenError(ValueError):
    pass


def tokenize(line):
    i = 0
    while i < len(line):
        ch = line[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(line) and line[j].isdigit():
                j += 1
            yield int(line[i:j])
            i = j
        elif ch in "+*()":
            yield ch
            i += 1
        else:
            raise TokenError(f"unexpected {ch!r} at column {i}")


def to_rpn(tokens, prec):
    out, ops = [], []
    for tok in tokens:
        if isinstance(tok, int):
            out.append(tok)
        elif tok == "(":
            ops.append(tok)
        elif tok == ")":
            while ops[-1] != "(":
                out.append(ops.pop())
            ops.pop()
        else:
            while ops and ops[-1] != "(" and prec[ops[-1]] >= prec[tok]:
                out.append(ops.pop())
            ops.append(tok)
    while ops:
        out.append(ops.pop())
    return out


def run_rpn(rpn):
    stack = []
    for tok in rpn:
        if isinstance(tok, int):
            stack.append(tok)
        else:
            b, a = stack.pop(), stack.pop()
            stack.append(a + b if tok == "+" else a * b)
    return stack[0]


def evaluate(line, prec):
    return run_rpn(to_rpn(tokenize(line), prec))


def main():
    same = {"+": 1, "*": 1}
    plus_first = {"+": 2, "*": 1}
    lines = HOMEWORK.splitlines()
    for line in lines:
        a, b = evaluate(line, same), evaluate(line, plus_first)
        print(f"{line:<48} {a:>8} {b:>10}")
    print("part 1:", sum(evaluate(l, same) for l in lines))
    print("part 2:", sum(evaluate(l, plus_first) for l in lines))
    print("tokens:", list(tokenize("12*(3+45)")))
    print("rpn:", to_rpn(tokenize("1 + 2 * 3"), plus_first))
    try:
        evaluate("2 ^ 3", same)
    except TokenError as e:
        print("error:", e)
    counts = {}
    for tok in (t for l in lines for t in tokenize(l) if not isinstance(t, int)):
        counts[tok] = counts.get(tok, 0) + 1
    print("operators:", dict(sorted(counts.items())))
    bad = "3 + 4 $ 5"
    print("tokens of bad line:", [tok for tok in tokenize(bad)])


main()
