def f(*a, **k):
    return a


print(f(x=1, 3))
