# iter(callable, sentinel): reading chunks until a sentinel value.
class Reader:
    def __init__(self, data, size):
        self.data = data
        self.size = size
        self.pos = 0
        self.calls = 0

    def read(self):
        self.calls += 1
        chunk = self.data[self.pos:self.pos + self.size]
        self.pos += self.size
        return chunk


r = Reader("the quick brown fox", 5)
for chunk in iter(r.read, ""):
    print(repr(chunk))
print("calls", r.calls)

queue = [3, 1, 4, 0, 5, 9]
print(list(iter(lambda: queue.pop(0), 0)), queue)


def make_counter():
    n = 0

    def step():
        nonlocal n
        n += 1
        return n * n
    return step


print(list(iter(make_counter(), 49)))
lines = iter(["header", "a=1", "b=2", "", "trailing"])
print("skipped", next(lines))
settings = dict(line.split("=") for line in iter(lambda: next(lines), ""))
print(settings, next(lines))
tokens = iter("x,y;z".replace(";", ",").split(","))
print(list(iter(lambda: next(tokens, None), None)))
r2 = Reader(b"\x01\x02\x03", 2)
print([list(c) for c in iter(r2.read, b"")])
