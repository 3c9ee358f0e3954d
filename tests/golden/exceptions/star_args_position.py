# *args from a generator expression that fails: the caller's frame points at the call.
def g(*a):
    return a
def bad():
    yield 1
    raise KeyError("x")
def main():
    print(g(*(x for x in bad())))
main()
