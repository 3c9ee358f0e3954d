# Each failing operation is underlined where CPython 3.11 underlines it: attribute loads,
# unary operators, comparisons (the whole chain), unpacking targets. Every error is raised
# while handling the one before, so the single traceback at the end shows them all.
class Plain:
    pass


def split_pair(line):
    name, value = line.split(",")
    return name, value


def first_pairs(rows):
    return [a for a, b in rows]


p = Plain()
try:
    print(p.missing)
except AttributeError:
    try:
        print(1 < 2 < Plain() < 3)
    except TypeError:
        try:
            y = -"text"
        except TypeError:
            try:
                split_pair("a,b,c")
            except ValueError:
                try:
                    first_pairs([[1]])
                except ValueError:
                    if Plain() in 3:
                        pass
