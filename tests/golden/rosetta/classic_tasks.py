"""A handful of classic Rosetta Code tasks, each written as a small function."""
import sys
from functools import reduce


def hundred_doors(n=100):
    doors = [False] * (n + 1)
    for step in range(1, n + 1):
        for d in range(step, n + 1, step):
            doors[d] = not doors[d]
    return [i for i, open_ in enumerate(doors) if open_]


def sieve(limit):
    is_prime = bytearray([1]) * (limit + 1)
    is_prime[0:2] = b"\x00\x00"
    for i in range(2, int(limit ** 0.5) + 1):
        if is_prime[i]:
            is_prime[i * i::i] = bytearray(len(range(i * i, limit + 1, i)))
    return [i for i, p in enumerate(is_prime) if p]


ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def to_roman(n):
    out = []
    for value, sym in ROMAN:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)


def from_roman(s):
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = values[a]
        if b != " " and values[b] > v:
            total -= v
        else:
            total += v
    return total


def look_and_say(seed, rounds):
    seq = seed
    for _ in range(rounds):
        yield seq
        out = []
        i = 0
        while i < len(seq):
            j = i
            while j < len(seq) and seq[j] == seq[i]:
                j += 1
            out.append(f"{j - i}{seq[i]}")
            i = j
        seq = "".join(out)


def luhn(number: str) -> bool:
    digits = [int(c) for c in reversed(number)]
    odd = digits[0::2]
    even = [sum(divmod(2 * d, 10)) for d in digits[1::2]]
    return (sum(odd) + sum(even)) % 10 == 0


def josephus(n, k):
    prisoners = list(range(n))
    killed = []
    i = 0
    while len(prisoners) > 1:
        i = (i + k - 1) % len(prisoners)
        killed.append(prisoners.pop(i))
    return prisoners[0], killed


def hanoi(n, src="A", via="B", dst="C", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, src, dst, via, moves)
        moves.append((n, src, dst))
        hanoi(n - 1, via, src, dst, moves)
    return moves


def main():
    opened = hundred_doors()
    print("open doors:", opened)
    print("count:", len(opened), "sum of squares?", all(int(d ** 0.5) ** 2 == d for d in opened))

    primes = sieve(120)
    print("primes <= 120:", len(primes), primes[-5:])
    twin = [(p, p + 2) for p in primes if p + 2 in primes]
    print("twins:", twin[:6], "...")

    for year in (1990, 2008, 1666, 3999, 4, 944):
        r = to_roman(year)
        back = from_roman(r)
        print(f"{year:>5} -> {r:<15} -> {back}")
        assert back == year

    for term in look_and_say("1", 9):
        print(term.rjust(30, "."))

    cards = ["49927398716", "49927398717", "1234567812345678", "1234567812345670"]
    for c in cards:
        print(c, "valid" if luhn(c) else "invalid")

    survivor, order = josephus(41, 3)
    print("josephus survivor:", survivor, "last five killed:", order[-5:])

    moves = hanoi(4)
    print("hanoi(4):", len(moves), "moves; first", moves[:3])
    by_disk = reduce(lambda acc, m: {**acc, m[0]: acc.get(m[0], 0) + 1}, moves, {})
    print("moves per disk:", dict(sorted(by_disk.items())))

    # the validation check at the end: a bad roman numeral
    bad = "MCMXCIVZ"
    print("parsing", bad)
    sys.stdout.flush()
    print(from_roman(bad))


main()
