# Parameter and return annotations with Optional, Union and PEP 604 unions.
import asyncio
from typing import Optional, Union


def parse_port(text: Optional[str], default: int = 80) -> int:
    if text is None or not text.isdigit():
        return default
    return int(text)


def merge(base: dict[str, int] | None, extra: dict[str, int] | None = None) -> dict[str, int]:
    out: dict[str, int] = dict(base or {})
    for k, v in (extra or {}).items():
        out[k] = out.get(k, 0) + v
    return out


def describe(value: Union[int, str, None]) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, int):
        return f"int {value}"
    return f"str {value!r}"


async def fetch_size(url: str, fail: bool = False) -> int | None:
    await asyncio.sleep(0)
    return None if fail else len(url)


async def main() -> None:
    print(parse_port("8080"), parse_port(None), parse_port("x", 443))
    print(merge(None), merge({"a": 1}), merge({"a": 1, "b": 2}, {"b": 3, "c": 4}))
    for v in (5, "five", None):
        print(describe(v))
    sizes = await asyncio.gather(
        fetch_size("http://a.example"), fetch_size("http://bb.example", fail=True), fetch_size("x")
    )
    print(sizes)
    known: list[int] = [s for s in sizes if s is not None]
    print(sum(known), len(known))


asyncio.run(main())
