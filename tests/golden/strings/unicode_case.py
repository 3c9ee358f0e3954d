# Unicode case mapping: special casing (ß, ŉ, İ, ﬁ), titlecase digraphs, final sigma,
# casefold for caseless comparison, swapcase, and the is*() predicates on cased text.
words = ["straße", "éclair", "ǆemal", "ΟΔΟΣ", "ὈΔΥΣΣΕΎΣ", "İstanbul", "ﬁnance", "ŉ", "hello world",
         "they're bill's friends", "ǅungla ǉubljana", "ΣΑΣ ΣΑΣ.", "ÀÉÎÕÜ", "Ωmega", "ａｂｃ", "123abc"]
for w in words:
    print(w, "|", w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold(), sep=" ")
    print("   ", w.isupper(), w.islower(), w.istitle(), len(w.upper()), len(w.casefold()))
print("ß".casefold() == "SS".casefold(), "Straße".casefold() == "STRASSE".casefold())
print("ΣΑΣ".lower(), "Σ".lower(), "AΣ".lower(), "AΣB".lower(), "A'Σ".lower(), "AΣ'".lower())
print("ǅ".isupper(), "ǅ".islower(), "ǅ".istitle(), "ǅa".istitle(), "Ǆa".istitle())
print("Hello World".istitle(), "Hello world".istitle(), "HELLO".istitle(), "".istitle())
print("ᾳ".upper(), "ᾳ".title(), "ᾼ".lower(), "ﬀ".upper(), "ﬀ".title())
names = ["Émile", "zoë", "Ångström", "émile", "ZOË", "angstrom"]
print(sorted(names, key=str.casefold))
print(sorted({n.casefold() for n in names}))
