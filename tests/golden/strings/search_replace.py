# find/rfind/index/rindex/count/startswith/endswith with start/end (code-point indices on
# non-ASCII text), replace with counts, removeprefix/removesuffix and strip variants.
s = "naïve café — naïve café"
print(s.find("café"), s.rfind("café"), s.index("naïve", 1), s.rindex("naïve", 0, 10), s.count("é"))
print(s.find("é", 10), s.find("é", -5), s.find("é", 4, 5), s.find("", 100), s.rfind(""), s.find("", 3))
print(s.count(""), s.count("", 3, 6), s.count("a", -6), "aaaa".count("aa"), s.count("x", 100))
print(s.startswith("naïve"), s.startswith("café", 6), s.endswith("café", 0, 10), s.endswith(("x", "café")))
print(s.startswith(("a", "n")), s.startswith("", 50), "".startswith(""), "".startswith("", 1), s.endswith("é", -1))
print(s.replace("café", "tea"), s.replace("naïve", "wise", 1), s.replace("", "|", 3), "ab".replace("", "-"))
print("x.tar.gz".removesuffix(".gz"), "x.tar.gz".removeprefix("x."), "abc".removeprefix(""), "abc".removesuffix("abcd"))
print(repr("  \t spaced \n ".strip()), repr("xxhixx".strip("x")), repr("<<a>>".lstrip("<")), repr("<<a>>".rstrip(">")))
print(repr("\u3000\xa0 wide \u2029".strip()), repr("ééaéé".strip("é")), repr("abc".strip(None)), repr("abc".rstrip("")))
print(s.find("café", None, None), s.index("café", -20))
for bad in [lambda: s.index("tea"), lambda: s.rindex("tea"), lambda: s.find(1), lambda: s.find("a", "x"),
            lambda: s.startswith(1), lambda: s.endswith(("a", 1)), lambda: s.replace(1, "b"),
            lambda: s.replace("a", None), lambda: s.replace("a", "b", "c"), lambda: s.strip(1),
            lambda: s.removeprefix(None), lambda: s.count()]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
