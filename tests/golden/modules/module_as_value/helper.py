name = "the helper"


def read_x():
    return x
