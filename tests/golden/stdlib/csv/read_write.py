"""csv: readers, writers, dialects, DictReader/DictWriter and the Sniffer, on in-memory files."""
import asyncio
import csv
import io

DATA = '''name,qty,price,note
widget,3,2.50,"plain"
gadget,10,0.99,"has, comma"
doohickey,1,100,"says ""hi"""
thing,,7,"two
lines"
'''


def show(title, f):
    try:
        print(title, "->", f())
    except Exception as e:
        print(title, "->", type(e).__name__, e)


def read_rows():
    rows = list(csv.reader(io.StringIO(DATA)))
    for row in rows:
        print(row)
    r = csv.reader(io.StringIO(DATA))
    next(r)
    next(r)
    print("line_num", r.line_num, r.dialect.delimiter, r.dialect.quoting == csv.QUOTE_MINIMAL)


def dict_rows():
    reader = csv.DictReader(io.StringIO(DATA))
    print(reader.fieldnames)
    total = 0.0
    for row in reader:
        qty = int(row["qty"] or 0)
        total += qty * float(row["price"])
        print(row["name"], qty, repr(row["note"]))
    print("total", round(total, 2), reader.line_num)
    short = csv.DictReader(io.StringIO("a,b\n1\n1,2,3\n"), restval="?", restkey="extra")
    print(list(short))
    named = csv.DictReader(["x;y", "1;2"], fieldnames=["first", "second"], delimiter=";")
    print(list(named))


def write_rows():
    out = io.StringIO()
    w = csv.writer(out)
    print(w.writerow(["id", "text", "value"]))
    w.writerows([[1, "simple", 1.5], [2, "needs, quoting", None], [3, 'quote "inside"', True],
                 [4, "new\nline", -0.0], [5, "", ""]])
    print(repr(out.getvalue()))
    for quoting in (csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE):
        out = io.StringIO()
        w = csv.writer(out, quoting=quoting, escapechar="\\", lineterminator="\n")
        w.writerow(["a", 1, 2.5, "b,c", None])
        print(quoting, repr(out.getvalue()))
    out = io.StringIO()
    w = csv.writer(out, delimiter="\t", quotechar="'", doublequote=False, escapechar="\\")
    w.writerow(["tab\tinside", "it's", "plain"])
    print(repr(out.getvalue()))
    show("no escapechar", lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"]))
    show("single empty", lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow([""]))
    show("not iterable", lambda: csv.writer(io.StringIO()).writerow(5))


def dict_writer():
    out = io.StringIO()
    w = csv.DictWriter(out, fieldnames=["name", "score"], extrasaction="ignore", restval=0)
    w.writeheader()
    w.writerows([{"name": "ann", "score": 3}, {"name": "bob", "extra": 1}])
    print(repr(out.getvalue()))
    strict = csv.DictWriter(io.StringIO(), fieldnames=["a"])
    show("extra keys", lambda: strict.writerow({"a": 1, "b": 2}))
    show("bad extrasaction", lambda: csv.DictWriter(io.StringIO(), ["a"], extrasaction="drop"))


class Pipes(csv.Dialect):
    delimiter = "|"
    quotechar = '"'
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL
    doublequote = True
    skipinitialspace = True


def dialects():
    csv.register_dialect("pipes", Pipes)
    csv.register_dialect("semi", delimiter=";", quoting=csv.QUOTE_ALL)
    print(sorted(csv.list_dialects()))
    d = csv.get_dialect("semi")
    print(d.delimiter, d.quoting, repr(d.lineterminator), d.doublequote, d.escapechar, d.strict)
    print(list(csv.reader(["a| b|\"c|d\""], "pipes")))
    out = io.StringIO()
    csv.writer(out, "semi").writerow(["x", 1])
    print(repr(out.getvalue()))
    csv.unregister_dialect("semi")
    show("unknown", lambda: csv.get_dialect("semi"))
    show("bad delimiter", lambda: csv.reader([], delimiter="::"))
    show("bad quoting", lambda: csv.writer(io.StringIO(), quoting=9))
    show("quotechar None", lambda: csv.writer(io.StringIO(), quotechar=None, quoting=csv.QUOTE_ALL))

    class Broken(csv.Dialect):
        delimiter = ","

    show("incomplete dialect", lambda: Broken())
    show("excel_tab", lambda: (csv.excel_tab.delimiter, csv.unix_dialect.lineterminator, csv.unix_dialect.quoting))
    show("readonly", lambda: setattr(csv.get_dialect("excel"), "delimiter", ";"))


def errors():
    show("strict", lambda: list(csv.reader(['"a"b'], strict=True)))
    show("eof in quotes", lambda: list(csv.reader(['"open'], strict=True)))
    show("lenient", lambda: list(csv.reader(['"a"b,c', '"open'])))
    show("bytes", lambda: list(csv.reader([b"a,b"])))
    show("nonnumeric", lambda: list(csv.reader(['1,"2",3.5'], quoting=csv.QUOTE_NONNUMERIC)))
    show("nonnumeric bad", lambda: list(csv.reader(["x"], quoting=csv.QUOTE_NONNUMERIC)))
    old = csv.field_size_limit(8)
    show("limit", lambda: list(csv.reader(["short,waytoolongfield"])))
    print("old limit", old, csv.field_size_limit(old))
    show("escapes", lambda: list(csv.reader(["a\\,b,c\\\\d"], escapechar="\\")))
    show("skipinitialspace", lambda: list(csv.reader(['a,  "b, c",d'], skipinitialspace=True)))


def sniff():
    sample = "id;name;city\n1;Ann;Oslo\n2;Bob;Rome\n"
    dialect = csv.Sniffer().sniff(sample)
    print(repr(dialect.delimiter), csv.Sniffer().has_header(sample))
    print(list(csv.reader(io.StringIO(sample), dialect)))
    quoted = "'a','b'\n'1','2'\n"
    d = csv.Sniffer().sniff(quoted)
    print(repr(d.quotechar), repr(d.delimiter))
    show("cannot sniff", lambda: csv.Sniffer().sniff("x"))


async def main():
    for step in (read_rows, dict_rows, write_rows, dict_writer, dialects, errors, sniff):
        print("---", step.__name__)
        step()
        await asyncio.sleep(0)


asyncio.run(main())
