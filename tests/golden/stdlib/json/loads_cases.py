# json.loads: every kind of value, the hooks and parse_* options, strict=False, bytes input,
# and JSONDecodeError's message, position, line and column for malformed documents.
import json
from collections import OrderedDict

doc = """
{
  "name": "aiocc",
  "version": [0, 1, 0],
  "ratio": 0.75,
  "big": 12345678901234567890,
  "exp": 1.5e3,
  "neg": -0,
  "flags": {"fast": true, "slow": false, "maybe": null},
  "text": "tab\\t quote\\" slash\\/ uni\\u00e9 pair\\ud83d\\ude00",
  "special": [NaN, Infinity, -Infinity]
}
"""
value = json.loads(doc)
print(value)
print(type(value["big"]).__name__, type(value["exp"]).__name__, value["neg"], value["special"][0] != value["special"][0])
print(json.loads(doc, object_pairs_hook=OrderedDict)["flags"])
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads("[1.5, 2, 3.25]", parse_float=lambda s: f"float:{s}", parse_int=lambda s: int(s) * 10))
print(json.loads("[NaN, -Infinity]", parse_constant=lambda s: f"const:{s}"))
print(json.loads('"line\nbreak"', strict=False), json.loads(b'{"bytes": "\xc3\xa9"}'), json.loads(bytearray(b"[1]")))
print(json.loads('  [ ]  '), json.loads('{}'), json.loads('"\\u0041\\u00e9"'), json.loads("-12.5e-1"))
decoder = json.JSONDecoder()
print(decoder.raw_decode('{"a": 1} trailing'), decoder.raw_decode("  [2]", 2))

bad = [
    "", "   ", "{", "[", "[1,]", '{"a":1,}', '{"a" 1}', "[1 2]", '"abc', '"a\x01"', '"\\x"',
    '"\\u12"', "1 2", "nul", "-", "01", "{1: 2}", "[1,,2]", '{"a": }', "\n\n  [1,\n  2,\n  oops]",
    "tru", '["\\ud83d\\ude0"]', "\ufeff[1]",
]
for text in bad:
    try:
        json.loads(text)
    except json.JSONDecodeError as e:
        print(repr(text), "->", e.msg, "| pos", e.pos, "line", e.lineno, "col", e.colno)
        assert str(e) == f"{e.msg}: line {e.lineno} column {e.colno} (char {e.pos})"
for arg in [5, None, ["[1]"]]:
    try:
        json.loads(arg)
    except TypeError as e:
        print("TypeError:", e)
e = json.JSONDecodeError("Custom", "ab\ncd", 4)
print(e, e.args, isinstance(e, ValueError), json.JSONDecodeError.__module__)
