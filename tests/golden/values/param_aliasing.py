# Regression guard: parameters read by reference must not see a global or a := rebinding
# the caller changes while the call runs.
g = 1
def f(x):
    global g
    g = 5
    return x
def h(a, b):
    return a, b
def k(p):
    del p
    p = 3
    return p
y = 2
print(f(g), h(y, (y := 7)), k(4), y)
def m(q):
    for q in range(2):
        pass
    return q
print(m(9))
