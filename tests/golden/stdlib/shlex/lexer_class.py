"""The shlex.shlex lexer itself: token-by-token get_token/push_token, iteration, the
non-posix default, whitespace_split, punctuation_chars for shell operators, custom
wordchars/commenters/quotes/escape, lineno and eof, error_leader, and the errors raised."""
import io
import shlex


def tokens(lexer):
    return list(lexer)


print("--- default (non-posix)")
lex = shlex.shlex("a = b + 'c d' # comment\nnext_line 12.5")
print(lex.posix, repr(lex.eof), lex.whitespace_split, repr(lex.commenters), repr(lex.quotes))
print(tokens(lex))
lex = shlex.shlex("x=1;y=2")
first = lex.get_token()
second = lex.get_token()
print(first, second)
lex.push_token("PUSHED")
print(lex.get_token(), lex.get_token(), lex.get_token())
print(repr(lex.get_token()), repr(lex.get_token()))

print("--- posix")
lex = shlex.shlex('echo "hello world" it\\\'s', posix=True)
print(repr(lex.eof), tokens(lex))
lex = shlex.shlex("key=value other=thing", posix=True)
print(tokens(lex))
lex = shlex.shlex("key=value other=thing", posix=True)
lex.whitespace_split = True
print(tokens(lex))
lex = shlex.shlex("a b", posix=True)
print(lex.get_token(), lex.get_token(), lex.get_token() is None)

print("--- punctuation_chars")
cmd = "a && b; c | d > out.txt 2>&1 || (e)"
print(tokens(shlex.shlex(cmd, posix=True, punctuation_chars=True)))
print(tokens(shlex.shlex(cmd, posix=True)))
lex = shlex.shlex("~/a && b-c --color=auto || d", punctuation_chars=True)
print(tokens(lex))
lex = shlex.shlex("~/a && b-c --color=auto || d", posix=True, punctuation_chars=True)
lex.whitespace_split = True
print(tokens(lex))
lex = shlex.shlex("a|b&c", punctuation_chars="|")
print(repr(lex.punctuation_chars), tokens(lex))
try:
    lex = shlex.shlex("x", punctuation_chars=True)
    lex.punctuation_chars = "!"
except AttributeError as e:
    print(type(e).__name__, "cannot set punctuation_chars")

print("--- customised lexer")
lex = shlex.shlex("name: 'Ann Lee'; age: 42 % ignored", posix=True)
lex.commenters = "%"
lex.wordchars += ":"
print(tokens(lex))
lex = shlex.shlex("|a b| c", posix=True)
lex.quotes = "|"
print(tokens(lex))
lex = shlex.shlex("one^ two three", posix=True)
lex.escape = "^"
print(tokens(lex))
lex = shlex.shlex("a,b,,c", posix=True)
lex.whitespace = ","
lex.whitespace_split = True
print(tokens(lex))

print("--- streams, lineno, error_leader")
src = io.StringIO("first line\nsecond 'quoted\ntext' end\nthird")
lex = shlex.shlex(src, infile="config.txt", posix=True)
while True:
    tok = lex.get_token()
    if tok is None:
        break
    print(lex.lineno, repr(tok))
print(lex.error_leader())
print(lex.error_leader("other.cfg", 7))
lex = shlex.shlex(io.StringIO("abc"))
print(repr(lex.infile), lex.error_leader())
lex = shlex.shlex("a b")
lex.push_source("inner tokens")
print(tokens(lex))

print("--- errors")
for text, posix in [("'unterminated", True), ('"open', False), ("trail\\", True)]:
    lex = shlex.shlex(text, posix=posix)
    try:
        print(tokens(lex))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    shlex.shlex("x", punctuation_chars=True).whitespace_split = False
    print("whitespace_split set")
except Exception as e:
    print(type(e).__name__, e)
