# locals(), vars() and dir() without arguments: a function's variables, a class body's namespace,
# the module's names (read in place).
def greet(name, *args, greeting="Hello", **kw):
    punct = "!"
    message = "{greeting}, {name}{punct}".format(**locals())
    print(message, sorted(locals()), len(vars()))
    print(dir())
    late = 1
    return locals()


print(greet("Ann", 1, 2, extra=True))


def outer():
    counter = 0
    unused = "u"

    def bump(step):
        nonlocal counter
        counter += step
        return locals()

    print(bump(2), locals()["counter"])
    return bump


outer()


class Config:
    debug = False
    level = 3
    names = sorted(locals())
    snapshot = dict(vars())
    listing = dir()


print(Config.names, sorted(Config.snapshot), Config.listing)


def with_gen():
    data = [1, 2]
    g = (x for x in data)
    return locals()["g"] is not None, sorted(locals())


print(with_gen())
print("greet" in locals(), len(dir()) > 5, "__name__" in vars())
lam = lambda a, b=2: locals()
print(lam(1))


def before_assignment():
    print(locals())
    x = 1
    del x
    print(locals())
    y = 2
    print(locals())


before_assignment()
