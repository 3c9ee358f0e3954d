# Closure factories: counters with nonlocal, several closures sharing one cell, a memo dict in
# an enclosing scope, default-argument capture vs late binding, and nested nonlocal chains.
def make_counter(start=0, step=1):
    count = start

    def increment():
        nonlocal count
        count += step
        return count

    def reset(to=start):
        nonlocal count
        old, count = count, to
        return old

    def peek():
        return count

    return increment, reset, peek


inc, reset, peek = make_counter(10, 5)
print(inc(), inc(), peek(), reset(), peek(), inc())
inc2, _, peek2 = make_counter()
print(inc2(), inc2(), inc2(), peek2(), peek())


def make_accumulator():
    history = []
    total = 0

    def add(x):
        nonlocal total
        total += x
        history.append(total)
        return total

    add.history = history
    return add


acc = make_accumulator()
print([acc(x) for x in [3, 4, -2]], acc.history)


def outer():
    level = "outer"

    def middle():
        def inner():
            nonlocal level
            level += ">inner"
            return level
        r = inner()
        return r + "|" + level

    result = middle()
    return result, level


print(outer())
late = [lambda: i * 10 for i in range(3)]
bound = [lambda i=i: i * 10 for i in range(3)]
print([f() for f in late], [f() for f in bound])


def memoize_calls():
    cache = {}
    calls = 0

    def fib(n):
        nonlocal calls
        calls += 1
        if n in cache:
            return cache[n]
        cache[n] = n if n < 2 else fib(n - 1) + fib(n - 2)
        return cache[n]

    return fib, lambda: (calls, len(cache))


fib, stats = memoize_calls()
print(fib(20), stats(), fib(25), stats())
