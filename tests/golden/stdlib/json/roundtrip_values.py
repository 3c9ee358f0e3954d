# Round trips of every kind of value: floats at their shortest repr, huge and negative ints,
# unicode across the planes in both ensure_ascii modes, escapes, and nested empties.
import json

values = [
    0.1, 0.30000000000000004, 1e22, 1e-320, 5e-324, 1.7976931348623157e308, -2.5, 100.0, 1 / 3,
    2**64, -(2**100), 0, -1, True, False, None, "", "\u0000\u001f\u007f\u0080\uffff",
    "\U0001F600\U0010FFFF", "tab\tnew\nline", "sl/ash", [], {}, [[]], {"": {"": []}},
]
for v in values:
    a = json.dumps(v)
    b = json.dumps(v, ensure_ascii=False)
    back = json.loads(a)
    print(a, "|", b, "|", back == v, type(back).__name__)
print(json.dumps({"b": 1, "a": [2, {"d": 3, "c": 4}]}, sort_keys=True, indent=3))
print(json.loads(json.dumps(values)) == values)
