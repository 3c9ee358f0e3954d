"""io.StringIO as an in-memory text file: building reports, getvalue, seek/tell, read/readline,
iteration, truncate, initial values, newline handling, and tasks each writing their own."""
import asyncio
import io


def render_table(rows, out):
    width = max(len(r[0]) for r in rows)
    for name, score in rows:
        out.write(f"{name:<{width}} | {score:>5.1f}\n")
    return out


async def task_report(name, n):
    buf = io.StringIO()
    for i in range(n):
        print(f"{name} step {i}", file=buf)
        await asyncio.sleep(0)
    return name, buf.getvalue()


async def main():
    buf = io.StringIO()
    print("empty:", repr(buf.getvalue()), buf.tell(), buf.read())
    print("write returns:", buf.write("hello"), buf.write(" world\n"))
    print("tell:", buf.tell(), "read at end:", repr(buf.read()))
    buf.seek(0)
    print("after seek(0) read(5):", repr(buf.read(5)), "tell:", buf.tell())
    print("getvalue ignores position:", repr(buf.getvalue()))
    out = render_table([("alice", 91.5), ("bob", 78), ("charlotte", 88.25)], io.StringIO())
    print(out.getvalue(), end="")
    out.seek(0)
    for n, line in enumerate(out, 1):
        print(n, repr(line))
    out.seek(0)
    print("readline:", repr(out.readline()), "readlines:", len(out.readlines()))
    pre = io.StringIO("line one\nline two\nline three")
    print("initial value pos:", pre.tell(), "lines:", pre.readlines())
    pre.seek(0)
    pre.write("LINE")
    print("overwrite at start:", repr(pre.getvalue()))
    pre.seek(9)
    print("truncate returns:", pre.truncate(), repr(pre.getvalue()))
    pre.seek(0, io.SEEK_END)
    pre.write("!")
    print("append at end:", repr(pre.getvalue()))
    gap = io.StringIO()
    gap.seek(5)
    gap.write("x")
    print("write past end pads:", repr(gap.getvalue()))
    nl = io.StringIO("a\r\nb\rc\n", newline=None)
    print("newline=None:", repr(nl.getvalue()), nl.readlines())
    nl = io.StringIO("a\r\nb\rc\n", newline="")
    print("newline='':", nl.readlines())
    nl = io.StringIO(newline="\r\n")
    nl.write("x\ny\n")
    print("newline='\\r\\n' write:", repr(nl.getvalue()))
    nl = io.StringIO("x\ny")
    print("default newline keeps:", nl.readlines())
    results = await asyncio.gather(task_report("fetch", 2), task_report("parse", 3), task_report("save", 1))
    for name, text in results:
        print(f"[{name}]", text.splitlines())
    s = io.StringIO("unicode: ☃ é 𝄞")
    print("non-ascii read(10):", s.read(10), "tell:", s.tell(), "rest:", s.read())
    with io.StringIO("managed") as m:
        print("in with:", m.read(), m.closed)
    print("after with:", m.closed)
    print("flags:", s.readable(), s.writable(), s.seekable(), s.isatty())
    print("repr starts:", repr(s).startswith("<_io.StringIO object at 0x"), type(s).__name__)
    print("line_buffering/encoding:", s.line_buffering, s.encoding, s.newlines)
    lines = io.StringIO()
    lines.writelines(["a\n", "b\n", "c\n"])
    print("writelines:", repr(lines.getvalue()))
    print("sum of numbers:", sum(int(x) for x in io.StringIO("1\n2\n3\n40\n")))


asyncio.run(main())
