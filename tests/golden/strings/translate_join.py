# translate/maketrans (all three forms), join over iterables, a ROT13 and a vowel stripper.
import asyncio

LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()

rot13 = str.maketrans(LOWER + UPPER, LOWER[13:] + LOWER[:13] + UPPER[13:] + UPPER[:13])
print("Hello, World!".translate(rot13))
print("Hello, World!".translate(rot13).translate(rot13))
no_vowels = str.maketrans("", "", "aeiouAEIOU")
print("Programming in Python".translate(no_vowels))
table = str.maketrans({"é": "e", "ß": "ss", "æ": None, ord("!"): "?"})
print(sorted(table.items()))
print("Straße café æon!".translate(table))
print("abc".translate({97: "AA", 98: None, 99: 0x1F600}))
print("abc".translate(["x", "y", "z"] * 40))
print("".maketrans("ab", "cd", "e"))


async def word(w):
    await asyncio.sleep(0)
    return w


async def main():
    collected = await asyncio.gather(*(word(w) for w in ["async", "join", "works"]))
    print(" ".join(collected), "-".join(w.upper() for w in collected), ", ".join(sorted({"b", "a"})))
    print("".join([]), "/".join(("usr", "local", "bin")), "é".join("abc"), ",".join({"k": 1, "j": 2}))


asyncio.run(main())
for bad in [lambda: "".join([1]), lambda: "".join(5), lambda: ",".join(["a", 2]),
            lambda: "a".translate({97: 1.5}), lambda: "a".translate({97: 0x110000}),
            lambda: str.maketrans({"ab": 1}), lambda: str.maketrans({1.5: 1}),
            lambda: str.maketrans("ab", "c"), lambda: str.maketrans(1, "ab"),
            lambda: str.maketrans("a", "b", 1), lambda: str.maketrans(1), lambda: str.maketrans()]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
