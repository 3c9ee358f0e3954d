"""Day-style puzzle: clean a sensor log with gaps (a NaN sentinel), dedupe, and find stable windows."""

LOG = """\
t=00 a=12.5 b=7.0 c=3.3
t=01 a=12.7 b=-- c=3.3
t=02 a=-- b=7.2 c=3.1
t=03 a=13.0 b=7.2 c=--
t=04 a=13.0 b=-- c=2.9
t=05 a=12.9 b=7.4 c=2.9
t=06 a=-- b=7.5 c=3.0
t=07 a=12.8 b=7.5 c=3.0
"""

MISSING = float("nan")


def is_missing(x):
    return x != x


def parse(text):
    rows = []
    for line in text.splitlines():
        fields = dict(part.split("=") for part in line.split())
        t = int(fields.pop("t"))
        rows.append((t, {k: (MISSING if v == "--" else float(v)) for k, v in fields.items()}))
    return rows


def column(rows, name):
    return [vals[name] for _, vals in rows]


def fill_forward(values):
    out, last = [], MISSING
    for v in values:
        if not is_missing(v):
            last = v
        out.append(last)
    return out


def distinct(values):
    """Distinct readings in first-seen order (the gap marker counts once)."""
    seen = set()
    order = []
    for v in values:
        if v in seen:
            continue
        seen.add(v)
        order.append(v)
    return order


def stable_windows(values, size):
    windows = []
    for i in range(len(values) - size + 1):
        win = values[i:i + size]
        if any(is_missing(v) for v in win):
            continue
        if max(win) - min(win) <= 0.25:
            windows.append((i, round(sum(win) / size, 3)))
    return windows


def main():
    rows = parse(LOG)
    print("rows:", len(rows), "sensors:", sorted(rows[0][1]))
    for name in ("a", "b", "c"):
        col = column(rows, name)
        gaps = col.count(MISSING)
        print(f"sensor {name}: {gaps} gap(s) at {[t for t, v in enumerate(col) if is_missing(v)]}, "
              f"marker present: {MISSING in col}")
        filled = fill_forward(col)
        print("   filled:", filled)
        print("   stable (3):", stable_windows(filled, 3))
        uniq = distinct(col)
        print("   distinct:", len(uniq), ["--" if is_missing(v) else v for v in uniq])
    totals = {}
    for t, vals in rows:
        present = [v for v in vals.values() if not is_missing(v)]
        totals[t] = round(sum(present), 2)
    best = max(totals, key=totals.get)
    print("totals:", totals)
    print("best tick:", best, totals[best])
    lookup = {MISSING: "gap"}
    print("label of a gap:", lookup[column(rows, "a")[2]])


main()
