# The TypeError texts of a bad index, per sequence type (str words its own differently).
for c in ("abc", [1, 2], (1, 2), b"ab", bytearray(b"ab"), range(3)):
    for i in (1.5, "x", None, [1]):
        try:
            c[i]
        except TypeError as e:
            print(type(c).__name__, e)
