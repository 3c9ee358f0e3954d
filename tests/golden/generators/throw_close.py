# throw() and close(): exceptions inside a generator and finally blocks running.
class Skip(Exception):
    pass


def worker(name):
    print(f"{name}: open")
    try:
        n = 0
        while True:
            try:
                yield n
                n += 1
            except Skip as e:
                print(f"{name}: skipping because {e}")
                n += 10
    finally:
        print(f"{name}: cleanup at n={n}")


w = worker("w1")
print(next(w), next(w))
print("after throw:", w.throw(Skip("too slow")))
print(next(w))
w.close()
print("closed; next gives", next(w, "nothing"))

w2 = worker("w2")
next(w2)
try:
    w2.throw(ValueError("fatal"))
except ValueError as e:
    print("propagated:", e)
print(next(w2, "exhausted"))

never_started = worker("w3")
never_started.close()
print("closing an unstarted generator runs nothing")


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit, yielding anyway")
        yield 2


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def polite():
    try:
        yield "a"
        yield "b"
    except GeneratorExit:
        print("polite: exiting")
        raise


p = polite()
print(next(p))
p.close()
p.close()
print("double close is fine")
