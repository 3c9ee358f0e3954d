# A TextWrapper subclass overriding _split (the hook CPython documents for subclasses), and
# the module's error paths.
import textwrap


class CommaWrapper(textwrap.TextWrapper):
    def _split(self, text):
        chunks = []
        for part in text.split(","):
            chunks.extend([part.strip() + ",", " "])
        return chunks[:-1]


cw = CommaWrapper(width=18)
print(cw.wrap("alpha, beta, gamma, delta, epsilon, zeta, eta, theta"))
print(textwrap.wrap("", 10), textwrap.fill("   ", 10), textwrap.wrap("   a   ", 10))
print(textwrap.wrap("a-b-c-d-e-f-g-h", 4), textwrap.wrap("--a--b--", 3))
print(textwrap.wrap("well-known super-long-hyphenated-compound words", 12))
print(textwrap.wrap("aaaaaaaaaaaaaaaaaaaaaaaa", 7, initial_indent=">>>>>>>>>>"))
for bad in [dict(width=-1), dict(width=5, max_lines=1, placeholder=" [truncated]")]:
    try:
        textwrap.wrap("some words here", **bad)
    except ValueError as e:
        print("ValueError:", e)
print(textwrap.shorten("The quick brown fox", width=20, placeholder=""))
print(textwrap.wrap("The quick brown fox", 10, unknown=1))
