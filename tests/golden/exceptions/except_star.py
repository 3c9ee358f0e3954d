# except* handling: matching parts of a group, nested groups, re-raise of the unhandled rest,
# raising inside an except* clause, and notes surviving the split.
def show(eg):
    if isinstance(eg, BaseExceptionGroup):
        return f"{type(eg).__name__}({eg.message!r}, [{', '.join(show(e) for e in eg.exceptions)}])"
    return f"{type(eg).__name__}({eg})"


def run(excs):
    try:
        try:
            err = ExceptionGroup("batch", excs)
            err.add_note("batch note")
            raise err
        except* ValueError as g:
            print("  value part:", show(g), g.__notes__)
        except* (KeyError, IndexError) as g:
            print("  lookup part:", show(g))
    except ExceptionGroup as rest:
        print("  rest:", show(rest), rest.__notes__)


run([ValueError("a"), KeyError("k"), TypeError("t")])
run([ValueError("only")])
run([IndexError(1), ExceptionGroup("inner", [ValueError("deep"), OSError("os")])])
run([TypeError("x"), ExceptionGroup("inner", [TypeError("y")])])

try:
    try:
        raise ExceptionGroup("g", [ValueError(1), ValueError(2)])
    except* ValueError as g:
        print("handling", len(g.exceptions))
        raise RuntimeError("from handler") from None
except ExceptionGroup as e:
    print("outer group:", show(e))
except RuntimeError as e:
    print("runtime:", e, e.__cause__, e.__suppress_context__)

try:
    try:
        raise ValueError("naked")
    except* ValueError as g:
        print("naked wrapped:", show(g))
except Exception as e:
    print("unexpected", e)

try:
    raise ExceptionGroup("empty-match", [OSError(2, "No such file")])
except* FileNotFoundError as g:
    print("fnf:", show(g), type(g.exceptions[0]).__name__, g.exceptions[0].errno)
except* OSError:
    print("never")
print(repr(ExceptionGroup("m", [ValueError(1)])), str(ExceptionGroup("m", [ValueError(1), KeyError(2)])))
