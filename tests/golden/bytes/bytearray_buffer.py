# bytearray as a mutable buffer: item and slice assignment, deletion, and the list-like methods.
buf = bytearray(b"hello world")
buf[0] = ord("H")
buf[6:11] = b"there"
print(buf)
buf[5:6] = b", "
buf[-1:] = [33, 33]
print(buf, len(buf))
buf[::2] = bytes(len(buf[::2]))
print(buf)
del buf[::3]
print(buf)
del buf[0]
buf.insert(0, 65)
buf.insert(100, 90)
buf.insert(-100, 97)
print(buf)
buf.append(0x2E)
buf.extend(b"xyz")
buf.extend([1, 2, 3])
buf.extend(bytearray(b"!"))
print(buf, buf.pop(), buf.pop(0), buf)
buf.remove(ord("x"))
buf.reverse()
print(buf)
copy = buf.copy()
copy.clear()
print(copy, buf == copy, len(buf))
buf *= 2
print(len(buf), buf.count(b"z"), buf.index(b"z"), buf.rindex(0x7A))
view = bytearray(b"abc")
for i, byte in enumerate(view):
    if i < 3:
        view.append(byte + 1)
print(view)
acc = bytearray()
for word in ["alpha", "beta", "gamma"]:
    acc += word.encode() + b";"
print(acc, acc.split(b";"), bytes(acc).rstrip(b";").split(b";", 1))
