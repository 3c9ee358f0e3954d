# expect: 3:11: 'dir() without an argument' is not supported by aiocc
def f(x):
    print(dir())
f(1)
