class MyError(Exception):
    pass


def check(v):
    if v < 0:
        raise MyError(f"negative: {v}")
    return v * 2
