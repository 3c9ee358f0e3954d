# The method catalog's binder: CPython's TypeError texts for each way str methods are declared
# (no arguments, one argument, positional-only, PyArg_ParseTuple, keywords).
calls = [
    lambda: "a".upper(1), lambda: "a".upper(x=1), lambda: "a".join(), lambda: "a".join("a", "b"),
    lambda: "a".join(iterable=[]), lambda: "a".center(), lambda: "a".center(1, 2, 3),
    lambda: "a".center(width=3), lambda: "a".replace("a"), lambda: "a".find(), lambda: "a".find("a", 1, 2, 3),
    lambda: "a".find(sub="a"), lambda: "a".split(" ", 1, 2), lambda: "a".split(sep=" ", x=1),
    lambda: "a".split(" ", sep=" "), lambda: "a".split(a=1, b=2, c=3), lambda: "a".split(maxsplit="x"),
    lambda: "a".split(1), lambda: "a".rsplit(sep=1), lambda: "a".splitlines(1, 2),
    lambda: "a".splitlines(keepends=1.5), lambda: "a".expandtabs(1, tabsize=2), lambda: "a".zfill(),
    lambda: "a".format_map(), lambda: "a".partition(None), lambda: "a".rpartition(1),
    lambda: str.upper(), lambda: str.upper(1), lambda: "x".center(10 ** 30),
]
for call in calls:
    try:
        print(repr(call()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
print("a b c".split(maxsplit=1), "a b c".rsplit(maxsplit=1), "a,b".split(sep=","), "x\ny".splitlines(keepends=True))
print(str.upper("abc"), str.join("-", "ab"), str.split("a b"), "a".expandtabs(tabsize=4))
print(str.upper)
