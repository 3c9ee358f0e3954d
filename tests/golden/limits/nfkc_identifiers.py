# Identifiers are read in NFKC form, as CPython reads them: "ﬁ" (U+FB01) is "fi".
ﬁle = 3
print(file)
ℌ = "h"
print(H)
class Ｃ:
    ｘ = 1
print(C.x, C.__name__)
def ｆ(ａ):
    return a * 2
print(f(4), ｆ.__name__)
print(globals()["file"])
