# Plain function decorators: wrapper closures forwarding *args and **kwargs.
call_log = []


def trace(fn):
    def wrapper(*args, **kwargs):
        shown = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
        print(f"-> {fn.__name__}({', '.join(shown)})")
        result = fn(*args, **kwargs)
        print(f"<- {fn.__name__} = {result!r}")
        call_log.append(fn.__name__)
        return result
    return wrapper


def count_calls(fn):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


@trace
def add(a, b=0):
    return a + b


@trace
def greet(name, *, punct="!"):
    return f"hello {name}{punct}"


@count_calls
def square(x):
    return x * x


print(add(2, 3))
print(add(1, b=4))
print(greet("ann"), greet("bob", punct="?"))
print([square(i) for i in range(5)], square.calls)
print(add.__name__, greet.__name__, square.__name__)
print(call_log)


def shout(fn):
    return lambda *a, **k: fn(*a, **k).upper()


@shout
def title(s):
    return f"== {s} =="


print(title("report"))
