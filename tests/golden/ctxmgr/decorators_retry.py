"""Decorators with arguments (retry, rate limit, memoize, trace) built on functools.wraps and closures."""
import functools

CALLS = 0
clock = 0


def tick(n=1):
    global clock
    clock += n
    return clock


def retry(times=3, on=(Exception,), backoff=2):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            delay = 1
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except on as e:
                    wrapper.failures.append(f"{fn.__name__}#{attempt}: {e}")
                    if attempt == times:
                        raise
                    tick(delay)
                    delay *= backoff
        wrapper.failures = []
        return wrapper
    return decorate


def trace(prefix=""):
    depth = 0

    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            nonlocal depth
            global CALLS
            CALLS += 1
            argtext = ", ".join([repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()])
            print(f"{prefix}{'  ' * depth}-> {fn.__qualname__}({argtext})")
            depth += 1
            try:
                result = fn(*args, **kwargs)
            except Exception as e:
                print(f"{prefix}{'  ' * (depth - 1)}!! {type(e).__name__}")
                raise
            finally:
                depth -= 1
            print(f"{prefix}{'  ' * depth}<- {result!r}")
            return result
        return wrapper
    return decorate


def memoize(fn):
    cache = {}
    hits = misses = 0

    @functools.wraps(fn)
    def wrapper(*args):
        nonlocal hits, misses
        if args in cache:
            hits += 1
            return cache[args]
        misses += 1
        cache[args] = result = fn(*args)
        return result

    def stats():
        return {"hits": hits, "misses": misses, "size": len(cache)}
    wrapper.stats = stats
    wrapper.clear = cache.clear
    return wrapper


def make_flaky(fail_times, exc=ConnectionError):
    remaining = fail_times

    def fetch(url):
        """Fetch a URL, failing the first few times."""
        nonlocal remaining
        if remaining > 0:
            remaining -= 1
            raise exc(f"{url} unreachable ({remaining} left)")
        return f"<html>{url}</html>"
    return fetch


fetch = retry(times=4, on=(ConnectionError, TimeoutError))(make_flaky(2))
print(fetch("a.example"), fetch.failures, "clock", clock)
print(fetch.__name__, fetch.__doc__, fetch.__wrapped__.__name__, hasattr(fetch, "__wrapped__"))


@trace(prefix="| ")
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(4), "calls:", CALLS)


@memoize
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


print(paths(10, 10), paths.stats(), paths.__name__)
paths.clear()
print(paths(3, 3), paths.stats())


class Service:
    def __init__(self, name):
        self.name = name
        self.attempts = 0

    def __repr__(self):
        return f"Service({self.name!r})"

    @retry(times=2, on=(ValueError,))
    def parse(self, text):
        self.attempts += 1
        return int(text)

    @trace(prefix="S ")
    def greet(self, who, *, loud=False):
        msg = f"{self.name} greets {who}"
        return msg.upper() if loud else msg


svc = Service("svc")
print(svc.greet("you", loud=True), Service.greet.__qualname__, Service.parse.__wrapped__.__qualname__)
try:
    svc.parse("x1")
except ValueError as e:
    print("gave up:", e, "| attempts:", svc.attempts, "| log:", Service.parse.failures)
counters = [lambda i=i: i * 10 for i in range(3)]
late = [lambda: i * 10 for i in range(3)]
print([c() for c in counters], [c() for c in late])


def account(balance=0):
    def deposit(x):
        nonlocal balance
        balance += x
        return balance

    def withdraw(x):
        nonlocal balance
        if x > balance:
            raise ValueError(f"insufficient funds: {balance} < {x}")
        balance -= x
        return balance
    return deposit, withdraw


dep, wd = account(10)
print(dep(5), wd(12), dep.__closure__ is not None if False else "ok", tick(0))
flaky_forever = retry(times=3, on=(TimeoutError,))(make_flaky(10, TimeoutError))
flaky_forever("b.example")
