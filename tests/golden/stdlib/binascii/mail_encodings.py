# An outgoing mail queue: subject headers and bodies in quoted-printable (tabs, trailing
# spaces, long lines, header mode's underscores), attachments in uuencode (with and without
# backticks), decoding them back, and the errors of broken input.
import asyncio
import binascii

MAILS = [
    ("Café menu", b"Soup\tof the day: 4 \xe2\x82\xac \nDessert = cr\xc3\xa8me br\xc3\xbbl\xc3\xa9e\t\n"),
    ("Re: long_line", b"word " * 20 + b"\r\nend.\r\n"),
    ("tabs\there", b"From the start\n.\nonly a dot above\n"),
]


async def encode(subject, body):
    await asyncio.sleep(0)
    head = binascii.b2a_qp(subject.encode("utf-8"), header=True)
    return head, binascii.b2a_qp(body), binascii.b2a_qp(body, quotetabs=True)


async def main():
    for (subject, body), (head, plain, tabs) in zip(MAILS, await asyncio.gather(*(encode(*m) for m in MAILS))):
        print(head, binascii.a2b_qp(head, header=True).decode("utf-8") == subject)
        print(plain.decode("ascii"))
        print(tabs.decode("ascii"))
        print(binascii.a2b_qp(plain) == body, binascii.a2b_qp(tabs) == body)


asyncio.run(main())

print(binascii.b2a_qp(b"a\r\nb\nc\r\n", istext=False), binascii.b2a_qp(b"line\r\n"), binascii.b2a_qp(b"end  "))
print(binascii.b2a_qp(b"x y\tz", quotetabs=True), binascii.b2a_qp(b"x y\tz", quotetabs=True, header=True))
print(binascii.b2a_qp(b"a_b c", header=True), binascii.b2a_qp(b"=3D\x7f\x80"), binascii.b2a_qp(bytearray(b"ok")))
print(binascii.b2a_qp(b"." * 80), binascii.b2a_qp(b"=" * 26))
print(binascii.a2b_qp(b"a=3Db=3db"), binascii.a2b_qp("soft =\r\nbreak"), binascii.a2b_qp(b"bad =G1 =4"))
print(binascii.a2b_qp(b"=E2=82=AC_x", header=True), binascii.a2b_qp(b"=E2=82=AC_x"), binascii.a2b_qp(b"trail=  \nx"))

ATTACHMENT = bytes(range(100))
lines = [binascii.b2a_uu(ATTACHMENT[i:i + 45]) for i in range(0, len(ATTACHMENT), 45)]
ticks = [binascii.b2a_uu(ATTACHMENT[i:i + 45], backtick=True) for i in range(0, len(ATTACHMENT), 45)]
for plain, tick in zip(lines, ticks):
    print(plain[:1], len(plain), plain[-8:], tick[-8:])
print(b"".join(binascii.a2b_uu(x) for x in lines) == ATTACHMENT, b"".join(binascii.a2b_uu(x) for x in ticks) == ATTACHMENT)
print(binascii.b2a_uu(b""), binascii.b2a_uu(b"", backtick=True), binascii.b2a_uu(b"\x00" * 3, backtick=True))
print(binascii.a2b_uu(b" "), binascii.a2b_uu(b"`"), binascii.a2b_uu("#0V%T\n"), binascii.a2b_uu(b"%:&5L;&\\\n"))
print(binascii.a2b_uu(b"!80``\n"), binascii.a2b_uu(b"!8"), binascii.a2b_uu(b"$86)C"))


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: binascii.b2a_uu(bytes(46)))
show(lambda: binascii.b2a_uu("text"))
show(lambda: binascii.a2b_uu(b"#86)CXX"))
show(lambda: binascii.a2b_uu(b"#86\x7f)"))
show(lambda: binascii.a2b_uu("é"))
show(lambda: binascii.b2a_qp("text"))
show(lambda: binascii.a2b_qp(None))
show(lambda: binascii.a2b_qp("é"))
