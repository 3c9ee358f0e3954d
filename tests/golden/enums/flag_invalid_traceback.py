import enum
class Perm(enum.Flag):
    R = 4
    W = 2
try:
    Perm(9)
except ValueError as e:
    print(e)
class P2(enum.Flag):
    R = 4
try:
    P2("x")
except ValueError as e:
    print(e)
class Empty(enum.Enum):
    pass
try:
    Empty(1)
except TypeError as e:
    print(e)
Perm(9)
