print("pkg/__init__ runs, __name__ =", __name__)
VERSION = "1.0"


def init_helper():
    return "init helper"
