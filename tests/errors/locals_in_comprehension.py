# expect: 3:13: 'locals() in a comprehension' is not supported by aiocc
def f(xs):
    return [locals() for x in xs]
f([1])
