text = """The quick brown fox
jumps over the lazy dog.\tTabs\there.
  Indented line with trailing spaces   
"""
lines = text.splitlines()
print(len(lines), lines[2].strip(), repr(lines[2].rstrip()), repr(lines[2].lstrip()))
print(text.splitlines(keepends=True)[0:2])
words = text.split()
print(len(words), words[:4], text.split(maxsplit=2)[2][:10])
print("a,b,,c".split(","), "a,b,,c".rsplit(",", 1), "  x  y ".split(" "), "".split(","), "".split())
print("key=value=more".partition("="), "key=value=more".rpartition("="), "nokey".partition("="))
print(lines[1].expandtabs(4), "|", "a\tb".expandtabs())
print("Hello World".swapcase(), "hello world".title(), "hELLO".capitalize(), "ß".upper(), "ǅ".lower())
print("straße".casefold() == "STRASSE".casefold(), "Ab".center(7, "*"), "7".zfill(4), "-7".zfill(4), "+x".zfill(4))
print("abc".ljust(6, ".") + "|", "abc".rjust(2), "hello".count("l"), "hello".count(""), "aaaa".count("aa"))
print("hello".find("l"), "hello".rfind("l"), "hello".find("z"), "hello".index("e"), "hello".find("l", 3, 4))
print("  spaced\n".strip(), "xxhixx".strip("x"), "www.example.com".lstrip("cmowz."), "prefix_name".removeprefix("prefix_"), "a.py".removesuffix(".txt"))
print("Hello".startswith(("He", "X")), "Hello".endswith("lo", 0, 5), "Hello".startswith("l", 2))
print("12".isdigit(), "½".isnumeric(), "½".isdigit(), "abc".isalpha(), "a1".isalnum(), " \t".isspace(), "Title Case".istitle(), "ABC".isupper(), "_x1".isidentifier(), "".isalpha())
print("-".join(["a", "b", "c"]), "".join(reversed("stressed")), "ab" * 3, "x" in "xyz")
table = str.maketrans({"a": "4", "e": "3", "o": None})
print("hello aeon".translate(table), "abc".translate(str.maketrans("ab", "xy", "c")))
print("one two one".replace("one", "1"), "aaa".replace("a", "b", 2), "abc".replace("", "-"))
print("%s" % "é".encode(), "naïve".encode("ascii", "replace"), "naïve".encode("ascii", "ignore"), b"caf\xc3\xa9".decode())
print(sorted(["b", "B", "a", "_", "1"]), "a" < "B", max("hello"), min("hello"))
print("Ünïcödé"[::-1], "abcdef"[1:5:2], "abc"[-10:10], "abcdef"[::-2])
try:
    "hello".index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    "x".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".center(5, "xy")
except TypeError as e:
    print("TypeError:", e)
print("a b".split(None), "a\x1cb\x1dc".split(), "1\r\n2\r3\x0b4".splitlines())
"abc".encode("ascii").decode("utf-8").encode("ascii", "strict").decode("nope")
