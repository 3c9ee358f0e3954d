"""A CSV parser written as a state machine: match on (state, char) pairs and dotted value patterns."""
from enum import Enum, auto


class S(Enum):
    START = auto()
    UNQUOTED = auto()
    QUOTED = auto()
    QUOTE_IN_QUOTED = auto()
    AFTER_FIELD = auto()


class Cfg:
    DELIM = ","
    QUOTE = '"'
    NL = "\n"


class CSVError(Exception):
    def __init__(self, msg, line, col):
        super().__init__(f"line {line}, col {col}: {msg}")
        self.line, self.col = line, col


class Cell:
    __match_args__ = ("text", "quoted")

    def __init__(self, text, quoted):
        self.text, self.quoted = text, quoted

    def __repr__(self):
        return f"Cell({self.text!r}{', q' if self.quoted else ''})"


def parse(text, strict=True):
    rows, row, buf = [], [], []
    state = S.START
    line, col = 1, 0
    quoted = False
    for ch in text + Cfg.NL:
        col += 1
        match (state, ch):
            case (S.START | S.UNQUOTED | S.AFTER_FIELD, Cfg.DELIM) | (S.QUOTE_IN_QUOTED, Cfg.DELIM):
                row.append(Cell("".join(buf), quoted))
                buf, quoted, state = [], False, S.START
            case (S.START, Cfg.QUOTE):
                state, quoted = S.QUOTED, True
            case (S.QUOTED, Cfg.QUOTE):
                state = S.QUOTE_IN_QUOTED
            case (S.QUOTE_IN_QUOTED, Cfg.QUOTE):
                buf.append(Cfg.QUOTE)
                state = S.QUOTED
            case (S.QUOTED, c):
                buf.append(c)
                if c == Cfg.NL:
                    line, col = line + 1, 0
            case (S.START | S.UNQUOTED | S.QUOTE_IN_QUOTED | S.AFTER_FIELD, Cfg.NL):
                row.append(Cell("".join(buf), quoted))
                if row != [] and not (len(row) == 1 and row[0].text == "" and not row[0].quoted):
                    rows.append(row)
                row, buf, quoted, state = [], [], False, S.START
                line, col = line + 1, 0
            case (S.QUOTE_IN_QUOTED, c) if c.isspace():
                state = S.AFTER_FIELD
            case (S.AFTER_FIELD, c) if c.isspace() and c != Cfg.NL:
                pass
            case (S.QUOTE_IN_QUOTED | S.AFTER_FIELD, c):
                if strict:
                    raise CSVError(f"unexpected {c!r} after closing quote", line, col)
                buf.append(c)
                state = S.UNQUOTED
            case (S.START | S.UNQUOTED, c):
                if c == Cfg.QUOTE and strict:
                    raise CSVError("quote inside unquoted field", line, col)
                buf.append(c)
                state = S.UNQUOTED
            case other:
                raise AssertionError(f"unhandled {other}")
    if state is S.QUOTED:
        raise CSVError("unterminated quoted field", line, col)
    return rows


def typed(cell):
    match cell:
        case Cell(text, True):
            return text
        case Cell("" | "NA" | "null"):
            return None
        case Cell("true" | "false" as b):
            return b == "true"
        case Cell(t) if t.lstrip("-").isdigit():
            return int(t)
        case Cell(t) if t.replace(".", "", 1).lstrip("-").isdigit():
            return float(t)
        case Cell(t):
            return t.strip()


DATA = '''id,name,price,active,notes
1,Lamp,19.50,true,"warm, soft light"
2,"Desk ""Pro""",120,false,
3,Chair,-5,NA,"multi
line note"

4,  Rug ,0.5,null,"trailing"   
'''
rows = parse(DATA)
header = [c.text for c in rows[0]]
print(header, len(rows) - 1, "records")
for r in rows[1:]:
    rec = dict(zip(header, map(typed, r)))
    print(rec)
print(rows[2])
print([[typed(c) for c in r] for r in parse('a,"b",,"",c\n\n,\n')])
for bad, strict in [('x,"y"z\n', True), ('x,"y"z\n', False), ('a,b"c\n', True), ('"open,\n', True)]:
    try:
        print("ok:", [[typed(c) for c in r] for r in parse(bad, strict)])
    except CSVError as e:
        print(f"CSVError: {e} (at {e.line}:{e.col})")
totals = {}
for r in rows[1:]:
    match [typed(c) for c in r]:
        case [int(i), str(name), int() | float() as price, *_] if price > 0:
            totals[name] = price
        case [i, name, price, *_]:
            print(f"skipping {name!r}: price {price}")
print(totals, sum(totals.values()))
parse('ok,"fine"\nbad,"quote" here\n')
