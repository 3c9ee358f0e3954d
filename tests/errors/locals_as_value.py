# expect: 3:13: 'locals used as a value' is not supported by aiocc
def f(x):
    snapshot = locals
    return snapshot()
f(1)
