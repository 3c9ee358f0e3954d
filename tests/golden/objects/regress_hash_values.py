# Regression: hash() ignored the int __hash__ returned (CPython reduces it modulo 2**61 - 1 and
# maps -1 to -2).
class H:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v


for v in (5, -1, 2**70, -(2**70), True, 0, 2**61 - 1, 2**61, -2):
    print(v, hash(H(v)))
print(hash(-1), hash(2**61 - 1), hash(2**64), hash(-(2**64)), hash(True), hash(7))
