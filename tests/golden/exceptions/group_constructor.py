# BaseExceptionGroup.__new__'s checks and which class a group becomes; repr keeps the
# sequence it was given; `exceptions` is one tuple.
class Seq:
    def __init__(self, *items):
        self.items = items

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)

    def __repr__(self):
        return f"Seq{self.items}"


class MyGroup(ExceptionGroup):
    pass


class MyBaseGroup(BaseExceptionGroup):
    pass


cases = [
    (ExceptionGroup, ("m", (ValueError(1),))),
    (ExceptionGroup, ("m", [TypeError(2), KeyError(3)])),
    (ExceptionGroup, ("m", Seq(ValueError(4)))),
    (ExceptionGroup, ("m", {ValueError(5)})),
    (ExceptionGroup, ("m", "ab")),
    (ExceptionGroup, (b"m", [ValueError()])),
    (ExceptionGroup, ("m",)),
    (ExceptionGroup, ("m", [])),
    (ExceptionGroup, ("m", [KeyboardInterrupt()])),
    (BaseExceptionGroup, ("m", [ValueError(6)])),
    (BaseExceptionGroup, ("m", [KeyboardInterrupt(), ValueError(7)])),
    (MyGroup, ("m", [ValueError(8)])),
    (MyGroup, ("m", [SystemExit(9)])),
    (MyBaseGroup, ("m", [SystemExit(10)])),
    (MyBaseGroup, ("m", [ValueError(11)])),
]
for cls, args in cases:
    try:
        g = cls(*args)
        print(type(g).__name__, repr(g), str(g), g.exceptions is g.exceptions, len(g.exceptions))
    except (TypeError, ValueError) as e:
        print(cls.__name__, type(e).__name__, e)

try:
    ExceptionGroup("m", [ValueError()], extra=1)
except TypeError as e:
    print("TypeError:", e)
