# Tests AttributeError messages for instances, classes, builtins and assignment to builtins.
class Thing:
    pass


class Sub(Thing):
    pass


def show(f):
    try:
        f()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)


show(lambda: Thing().missing)
show(lambda: Sub().missing)
show(lambda: Thing.missing)
show(lambda: (1).foo)
show(lambda: "s".foo)
show(lambda: [].foo)
show(lambda: {}.foo)
show(lambda: (1,).foo)
show(lambda: None.foo)
show(lambda: 1.5.foo)
show(lambda: True.foo)
show(lambda: {1}.foo)
show(lambda: range(3).foo)
show(lambda: print.foo)
show(lambda: int.foo)
show(lambda: type.foo)
show(lambda: (lambda: 0).foo)
show(lambda: setattr(1, "foo", 2))
show(lambda: setattr("s", "upper", 2))
show(lambda: setattr([], "x", 2))
show(lambda: setattr(None, "x", 2))
show(lambda: setattr(int, "x", 2))
show(lambda: setattr(object(), "x", 1))
try:
    Thing().missing
except AttributeError as e:
    print(e.name, e.args)
try:
    raise AttributeError("hand made")
except AttributeError as e:
    print(e, e.args, e.name)
