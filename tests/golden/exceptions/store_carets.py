# Failing stores, deletes and augmented assignments are underlined at their target, and a
# class pattern at the pattern, as CPython 3.11 does.
class Record:
    __match_args__ = ("x",)

    @property
    def x(self):
        raise KeyError("x is computed")


class Plain:
    pass


r = Record()
p = Plain()
try:
    del p.nothing
except AttributeError:
    try:
        d = {}
        del d["k"]
    except KeyError:
        try:
            p.count += 1
        except AttributeError:
            try:
                for a, b in [(1, 2, 3)]:
                    pass
            except ValueError:
                try:
                    (3).real = 4
                except AttributeError:
                    try:
                        d[[1]] = 2
                    except TypeError:
                        match r:
                            case Record(1):
                                pass
