import sys
from dataclasses import dataclass


def delta():
    return "delta"


epsilon = [1, 2, 3]
_private = "private"


@dataclass
class Point:
    x: int
    y: int
