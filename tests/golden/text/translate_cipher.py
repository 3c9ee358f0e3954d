"""Ciphers and cleaning with str.maketrans/translate, partition/rpartition and split variants."""

ALPHA = "abcdefghijklmnopqrstuvwxyz"


def caesar(text, shift):
    k = shift % 26
    table = str.maketrans(ALPHA + ALPHA.upper(), ALPHA[k:] + ALPHA[:k] + ALPHA.upper()[k:] + ALPHA.upper()[:k])
    return text.translate(table)


def vigenere(text, key, decrypt=False):
    out = []
    ki = 0
    for ch in text:
        if ch.isascii() and ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            shift = ord(key[ki % len(key)].lower()) - ord("a")
            if decrypt:
                shift = -shift
            out.append(chr((ord(ch) - base + shift) % 26 + base))
            ki += 1
        else:
            out.append(ch)
    return "".join(out)


def atbash(text):
    return text.translate(str.maketrans(ALPHA, ALPHA[::-1]))


LEET = str.maketrans({"a": "4", "e": "3", "l": "1", "o": "0", "t": "7", "s": None})
STRIP_PUNCT = str.maketrans("", "", ",.;:!?'\"")
ACCENTS = str.maketrans("áéíóúàèäöüñç", "aeiouaeaounc", "")


def parse_header(line):
    name, sep, value = line.partition(":")
    if not sep:
        return None
    value, _, params = value.partition(";")
    opts = {}
    for p in params.split(";"):
        k, eq, v = p.strip().partition("=")
        if k:
            opts[k.lower()] = v.strip('"') if eq else True
    return name.strip().lower(), value.strip(), opts


HEADERS = [
    "Content-Type: text/html; charset=UTF-8",
    'Content-Disposition: attachment; filename="report v2.pdf"; inline',
    "X-Empty:",
    "not a header",
    "Set-Cookie: id=a3fWa; Max-Age=2592000; Secure",
]


def main():
    msg = "Attack at dawn! Meet at the old mill, 5 o'clock."
    enc = caesar(msg, 3)
    print(enc, "|", caesar(enc, -3) == msg, "|", caesar("xyz XYZ", 29))
    v = vigenere(msg, "LEMON")
    print(v, "|", vigenere(v, "LEMON", decrypt=True))
    print(atbash("wizard of oz"), "|", "hello test lesson".translate(LEET))
    print(msg.translate(STRIP_PUNCT).lower().split())
    print("crème brûlée à la façon niño".translate(ACCENTS))
    print(sorted(LEET.items()), str.maketrans("ab", "xy"))
    for h in HEADERS:
        print(f"  {h!r:60} -> {parse_header(h)}")
    path = "/var/log/app/server.log.2024.gz"
    print(path.rpartition("/"), path.partition("."), path.rsplit(".", 2), path.split("/", 2))
    print("a,,b,".split(","), "a  b ".split(), "  a  b ".split(" "), "a\nb\r\nc\n".splitlines(keepends=True))
    print("k=v=w".split("=", 1), "1-2-3-4".rsplit("-", 1), "".split(","), "".split(), "abc".split("abc"))
    print("prefix:", "v1.2.3".removeprefix("v"), "file.tar.gz".removesuffix(".gz"), "abc".removeprefix("x"))
    print("startswith:", "report.pdf".endswith((".pdf", ".doc")), "Report".startswith("rep", 0), "xabc".startswith("ab", 1))
    words = "the rain in spain falls mainly on the plain".split()
    freq = {}
    for w in words:
        freq[w] = freq.get(w, 0) + 1
    print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3], max(words, key=len), "-".join(sorted(set(words))))
    print("join/replace:", ", ".join(map(str, range(5))), "aaaa".replace("a", "b", 2), "abc".replace("", "-"))
    print("expandtabs:", repr("a\tbb\tccc\td".expandtabs()), repr("1\t22\t333".expandtabs(2)))
    print("count/find:", "banana".count("an"), "banana".count(""), "banana".find("na", 3), "banana".rindex("a"))
    print("str * / in:", "ab" * 3, "-" * 0, "nan" in "banana", "" in "x")
    print(caesar(msg, "3"))


main()
