# Tests attributes on functions: custom attrs, __name__, __qualname__, __doc__, __dict__.
def plain(x):
    "Return x doubled."
    return x * 2

def nodoc():
    return 1

plain.calls = 0
plain.calls += 1
plain.meta = {"k": "v"}
print(plain.calls, plain.meta, plain.__dict__)
print(plain.__name__, plain.__qualname__, plain.__doc__, nodoc.__doc__)
print(hasattr(plain, "calls"), hasattr(nodoc, "calls"), getattr(nodoc, "calls", "none"))
setattr(nodoc, "tag", 5)
print(nodoc.tag, vars(nodoc))
del plain.meta
print(plain.__dict__)

def outer():
    def inner():
        return "inner"
    inner.attr = "set inside"
    return inner

f = outer()
print(f.__name__, f.__qualname__, f.attr, f())

class K:
    def method(self):
        "Method doc."
        return 1

print(K.method.__name__, K.method.__qualname__, K.method.__doc__, K().method.__doc__)
lam = lambda: 0
print(lam.__name__, lam.__qualname__)
plain.__name__ = "renamed"
print(plain.__name__, plain(4))
try:
    nodoc.missing
except AttributeError as e:
    print(type(e).__name__, e)

def counter():
    counter.n = getattr(counter, "n", 0) + 1
    return counter.n

counter()
counter()
print(counter(), counter.n)

async def coro_fn():
    return 1

coro_fn.flag = True
print(coro_fn.__name__, coro_fn.flag, type(coro_fn).__name__)
