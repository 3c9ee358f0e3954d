"""Resource handling with context managers, finally blocks, implicit chaining and a retry helper."""
from typing import Callable, TypeVar, Optional
import sys

R = TypeVar("R")
events: list[str] = []


class TransientError(Exception):
    pass


class PermanentError(Exception):
    pass


class Connection:
    opened = 0

    def __init__(self, name: str, fail_on_close: bool = False):
        self.name = name
        self.fail_on_close = fail_on_close

    def __enter__(self) -> "Connection":
        Connection.opened += 1
        events.append(f"open {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb) -> bool:
        events.append(f"close {self.name} ({exc_type.__name__ if exc_type else 'ok'})")
        if self.fail_on_close:
            raise OSError(f"{self.name}: close failed")
        return exc_type is TransientError and "swallow" in self.name


def retry(fn: Callable[[int], R], attempts: int = 3) -> R:
    last: Optional[BaseException] = None
    for attempt in range(1, attempts + 1):
        try:
            return fn(attempt)
        except TransientError as e:
            events.append(f"attempt {attempt} failed: {e}")
            last = e
        finally:
            events.append(f"attempt {attempt} done")
    raise PermanentError(f"gave up after {attempts} attempts") from last


def flaky(succeed_on: int) -> Callable[[int], str]:
    def call(attempt: int) -> str:
        with Connection(f"db#{attempt}"):
            if attempt < succeed_on:
                raise TransientError(f"timeout on try {attempt}")
            return f"rows@{attempt}"
    return call


print(retry(flaky(2)))
try:
    retry(flaky(5))
except PermanentError as e:
    print("failed:", e, "<-", repr(e.__cause__))
with Connection("swallow-cache"):
    raise TransientError("ignored")
print("after swallow")


def cleanup_fails() -> None:
    with Connection("files", fail_on_close=True):
        {"a": 1}["b"]


try:
    cleanup_fails()
except OSError as e:
    ctx = e.__context__
    print("OSError:", e, "| context:", type(ctx).__name__, ctx, "| cause:", e.__cause__)


def nested_handlers() -> int:
    try:
        try:
            int("x")
        except ValueError:
            events.append("handling ValueError")
            [][0]
    except IndexError as e:
        print("chain:", type(e).__name__, "<-", type(e.__context__).__name__)
        return 1
    finally:
        events.append("nested finally")
    return 0


def finally_return() -> str:
    try:
        raise RuntimeError("lost")
    finally:
        return "finally wins"


print(nested_handlers(), finally_return())
print(sys.getrecursionlimit(), Connection.opened)
print("\n".join(events))
try:
    raise TransientError("outer")
except TransientError:
    try:
        retry(flaky(9), attempts=2)
    finally:
        print("last events:", events[-2:])
