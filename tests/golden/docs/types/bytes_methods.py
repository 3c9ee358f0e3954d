# Library Reference, Built-in Types: Binary Sequence Types (bytes, bytearray) documented examples

print(b'still allows embedded "double" quotes', b"still allows embedded 'single' quotes")
print(b'''3 single quotes''', b"""3 double quotes""", rb'raw\n', br'raw\d')
print(bytes(3), bytes(range(5)), bytes([65, 66]), bytes('€', 'utf-8'))
try:
    bytes([256])
except ValueError as e:
    print('ValueError:', e)
print(bytes.fromhex('2Ef0 F1f2  '))
try:
    bytes.fromhex('2Ef0 F1f')
except ValueError as e:
    print('ValueError:', e)
print(b'\xf0\xf1\xf2'.hex())
value = b'\xf0\xf1\xf2'
print(value.hex('-'), value.hex('_', 2), b'UUDDLRLRAB'.hex(' ', -4))
print(b'\x00\x01\x7f\x80'.hex(':'))
b = b'abc'
print(b[0], b[0:1], b[-1], list(b), b * 2, b + b'def', b'b' in b, 98 in b)
print(bytearray(), bytearray(5), bytearray(range(20)), bytearray(b'Hi!'))
print(bytearray.fromhex('2Ef0 F1f2  '), bytearray(b'\xf0\xf1\xf2').hex())
ba = bytearray(b'hello')
ba[0] = 74
ba += b'!'
ba.extend(b'??')
ba.append(33)
print(ba, ba.pop(), ba, len(ba))
del ba[1:3]
print(ba, ba.find(b'o'), bytes(ba))
ba.reverse()
print(ba, ba.decode())
ba2 = bytearray(b'x')
ba2.insert(0, 121)
ba2.remove(120)
print(ba2, ba2.copy(), ba2 == b'y')
try:
    ba2.remove(1)
except ValueError as e:
    print('ValueError:', e)

# bytes and bytearray operations
print(b'one two one'.count(b'one'), b'abc'.removeprefix(b'a'), b'abc'.removesuffix(b'c'))
print(b'caf\xc3\xa9'.decode(), b'caf\xc3\xa9'.decode('latin-1'), b'\xff'.decode('utf-8', 'replace'))
try:
    b'\xff'.decode()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
print(b'file.txt'.endswith(b'.txt'), b'Python'.find(b'th'), b'Python'.index(b'P'))
print(b'-'.join([b'a', b'b', bytearray(b'c')]), bytearray(b'-').join([b'x', b'y']))
print(bytes.maketrans(b'abc', b'xyz') [97:100])
print(b'read this short text'.translate(None, b'aeiou'))
print(b'abc'.translate(bytes.maketrans(b'abc', b'ABC')))
print(b'a=b'.partition(b'='), b'a=b=c'.rpartition(b'='), b'x'.partition(b'='))
print(b'aaa'.replace(b'a', b'b', 1), b'Python'.rfind(b'o'), b'Python'.rindex(b'n'))
print(b'Python'.startswith(b'Py'), b'Python'.startswith((b'x', b'y'), 1))
print(b'abc'.center(7, b'*'), b'abc'.ljust(5), b'abc'.rjust(5, b'0'))
print(b'   spacious   '.lstrip(), b'www.example.com'.lstrip(b'cmowz.'))
print(b'Arthur: three!'.lstrip(b'Arthur: '), b'Arthur: three!'.removeprefix(b'Arthur: '))
print(b'1,2,3'.split(b','), b'1,2,3'.split(b',', maxsplit=1), b'1,2,,3,'.split(b','))
print(b'1 2 3'.split(), b'1 2 3'.split(maxsplit=1), b'   1   2   3   '.split())
print(b'1,2,3'.rsplit(b',', 1), b'   spacious   '.rstrip(), b'mississippi'.rstrip(b'ipz'))
print(b'   spacious   '.strip(), b'www.example.com'.strip(b'cmowz.'))
print(b'hello world'.capitalize(), b'01\t012\t0123\t01234'.expandtabs(), b'01\t012\t0123\t01234'.expandtabs(4))
print(b'ABCabc1'.isalnum(), b'ABC abc1'.isalnum(), b'ABCabc'.isalpha(), b'ABCabc1'.isalpha())
print(b'abc'.isascii(), b'\x80'.isascii(), b'1234567890'.isdigit(), b'1.23'.isdigit())
print(b'hello world'.islower(), b'Hello world'.islower(), b' \t\n'.isspace())
print(b'Hello World'.istitle(), b'Hello world'.istitle(), b'HELLO WORLD'.isupper(), b'Hello world'.isupper())
print(b'Hello World'.lower(), b'Hello World'.swapcase(), b'Hello world'.title(), b'Hello World'.upper())
print(b'ab c\n\nde fg\rkl\r\n'.splitlines(), b'ab c\n\nde fg\rkl\r\n'.splitlines(keepends=True))
print(b"they're bill's friends from the UK".title())
print(b'42'.zfill(5), b'-42'.zfill(5))
print(b'%s has %d quote types.' % (b'Python', 2), b'%(x)05.1f|%c|%c' % {b'x': 2.25}.__class__({b'x': 2.25}) if False else b'%05.1f|%c|%c' % (2.25, 65, b'B'))
print(b'%x %r %a' % (255, b'q', 'é'))
print(bytes(b'abc') is not None, b'abc' == bytearray(b'abc'), b'abc' < b'abd', b'\x00' * 3)
print(repr(b'\t\n\r\x0b\\\'"'), repr(bytearray(b"'")), repr(b"'\""))
print(int.from_bytes(b'\x00\x10', byteorder='big'), int.from_bytes(b'\x00\x10', byteorder='little'))
