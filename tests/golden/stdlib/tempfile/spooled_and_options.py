"""tempfile's other entry points: SpooledTemporaryFile rolling over to disk, text mode and
newline handling, NamedTemporaryFile(delete=False) with suffix/prefix/dir, mkstemp's
descriptor, gettempprefix, and a TemporaryDirectory cleaned up explicitly; nothing of it is
left behind."""
import os
import tempfile

base = tempfile.mkdtemp(prefix="spool-", suffix=".d")
print(os.path.basename(base).startswith("spool-"), base.endswith(".d"), sorted(os.listdir(base)))

with tempfile.SpooledTemporaryFile(max_size=16, mode="w+b", dir=base) as f:
    f.write(b"0123456789")
    print("rolled:", f._rolled, f.tell())
    f.write(b"abcdefghij")
    print("rolled:", f._rolled, f.tell(), sorted(os.listdir(base)))
    f.seek(5)
    print(f.read(8), f.mode, f.closed)
print("closed:", f.closed)

with tempfile.SpooledTemporaryFile(mode="w+", newline="") as t:
    t.write("one\r\ntwo\n")
    t.seek(0)
    print(repr(t.read()), t.encoding is None or isinstance(t.encoding, str))
    t.rollover()
    t.seek(0)
    print(repr(t.readline()), t._rolled)

named = tempfile.NamedTemporaryFile("w", suffix=".csv", prefix="rows-", dir=base, delete=False)
with named:
    named.write("a,b\n1,2\n")
name = os.path.basename(named.name)
print(name.startswith("rows-"), name.endswith(".csv"), os.path.exists(named.name))
with open(named.name) as f:
    print(f.read().splitlines())
os.unlink(named.name)

fd, path = tempfile.mkstemp(text=True, dir=base)
os.write(fd, b"raw bytes\n")
os.close(fd)
with open(path) as f:
    print(repr(f.read()), os.path.dirname(path) == base)
os.remove(path)

work = tempfile.TemporaryDirectory(dir=base)
open(os.path.join(work.name, "x"), "w").close()
print(repr(work).startswith("<TemporaryDirectory '"), os.listdir(work.name))
work.cleanup()
print(os.path.exists(work.name), tempfile.gettempprefix(), tempfile.gettempprefixb())
os.rmdir(base)
print(os.path.exists(base))
