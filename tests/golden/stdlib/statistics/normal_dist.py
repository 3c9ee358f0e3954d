"""statistics.NormalDist as a latency model: fitted from samples gathered by tasks, then its
pdf/cdf/inv_cdf, quantiles, overlap, z-scores, arithmetic, comparisons and errors; samples()
with a seed draws the same numbers as CPython's random."""
import asyncio
import statistics
from statistics import NormalDist


async def measure(i):
    await asyncio.sleep(0.001 * (i % 3))
    return 100 + (i * 37) % 23 - 11


async def main():
    data = await asyncio.gather(*(measure(i) for i in range(40)))
    model = NormalDist.from_samples(data)
    print(model)
    print(round(model.mean, 6), round(model.stdev, 6), round(model.variance, 6), model.median == model.mode)
    print(model.pdf(100), model.cdf(110), model.inv_cdf(0.95))
    print([round(q, 4) for q in model.quantiles()], len(model.quantiles(10)))
    print(model.zscore(120), NormalDist(0, 1).cdf(1.96))
    other = NormalDist(105, 8)
    print(model.overlap(other), other.overlap(other))
    print(model + 5, model * 2, 3 * model, model - other, model / 4, -model, +model)
    print(NormalDist(1, 2) == NormalDist(1, 2), NormalDist(1, 2) == NormalDist(1, 3), hash(NormalDist(1, 2)) == hash(NormalDist(1, 2)))
    print([round(x, 6) for x in NormalDist(10, 2).samples(5, seed=42)])
    print(NormalDist(), repr(NormalDist(2.5, 0.5)))
    for bad in [lambda: NormalDist(0, -1), lambda: NormalDist(0, 0).pdf(0), lambda: model.inv_cdf(1.0),
                lambda: NormalDist.from_samples([1]), lambda: model.zscore(1) if NormalDist(1, 0).zscore(1) else 0,
                lambda: model.quantiles(0), lambda: model.overlap(3)]:
        try:
            bad()
        except (statistics.StatisticsError, TypeError) as e:
            print(type(e).__name__, e)


asyncio.run(main())
