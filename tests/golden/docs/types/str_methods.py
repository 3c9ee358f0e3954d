# Library Reference, Built-in Types, 4.8.1 String Methods (documented examples)

print('hello world'.capitalize(), 'ǆemal'.capitalize(), 'HELLO'.capitalize())
print('ß'.casefold(), 'Straße'.casefold() == 'strasse', 'ß'.lower())
print(repr('abc'.center(9, '*')), repr('abc'.center(2)), repr('ab'.center(5)))
print('spam spam spam'.count('spam'), 'aaaa'.count('aa'), 'abc'.count(''), 'abcabc'.count('b', 2))
print('café'.encode(), 'café'.encode('ascii', 'replace'), 'café'.encode('ascii', 'ignore'))
print('café'.encode('ascii', 'xmlcharrefreplace'), 'café'.encode('ascii', 'backslashreplace'))
try:
    'café'.encode('ascii')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)
print('spam.py'.endswith('.py'), 'spam.py'.endswith(('.c', '.py')), 'spam.py'.endswith('spam', 0, 4))
print('01\t012\t0123\t01234'.expandtabs())
print('01\t012\t0123\t01234'.expandtabs(4))
print(repr('a\tb\nc\td'.expandtabs(3)))
print('Python'.find('th'), 'Python'.find('x'), 'Py' in 'Python')
print("The sum of 1 + 2 is {0}".format(1+2))
print('{name} was born in {country}'.format_map({'name': 'Guido', 'country': 'the Netherlands'}))

class Default(dict):
    def __missing__(self, key):
        return key

print('{name} was born in {country}'.format_map(Default(name='Guido')))
try:
    'Python'.index('x')
except ValueError as e:
    print('ValueError:', e)
print('abc123'.isalnum(), 'abc 123'.isalnum(), 'abc'.isalpha(), 'abc1'.isalpha(), ''.isalpha())
print('abc'.isascii(), 'é'.isascii(), ''.isascii())
print('0123'.isdecimal(), '²'.isdecimal(), '²'.isdigit(), '½'.isnumeric(), '½'.isdigit(), '٣'.isdecimal())
print('def'.isidentifier(), 'hello'.isidentifier(), '1abc'.isidentifier(), '_x1'.isidentifier(), 'déjà'.isidentifier())
print('abc'.islower(), 'aBc'.islower(), '123'.islower(), 'ABC'.isupper(), 'ABC1'.isupper())
print('abc'.isprintable(), 'a\nb'.isprintable(), ''.isprintable(), ' \t\n'.isspace(), ''.isspace())
print('Hello World'.istitle(), 'Hello world'.istitle(), "They'Re".istitle())
print('-'.join(['a', 'b', 'c']), ''.join(reversed('abc')), ', '.join(map(str, range(4))))
try:
    ', '.join(['a', 1])
except TypeError as e:
    print('TypeError:', e)
print(repr('abc'.ljust(6, '.')), repr('abc'.rjust(6, '.')), 'ÉCOLE'.lower())
print(repr('   spacious   '.lstrip()), repr('www.example.com'.lstrip('cmowz.')))
print(repr('Arthur: three!'.lstrip('Arthur: ')), repr('Arthur: three!'.removeprefix('Arthur: ')))
t = str.maketrans('abc', 'xyz', 'd')
print(sorted(t.items()))
print('abcdd-cab'.translate(t))
print('read this short text'.translate({ord('a'): None, ord('e'): '3', ord('t'): 'T'}))
print(str.maketrans({'a': '1', 'b': None}) == {97: '1', 98: None})
print('a=b=c'.partition('='), 'abc'.partition('='), 'a=b=c'.rpartition('='), 'abc'.rpartition('='))
print('TestHook'.removeprefix('Test'), 'BaseTestCase'.removeprefix('Test'))
print('MiscTests'.removesuffix('Tests'), 'TmpDirMixin'.removesuffix('Tests'))
print('one two one'.replace('one', '1'), 'aaa'.replace('a', 'b', 2), 'ab'.replace('', '-'))
print('Python'.rfind('o'), 'Python'.rindex('P'), 'aXbXc'.rsplit('X', 1))
print(repr('   spacious   '.rstrip()), repr('mississippi'.rstrip('ipz')))
print(repr('Monty Python'.rstrip(' Python')), repr('Monty Python'.removesuffix(' Python')))
print('1,2,3'.split(','), '1,2,3'.split(',', maxsplit=1), '1,2,,3,'.split(','))
print('1<>2<>3<4'.split('<>'))
print('1 2 3'.split(), '1 2 3'.split(maxsplit=1), '   1   2   3   '.split())
print(''.split(), ''.split(','), '  a  b '.rsplit(None, 1))
try:
    'a'.split('')
except ValueError as e:
    print('ValueError:', e)
print('ab c\n\nde fg\rkl\r\n'.splitlines())
print('ab c\n\nde fg\rkl\r\n'.splitlines(keepends=True))
print("".splitlines(), "One line\n".splitlines())
print(''.split('\n'), 'Two lines\n'.split('\n'))
print('a\x0bb\x1cc\u2028d'.splitlines())
print('Python'.startswith('Py'), 'Python'.startswith(('x', 'th'), 2), 'Python'.startswith('y', 1, 1))
print(repr('   spacious   '.strip()), repr('www.example.com'.strip('cmowz.')))
comment_string = '#....... Section 3.2.1 Issue #32 .......'
print(comment_string.strip('.#! '))
print('Hello World'.swapcase(), 'ß'.swapcase(), 'Hello world'.title())
print("they're bill's friends from the UK".title())
print('hello'.upper(), 'ß'.upper(), 'ﬁ'.upper(), 'ǆ'.title(), 'ǆ'.upper())
print('42'.zfill(5), '-42'.zfill(5), '+abc'.zfill(6), 'abc'.zfill(2))
print(str.lower('ABC'), str.join('+', 'xyz'))
