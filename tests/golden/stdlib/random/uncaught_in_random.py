# An exception out of random.py's own code: the traceback names CPython's random.py frames
# (randint, then randrange) with their lines.
import random


def roll(sides):
    return random.randint(sides, 1)


print(roll(1))
print(roll(6))
