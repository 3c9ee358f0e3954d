# Tests NotImplemented falling through to the reflected method and finally to TypeError.
log = []


class A:
    def __add__(self, o):
        log.append("A.__add__")
        return NotImplemented

    def __radd__(self, o):
        log.append("A.__radd__")
        return NotImplemented

    def __mul__(self, o):
        log.append("A.__mul__")
        return NotImplemented


class B:
    def __radd__(self, o):
        log.append("B.__radd__")
        return "B won"

    def __rmul__(self, o):
        log.append("B.__rmul__")
        return NotImplemented


def show(f):
    log.clear()
    try:
        print("result", f())
    except TypeError as e:
        print(type(e).__name__, e)
    print("  calls", log)


show(lambda: A() + B())
show(lambda: A() + A())
show(lambda: A() + 1)
show(lambda: 1 + A())
show(lambda: 1 + B())
show(lambda: A() * B())
show(lambda: B() + A())
show(lambda: "x" + A())
show(lambda: A() - 1)
print(bool(NotImplemented is NotImplemented))
print(repr(NotImplemented))
print(type(NotImplemented).__name__)
