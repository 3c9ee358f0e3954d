from ..util import helper
from .. import util
from . import SUB_X

print("pkg.sub.deep runs")


def run():
    return f"deep: {helper(3)}, {util.__name__}, {SUB_X}"
