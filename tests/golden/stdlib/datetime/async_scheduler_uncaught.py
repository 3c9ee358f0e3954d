# An asyncio job scheduler on a simulated clock: due times computed from a fixed aware start
# (every N minutes, daily at a wall-clock time in a fixed zone, month-end clamping), workers
# run the due jobs concurrently and stamp their results; a report of lateness and next runs.
# It ends with an uncaught TypeError: a naive deadline compared with an aware due time.
import asyncio
from datetime import date, datetime, time, timedelta, timezone

START = datetime(2024, 1, 30, 22, 45, tzinfo=timezone.utc)
BERLIN_WINTER = timezone(timedelta(hours=1), "CET")


def every(minutes):
    step = timedelta(minutes=minutes)
    return lambda prev: prev + step


def daily_at(at, tz):
    def nxt(prev):
        local = prev.astimezone(tz)
        candidate = datetime.combine(local.date(), at, tzinfo=tz)
        if candidate <= local:
            candidate += timedelta(days=1)
        return candidate.astimezone(timezone.utc)
    return nxt


def month_end(prev):
    first_next = date(prev.year + prev.month // 12, prev.month % 12 + 1, 1)
    if prev.date() == first_next - timedelta(days=1):
        first_next = date(first_next.year + first_next.month // 12, first_next.month % 12 + 1, 1)
    last = first_next - timedelta(days=1)
    return datetime.combine(last, time(23, 0), tzinfo=timezone.utc)


COSTS = {"sync": timedelta(minutes=4), "report": timedelta(seconds=95), "close-books": timedelta(hours=4, minutes=30)}
JOBS = {"sync": every(250), "report": daily_at(time(7, 30), BERLIN_WINTER), "close-books": month_end}


class Clock:
    def __init__(self, now):
        self.now = now

    async def advance_to(self, when):
        await asyncio.sleep(0)
        self.now = max(self.now, when)


async def run_job(name, due, clock, cost, log):
    await asyncio.sleep(0)
    started = clock.now
    finished = started + cost
    log.append((due, name, started - due, finished))
    return finished


async def main():
    clock = Clock(START)
    schedule = sorted((fn(START), name) for name, fn in JOBS.items())
    log = []
    horizon = START + timedelta(days=2, hours=6)
    while schedule[0][0] <= horizon:
        due = schedule[0][0]
        batch = [name for when, name in schedule if when == due]
        await clock.advance_to(due)
        ends = await asyncio.gather(*(run_job(n, due, clock, COSTS[n], log) for n in batch))
        clock.now = max(ends)
        rescheduled = []
        for n in batch:
            nxt = JOBS[n](due)
            while nxt < clock.now:  # skip the runs missed while busy
                nxt = JOBS[n](nxt)
            rescheduled.append((nxt, n))
        schedule = sorted([(w, n) for w, n in schedule if n not in batch] + rescheduled)
    for due, name, late, finished in log:
        print(f"{due:%a %d %b %H:%M}Z {name:<11} late {late!s:>8} done {finished.astimezone(BERLIN_WINTER):%H:%M:%S %Z}")
    print("runs:", {n: sum(1 for e in log if e[1] == n) for n in JOBS})
    for when, name in schedule:
        left = when - START
        hours, rem = divmod(left.total_seconds(), 3600)
        print(f"next {name:<11} {when.isoformat()} in {left} ({hours:.0f}h{rem / 60:02.0f}m) local {when.astimezone(BERLIN_WINTER).time()}")


asyncio.run(main())


def check_deadline(due, deadline):
    return "on time" if due <= deadline else "late"


print(check_deadline(START, START + timedelta(hours=1)))
print(check_deadline(START, datetime(2024, 1, 31, 9, 0)))
