# A function's __closure__ (cells with cell_contents) and __code__.co_freevars, in CPython's sorted order.
def make_counter(start):
    count = start
    step = 5
    def bump():
        nonlocal count
        count += step
        return count
    return bump
c = make_counter(10)
c()
print([cell.cell_contents for cell in c.__closure__], c.__code__.co_freevars, make_counter.__closure__)
def outer():
    zeta = 1
    alpha = 2
    def inner():
        return alpha + zeta
    return inner
f = outer()
print(f.__code__.co_freevars, [x.cell_contents for x in f.__closure__], type(f.__closure__[0]).__name__)
f.__closure__[0].cell_contents = 40
print(f())
def late():
    def g():
        return later
    try:
        g.__closure__[0].cell_contents
    except ValueError as e:
        print(e)
    later = 3
    return g
print(late()())
class K:
    def m(self):
        return super().__repr__ and __class__
print(K.m.__code__.co_freevars, K.m.__closure__[0].cell_contents is K)
