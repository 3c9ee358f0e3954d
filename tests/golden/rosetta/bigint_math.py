"""Big-integer Rosetta tasks: factorials, Fibonacci, digit sums, integer roots."""


def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


def fib_pair(n):
    """Fast doubling: returns (F(n), F(n+1))."""
    if n == 0:
        return 0, 1
    a, b = fib_pair(n // 2)
    c = a * ((b << 1) - a)
    d = a * a + b * b
    if n & 1:
        return d, c + d
    return c, d


def isqrt(n):
    if n < 0:
        raise ValueError("square root not defined for negative numbers")
    if n == 0:
        return 0
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def digit_sum(n):
    return sum(map(int, str(n)))


def trailing_zeros(n):
    s = str(n)
    return len(s) - len(s.rstrip("0"))


def pi_digits(count):
    """Spigot (Gibbons) streaming algorithm."""
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    produced = 0
    while produced < count:
        if 4 * q + r - t < n * t:
            yield n
            produced += 1
            q, r, t, k, n, l = (10 * q, 10 * (r - n * t), t, k,
                                (10 * (3 * q + r)) // t - 10 * n, l)
        else:
            q, r, t, k, n, l = (q * k, (2 * q + r) * l, t * l, k + 1,
                                (q * (7 * k + 2) + r * l) // (t * l), l + 2)


def main():
    f100 = factorial(100)
    print("100! has", len(str(f100)), "digits")
    print("digit sum:", digit_sum(f100), "trailing zeros:", trailing_zeros(f100))
    print("first 20 digits:", str(f100)[:20])
    print("bit_length:", f100.bit_length(), "mod 1e9+7:", f100 % 1_000_000_007)

    for n in (10, 50, 100, 300):
        fn, _ = fib_pair(n)
        print(f"F({n}) = {fn}" if n < 100 else f"F({n}) = {str(fn)[:15]}...({len(str(fn))} digits)")

    big = 2 ** 200 + 12345
    r = isqrt(big)
    print("isqrt ok:", r * r <= big < (r + 1) * (r + 1), hex(r)[:12])
    print("2**64 formats:", f"{2**64:,}", f"{2**64:_x}", f"{2**64:e}", f"{-2**64:+,d}")
    print("divmod big:", divmod(-(10 ** 30) - 7, 10 ** 12))
    print("pow mod:", pow(3, 10 ** 20, 10 ** 9 + 7), pow(7, -1, 13))
    print("shifts:", (1 << 130) >> 127, -(1 << 70) >> 68, (-1) >> 100)
    print("bitops:", (2 ** 80 - 1) & 0xFFFF0000, (2 ** 70) | 5, (-(2 ** 70)) ^ 3)
    print("int from str:", int("1" * 40) % 97, int("-0x" + "f" * 20, 16), int("zz", 36))
    print("round big:", round(123456789012345678901234567890, -20), round(-25, -1), round(35, -1))
    print("float conv:", float(2 ** 100), int(1e22), 10 ** 25 / 10 ** 5)
    print("compare:", 2 ** 53 + 1 > float(2 ** 53), 2 ** 53 + 1 == float(2 ** 53 + 1))
    print("pi:", "".join(str(d) for d in pi_digits(40)))
    catalans = []
    c = 1
    for n in range(25):
        catalans.append(c)
        c = c * 2 * (2 * n + 1) // (n + 2)
    print("catalan:", catalans[-3:])
    print("to_bytes:", (2 ** 70 + 3).to_bytes(9, "big").hex(), int.from_bytes(b"\xff\x01", "little", signed=True))
    print("negative to_bytes:", (-129).to_bytes(2, "big", signed=True))
    print(isqrt(-(factorial(25))))


main()
