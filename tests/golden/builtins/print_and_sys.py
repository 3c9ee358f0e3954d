import sys

print("a", "b", "c", sep="-", end="!\n")
print("no newline", end="")
print(" <- continued")
print(*range(4), sep=", ")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print()
print(sep="x")
print("", end="")
print(1, 2, sep=None, end=None)
print("x", "y", sep="")
sys.stdout.write("written\n")
n = sys.stdout.write("abc\n")
print(n)
sys.stderr.write("err line\n")
print(len(sys.argv), sys.argv[1:], sys.argv[0] == sys.argv[0])
print("é", "☃", "\u00e9" == "é", "tab\there", "nul\x00byte".replace("\x00", "0"))
lines = ["first", "second"]
print(*lines, sep="\n")
print(repr(print("inner")))
for bad in [lambda: print(sep=1), lambda: print(end=2), lambda: print(file=3), lambda: print("x", foo=1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print("before exit")
sys.exit("fatal: giving up")
