__all__ = ["alpha", "beta"]


def alpha():
    return "alpha"


beta = "beta value"
gamma = "not exported"
_hidden = "hidden"
