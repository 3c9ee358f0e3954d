# `import m as h`, `from m import f, g as gg`, `from m import CONSTANT`: a `from` import copies
# the binding, so rebinding the module attribute later does not change main's name (and back).
import helper as h
from helper import f, g as gg
from helper import CONSTANT, items

print(h.__name__, f(), gg(), CONSTANT)
h.CONSTANT = 99
print(CONSTANT, h.CONSTANT, h.read_constant())
CONSTANT = 7
print(CONSTANT, h.CONSTANT)
h.f = lambda: "replaced f"
print(f(), h.f())
items.append("from main")  # same object: mutation is shared
print(h.items, items is h.items)
h.items = ["new list"]
print(items, h.items)
print(gg.__name__, f.__module__, gg.__module__)
print("g" in dir(h), "gg" in dir(h))
try:
    print(helper)
except NameError as e:
    print("NameError:", e)
