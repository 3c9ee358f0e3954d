# Tasks computing a small DFT over complex roots of unity, results merged with gather.
import asyncio
from functools import reduce


def root(n: int, k: int) -> complex:
    # exact unit roots for n=4 via repeated multiplication by 1j
    return reduce(lambda acc, _: acc * 1j, range(k % n), 1 + 0j)


async def bin_value(samples: list, k: int) -> complex:
    n = len(samples)
    total = 0j
    for t, x in enumerate(samples):
        total += x * root(n, -k * t)
        await asyncio.sleep(0)
    print(f"bin {k}: {total}")
    return total


async def main() -> None:
    samples = [1, 2 + 1j, -1, 0.5j]
    bins = await asyncio.gather(*(bin_value(samples, k) for k in range(4)))
    print(bins)
    print([abs(b) for b in bins])
    print([f"{b.real:+.2f}{b.imag:+.2f}i" for b in bins])
    back = []
    for t in range(4):
        s = sum(b * root(4, k * t) for k, b in enumerate(bins)) / 4
        back.append(s)
    print(back, back == [complex(x) for x in samples])
    energy = sum((b * b.conjugate()).real for b in bins)
    print(energy, energy / 4 == sum(abs(x) ** 2 for x in samples))


asyncio.run(main())
