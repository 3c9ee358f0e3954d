"""open() in every mode a script uses: text and binary, newline translation, encodings,
seek/tell, append, update modes, and the reprs and attributes of file objects."""
import io
import os
import shutil

SCRATCH = "_scratch_modes_and_newlines"
shutil.rmtree(SCRATCH, ignore_errors=True)
os.mkdir(SCRATCH)
os.chdir(SCRATCH)


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


try:
    with open("a.txt", "w", encoding="utf-8") as f:
        f.write("one\r\ntwo\nthree\rfour")
        print(f.tell())
    f2 = open("a.txt", newline="")
    print(f2.readlines())
    f2.close()
    with open("a.txt") as f:
        print(f.readlines(), f.newlines)
    with open("a.txt", "rb") as f:
        print(f.read())
    with open("b.txt", "w", newline="\r\n") as f:
        print("x\ny", file=f)
    with open("b.txt", "rb") as f:
        print(f.read())
    with open("b.txt", "a") as f:
        f.writelines(["p\n", "q\n"])
    with open("b.txt") as f:
        for i, line in enumerate(f):
            print(i, repr(line), f.tell() if False else "")
    with open("c.bin", "wb") as f:
        f.write(bytes(range(10)))
        f.write(bytearray(b"xyz"))
    with open("c.bin", "r+b") as f:
        f.seek(3)
        print(f.read(4), f.tell())
        f.seek(-2, 2)
        print(f.read())
        f.seek(0)
        f.write(b"AB")
    with open("c.bin", "rb") as f:
        print(f.read())
    with open("d.txt", "w+") as f:
        f.write("héllo wörld\nsecond\n")
        f.seek(0)
        print(f.readline(), f.tell())
        print(f.read())
    with open("e.txt", "w", encoding="latin-1") as f:
        f.write("café")
    with open("e.txt", "rb") as f:
        print(f.read())
    with open("e.txt", encoding="latin-1") as f:
        print(f.read(), f.encoding, f)
    attempt("x mode", lambda: open("e.txt", "x"))
    attempt("bad mode", lambda: open("e.txt", "rw"))
    attempt("bad mode2", lambda: open("e.txt", "z"))
    attempt("bad mode3", lambda: open("e.txt", "rbt"))
    attempt("dir", lambda: open("."))
    attempt("missing", lambda: open("nope/x.txt", "w"))
    f = open("e.txt")
    f.close()
    attempt("closed read", f.read)
    attempt("closed readline", f.readline)
    s = io.StringIO("a\nb\nc")
    print(s.read(3), s.tell(), s.readlines(), s.getvalue())
    s.seek(0, 2)
    s.write("!")
    print(s.getvalue(), repr(s)[:20])
    bio = io.BytesIO()
    bio.write(b"abc")
    bio.seek(1)
    bio.write(b"Z")
    print(bio.getvalue(), bio.tell())
finally:
    os.chdir("..")
    shutil.rmtree(SCRATCH)
print("left:", os.path.exists(SCRATCH))
