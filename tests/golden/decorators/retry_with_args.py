# Decorators with arguments: @retry(times=3) around a flaky function.
class TransientError(Exception):
    pass


def retry(times=3, on=(TransientError,), default=None):
    def decorate(fn):
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    result = fn(*args, **kwargs)
                    print(f"  {fn.__name__} succeeded on attempt {attempt}")
                    return result
                except on as e:
                    print(f"  {fn.__name__} attempt {attempt} failed: {e}")
            print(f"  {fn.__name__} giving up")
            return default
        return wrapper
    return decorate


failures = {"load": 2, "save": 5, "ping": 0}


def flaky(name):
    if failures[name] > 0:
        failures[name] -= 1
        raise TransientError(f"{name} not ready ({failures[name]} left)")
    return f"{name} done"


@retry(times=3)
def load():
    return flaky("load")


@retry(times=2, default="fallback")
def save():
    return flaky("save")


@retry()
def ping():
    return flaky("ping")


@retry(times=2, on=(ValueError,))
def parse(text):
    return int(text)


print(load())
print(save())
print(ping())
print(parse("12"))
print(parse("x"))
try:
    retry(times=1, on=(KeyError,))(lambda: flaky("save"))()
except TransientError as e:
    print("escaped:", e)
