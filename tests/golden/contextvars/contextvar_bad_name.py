import contextvars

NAMES = ["request_id", "user", 42]


def make_vars(names):
    made = []
    for name in names:
        print("creating", repr(name))
        made.append(contextvars.ContextVar(name))
        print("  ok:", made[-1].name)
    return made


vars_ = make_vars(NAMES)
print("unreachable", len(vars_))
