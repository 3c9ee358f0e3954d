"""A batch script whose steps run inside a reporting context manager that records where failures happened."""
import sys


class Step:
    results: list[tuple[str, str]] = []

    def __init__(self, name: str, critical: bool = False):
        self.name = name
        self.critical = critical

    def __enter__(self):
        print(f"[{self.name}] start")
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            Step.results.append((self.name, "ok"))
            print(f"[{self.name}] ok")
            return False
        where = f"line {tb.tb_lineno}" if tb is not None else "unknown line"
        frames = 0
        while tb is not None:
            frames += 1
            tb = tb.tb_next
        Step.results.append((self.name, f"{exc_type.__name__} at {where}"))
        print(f"[{self.name}] {exc_type.__name__}: {exc} ({where}, {frames} frame(s))")
        return not self.critical


def load(rows):
    return [r.split(",") for r in rows]


def to_numbers(table):
    return [[int(cell) for cell in row] for row in table]


ROWS = ["1,2,3", "4,5,6", "7,x,9"]


def main():
    with Step("load"):
        table = load(ROWS)
    with Step("convert"):
        numbers = to_numbers(table)
    with Step("fallback convert"):
        numbers = [[int(c) if c.isdigit() else 0 for c in row] for row in table]
    with Step("totals"):
        totals = [sum(r) for r in numbers]
        print("   totals:", totals)
    with Step("ratio"):
        ratios = [t / (t - 15) for t in totals]
        print("   ratios:", ratios)
    with Step("lookup"):
        names = {"a": 1}
        print(names["b"])
    print("summary:")
    for name, outcome in Step.results:
        print(f"  {name:<17}{outcome}")
    failed = sum(1 for _, o in Step.results if o != "ok")
    with Step("final check", critical=True):
        if failed > 2:
            raise SystemExit(f"{failed} steps failed")
    sys.exit(0)


main()
