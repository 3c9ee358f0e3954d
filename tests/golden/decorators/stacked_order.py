# Stacked decorators: the order of decoration and the order of calls.
order = []


def tag(name):
    print(f"creating decorator {name}")

    def decorate(fn):
        print(f"applying {name} to {getattr(fn, 'label', fn.__name__)}")

        def wrapper(*args):
            order.append(f"{name}:enter")
            result = f"<{name}>{fn(*args)}</{name}>"
            order.append(f"{name}:exit")
            return result
        wrapper.label = f"{name}({getattr(fn, 'label', fn.__name__)})"
        return wrapper
    return decorate


@tag("b")
@tag("i")
@tag("u")
def text(s):
    order.append("body")
    return s


print(text.label)
print(text("hi"))
print(order)


def double(fn):
    print("double wraps", fn.__name__)
    return lambda x: fn(x) * 2


def inc(fn):
    print("inc wraps", fn.__name__)
    return lambda x: fn(x) + 1


@double
@inc
def f(x):
    return x


@inc
@double
def g(x):
    return x


print(f(5), g(5))
print(f.__name__, g.__name__)
