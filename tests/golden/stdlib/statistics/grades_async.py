# A small report: scores gathered from tasks, summarised with statistics, and an uncaught
# StatisticsError from a class with no scores (the traceback through statistics.py).
import asyncio
import statistics

SCORES = {"math": [88, 92, 79, 93, 85], "art": [72, 95, 88], "music": [90, 90, 85, 70], "empty": []}


async def fetch(subject):
    await asyncio.sleep(0)
    return subject, SCORES[subject]


async def main():
    results = await asyncio.gather(*(fetch(s) for s in SCORES))
    for subject, scores in results:
        if not scores:
            continue
        print(f"{subject:6} mean={statistics.mean(scores):.2f} median={statistics.median(scores)} "
              f"stdev={statistics.stdev(scores):.3f} q={statistics.quantiles(scores, n=4)}")
    everything = [s for _, scores in results for s in scores]
    print("overall", statistics.fmean(everything), statistics.mode(everything), statistics.pstdev(everything))
    print("empty", statistics.mean(SCORES["empty"]))


asyncio.run(main())
