"""Capturing output: contextlib.redirect_stdout into a StringIO around sync code and tasks,
sys.stdout.write return values, print's sep/end/file/flush, stderr output, and the std
streams' own attributes."""
import asyncio
import contextlib
import io
import sys


def noisy(n):
    for i in range(n):
        print("noisy line", i)
    sys.stdout.write("direct write\n")
    return n * 10


async def chatty(name, n):
    for i in range(n):
        print(f"{name}: {i}")
        await asyncio.sleep(0)
    return name


async def main():
    print("stdout write returns:", sys.stdout.write("abc\n"))
    print("write empty:", sys.stdout.write(""))
    sys.stdout.writelines(["one ", "two ", "three\n"])
    print("a", "b", "c", sep="-", end="!\n")
    print("no newline...", end="")
    print(" continued", flush=True)
    print(*range(5), sep=", ")
    print()
    print("", end="")
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf) as target:
        result = noisy(3)
        print("inside, target is buf:", target is buf)
    print("captured result:", result)
    print("captured text:", buf.getvalue().splitlines())
    buf2 = io.StringIO()
    with contextlib.redirect_stdout(buf2):
        names = await asyncio.gather(chatty("a", 2), chatty("b", 3))
    print("gathered:", names)
    print("interleaved capture:", buf2.getvalue().splitlines())
    outer, inner = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(outer):
        print("to outer 1")
        with contextlib.redirect_stdout(inner):
            print("to inner")
        print("to outer 2")
    print("nested:", outer.getvalue().splitlines(), inner.getvalue().splitlines())
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        print("to captured stderr", file=sys.stderr)
    print("stderr captured:", repr(err.getvalue()))
    print("this goes to real stderr", file=sys.stderr)
    sys.stderr.write("stderr direct write\n")
    print("stdout restored:", sys.stdout is sys.__stdout__)
    old = sys.stdout
    sys.stdout = io.StringIO()
    print("swapped manually")
    captured = sys.stdout.getvalue()
    sys.stdout = old
    print("manual swap captured:", repr(captured))
    print("stdout attrs:", sys.stdout.name, sys.stdout.mode, sys.stdout.encoding, sys.stdout.writable(), sys.stdout.readable())
    print("stderr attrs:", sys.stderr.name, sys.stderr.mode, sys.stderr.errors)
    print("fileno:", sys.stdin.fileno(), sys.stdout.fileno(), sys.stderr.fileno())
    print("stdout is TextIOWrapper:", isinstance(sys.stdout, io.TextIOWrapper), isinstance(sys.stdout, io.TextIOBase))
    sys.stdout.flush()
    sys.stdout.buffer.write(b"raw bytes via buffer\n")
    sys.stdout.buffer.flush()
    print("non-ascii out: ünïcödé ✓")
    print("print to None file:", end=" ")
    print("still stdout", file=None)
    try:
        print("x", file=42)
    except AttributeError as e:
        print("file=42:", e)
    try:
        print("x", sep=5)
    except TypeError as e:
        print("sep=5:", e)


asyncio.run(main())
