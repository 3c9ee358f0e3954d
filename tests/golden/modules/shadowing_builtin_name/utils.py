list_ = ["module", "list"]


def len(x):
    return f"utils.len({x!r})"


def max(*args):
    return "utils.max"


def len_of(x):
    return len(x)


def biggest(xs):
    return max(*xs)


def print_all(*args, sep=" "):
    print(*args, sep=sep, end="!\n")


def uses_builtin_list(s):
    return list(s)
