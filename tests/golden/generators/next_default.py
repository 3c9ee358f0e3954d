# next(g) and next(g, default); what happens after exhaustion.
def tokens(text):
    for word in text.split():
        print(f"  (lexing {word!r})")
        yield word.strip(",.").lower()


g = tokens("Hello, brave new world.")
print(next(g))
print(next(g))
print(next(g, "END"), next(g, "END"))
print(next(g, "END"), next(g, None))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", repr(e.value), e.args)


def first_match(items, pred, default=None):
    return next((x for x in items if pred(x)), default)


print(first_match([3, 8, 12, 7], lambda x: x > 10))
print(first_match([3, 8], lambda x: x > 10, default=-1))
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))


def header_and_body(lines):
    lines = iter(lines)
    header = next(lines, None)
    if header is None:
        return None, []
    return header.split(","), [row.split(",") for row in lines]


print(header_and_body(["name,qty", "bolt,4", "nut,9"]))
print(header_and_body([]))
empty = (x for x in ())
print(next(empty, "empty generator"))
