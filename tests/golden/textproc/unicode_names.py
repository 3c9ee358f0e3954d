"""Normalising and comparing people's names across scripts with str methods only."""

names = ["  José  Álvarez ", "STRASSE straße", "ǅemal Đukić", "ΣΊΣΥΦΟΣ", "o'neil-smith",
         "İstanbul Ilık", "ﬁnn ﬂoyd", "Zoë\tvan\u00a0Dijk", "李小龙", "Ⅻ Louis", "mcdonald"]


def squash(s):
    return " ".join(s.split())


def smart_title(s):
    out = []
    for word in squash(s).split(" "):
        pieces = []
        for part in word.split("-"):
            if part.lower().startswith("mc") and len(part) > 2:
                pieces.append("Mc" + part[2:].capitalize())
            elif "'" in part:
                head, _, tail = part.partition("'")
                pieces.append(head.capitalize() + "'" + tail.capitalize())
            else:
                pieces.append(part.capitalize())
        out.append("-".join(pieces))
    return " ".join(out)


for n in names:
    print(f"{n!r:28} len={len(n):2} | {squash(n).title()!r:26} | {smart_title(n)!r}")

print("== case mapping")
for n in ["straße", "ΣΊΣΥΦΟΣ", "İ", "ǅ", "ﬁ", "Ꭰ", "ŉ"]:
    print(f"{n:8} upper={n.upper()!r:12} lower={n.lower()!r:12} casefold={n.casefold()!r:12} "
          f"swap={n.swapcase()!r:10} title={n.title()!r}")
print("STRASSE".casefold() == "straße".casefold(), "STRASSE".lower() == "straße".lower())
print(sorted(["zoë", "Zoe", "zoe", "Émile", "emile", "Ärger"], key=str.casefold))
print(sorted(["b", "A", "ä", "a", "B", "Z"]), sorted(["b", "A", "ä", "a"], key=lambda s: (s.lower(), s)))

print("== classification")
samples = ["123", "½", "²", "٣", "Ⅻ", "abc", "Abc1", "_id", "1id", "x y", "", "\t\n", "ǅemal", "李"]
print(f"{'s':>6} " + " ".join(f"{m[2:]:>7}" for m in ["isdigit", "isdecimal", "isnumeric", "isalpha",
                                                        "isalnum", "isidentifier", "isspace", "istitle"]))
for s in samples:
    flags = [getattr(s, m)() for m in ["isdigit", "isdecimal", "isnumeric", "isalpha",
                                       "isalnum", "isidentifier", "isspace", "istitle"]]
    print(f"{s!r:>6} " + " ".join(f"{'yes' if f else '-':>7}" for f in flags))
print(int("٣٤"), int("１２"), float("٣.٥"), "ⅫⅩ".isnumeric(), "12".zfill(5), "-12".zfill(5))

print("== code points")
for ch in "Aé€😀\u200b":
    print(f"U+{ord(ch):04X} {ch!a:>12} utf8={len(ch.encode()):d} utf16={len(ch.encode('utf-16-le')) // 2}")
print(chr(0x1F600) == "\U0001F600", "\N{GREEK SMALL LETTER ALPHA}", "\u00e9" == "é", "e\u0301" == "é", len("e\u0301"))
print(ascii("naïve ☃"), repr("tab\there"), "a\u2028b".splitlines(), "x\x1cy\x85z".splitlines(keepends=True))

print("== translate / strip / align")
table = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", " ": "_"})
print("Grüße aus Köln, café".translate(table), "abc".translate(str.maketrans("ab", "xy", "c")))
print("xxhixx".strip("x"), "··dots··".strip("·"), "[" + "李".center(7, "＊") + "]", "é".ljust(4, "-") + "|")
print("Mississippi".replace("ss", "SS", 1), "a,b,,c".split(","), "a b  c".split(" "), "a,b,c".rsplit(",", 1))
print("hello"[::-1], "abc".join("---"), "%".join(["50", "50"]), "TestCase".removeprefix("Test"),
      "file.tar.gz".removesuffix(".gz").rpartition("."))
print("straße".find("ß"), "ΣΊΣΥΦΟΣ".lower().endswith("ς"), "ab".startswith(("x", "a")), "aaa".count("aa"))
print(min(names, key=len).strip(), max(map(squash, names), key=lambda s: (len(s), s)))
initials = {smart_title(n).split()[0][0] for n in names}
print(sorted(initials), "".join(sorted(initials)).lower())
print(names[3].index("Ω"))
