# expect: 3:11: 'vars() without an argument' is not supported by aiocc
def f(x):
    print(vars())
f(1)
