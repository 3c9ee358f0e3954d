# __del__ runs when the last reference goes (reassignment, del, a container emptied, a function
# returning), at most once (resurrection); at exit the module's
# globals are released in binding order, as CPython frees __main__'s dict. A suspended generator
# held by a global runs its finally at exit too.
class Resource:
    def __init__(self, name):
        self.name = name
        print("open", name)

    def __del__(self):
        print("release", self.name)


class Phoenix:
    saved = []

    def __del__(self):
        print("phoenix __del__")
        Phoenix.saved.append(self)


def scoped():
    r = Resource("local")
    print("in scoped")
    return 1


r = Resource("a")
r = None
print("after reassign")
b = Resource("b")
del b
print("after del")
items = [Resource("c"), Resource("d")]
items.clear()
print("after clear")
scoped()
print("after scoped")
p = Phoenix()
p = None
print("resurrected:", len(Phoenix.saved))
Phoenix.saved.clear()
print("cleared saved")


def ticker():
    try:
        yield 1
        yield 2
    finally:
        print("ticker finally")


zeta = Resource("zeta")
_private = Resource("_private")
alpha = Resource("alpha")
gen = ticker()
print(next(gen))
holder = {"k": Resource("in dict")}
print("end of script")
