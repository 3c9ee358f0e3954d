# yield from with return values: a small expression tokenizer and summing sub-generators.
def digits(text, i):
    start = i
    while i < len(text) and text[i].isdigit():
        i += 1
    yield ("NUM", int(text[start:i]))
    return i


def tokenize(text):
    i = 0
    count = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        if ch.isdigit():
            i = yield from digits(text, i)
        elif ch in "+-*/()":
            yield ("OP", ch)
            i += 1
        else:
            yield ("ERR", ch)
            i += 1
        count += 1
    return count


def collect(text):
    n = yield from tokenize(text)
    yield ("END", n)
    return n * 2


def averager():
    total = 0
    count = 0
    while True:
        value = yield
        if value is None:
            return (count, total)
        total += value
        count += 1


def grouper(results, key):
    while True:
        results[key] = yield from averager()


for expr in ["12 + 3*(40-1)", "7 / x", ""]:
    toks = list(collect(expr))
    print(expr, "->", toks)

g = collect("1+2")
out = []
try:
    while True:
        out.append(next(g))
except StopIteration as stop:
    print("tokens", out, "return", stop.value)

results = {}
data = {"a": [1, 2, 3], "b": [10, 20], "c": []}
for key, values in data.items():
    group = grouper(results, key)
    next(group)
    for v in values:
        group.send(v)
    group.send(None)
print(results)
