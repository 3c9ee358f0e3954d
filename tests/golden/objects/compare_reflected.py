# Tests reflected comparisons: a < b falls back to b.__gt__(a), == swaps to the other __eq__.
log = []


class A:
    def __lt__(self, o):
        log.append("A.__lt__")
        return NotImplemented

    def __eq__(self, o):
        log.append("A.__eq__")
        return NotImplemented


class B:
    def __gt__(self, o):
        log.append("B.__gt__")
        return "B says gt"

    def __ge__(self, o):
        log.append("B.__ge__")
        return "B says ge"

    def __eq__(self, o):
        log.append("B.__eq__")
        return "B says eq"

    def __lt__(self, o):
        log.append("B.__lt__")
        return "B says lt"


def run(label, f):
    log.clear()
    try:
        r = f()
    except TypeError as e:
        r = f"TypeError: {e}"
    print(label, "->", r, log)


run("A<B", lambda: A() < B())
run("A<=B", lambda: A() <= B())
run("A>B", lambda: A() > B())
run("A==B", lambda: A() == B())
run("A!=B", lambda: A() != B())
run("B==A", lambda: B() == A())
run("A==A", lambda: A() == A())
run("A!=A", lambda: A() != A())
run("1<B", lambda: 1 < B())
run("1>=B", lambda: 1 >= B())
run("'s'==B", lambda: "s" == B())
run("A<A", lambda: A() < A())
run("A<1", lambda: A() < 1)
