# Tasks gather per-region numbers; main formats a report with grouping, signs and percentages.
import asyncio

DATA = {"north": [1200.5, -300.25, 45000], "south": [0.5, 0.25], "east": [], "west": [-1e6, 2.5e6, 0.001]}


async def summarize(region: str, values: list) -> tuple:
    await asyncio.sleep(0)
    total = sum(values)
    avg = total / len(values) if values else float("nan")
    print(f"summarized {region:<6} n={len(values)}")
    return region, total, avg, len(values)


async def main() -> None:
    tasks = [asyncio.create_task(summarize(r, v), name=f"sum-{r}") for r, v in DATA.items()]
    print([t.get_name() for t in tasks])
    rows = await asyncio.gather(*tasks)
    grand = sum(r[1] for r in rows)
    print(f"{'region':^8}|{'total':>16}|{'avg':>14}|{'share':>8}|{'n':>3}")
    print("-" * 8 + "+" + "-" * 16 + "+" + "-" * 14 + "+" + "-" * 8 + "+" + "-" * 3)
    for region, total, avg, n in sorted(rows, key=lambda r: -r[1]):
        share = total / grand
        print(f"{region.title():<8}|{total:>+16,.2f}|{avg:>14.4g}|{share:>8.1%}|{n:>3d}")
    print(f"{'TOTAL':<8}|{grand:>16,.3f}|{'':>14}|{1:>8.0%}|{sum(r[3] for r in rows):>3}")
    print("{:=^40}".format(" done "))
    print("{0:_>10.3e} {0:<+12.1f}| {1:#x} {1:,}".format(grand, int(grand)))


asyncio.run(main())
