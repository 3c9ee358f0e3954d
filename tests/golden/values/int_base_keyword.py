# int() takes its base by keyword too, with CPython's errors for other keywords.
for f in [lambda: int("ff", base=16), lambda: int(x="1"), lambda: int(base=2)]:
    try:
        print(f())
    except TypeError as e:
        print(e)
