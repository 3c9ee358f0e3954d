# ExceptionGroup construction rules, split/subgroup on deep trees, tracebacks preserved, __context__.
def leafs(eg):
    for e in eg.exceptions:
        if isinstance(e, BaseExceptionGroup):
            yield from leafs(e)
        else:
            yield e


tree = ExceptionGroup("root", [
    ValueError("v0"),
    ExceptionGroup("mid", [TypeError("t1"), ExceptionGroup("deep", [ValueError("v2"), KeyError("k3")])]),
    ZeroDivisionError("z4"),
])
print([str(e) for e in leafs(tree)])
for cond in [ValueError, (TypeError, KeyError), ArithmeticError, LookupError, Exception]:
    m, r = tree.split(cond)
    print(getattr(cond, "__name__", cond), [str(e) for e in leafs(m)] if m else None,
          [str(e) for e in leafs(r)] if r else None)
m, r = tree.split(lambda e: isinstance(e, ExceptionGroup) and e.message == "deep")
print(m.exceptions[0].exceptions[0].message, [e.message if isinstance(e, ExceptionGroup) else str(e) for e in r.exceptions])
print(tree.subgroup(lambda e: str(e).endswith("2")).exceptions[0].exceptions[0].exceptions)
for args in [("msg", []), ("msg", ValueError()), (1, [ValueError()]), ("msg", [1])]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
g = ExceptionGroup("wrap", [KeyboardInterrupt()]) if False else None
try:
    ExceptionGroup("bad", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
bg = BaseExceptionGroup("auto", [ValueError(1)])
print(type(bg).__name__, isinstance(bg, Exception), type(BaseExceptionGroup("b", [SystemExit()])).__name__)
try:
    raise tree
except ExceptionGroup as e:
    print(e.args[0], len(e.args[1]), e.exceptions is e.exceptions, type(e.exceptions).__name__)
ctx = None
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ExceptionGroup("ctx", [ValueError("in handler")])
except ExceptionGroup as e:
    ctx = e
print(type(ctx.__context__).__name__, ctx.__cause__, ctx.split(ValueError)[0].__context__ is ctx.__context__)
