# Annotated locals inside functions, including an annotation without a value (still a local).
from typing import Optional


def summarize(values: list[int]) -> str:
    total: int = 0
    biggest: Optional[int] = None
    seen: list[int]
    seen = []
    for v in values:
        total += v
        if biggest is None or v > biggest:
            biggest = v
        seen.append(v)
    avg: float = total / len(values) if values else 0.0
    return f"n={len(seen)} total={total} max={biggest} avg={avg:.2f}"


def uses_unbound() -> None:
    result: int
    try:
        print(result)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    result = 42
    print("result now", result)


def shadow() -> int:
    count = 10

    def inner() -> int:
        count: int = 3
        return count * 2

    return inner() + count


print(summarize([3, 1, 4, 1, 5, 9, 2, 6]))
print(summarize([]))
uses_unbound()
print(shadow())


def counter_factory(start: int = 0):
    n: int = start

    def step(by: int = 1) -> int:
        nonlocal n
        n += by
        return n

    return step


step = counter_factory(100)
print(step(), step(10), step(-5))
print(summarize.__annotations__["values"], summarize.__annotations__["return"])
