import enum
class Color(enum.Enum):
    RED = 1
for stmt in ("class More(Color): PINK = 2",):
    try:
        class More(Color):
            PINK = 2
    except TypeError as e:
        print(e)
for attr in ("value", "name"):
    try:
        setattr(Color.RED, attr, 3)
    except AttributeError as e:
        print(e)
    try:
        delattr(Color.RED, attr)
    except AttributeError as e:
        print(e)
print(Color.RED.value, Color.RED.name)
