"""Unicode-aware text statistics: casefold, title, isnumeric/isdecimal/isdigit, normalising names."""

SAMPLES = [
    "Straße", "STRASSE", "ǅungla", "ﬁnance ﬂow", "İstanbul", "ΣΊΣΥΦΟΣ", "naïve café", "Ωmega",
    "١٢٣", "Ⅻ", "½", "²³", "৩", "12.5", "-7", "ⅷ", "ß", "ŉ", "ǰ",
]


def classify(s):
    flags = []
    for name in ("isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isupper", "islower",
                 "istitle", "isspace", "isprintable", "isascii", "isidentifier"):
        if getattr(s, name)():
            flags.append(name[2:])
    return flags


def same_word(a, b):
    return a.casefold() == b.casefold()


def char_table(s):
    rows = []
    for ch in s:
        rows.append(f"U+{ord(ch):04X} {ch!r:>6} up={ch.upper()!r:<6} low={ch.lower()!r:<6} fold={ch.casefold()!r}")
    return rows


def strip_marks(s):
    """Drop the combining marks of already-decomposed text."""
    return "".join(ch for ch in s if not 0x300 <= ord(ch) <= 0x36F)


def main():
    for s in SAMPLES:
        print(f"{s!r:14} len={len(s):<2} {', '.join(classify(s))}")
    print()
    for s in SAMPLES[:8]:
        print(f"{s:12}| upper={s.upper():14}| lower={s.lower():14}| title={s.title():14}| swap={s.swapcase()}")
    print()
    pairs = [("Straße", "STRASSE"), ("ﬁnance", "FINANCE"), ("ΣΊΣΥΦΟΣ", "σίσυφος"), ("İ", "i"), ("ǅ", "ǆ")]
    for a, b in pairs:
        print(f"{a!r} ~ {b!r}: lower={a.lower() == b.lower()} casefold={same_word(a, b)}")
    print()
    for line in char_table("ǅßİﬁΣ"):
        print(line)
    print("Σ at end:", "ΟΔΟΣ ΟΔΟΣ".lower(), "|", "ΑΣ.".lower(), "|", "Σ".lower())
    print("capitalize:", "ǆemal".capitalize(), "ßtraße".capitalize(), "élan VITAL".capitalize())
    print("title edge:", "they're bill's friends".title(), "hello-world_foo bar2baz".title(), "ÿ ǳ".title())
    numbers = [s for s in SAMPLES if s.isnumeric()]
    print("numeric:", numbers, "| int() of decimals:", [int(s) for s in SAMPLES if s.isdecimal()])
    print("zfill/center:", "١٢".zfill(5), "ß".center(5, "·"), "naïve".ljust(8, "_") + "|", "café".rjust(6) + "|")
    print("widths:", [len(s) for s in ("é", "é", "ﬁ", "👍🏽")], "e\u0301" == "é")
    print("lengths after upper:", [(s, len(s), len(s.upper())) for s in ("ß", "ﬁ", "ŉ", "ǰ", "ΐ")])
    print("find/index:", "naïve café".find("café"), "Straße".index("ß"), "ǅungla".count("u"), "ΣΊΣΥΦΟΣ".rfind("Σ"))
    print("strip unicode space:", repr("\u00a0\u2003 text \u3000\n".strip()), repr("\u200b x ".strip()))
    print("split unicode ws:", "a\u2002b\u00a0c\u3000d\x1fe".split())
    print("marks:", strip_marks("cafe\u0301 nai\u0308ve"), len("cafe\u0301"), len(strip_marks("cafe\u0301")))
    print(int("٣"), float("١٢.٥"), int("Ⅻ"))


main()
