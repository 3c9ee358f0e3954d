# The sign of a NaN survives float("-nan"), negation and packing.
import math, struct
x = float("-nan")
print(math.copysign(1, x), math.copysign(1, -float("nan")), struct.pack("<d", x), struct.pack("<e", -float("nan")))
