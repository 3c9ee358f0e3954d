# Exceptions raised inside generators, PEP 479 StopIteration conversion, running generators.
def risky(values):
    for v in values:
        if v < 0:
            raise ValueError(f"negative: {v}")
        yield v


def leaks_stop():
    yield 1
    raise StopIteration("oops")


def reentrant():
    yield next(me)


collected = []
try:
    for v in risky([1, 2, -3, 4]):
        collected.append(v)
except ValueError as e:
    print("caught", e, "after", collected)

g = leaks_stop()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
print(next(me, "finished after error"))


def guarded(items):
    for item in items:
        value = 10 // item
        try:
            yield value
        except GeneratorExit:
            raise
        except Exception as e:
            print("never here", e)


g = guarded([5, 2, 0, 1])
out = []
try:
    for x in g:
        out.append(x)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, out)
print(list(g))
