# Concurrent accumulation of exact fractions via as_integer_ratio under a Lock.
import asyncio
from dataclasses import dataclass


@dataclass
class Ratio:
    num: int
    den: int

    def add(self, n: int, d: int) -> None:
        num = self.num * d + n * self.den
        den = self.den * d
        a, b = num, den
        while b:
            a, b = b, a % b
        self.num, self.den = num // a, den // a


async def worker(name: str, values: list, acc: Ratio, lock: asyncio.Lock) -> None:
    for v in values:
        n, d = float(v).as_integer_ratio()
        async with lock:
            acc.add(n, d)
            print(f"{name}: +{v!r:<8} -> {acc.num}/{acc.den}")
        await asyncio.sleep(0)


async def main() -> None:
    acc = Ratio(0, 1)
    lock = asyncio.Lock()
    await asyncio.gather(
        worker("a", [0.5, 0.25, 0.125], acc, lock),
        worker("b", [1.5, -0.75], acc, lock),
        worker("c", [3, 0.0625, -2], acc, lock),
    )
    print(acc, acc.num / acc.den, (acc.num / acc.den).hex())
    print(divmod(acc.num, acc.den), round(acc.num / acc.den, 3), f"{acc.num / acc.den:.6e}")
    total = sum([0.5, 0.25, 0.125, 1.5, -0.75, 3, 0.0625, -2])
    print(total, total == acc.num / acc.den, total.as_integer_ratio())


asyncio.run(main())
