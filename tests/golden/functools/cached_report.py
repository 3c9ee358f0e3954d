# A report object with cached_property (computed once, reset with del), lru_cache with a small
# maxsize showing eviction in cache_info(), typed=True caching, and update_wrapper on an async
# timing-free call counter.
import asyncio
from functools import cached_property, lru_cache, update_wrapper


class Report:
    def __init__(self, rows):
        self.rows = rows
        self.computations = 0

    @cached_property
    def totals(self):
        self.computations += 1
        out = {}
        for region, amount in self.rows:
            out[region] = out.get(region, 0) + amount
        return out

    @cached_property
    def top(self):
        return max(self.totals, key=self.totals.get)


@lru_cache(maxsize=2)
def exchange_rate(currency):
    print(f"  fetching rate for {currency}")
    return {"EUR": 1.1, "GBP": 1.25, "JPY": 0.007}[currency]


@lru_cache(typed=True)
def describe(x):
    return f"{type(x).__name__}:{x}"


class CallCounter:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
        update_wrapper(self, fn)

    async def __call__(self, *args):
        self.calls += 1
        return await self.fn(*args)


@CallCounter
async def convert(amount, currency):
    """Convert an amount to USD."""
    await asyncio.sleep(0)
    return round(amount * exchange_rate(currency), 2)


async def main():
    r = Report([("north", 10), ("south", 25), ("north", 30), ("east", 5)])
    print(r.totals, r.top, r.computations, "totals" in vars(r))
    r.rows.append(("south", 100))
    print(r.totals, r.computations)
    del r.totals
    print(r.totals, r.computations, r.top)
    results = []
    for cur in ["EUR", "GBP", "EUR", "JPY", "GBP", "EUR"]:
        results.append(await convert(100, cur))
    print(results, convert.calls, convert.__name__, convert.__doc__)
    print(exchange_rate.cache_info())
    exchange_rate.cache_clear()
    print(exchange_rate.cache_info(), await asyncio.gather(convert(2, "GBP"), convert(3, "GBP")))
    print(describe(1), describe(1.0), describe(True), describe(1), describe.cache_info())
    print(Report.totals.__class__.__name__, Report.top.attrname)


asyncio.run(main())
