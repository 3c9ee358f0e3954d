"""A CSV reader written as a character state machine, then aggregation; ends with uncaught error."""
from enum import Enum
from dataclasses import dataclass
from typing import Iterator

DATA = '''name,city,amount,note
"Smith, John",Berlin,120.50,"said ""hi"""
Ann,Paris,80,
"Lee",Berlin,19.5,"multi
line note"
Bob,,42,plain
Zoe,Paris,7.25,"tail"
'''


class S(Enum):
    START = "start"
    UNQUOTED = "unquoted"
    QUOTED = "quoted"
    QUOTE_IN_QUOTED = "quote-in-quoted"


def rows(text: str, sep: str = ",") -> Iterator[list[str]]:
    state = S.START
    field: list[str] = []
    row: list[str] = []
    for ch in text:
        match state, ch:
            case (S.START | S.UNQUOTED), "\n":
                row.append("".join(field)); field = []
                yield row
                row, state = [], S.START
            case (S.START | S.UNQUOTED), c if c == sep:
                row.append("".join(field)); field = []
                state = S.START
            case S.START, '"':
                state = S.QUOTED
            case (S.START | S.UNQUOTED), c:
                field.append(c); state = S.UNQUOTED
            case S.QUOTED, '"':
                state = S.QUOTE_IN_QUOTED
            case S.QUOTED, c:
                field.append(c)
            case S.QUOTE_IN_QUOTED, '"':
                field.append('"'); state = S.QUOTED
            case S.QUOTE_IN_QUOTED, c if c == sep:
                row.append("".join(field)); field = []; state = S.START
            case S.QUOTE_IN_QUOTED, "\n":
                row.append("".join(field)); field = []
                yield row
                row, state = [], S.START
            case S.QUOTE_IN_QUOTED, c:
                raise ValueError(f"unexpected {c!r} after closing quote")
    if state is S.QUOTED:
        raise ValueError("unterminated quoted field")
    if field or row:
        row.append("".join(field))
        yield row


@dataclass
class Record:
    name: str
    city: str
    amount: float
    note: str


header, *body = rows(DATA)
print(header)
records = [Record(r[0], r[1] or "?", float(r[2]), r[3]) for r in body]
for rec in records:
    print(f"{rec.name!r:<14} {rec.city:<7} {rec.amount:>8.2f}  {rec.note!r}")
totals: dict[str, list[float]] = {}
for rec in records:
    totals.setdefault(rec.city, []).append(rec.amount)
print(f"{'city':<7}{'n':>3}{'sum':>9}{'avg':>9}")
for city, amounts in sorted(totals.items(), key=lambda kv: sum(kv[1]), reverse=True):
    print(f"{city:<7}{len(amounts):>3}{sum(amounts):>9.2f}{sum(amounts) / len(amounts):>9.3f}")
print(list(rows("a;b;;c\n", sep=";")), list(rows('x,"y"')), list(rows("")))
for bad in ['a,"b', 'a,"b"c\n']:
    try:
        list(rows(bad))
    except ValueError as e:
        print(f"{bad!r}: {e}")
gen = rows("p,q\nr,s\n")
print(next(gen), next(gen), next(gen, "done"))
print(S("quoted"), S.QUOTED.value, [s.name for s in S][-2:])
amounts = [float(r[2]) for r in rows("x,y,1\nz,w,oops\n")]
