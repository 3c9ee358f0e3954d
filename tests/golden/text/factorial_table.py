"""Big-number report: factorials, digit statistics, and the full value of a large factorial."""
from functools import lru_cache, reduce


@lru_cache(maxsize=None)
def fact(n: int) -> int:
    return 1 if n < 2 else n * fact(n - 1)


def digit_sum(n: int) -> int:
    return sum(int(d) for d in str(n))


def trailing_zeros(n: int) -> int:
    s = str(n)
    return len(s) - len(s.rstrip("0"))


def abbreviate(n: int, keep: int = 12) -> str:
    s = str(n)
    return s if len(s) <= 2 * keep else f"{s[:keep]}...{s[-keep:]} ({len(s)} digits)"


print(f"{'n':>5} {'digits':>7} {'digit sum':>10} {'zeros':>6}  value")
for n in (5, 10, 20, 50, 100, 250, 500):
    f = fact(n) if n <= 400 else reduce(lambda a, b: a * b, range(1, n + 1), 1)
    print(f"{n:>5} {len(str(f)):>7,} {digit_sum(f):>10,} {trailing_zeros(f):>6}  {abbreviate(f)}")

fib = [0, 1]
while len(str(fib[-1])) < 100:
    fib.append(fib[-1] + fib[-2])
print(f"first 100-digit Fibonacci number is F({len(fib) - 1}) = {abbreviate(fib[-1], 10)}")
print(2 ** 100, 3 ** 50 % 1_000_007, pow(7, 10 ** 6, 13), (10 ** 30 + 1) // 7)
print(f"{2 ** 64:,}", f"{-(2 ** 70):_x}", f"{10 ** 25:.3e}", hex(fact(25)))
big = fact(1200)
print("1200! has", len(str(big)), "digits")
print(big)
