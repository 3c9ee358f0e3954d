def invert(x):
    return 10 // x


def process(items):
    out = []
    for x in items:
        out.append(invert(x))
    return out
