# bytearray as a mutable sequence: slice assignment, del, extend, insert, pop, remove, +=, *=.
ba = bytearray(b"hello world")
ba[0] = ord("H")
ba[6:11] = b"THERE!!"
print(ba, len(ba))
ba[1:3] = []
print(ba)
del ba[::2]
print(ba)
ba = bytearray(range(10))
ba[::3] = b"\xaa\xbb\xcc\xdd"
print(ba.hex(" "))
try:
    ba[::3] = b"\x00"
except ValueError as e:
    print("ValueError:", e)
ba.extend([1, 2])
ba.extend(b"xy")
ba.append(0x7A)
ba.insert(0, 255)
ba.insert(-1, 66)
print(ba)
print(ba.pop(), ba.pop(0), ba.pop(-2))
ba.remove(0xaa)
print(ba)
try:
    ba.remove(99)
except ValueError as e:
    print("remove:", e)
for bad in [256, -1]:
    try:
        ba.append(bad)
    except ValueError as e:
        print("append", bad, e)
b2 = bytearray(b"ab")
b2 += b"cd"
b2 *= 2
print(b2, b2.count(b"ab"), b2.index(b"cd", 3))
b2.reverse()
print(b2, bytes(b2), b2 == b"dcbadcba", b2 is b2)
b2.clear()
print(b2, len(b2), bool(b2))
b3 = bytearray(5)
b3[1:4] = bytearray(b"xyz")
print(b3, bytearray(b"ab") + b"cd", type(b"ab" + bytearray(b"cd")).__name__)
print(bytearray(b"abc")[1], bytearray(b"abc")[1:], bytearray(b"abcdef")[-1:0:-2])
