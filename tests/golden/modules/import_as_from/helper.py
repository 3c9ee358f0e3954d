CONSTANT = 42
items = ["from helper"]


def f():
    return "f here"


def g():
    return "g here"


def read_constant():
    return CONSTANT
