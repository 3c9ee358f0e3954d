# An exception while a member is made shows enum.py's frames: EnumType.__new__ re-raising it,
# then _proto_member.__set_name__ at the __new__ or __init__ call.
from enum import Enum


class Checked(Enum):
    def __new__(cls, code):
        if code < 0:
            raise ValueError(f"negative code {code}")
        member = object.__new__(cls)
        member._value_ = code
        return member


try:
    class Codes(Checked):
        OK = 0
        BAD = -1
except ValueError as e:
    print("ValueError:", e)


class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MOON = (7.3e22,)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
