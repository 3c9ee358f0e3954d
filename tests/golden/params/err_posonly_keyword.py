# TypeError when positional-only parameters are passed by keyword.
def distance(x1, y1, x2, y2, /):
    return ((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5


def scale(value, factor=2, /, *, offset=0):
    return value * factor + offset


class Temperature:
    def __init__(self, celsius, /):
        self.celsius = celsius

    def convert(self, unit, /):
        return self.celsius * 9 / 5 + 32 if unit == "F" else self.celsius


print(distance(0, 0, 3, 4))
print(scale(5), scale(5, 3), scale(5, offset=1))
cases = {
    "one name": lambda: distance(0, 0, 3, y2=4),
    "two names": lambda: distance(0, 0, x2=3, y2=4),
    "default posonly": lambda: scale(5, factor=3),
    "init": lambda: Temperature(celsius=20),
    "method": lambda: Temperature(20).convert(unit="F"),
}
for name, call in cases.items():
    try:
        print(name, call())
    except TypeError as e:
        print(f"{name}: {type(e).__name__}: {e}")
print(Temperature(100).convert("F"), Temperature(100).convert("C"))
g = lambda a, b=1, /: a - b
try:
    g(5, b=2)
except TypeError as e:
    print("lambda:", e)
print(g(5), g(5, 2))
