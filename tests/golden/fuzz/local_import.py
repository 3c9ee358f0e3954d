# `import` inside a function body must bind a local (and a cell for nested functions).
def f():
    import functools
    return functools.reduce(lambda a, b: a + b, [1, 2, 3])


def g():
    import functools

    @functools.lru_cache
    def h():
        return functools.reduce(lambda a, b: a * b, [1, 2, 3, 4])
    return h()


print(f(), g())


def early():
    try:
        print(functools.reduce)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    import functools
    return functools.reduce(max, [3, 9, 2])


def aliased():
    import asyncio as aio
    return aio.iscoroutinefunction(aliased), aio.run.__name__


print(early(), aliased())
