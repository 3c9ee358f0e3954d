"""Capturing what tasks print with contextlib.redirect_stdout/redirect_stderr, and chdir."""
import asyncio
import contextlib
import io
import os
import sys


async def worker(name, n):
    for i in range(n):
        print(f"{name}: step {i}")
        await asyncio.sleep(0)
    return name.upper()


async def main():
    captured = io.StringIO()
    with contextlib.redirect_stdout(captured) as target:
        print("inside", target is captured)
        results = await asyncio.gather(worker("a", 2), worker("b", 3))
        print("results", results)
    print("captured lines:")
    for line in captured.getvalue().splitlines():
        print("  |", line)

    errors = io.StringIO()
    with contextlib.redirect_stderr(errors):
        print("to stderr", file=sys.stderr)
        sys.stderr.write("written directly\n")
    print("stderr got", repr(errors.getvalue()))

    # Nested and re-entrant redirection.
    outer, inner = io.StringIO(), io.StringIO()
    redirect = contextlib.redirect_stdout(outer)
    with redirect:
        print("outer 1")
        with contextlib.redirect_stdout(inner):
            print("inner")
        with redirect:
            print("outer again")
        print("outer 2")
    print(repr(outer.getvalue()), repr(inner.getvalue()))
    print("stdout restored:", sys.stdout is sys.__stdout__)

    # print's own arguments through a redirected stream.
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        print(1, 2, 3, sep="-", end=";")
        print()
        print(*"abc", sep="")
    print(repr(buf.getvalue()))

    # An exception leaves the stream restored.
    buf = io.StringIO()
    try:
        with contextlib.redirect_stdout(buf):
            print("before the error")
            raise ValueError("boom")
    except ValueError as e:
        print("caught", e, repr(buf.getvalue()))

    # chdir and back.
    scratch = "_scratch_redirect_streams"
    os.makedirs(os.path.join(scratch, "sub"), exist_ok=True)
    try:
        start = os.getcwd()
        with contextlib.chdir(scratch):
            print("in scratch:", sorted(os.listdir(".")), os.getcwd() == os.path.join(start, scratch))
            with contextlib.chdir("sub"):
                print("in sub:", os.path.basename(os.getcwd()))
        print("back:", os.getcwd() == start)
    finally:
        os.rmdir(os.path.join(scratch, "sub"))
        os.rmdir(scratch)


asyncio.run(main())
