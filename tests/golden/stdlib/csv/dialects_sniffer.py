"""csv with custom dialects: register_dialect/get_dialect/list_dialects, quoting constants
(QUOTE_ALL/NONNUMERIC/NONE/MINIMAL), escapechar and doublequote, Sniffer.sniff/has_header on
sample data, and the csv.Error texts for bad rows and dialect parameters."""
import csv
import io

rows = [["id", "name", "note"], [1, "Ann", 'said "hi"'], [2, "Bob, Jr.", ""], [3.5, None, "a\nb"]]
for name, quoting in [("MINIMAL", csv.QUOTE_MINIMAL), ("ALL", csv.QUOTE_ALL),
                      ("NONNUMERIC", csv.QUOTE_NONNUMERIC)]:
    buf = io.StringIO()
    csv.writer(buf, quoting=quoting).writerows(rows)
    print(name, quoting, repr(buf.getvalue()))

buf = io.StringIO()
w = csv.writer(buf, quoting=csv.QUOTE_NONE, escapechar="\\", lineterminator="\n")
w.writerow(["a,b", 'q"x', "plain"])
print(repr(buf.getvalue()))
buf = io.StringIO()
csv.writer(buf, doublequote=False, escapechar="\\").writerow(['he said "no"'])
print(repr(buf.getvalue()))

csv.register_dialect("pipes", delimiter="|", quotechar="'", lineterminator="\n",
                     skipinitialspace=True)
print(sorted(csv.list_dialects()))
d = csv.get_dialect("pipes")
print(repr(d.delimiter), repr(d.quotechar), repr(d.lineterminator), d.skipinitialspace,
      d.doublequote, d.quoting == csv.QUOTE_MINIMAL)
text = "a| b|'c|d'\n1| 2|'x''y'\n"
print(list(csv.reader(io.StringIO(text), dialect="pipes")))
buf = io.StringIO()
csv.writer(buf, "pipes").writerow(["x|y", "it's", 3])
print(repr(buf.getvalue()))
print(csv.excel.delimiter, repr(csv.excel_tab.delimiter), csv.unix_dialect.quoting == csv.QUOTE_ALL)
print(list(csv.reader(['"1",2,"three"'], quoting=csv.QUOTE_NONNUMERIC)))
csv.unregister_dialect("pipes")
print(sorted(csv.list_dialects()))

print("--- sniffer")
sample = "name;age;city\nAnn;31;Oslo\nBob;27;Rome\nCy;45;Lima\n"
sniffer = csv.Sniffer()
dialect = sniffer.sniff(sample)
print(repr(dialect.delimiter), repr(dialect.quotechar), sniffer.has_header(sample))
print(list(csv.reader(io.StringIO(sample), dialect)))
dialect2 = sniffer.sniff("a,b,c\n1,2,3\n4,5,6\n", delimiters=",;")
print(repr(dialect2.delimiter), sniffer.has_header("x,y\n1,2\n3,4\n"))
print(sniffer.has_header("1,2\n3,4\n5,6\n"))

print("--- errors")
attempts = [
    ("unknown dialect", lambda: csv.get_dialect("nope")),
    ("unregister", lambda: csv.unregister_dialect("nope")),
    ("long delimiter", lambda: csv.writer(io.StringIO(), delimiter="::")),
    ("no escape", lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"])),
    ("strict", lambda: list(csv.reader(['"a"b,c'], strict=True))),
    ("newline in field", lambda: list(csv.reader(['"abc'], strict=True))),
    ("nonnumeric", lambda: list(csv.reader(["abc,1"], quoting=csv.QUOTE_NONNUMERIC))),
    ("sniff", lambda: sniffer.sniff("")),
    ("field limit", lambda: list(csv.reader(["x" * 50]))),
]
old = csv.field_size_limit(20)
print(old, csv.field_size_limit())
for label, attempt in attempts:
    try:
        print(label, attempt())
    except (csv.Error, TypeError, ValueError) as e:
        print(label, type(e).__name__, e)
print(csv.field_size_limit(old), csv.field_size_limit())
