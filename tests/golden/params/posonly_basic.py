# Positional-only parameters before /, mixed with normal and keyword-only ones.
def clamp(value, lo=0, hi=100, /):
    return max(lo, min(hi, value))


def area(w, h, /, unit="cm", *, precision=1):
    return f"{round(w * h, precision)} {unit}^2"


def tag(name, /, **attrs):
    parts = [name] + [f'{k}="{v}"' for k, v in attrs.items()]
    return "<" + " ".join(parts) + ">"


print(clamp(150), clamp(-5), clamp(50, 60), clamp(7, 0, 5))
print(area(2, 3.14159))
print(area(2, 3.14159, "m", precision=3))
print(area(2, 3.14159, unit="in"))
print(tag("div"))
print(tag("a", href="/home", name="x"))
print(tag("input", type="text"))
# the positional-only name may be reused as a keyword inside **attrs
print(tag("meta", name="viewport", content="width=device-width"))


class Vector:
    def __init__(self, x, y, /):
        self.x, self.y = x, y

    def scale(self, k, /, *, round_to=None):
        x, y = self.x * k, self.y * k
        if round_to is not None:
            x, y = round(x, round_to), round(y, round_to)
        return Vector(x, y)

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"


v = Vector(1.5, -2)
print(v, v.scale(3), v.scale(1 / 3, round_to=2))
print(clamp.__code__.co_posonlyargcount, area.__code__.co_posonlyargcount,
      area.__code__.co_argcount, area.__code__.co_kwonlyargcount)
