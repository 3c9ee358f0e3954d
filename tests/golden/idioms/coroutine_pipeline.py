"""Generator-based coroutines (Beazley style): send/throw/close pipelines and yield from."""
from functools import wraps


def primed(func):
    @wraps(func)
    def start(*args, **kwargs):
        gen = func(*args, **kwargs)
        next(gen)
        return gen
    return start


class Reset(Exception):
    pass


@primed
def averager():
    """Running average; Reset zeroes it, the return value is the final summary."""
    total = count = 0
    average = None
    try:
        while True:
            try:
                value = yield average
            except Reset:
                print("    averager: reset")
                total = count = 0
                average = None
                continue
            if value is None:
                break
            total += value
            count += 1
            average = total / count
    finally:
        print("    averager: finally")
    return (count, average)


def grouper(results, key):
    while True:
        results[key] = yield from averager.__wrapped__()


@primed
def printer(prefix):
    try:
        while True:
            item = yield
            print(f"{prefix}{item}")
    except GeneratorExit:
        print(f"{prefix}<closed>")
        raise


@primed
def filter_stage(pred, target):
    while True:
        item = yield
        if pred(item):
            target.send(item)


@primed
def broadcast(*targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)


def flatten(nested):
    for item in nested:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item


def counter_with_return(n):
    for i in range(n):
        received = yield i
        if received:
            print("    got", received)
    return f"counted {n}"


def delegator():
    result = yield from counter_with_return(3)
    print("    delegator got:", result)
    yield "done"


def main():
    avg = averager()
    print("doc:", averager.__doc__.split(";")[0], "| name:", averager.__name__)
    for v in (10, 20, 30):
        print("  avg ->", avg.send(v))
    avg.throw(Reset)
    print("  after reset ->", avg.send(5))
    try:
        avg.send(None)
    except StopIteration as stop:
        print("  summary:", stop.value)

    data = {"girls;kg": [40.9, 38.5, 44.3], "boys;m": [1.38, 1.5, 1.32]}
    results = {}
    for key, values in data.items():
        group = grouper(results, key)
        next(group)
        for v in values:
            group.send(v)
        group.send(None)
    for key, (count, average) in sorted(results.items()):
        print(f"  {count:2} {key.split(';')[0]:5} averaging {average:.2f}{key.split(';')[1]}")

    evens = printer("  even: ")
    odds = printer("  odd:  ")
    hub = broadcast(filter_stage(lambda x: x % 2 == 0, evens), filter_stage(lambda x: x % 2, odds))
    for n in range(5):
        hub.send(n)
    evens.close()
    odds.close()
    print("  closed twice is fine:", evens.close())

    print("  flat:", list(flatten([1, [2, (3, [4, 5])], [], [[6]]])))
    d = delegator()
    print("  first:", next(d))
    print("  send:", d.send("hello"))
    print("  next:", next(d))
    print("  next:", next(d))
    print("  exhausted:", next(d, "nothing"))

    gen = counter_with_return(2)
    next(gen)
    try:
        gen.throw(ValueError("bad input"))
    except ValueError as e:
        print("  throw propagated:", e)
    print("  after throw:", list(gen))

    p = printer("  x: ")
    p.send("a")
    p.throw(KeyError("unhandled in pipeline"))


main()
