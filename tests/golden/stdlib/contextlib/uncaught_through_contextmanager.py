# An exception raised while a @contextmanager generator handles the body's error: the traceback
# goes through contextlib's __exit__ into the generator, as CPython prints it.
from contextlib import contextmanager


@contextmanager
def transaction(name):
    print("begin", name)
    try:
        yield
    except KeyError as e:
        raise RuntimeError(f"rollback of {name} failed") from e
    print("commit", name)


with transaction("t1"):
    print("work 1")
with transaction("t2"):
    {}["missing"]
