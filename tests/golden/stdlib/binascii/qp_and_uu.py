# Quoted-printable and uuencoding of mail-like text: b2a_qp's options and line breaking,
# a2b_qp with soft breaks and headers, b2a_uu/a2b_uu with backticks, and their errors.
import binascii

TEXTS = [b"plain ascii", b"caf\xc3\xa9 = ok \n", b"trailing space \nand tab\t\n", b".\nline",
         b"x" * 90, b"a\r\nb\r\n", b"under_score and space", b"=" * 30]

for t in TEXTS:
    print(binascii.b2a_qp(t))
    print("  ", binascii.b2a_qp(t, quotetabs=True), binascii.b2a_qp(t, istext=False)[:40], binascii.b2a_qp(t, header=True)[:40])
    assert binascii.a2b_qp(binascii.b2a_qp(t)) == t

print(binascii.a2b_qp(b"soft=\nbreak =3D =41=4a =ZZ ="), binascii.a2b_qp(b"a_b=20c", header=True), binascii.a2b_qp(b"=\r\nx"))

for chunk in (b"", b"a", b"Cat", b"\x00\x00\x00", bytes(range(45))):
    line = binascii.b2a_uu(chunk)
    print(line, binascii.b2a_uu(chunk, backtick=True), binascii.a2b_uu(line) == chunk)
print(binascii.a2b_uu(b""), binascii.a2b_uu(b"#86)C\n"), binascii.a2b_uu(b"#86)C  `\n"))


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: binascii.b2a_uu(b"x" * 46))
show(lambda: binascii.a2b_uu(b"#86)C\n  x"))
show(lambda: binascii.a2b_uu(b"#\x01\x01\x01"))
show(lambda: binascii.b2a_qp("text"))
show(lambda: binascii.a2b_qp(5))
