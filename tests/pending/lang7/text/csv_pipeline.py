"""A streaming CSV pipeline built from generators: parsing with quotes, coroutine-style sinks, send/throw/close."""
from typing import Iterator, Iterable, Generator, Callable, Any

DATA = '''id,name,city,amount,date
1,"Smith, Jane",Boston,120.50,2024-01-03
2,Bob,"New York",75,2024-01-03
3,"O""Brien, Pat",Dublin,-20.00,2024-01-04
4,Ana,Boston,300.25,2024-01-05
5,Li,,42,2024-01-05
6,"Multi
Line",Chicago,10,2024-01-06
7,Eve,Boston,oops,2024-01-07
'''


def records(text: str) -> Iterator[list[str]]:
    """A small RFC-4180 reader: quoted fields, doubled quotes, newlines inside quotes."""
    field, row, quoted, i = "", [], False, 0
    while i < len(text):
        ch = text[i]
        if quoted:
            if ch == '"' and text[i + 1:i + 2] == '"':
                field += '"'
                i += 1
            elif ch == '"':
                quoted = False
            else:
                field += ch
        elif ch == '"':
            quoted = True
        elif ch == ",":
            row.append(field)
            field = ""
        elif ch == "\n":
            row.append(field)
            yield row
            field, row = "", []
        else:
            field += ch
        i += 1
    if field or row:
        row.append(field)
        yield row


def as_dicts(rows: Iterable[list[str]]) -> Iterator[dict[str, str]]:
    it = iter(rows)
    header = next(it)
    for n, row in enumerate(it, start=2):
        if len(row) != len(header):
            raise ValueError(f"row {n}: expected {len(header)} fields, got {len(row)}")
        yield dict(zip(header, row))


def typed(rows: Iterable[dict[str, str]], errors: list[str]) -> Iterator[dict[str, Any]]:
    for r in rows:
        try:
            yield {**r, "id": int(r["id"]), "amount": float(r["amount"])}
        except ValueError as e:
            errors.append(f"id {r['id']}: {e}")


def averager() -> Generator[float, float, str]:
    total, count, avg = 0.0, 0, 0.0
    while True:
        try:
            value = yield avg
        except ArithmeticError as e:
            print(f"    averager: ignoring bad value ({e})")
            continue
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return f"{count} values, mean {avg:.2f}"


def grouper(key: Callable[[dict], str]) -> Generator[None, dict, dict[str, list[int]]]:
    groups: dict[str, list[int]] = {}
    try:
        while True:
            row = yield
            groups.setdefault(key(row) or "(none)", []).append(row["id"])
    except GeneratorExit:
        print("    grouper closed with", len(groups), "groups")
        raise


errors: list[str] = []
avg = averager()
next(avg)
groups = grouper(lambda r: r["city"])
next(groups)
for row in typed(as_dicts(records(DATA)), errors):
    running = avg.send(row["amount"])
    groups.send(row)
    print(f"{row['id']:>2} {row['name']!r:<16} {row['city'] or '-':<9} {row['amount']:>8.2f}  avg {running:7.2f}")
avg.throw(ZeroDivisionError("simulated"))
try:
    avg.send(None)
except StopIteration as stop:
    print("averager finished:", stop.value)
print("errors:", errors)
frame = groups.gi_frame
groups.close()
print("closed:", groups.gi_frame is None, frame is not None)
try:
    groups.send({"id": 99, "city": "X"})
except StopIteration:
    print("send after close -> StopIteration")
cities = {}
for r in typed(as_dicts(records(DATA)), []):
    cities.setdefault(r["city"] or "(none)", []).append(r["amount"])
for city, amounts in sorted(cities.items(), key=lambda kv: -sum(kv[1])):
    print(f"{city:<10}{len(amounts):>2}{sum(amounts):>10.2f}")
longest = max(records(DATA), key=lambda r: max(map(len, r)))
print(repr(longest), sum(1 for _ in records(DATA)))
list(as_dicts(records("a,b\n1,2\n3\n")))
