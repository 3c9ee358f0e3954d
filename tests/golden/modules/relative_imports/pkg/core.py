from . import sibling
from .sibling import x, helper as sibling_helper

print("pkg.core runs")


def describe():
    return f"core: {x}, {sibling.helper(1)}, {sibling_helper(2)}"
