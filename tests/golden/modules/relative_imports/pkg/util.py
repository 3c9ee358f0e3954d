print("pkg.util runs")
from .sibling import helper
