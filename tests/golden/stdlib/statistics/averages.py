# The averages and the spread of int, float and Fraction data: exact sums and the result types
# CPython gives (an int mean stays an int when exact, a Fraction stays a Fraction).
from fractions import Fraction
import statistics as st

samples = {
    "ints": [2, 4, 4, 4, 5, 5, 7, 9],
    "floats": [2.5, 3.25, 5.5, 11.25, 0.1, 0.2, 0.3],
    "fractions": [Fraction(1, 2), Fraction(1, 3), Fraction(3, 4), Fraction(5, 6)],
    "mixed": [1, 2.5, 4, 0.5],
    "odd": [7, 1, 3, 9, 5],
}
for name, data in samples.items():
    print(name)
    print("  mean", repr(st.mean(data)), "fmean", st.fmean(data))
    print("  median", repr(st.median(data)), repr(st.median_low(data)), repr(st.median_high(data)),
          st.median_grouped(data), st.median_grouped(data, interval=2))
    print("  variance", repr(st.variance(data)), "pvariance", repr(st.pvariance(data)))
    print("  stdev", st.stdev(data), "pstdev", st.pstdev(data))
    print("  quantiles", st.quantiles(data), st.quantiles(data, n=10, method="inclusive"))
print(st.mode([1, 1, 2, 3, 3, 3]), st.mode("abracadabra"), st.multimode("aabbbbccddddeee"), st.multimode([]))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]))
print(st.fmean([3.5, 4.0, 5.25], weights=[1, 2, 3]), st.fmean(iter([1, 2, 3])), st.mean(iter(range(10))))
print(st.variance([1, 2, 3, 4], xbar=2.5), st.pvariance([1, 2, 3, 4], mu=2.5), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.mean([True, False, True]), st.median([1, 3]), st.median([Fraction(1, 2), Fraction(3, 2)]))
print(st.mean([float("inf"), 1.0]), st.mean([1e308, 1e308]), st.variance([1e100, 1, -1e100]))
