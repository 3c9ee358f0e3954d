"""An async export/import job with csv.DictWriter and csv.DictReader over io.StringIO:
header writing, restval/extrasaction, restkey for long rows, missing fields, fieldnames read
from the first row, and ValueError texts for unexpected keys."""
import asyncio
import csv
import io


async def fetch_orders():
    await asyncio.sleep(0)
    return [
        {"id": 1, "customer": "Ann", "total": 19.5, "tags": "new"},
        {"id": 2, "customer": "Bob \"B\"", "total": 7},
        {"id": 3, "customer": "Cy, Ltd", "total": 120.25, "tags": "vip;bulk"},
    ]


async def export(orders):
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=["id", "customer", "total", "tags"], restval="-")
    writer.writeheader()
    for order in orders:
        writer.writerow(order)
        await asyncio.sleep(0)
    print(writer.fieldnames, writer.restval)
    return buf.getvalue()


async def main():
    data = await export(await fetch_orders())
    print(repr(data))
    reader = csv.DictReader(io.StringIO(data))
    print(reader.fieldnames, reader.line_num)
    total = 0.0
    for row in reader:
        print(reader.line_num, row)
        total += float(row["total"])
    print(round(total, 2))

    print("--- ragged rows")
    ragged = "a,b,c\n1,2\n3,4,5,6,7\n\n8,9,10\n"
    for row in csv.DictReader(io.StringIO(ragged), restkey="extra", restval="?"):
        print(row)
    r = csv.DictReader(io.StringIO("x;y\n1;2\n"), fieldnames=["first", "second"], delimiter=";")
    print(list(r))

    print("--- extrasaction")
    buf = io.StringIO()
    w = csv.DictWriter(buf, ["a", "b"], extrasaction="ignore", lineterminator="\n")
    w.writerows([{"a": 1, "b": 2, "zzz": 3}, {"b": "only b"}])
    print(repr(buf.getvalue()))
    strict = csv.DictWriter(io.StringIO(), ["a", "b"])
    try:
        strict.writerow({"a": 1, "c": 3})
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        csv.DictWriter(io.StringIO(), ["a"], extrasaction="explode")
    except ValueError as e:
        print(type(e).__name__, e)

    print("--- plain reader/writer")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["x", "", None, 1.0, True])
    w.writerow([])
    print(repr(buf.getvalue()))
    print(list(csv.reader(io.StringIO(buf.getvalue()))))
    print(list(csv.reader(['a,"b\nc",d', "  e, f"], skipinitialspace=True)))


asyncio.run(main())
