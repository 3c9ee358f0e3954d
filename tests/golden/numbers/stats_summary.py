def mean(xs):
    if not xs:
        raise ValueError("mean requires at least one data point")
    return sum(xs) / len(xs)


def median(xs):
    s = sorted(xs)
    n = len(s)
    mid = n // 2
    return s[mid] if n % 2 else (s[mid - 1] + s[mid]) / 2


def mode(xs):
    counts = {}
    for x in xs:
        counts[x] = counts.get(x, 0) + 1
    return max(counts, key=counts.get)


def stdev(xs):
    if len(xs) < 2:
        raise ValueError("stdev requires at least two data points")
    m = mean(xs)
    return (sum((x - m) ** 2 for x in xs) / (len(xs) - 1)) ** 0.5


samples = {
    "alpha": [2.5, 3.1, 4.7, 3.1, 5.0, 2.2],
    "beta": [10, 12, 11, 13, 12, 12, 40],
    "gamma": [1, 2, 3, 4],
}
for name, xs in samples.items():
    print(f"{name:>6}: n={len(xs)} mean={mean(xs):.3f} median={median(xs)} mode={mode(xs)} "
          f"sd={stdev(xs):.4f} range={max(xs) - min(xs)} raw_mean={mean(xs)!r}")


def histogram(xs, bins):
    lo, hi = min(xs), max(xs)
    width = (hi - lo) / bins
    counts = [0] * bins
    for x in xs:
        i = min(int((x - lo) / width), bins - 1)
        counts[i] += 1
    for i, c in enumerate(counts):
        left = lo + i * width
        print(f"[{left:6.2f}, {left + width:6.2f}) {'#' * c}{c:>3}")


histogram([1, 2, 2, 3, 3, 3, 4, 4, 5, 9, 9.5], 4)
vals = [x * 0.1 for x in range(1, 8)]
print(vals)
print([round(v, 2) for v in vals], sum(vals), sum(vals) / len(vals), max(vals) - min(vals))
zs = [(v - mean(vals)) / stdev(vals) for v in vals]
print([f"{z:+.3f}" for z in zs], f"{sum(zs):.1e}", round(sum(zs), 10) == 0)
print(f"{mean([1, 2]):g} {mean([10**20, 1]):e} {mean([True, False, True]):.4f} {median([3, 1, 2])}")
pct = [n / 7 for n in range(8)]
print(" ".join(f"{p:.1%}" for p in pct), [round(p, 3) for p in pct][-3:])
print(divmod(sum(range(101)), 7), sum(range(101)) / 7, int(sum(range(101)) / 7), round(5050 / 7, 3))
try:
    mean([])
except ValueError as e:
    print("ValueError:", e)
stdev([1])
