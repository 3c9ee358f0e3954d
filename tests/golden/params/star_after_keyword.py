# f(x=1, *args): the iterable's items go before the keywords, and are evaluated first.
def f(*a, **k): return a, k
def p(x):
    print("eval", x)
    return x
print(f(1, x=p(2), *[p(3)]))
print(f(x=p(1), *[p(2)], y=p(3), *[p(4)], **{"z": p(5)}))
