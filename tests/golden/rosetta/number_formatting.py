"""Number formatting and number-theory tasks from Rosetta Code."""


def commatize(n, sep=",", group=3):
    s = str(abs(n))
    parts = []
    while s:
        parts.append(s[-group:])
        s = s[:-group]
    return ("-" if n < 0 else "") + sep.join(reversed(parts))


def num_to_words(n):
    small = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
             "fourteen fifteen sixteen seventeen eighteen nineteen").split()
    tens = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
    scales = [(10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand"), (100, "hundred")]
    if n < 0:
        return "minus " + num_to_words(-n)
    if n < 20:
        return small[n]
    if n < 100:
        t, u = divmod(n, 10)
        return tens[t] + ("-" + small[u] if u else "")
    for value, name in scales:
        if n >= value:
            q, r = divmod(n, value)
            head = num_to_words(q) + " " + name
            if not r:
                return head
            return head + (" and " if r < 100 else " ") + num_to_words(r)
    raise AssertionError(n)


def perfect_numbers(limit):
    for n in range(2, limit):
        total = 1
        d = 2
        while d * d <= n:
            if n % d == 0:
                total += d
                if d * d != n:
                    total += n // d
            d += 1
        if total == n:
            yield n


def collatz(n):
    seq = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        seq.append(n)
    return seq


def main():
    for n in (0, 7, -1234567, 10 ** 12 + 1, 999):
        print(f"{n!s:>16} {commatize(n):>20} {commatize(n, '.', 4):>20} {n:>20,}")

    for n in (0, 13, 85, 100, 101, 342, 1000, 1_000_001, 123_456_789, -45):
        print(f"{n:>11}: {num_to_words(n)}")

    print("perfect:", list(perfect_numbers(10000)))
    longest = max(range(1, 10000), key=lambda k: len(collatz(k)))
    print("longest collatz under 10000:", longest, len(collatz(longest)))
    print("collatz(27) head/tail:", collatz(27)[:6], collatz(27)[-4:])

    values = [3.14159265, -0.000123456, 123456.789, 1e-7, 2.5, 3.5, -0.0, float("inf"), float("nan")]
    for v in values:
        print(f"{v:10.3f}|{v:<12.4e}|{v:^12g}|{v:+.2%}|{v!r}")
    print("%08.3f|%-8d|%+5i|%x|%X|%o|%e|%G" % (3.14159, 42, 7, 255, 255, 8, 12345.678, 0.00001234))
    print("%5s|%-5s|%.2s|%c|%c|%r|%%" % ("ab", "cd", "xyz", 65, "z", "q"))
    print("{:08.2f} {:+08d} {:#x} {:#o} {:#b} {:=+10.1f}".format(-3.14159, 42, 255, 8, 5, 2.75))
    print(format(1234567.891, ",.2f"), format(1234567.891, "_.1f"), format(0.5, ".0f"), format(1.5, ".0f"))
    print(round(2.675, 2), round(0.125, 2), round(-1.5), round(2.5), round(1e16 + 1.0))
    print(f"{12:b} {12:o} {12:x} {12:c} {12:n} {-12:08b} {12:#010x}")
    print(f"{'left':<8}|{'right':>8}|{'mid':^8}|{'fill':*^9}|{3:03}|{-3:03}")
    print(int("  42  "), int("-0b101", 0), int("0o17", 0), float(" 1e3 "), float("-inf"))
    print(1 / 3, 2 / 3, 0.1 + 0.2, 1e16, 1e15, 123456789.0 * 10, 1.0e-5, 0.0001)
    print(divmod(-7, 2), -7 // 2, -7 % 2, 7 % -2, divmod(7.5, -2), -7.5 // 2)
    print(num_to_words(10 ** 12))


main()
