d = {}
try:
    raise KeyError("a")
except KeyError:
    try:
        d[[1]] = 2
    except TypeError as e:
        print(repr(e.__context__))
try:
    raise KeyError("a")
except KeyError:
    try:
        x = [1][5]
    except IndexError as e:
        print(repr(e.__context__))
def f(rows):
    return [a for a, b in rows]
try:
    raise KeyError("b")
except KeyError:
    try:
        f([[1]])
    except ValueError as e:
        print(repr(e.__context__))
try:
    raise KeyError("c")
except KeyError:
    try:
        a, b = [1]
    except ValueError as e:
        print(repr(e.__context__))
