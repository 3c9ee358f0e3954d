import enum
class Color(enum.Enum):
    RED = 1
    @classmethod
    def _missing_(cls, value):
        raise KeyError("five")
Color(5)
