class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

    def __reversed__(self):
        return iter(range(1, self.start + 1))


class PeekIter:
    def __init__(self, it):
        self._it = iter(it)
        self._buf = []

    def __iter__(self):
        return self

    def __next__(self):
        if self._buf:
            return self._buf.pop()
        return next(self._it)

    def peek(self, default=None):
        if not self._buf:
            try:
                self._buf.append(next(self._it))
            except StopIteration:
                return default
        return self._buf[-1]


c = Countdown(4)
print(list(c), list(reversed(c)), sum(c), max(c), sorted(c), 3 in c, list(zip(c, "abcd")))
p = PeekIter("hello")
out = []
while p.peek() is not None:
    ch = next(p)
    if p.peek() == ch:
        out.append(ch * 2)
        next(p)
    else:
        out.append(ch)
print(out, p.peek("END"), list(p))


def tokenize(src):
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            yield ("NUM", int(src[i:j]))
            i = j
        elif ch in "+-*/()":
            yield ("OP", ch)
            i += 1
        else:
            raise SyntaxError(f"bad char {ch!r} at {i}")


def evaluate(tokens):
    toks = PeekIter(tokens)

    def expr():
        v = term()
        while toks.peek() in (("OP", "+"), ("OP", "-")):
            op = next(toks)[1]
            v = v + term() if op == "+" else v - term()
        return v

    def term():
        v = atom()
        while toks.peek() in (("OP", "*"), ("OP", "/")):
            op = next(toks)[1]
            v = v * atom() if op == "*" else v / atom()
        return v

    def atom():
        kind, val = next(toks)
        if val == "(":
            v = expr()
            next(toks)
            return v
        if val == "-":
            return -atom()
        return val

    return expr()


for src in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4 - -2", "2 * (3 + 4) * 5"]:
    print(f"{src} = {evaluate(tokenize(src))}", list(tokenize(src))[:3])
g = tokenize("1 + x")
print(next(g), next(g))
try:
    next(g)
except SyntaxError as e:
    print("SyntaxError:", e)
print(next(g, "exhausted"))
evaluate(tokenize("1 +"))
