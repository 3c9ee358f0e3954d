"""A small JSON parser and pretty-printer using match and recursion."""
from typing import Any, Union

JSON = Union[None, bool, int, float, str, list["JSON"], dict[str, "JSON"]]


class JSONError(ValueError):
    def __init__(self, msg: str, text: str, pos: int) -> None:
        line = text.count("\n", 0, pos) + 1
        col = pos - (text.rfind("\n", 0, pos) + 1) + 1
        super().__init__(f"{msg}: line {line} column {col} (char {pos})")
        self.pos = pos


class Decoder:
    ESC = {'"': '"', "\\": "\\", "/": "/", "n": "\n", "t": "\t", "b": "\b", "f": "\f", "r": "\r"}

    def __init__(self, text: str) -> None:
        self.s = text
        self.i = 0

    def ws(self) -> None:
        while self.i < len(self.s) and self.s[self.i] in " \t\r\n":
            self.i += 1

    def fail(self, msg: str) -> JSONError:
        return JSONError(msg, self.s, self.i)

    def value(self) -> JSON:
        self.ws()
        if self.i >= len(self.s):
            raise self.fail("Expecting value")
        match self.s[self.i]:
            case "{":
                return self.obj()
            case "[":
                self.i += 1
                items: list[JSON] = []
                self.ws()
                if self.s[self.i] == "]":
                    self.i += 1
                    return items
                while True:
                    items.append(self.value())
                    self.ws()
                    c = self.s[self.i]; self.i += 1
                    if c == "]":
                        return items
                    if c != ",":
                        self.i -= 1
                        raise self.fail("Expecting ',' delimiter")
            case '"':
                return self.string()
            case c if c == "-" or c.isdigit():
                j = self.i + 1
                while j < len(self.s) and (self.s[j].isdigit() or self.s[j] in ".eE+-"):
                    j += 1
                lit, self.i = self.s[self.i:j], j
                return float(lit) if any(ch in lit for ch in ".eE") else int(lit)
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.s.startswith(word, self.i):
                self.i += len(word)
                return val
        raise self.fail("Expecting value")

    def string(self) -> str:
        self.i += 1
        out = []
        while (c := self.s[self.i]) != '"':
            if c == "\\":
                nxt = self.s[self.i + 1]
                if nxt == "u":
                    out.append(chr(int(self.s[self.i + 2:self.i + 6], 16)))
                    self.i += 6
                    continue
                out.append(self.ESC[nxt])
                self.i += 2
            else:
                out.append(c)
                self.i += 1
        self.i += 1
        return "".join(out)

    def obj(self) -> dict[str, JSON]:
        self.i += 1
        d: dict[str, JSON] = {}
        self.ws()
        while self.s[self.i] != "}":
            self.ws()
            key = self.string()
            self.ws()
            if self.s[self.i] != ":":
                raise self.fail("Expecting ':' delimiter")
            self.i += 1
            d[key] = self.value()
            self.ws()
            if self.s[self.i] == ",":
                self.i += 1
                self.ws()
        self.i += 1
        return d


def dumps(v: JSON, indent: int = 0) -> str:
    pad = "  " * indent
    match v:
        case None: return "null"
        case bool(): return "true" if v else "false"
        case int() | float(): return repr(v)
        case str(): return '"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
        case []: return "[]"
        case list(): return "[\n" + ",\n".join(pad + "  " + dumps(x, indent + 1) for x in v) + "\n" + pad + "]"
        case dict() if not v: return "{}"
        case dict(): return "{\n" + ",\n".join(f'{pad}  "{k}": {dumps(x, indent + 1)}' for k, x in v.items()) + "\n" + pad + "}"
    raise TypeError(f"not JSON serializable: {type(v).__name__}")


doc = Decoder('{"name": "aiocc", "version": [0, 3, 1], "ok": true, "ratio": -1.5e-3,\n'
              ' "tags": [], "meta": {"quote": "say \\"hi\\"\\n", "e": "caf\\u00e9", "none": null}}').value()
print(doc)
print(dumps(doc))
print(doc["meta"]["e"], len(doc["meta"]["quote"]), type(doc["ratio"]).__name__)
for bad in ['[1, 2', '{"a" 1}', '[1 2]', '  ', '{"a": tru}']:
    try:
        print(Decoder(bad).value())
    except JSONError as e:
        print(f"{bad!r:>12}: {e} [pos={e.pos}]")
    except IndexError as e:
        print(f"{bad!r:>12}: IndexError {e}")
print(dumps([1, {"x": [True, None]}, "t\\ab"]))
print(dumps({1, 2}))
