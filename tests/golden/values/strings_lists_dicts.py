words = ["delta", "alpha", "charlie", "bravo"]
print(sorted(words), len(words), words[1:3], words[::-1], words[-1])
s = "Hello, World"
print(s.upper(), s.lower(), s.split(", "), s.replace("l", "L"), s[7:], s.find("World"))
print(", ".join(w.title() for w in []) if False else "-".join(words))
d = {"x": 1, "y": 2}
d["z"] = 3
d["x"] = 10
del d["y"]
print(d, list(d.keys()), d.get("q", "none"), "x" in d, len(d))
for k, v in d.items():
    print(k, v)
t = (1, "two", 3.0, None, True)
print(t, t[1], (5,), ())
nums = [n * n for n in range(10) if n % 3 == 0]
print(nums, [(i, c) for i, c in enumerate("ab")])
a, *rest = [1, 2, 3, 4]
print(a, rest)
x, y = y, x = 1, 2
print(x, y)
print(repr("it's"), repr('say "hi"'), str(None), [None, True, 1.5, "q"])
print(isinstance(3, int), isinstance(True, int), isinstance("s", (int, str)), type(3.0).__name__)
