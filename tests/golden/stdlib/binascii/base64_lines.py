# binascii's base64 line codec: b2a_base64 with and without the newline, a2b_base64 on
# whitespace and junk, and strict mode's errors.
import binascii

for data in (b"", b"a", b"ab", b"abc", b"abcd", bytes(range(60))):
    line = binascii.b2a_base64(data)
    print(line, binascii.b2a_base64(data, newline=False) == line[:-1], binascii.a2b_base64(line) == data)

print(binascii.a2b_base64(b"YW Jj\nZA=="), binascii.a2b_base64("YWJj*ZA=="), binascii.a2b_base64(b"ab=="))
print(binascii.a2b_base64(b"ab==cd"), binascii.a2b_base64(b"abcd=", strict_mode=True))


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for bad in (b"a", b"abcde", b"ab", b"ab=c"):
    show(lambda: binascii.a2b_base64(bad))
for bad in (b"ab==c=", b"=abcd", b"ab=c", b"ab=\n=", b"abc=\n", b"ab*c", b"YWJj"):
    show(lambda: binascii.a2b_base64(bad, strict_mode=True))
show(lambda: binascii.a2b_base64("é"))
show(lambda: binascii.a2b_base64(5))
show(lambda: binascii.b2a_base64("x"))
