# Asyncio tasks timing their work with perf_counter/monotonic/process_time (only relations are
# printed), a report that stamps events with a fixed simulated clock formatted via gmtime, the
# errors of sleep; ends with an uncaught ValueError from strftime (traceback, exit 1).
import asyncio
import time

SIM_START = 1_710_000_000  # a fixed "wall clock" for the report


async def job(name, delay, log):
    p0, m0 = time.perf_counter(), time.monotonic()
    await asyncio.sleep(delay)
    elapsed_p, elapsed_m = time.perf_counter() - p0, time.monotonic() - m0
    log.append((name, delay, elapsed_p, elapsed_m))
    return name


async def main():
    log = []
    c0 = time.process_time()
    order = []
    tasks = [asyncio.create_task(job(n, d, log)) for n, d in [("slow", 0.03), ("fast", 0.005), ("mid", 0.015)]]
    for fut in asyncio.as_completed(tasks):
        order.append(await fut)
    print("completion order:", order)
    print("results:", await asyncio.gather(*tasks))
    for name, delay, ep, em in log:
        print(f"{name:>4}: perf>=delay {ep >= delay * 0.9}, mono>=delay {em >= delay * 0.9}, "
              f"agree {abs(ep - em) < 0.02}, under 1s {ep < 1}")
    print("cpu time non-negative:", time.process_time() - c0 >= 0)

    # The report: each event gets SIM_START plus a fixed offset.
    events = [(0, "boot"), (59.9, "ready"), (3600, "first request"), (86400 + 1, "rollover")]
    for offset, what in events:
        t = time.gmtime(SIM_START + offset)
        print(time.strftime("%Y-%m-%d %H:%M:%S", t), f"+{offset:>8.1f}s", what, t.tm_yday)


asyncio.run(main())

a, b = time.perf_counter(), time.perf_counter()
m1, m2 = time.monotonic(), time.monotonic()
print(b >= a, m2 >= m1, type(a).__name__, type(time.process_time()).__name__)
t0 = time.monotonic()
time.sleep(0)
time.sleep(0.001)
print(time.monotonic() - t0 >= 0.0009)

for bad in [lambda: time.sleep(-1), lambda: time.sleep("1"), lambda: time.sleep(float("nan")),
            lambda: time.sleep(), lambda: time.perf_counter(1), lambda: time.monotonic(None)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

report_month = 13
print("formatting month", report_month)
print(time.strftime("%B %Y", (2024, report_month, 1, 0, 0, 0, 0, 1, 0)))
print("not reached")
