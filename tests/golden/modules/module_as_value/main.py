# A module object as a value: passed to functions, getattr/hasattr/setattr/delattr, a missing
# attribute's AttributeError text, type(), repr() and module attributes in a list.
import helper
import helper as alias


def show(mod, attr):
    return f"{mod.__name__}.{attr} = {getattr(mod, attr, 'absent')}"


print(type(helper), type(helper).__name__)
print(repr(helper))
print(helper)
print(alias is helper)
print(show(helper, "name"), show(helper, "nothing"))
print(getattr(helper, "name"), hasattr(helper, "missing"), hasattr(helper, "name"))
setattr(helper, "x", 5)
print(helper.x, helper.read_x())
helper.x += 1
print(helper.read_x())
try:
    helper.missing
except AttributeError as e:
    print("AttributeError:", e)
delattr(helper, "x")
try:
    helper.read_x()
except NameError as e:
    print("NameError:", e)
mods = [helper, alias]
print(mods[0].name, len(mods), mods[0] == mods[1])
print(callable(helper), callable(helper.read_x))
