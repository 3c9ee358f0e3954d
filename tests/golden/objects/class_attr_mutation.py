# Tests that changing class attributes after instances exist is seen by instances (no stale caches).
class Cfg:
    level = 1
    def get(self):
        return self.level


class Child(Cfg):
    pass


c = Cfg()
k = Child()
results = []
for i in range(3):
    results.append((c.level, k.level, c.get(), k.get()))
    Cfg.level = Cfg.level + 10
print(results)
Child.level = "child"
print(c.level, k.level, k.get())
del Child.level
print(k.level, k.get())
Cfg.level = "new"
print(c.get(), k.get())
k.level = "inst"
print(k.get(), Child().get())
del Cfg.level
print(hasattr(c, "level"), k.get())
try:
    c.get()
except AttributeError as e:
    print(type(e).__name__, e)
Cfg.level = 0
for i in range(4):
    Cfg.level += 1
    print(c.get(), end=" ")
print()


def read(obj):
    return obj.level


vals = []
for n in range(3):
    Cfg.level = n * n
    vals.append(read(c))
    vals.append(read(Child()))
print(vals)
setattr(Cfg, "level", "via setattr")
print(read(c), read(k))
