# Rendering values to a tiny markup by type with functools.singledispatch: registered
# implementations for int/float/list/dict and a user class, dispatch on subclasses, and
# registry lookups.
from functools import singledispatch


class Money:
    def __init__(self, cents):
        self.cents = cents


@singledispatch
def render(value, indent=0):
    return " " * indent + f"<obj {type(value).__name__}>"


@render.register
def _(value: int, indent=0):
    return " " * indent + f"<int {value:,}>"


@render.register
def _(value: float, indent=0):
    return " " * indent + f"<float {value:.2f}>"


@render.register(list)
@render.register(tuple)
def _(value, indent=0):
    inner = "\n".join(render(v, indent + 2) for v in value)
    return " " * indent + f"<seq n={len(value)}>\n" + inner


@render.register
def _(value: dict, indent=0):
    lines = [" " * indent + "<map>"]
    for k, v in value.items():
        lines.append(" " * (indent + 2) + f"{k}:")
        lines.append(render(v, indent + 4))
    return "\n".join(lines)


@render.register
def _(value: Money, indent=0):
    return " " * indent + f"<money ${value.cents // 100}.{value.cents % 100:02d}>"


print(render(1234567))
print(render(True), render(2.5), render("text"), render(None))
print(render([1, 2.0, (3, "x")]))
print(render({"total": Money(12345), "items": [Money(5), 7]}))
print(render.dispatch(bool) is render.dispatch(int), render.dispatch(str) is render.registry[object])
print(sorted(t.__name__ for t in render.registry))
