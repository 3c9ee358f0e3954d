# A def inside a function may rebind a name declared nonlocal (or global).
def outer():
    def helper():
        return "first"

    def rebind():
        nonlocal helper

        def helper():
            return "second"

    print(helper())
    rebind()
    print(helper())


def make_global():
    global shared

    def shared():
        return "global def"


outer()
make_global()
print(shared())
