# A failing assert underlines its test expression (the message is evaluated first).
def check(n):
    assert n > 1, "n too small: " + str(n)


def split_check(n):
    assert (n >
            1), f"{n} is too small"


for fn in (check, split_check):
    try:
        fn(0)
    except AssertionError as e:
        print(type(e).__name__, e)
split_check(5)
split_check(0)
