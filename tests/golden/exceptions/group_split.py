# BaseExceptionGroup.split/subgroup/derive: matching by type, tuple and predicate, nested
# groups rebuilt through derive() (a subclass's own derive too), notes copied to each part.
class Batch(ExceptionGroup):
    def derive(self, excs):
        return Batch(self.message + "*", excs)


def show(label, g):
    if g is None:
        print(label, None)
    else:
        print(label, type(g).__name__, repr(g.message), [type(e).__name__ for e in g.exceptions])


inner = ExceptionGroup("inner", [KeyError("k"), ValueError("v2")])
eg = ExceptionGroup("outer", [ValueError("v1"), TypeError("t"), inner])
eg.add_note("outer note")
m, r = eg.split(ValueError)
show("match", m)
show("rest", r)
print(m.exceptions[1].exceptions, m.__notes__, r.__notes__, m.__notes__ is not eg.__notes__)
show("tuple", eg.subgroup((KeyError, TypeError)))
show("pred", eg.subgroup(lambda e: isinstance(e, ValueError) and "2" in str(e)))
print(eg.subgroup(lambda e: True) is eg, eg.subgroup(OSError), eg.split(BaseException)[1])
b = Batch("batch", [ValueError("a"), OSError("b")])
show("batch", b.subgroup(ValueError))
base = BaseExceptionGroup("mixed", [KeyboardInterrupt(), ValueError("x")])
show("base", base)
m, r = base.split(Exception)
show("exc part", m)
show("base part", r)
show("derived", eg.derive([ValueError("new")]))
for bad in [42, (ValueError, 3), "ValueError"]:
    try:
        eg.split(bad)
    except TypeError as e:
        print(repr(bad), e)
