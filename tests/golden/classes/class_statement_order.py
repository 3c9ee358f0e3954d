# A class statement evaluates its decorators, then its bases and keywords, then runs its body,
# as CPython's __build_class__ does.
def base(name):
    print("base", name)
    return object


def deco(c):
    print("deco", c.__name__)
    return c


def kwval():
    print("keyword")
    return 5


class Meta:
    pass


@deco
class A(base("A")):
    print("body A")
    x = 1


class P:
    def __init_subclass__(cls, flag=0, **kw):
        print("init_subclass", cls.__name__, flag, kw)


class B(P, flag=kwval(), extra=print("second keyword") or 1):
    print("body B")


class C(base("C"), P, flag=kwval()):
    print("body C")
