import sys
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
print(depth(1))
def g(n):
    if n == 0:
        return 0
    return 1 + g(n - 1)
print(g(990))
