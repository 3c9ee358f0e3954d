# str.split()/rsplit() at whitespace runs and strip()/lstrip()/rstrip(), on ASCII text (bytes are
# code points) and on text with non-ASCII whitespace and letters.
for s in ["  a b\tc\n", "x", "", "   ", "\x1c a \x1f", "é a  ß ", " a\u2003b ", "a\x85b"]:
    print(repr(s.split()), repr(s.rsplit()), repr(s.split(maxsplit=1)), repr(s.rsplit(None, 1)))
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(" a")), repr(s.strip("é ")), repr(s.strip("")))
class S(str): pass
print(type(S(" a ").strip()), type(S("a").strip()), type(S("a b").split()[0]))
