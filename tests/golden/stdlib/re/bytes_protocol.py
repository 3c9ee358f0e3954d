# Parsing a raw HTTP response and a binary record format with bytes patterns: header fields,
# chunk sizes, \w and \s and IGNORECASE limited to ASCII, bytearray subjects, escape of bytes,
# and the TypeErrors of mixing str and bytes.
import re

RAW = (b"HTTP/1.1 200 OK\r\n"
       b"Content-Type: text/html; charset=UTF-8\r\n"
       b"content-length: 1234\r\n"
       b"Set-Cookie: id=a3fWa; Max-Age=2592000\r\n"
       b"X-Caf\xc3\xa9: cr\xe8me\r\n"
       b"\r\n"
       b"<html>\xff\xfe</html>")

STATUS = re.compile(rb"HTTP/(?P<major>\d)\.(?P<minor>\d) (?P<code>\d{3}) (?P<reason>[^\r\n]*)")
HEADER = re.compile(rb"^(?P<name>[!-9;-~]+):[ \t]*(?P<value>.*?)[ \t]*\r?$", re.M)

head, sep, body = RAW.partition(b"\r\n\r\n")
m = STATUS.match(head)
print(m, m.groupdict(), m.span("code"), m.re is STATUS, m.string is head)
headers = {mm["name"].lower(): mm["value"] for mm in HEADER.finditer(head)}
print(headers)
print(re.search(rb"charset=([\w-]+)", head).group(1), re.search(rb"(?i)CONTENT-LENGTH:\s*(\d+)", head).groups())
print(re.findall(rb"\w+", b"caf\xc3\xa9 na\xefve \xb2\xbd"), re.findall(rb"(?i)[a-z]+", b"ABC\xc0\xe0 def"))
print(re.findall(rb"\s+", b"a\x1c\x85\xa0\x0bb"), re.findall(rb"\d", b"1\xb2\xb93"), re.findall(rb"(?i)\xe0", b"\xe0\xc0"))
print(re.findall(rb"\b\w+\b", b"\xe9t\xe9 ok"), re.split(rb"\xff\xfe", body), re.sub(rb"[\x80-\xff]", b"?", RAW[-20:]))
print(re.escape(b"a.b*c\x00\xff [x]"), re.escape(b""), re.escape(b"a-b_c"))

# chunked transfer encoding: sizes in hex, each chunk read with pos on a compiled pattern
CHUNKED = b"4\r\nWiki\r\n6\r\npedia \r\nE\r\nin \r\n\r\nchunks.\r\n0\r\n\r\n"
SIZE = re.compile(rb"([0-9A-Fa-f]+)(?:;[^\r]*)?\r\n")
pos, parts = 0, []
while True:
    m = SIZE.match(CHUNKED, pos)
    size = int(m.group(1), 16)
    if size == 0:
        break
    parts.append(CHUNKED[m.end():m.end() + size])
    pos = m.end() + size + 2
print(parts, b"".join(parts))

# bytearray subjects: groups come back as bytes, the string attribute is the bytearray itself
buf = bytearray(b"key1=val1&key2=&key3=v%20three")
m = re.search(rb"key2=(?P<v>[^&]*)", buf)
print(m, m.group("v"), type(m.string).__name__, re.findall(rb"(\w+)=([^&]*)", buf))
print(re.sub(rb"%([0-9A-F]{2})", lambda m: bytes([int(m[1], 16)]), buf), re.split(rb"[&=]", buf, 3))
print(re.subn(rb"=", b": ", buf), re.sub(rb"(\w+)=", rb"<\1>", buf))

# a fixed binary record format with a verbose bytes pattern
RECORD = re.compile(rb"""
    (?P<magic> \x89PNG\r\n\x1a\n )   # signature
    (?P<length> .{4} )               # big-endian length
    (?P<type> [A-Za-z]{4} )          # chunk type
""", re.X | re.S)
m = RECORD.match(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
print(m.group("type"), int.from_bytes(m["length"], "big"), m.lastgroup, m.end())
print(RECORD.flags, re.compile(rb"x", re.I).flags, re.compile(rb"x"))

for args in [(r"\d", b"123"), (rb"\d", "123"), (rb"\d", 123), (r"\d", ["1"]), (rb"\d", None)]:
    try:
        print(re.findall(*args))
    except TypeError as e:
        print("TypeError:", e)
for pattern, flags in [(rb"\w", re.U), (r"\w", re.A | re.U), (rb"(?u)\w", 0), (r"(?L)\w", 0), (rb"x", re.L | re.A)]:
    try:
        print(re.compile(pattern, flags))
    except ValueError as e:
        print("ValueError:", e)
    except re.error as e:
        print("re.error:", e)
print(re.compile(rb"(?L)\w"), re.compile(rb"\w", re.L).flags)
