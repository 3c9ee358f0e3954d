# Exact arithmetic in an asyncio program: tasks accumulate shares as fractions, a Fraction
# subclass, copies, and an uncaught ZeroDivisionError from Fraction's own code.
import asyncio
import copy
from fractions import Fraction


class Money(Fraction):
    def __str__(self):
        return f"${float(self):.2f}"


async def share(name, parts, total):
    await asyncio.sleep(0)
    return name, Fraction(parts, total)


async def main():
    shares = await asyncio.gather(*(share(n, p, 12) for n, p in [("ann", 3), ("bob", 4), ("cy", 5)]))
    for name, s in shares:
        print(name, s, f"{float(s):.4f}")
    print("sum:", sum(s for _, s in shares), sum(s for _, s in shares) == 1)


asyncio.run(main())
m = Money(1234, 100)
print(m, repr(m), type(m + 1).__name__, type(+m).__name__, copy.copy(m) == m, copy.deepcopy(Fraction(1, 3)))
print(Fraction(5, 3).__round__(), Fraction(1, 3).conjugate(), Fraction(1, 3).real, Fraction(1, 3).imag)
rates = [Fraction(1, 4), Fraction(0)]
print(Fraction(1, 2) / rates[0])
print(Fraction(1, 2) / rates[1])
