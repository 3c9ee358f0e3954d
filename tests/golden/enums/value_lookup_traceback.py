import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    @classmethod
    def _missing_(cls, value):
        if value == 5:
            raise KeyError("five")
        if value == 6:
            return 3
        return None
for v in (7, 5, 6):
    try:
        Color(v)
    except Exception as e:
        print(type(e).__name__, e, repr(e.__context__))
class Shape(enum.Enum):
    SQUARE = 1
Shape(3)
