# A realistic configuration loader: defaults merged with a JSON document, validation errors
# reported with their position, and a pretty report; tasks fetch "remote" JSON payloads.
import asyncio
import json

DEFAULTS = {"workers": 2, "retry": {"times": 3, "backoff": 0.5}, "tags": []}
USER = """
{
  "workers": 4,
  "retry": {"backoff": 1.25},
  "tags": ["fast", "ünïcode"],
  "limits": {"rps": 100, "burst": null}
}
"""


def merge(base, override):
    out = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = value
    return out


config = merge(DEFAULTS, json.loads(USER))
print(json.dumps(config, indent=2, sort_keys=True, ensure_ascii=False))
print(json.dumps(config, separators=(",", ":")))

for text in ['{"workers": 4,}', '{"workers": "four"', '{"workers": 4} {"extra": 1}']:
    try:
        json.loads(text)
    except json.JSONDecodeError as e:
        print(f"config error at line {e.lineno}, column {e.colno}: {e.msg}")
        print("   ", e.doc)
        print("   ", " " * e.pos + "^")

PAYLOADS = {
    "users": '[{"id": 1, "name": "ann"}, {"id": 2, "name": "bob"}]',
    "stats": '{"count": 2, "mean": 12.5, "ratio": 1e-3}',
    "broken": '{"id": 3, "name": ',
}


async def fetch(name):
    await asyncio.sleep(0)
    try:
        return name, json.loads(PAYLOADS[name])
    except ValueError as e:
        return name, f"invalid: {e}"


async def main():
    for name, value in await asyncio.gather(*(fetch(n) for n in PAYLOADS)):
        print(name, "->", json.dumps(value))


asyncio.run(main())
