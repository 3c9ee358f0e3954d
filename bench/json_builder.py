# JSON-like building and serialising: build 100,000 nested records (dicts of lists of dicts
# holding str / int / float / bool / None), then turn the whole tree into one string with a
# hand-written recursive serialiser; print its length and a checksum.
# ops: 100000 records
import asyncio

N = 100000

TAGS = ["red", "green", "blue", "fast", "slow", "new", "old", "hot"]


def make_record(i):
    # Floats are built so that they are never whole numbers.
    return {
        "id": i,
        "name": f"user_{i}",
        "email": f"user{i}@example.com",
        "score": (i * 37 % 10000) / 100 + 0.005,
        "active": i % 3 != 0,
        "parent": None if i % 5 == 0 else i // 2,
        "tags": [TAGS[(i + k) % len(TAGS)] for k in range(i % 4)],
        "items": [
            {"sku": f"SKU-{(i * 31 + k) % 9973}", "qty": (i + k) % 7 + 1,
             "price": ((i + k) * 13 % 5000) / 8 + 0.01}
            for k in range(i % 3 + 1)
        ],
        "note": 'say "hi" \\ bye\n' if i % 17 == 0 else "",
    }


def escape(s):
    return s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def serialize(v, out):
    if v is None:
        out.append("null")
    elif v is True:
        out.append("true")
    elif v is False:
        out.append("false")
    elif isinstance(v, int):
        out.append(str(v))
    elif isinstance(v, float):
        out.append(f"{v:.6f}")
    elif isinstance(v, str):
        out.append('"' + escape(v) + '"')
    elif isinstance(v, list):
        out.append("[")
        first = True
        for item in v:
            if not first:
                out.append(",")
            first = False
            serialize(item, out)
        out.append("]")
    elif isinstance(v, dict):
        out.append("{")
        first = True
        for key, item in v.items():
            if not first:
                out.append(",")
            first = False
            out.append('"' + escape(key) + '":')
            serialize(item, out)
        out.append("}")
    else:
        raise TypeError("cannot serialize")


async def main():
    doc = {"version": 1, "count": N, "records": [make_record(i) for i in range(N)]}
    out = []
    serialize(doc, out)
    text = "".join(out)
    checksum = 0
    for i in range(0, len(text), 97):
        checksum += ord(text[i])
    print(len(text), checksum)


asyncio.run(main())
