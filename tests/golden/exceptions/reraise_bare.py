def parse(s):
    try:
        return int(s)
    except ValueError:
        print("could not parse", repr(s))
        raise

print(parse("12"))
parse("x1")
