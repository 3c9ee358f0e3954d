"""Logging to files: basicConfig(filename=...), FileHandler with modes and delay, and a
rotating-by-hand pattern a service might use."""
import asyncio
import logging
import os

SCRATCH = "_scratch_file_handler"


def show(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            print("  " + line.rstrip("\n"))


async def job(log, n):
    for i in range(n):
        log.info("job step %d of %d", i + 1, n)
        await asyncio.sleep(0)
    if n > 2:
        log.warning("long job (%d steps)", n)


async def main():
    os.makedirs(SCRATCH, exist_ok=True)
    try:
        app_log = os.path.join(SCRATCH, "app.log")
        logging.basicConfig(filename=app_log, filemode="w", level=logging.DEBUG,
                            format="%(levelname)s|%(name)s|%(message)s")
        root = logging.getLogger()
        handler = root.handlers[0]
        print(type(handler).__name__, handler.mode, handler.encoding,
              os.path.basename(handler.baseFilename), handler.level)
        await asyncio.gather(job(logging.getLogger("a"), 1), job(logging.getLogger("b"), 3))
        logging.debug("debug %s", "line")
        handler.flush()
        print("app.log:")
        show(app_log)

        # A second handler appending to another file, with its own format and level.
        audit_path = os.path.join(SCRATCH, "audit.log")
        with open(audit_path, "w") as f:
            f.write("existing line\n")
        audit = logging.FileHandler(audit_path, encoding="utf-8")
        audit.setLevel(logging.WARNING)
        audit.setFormatter(logging.Formatter("[%(levelname)s] %(message)s"))
        log = logging.getLogger("audit")
        log.addHandler(audit)
        log.warning("héllo wörld")
        log.info("not in audit")
        log.error("failed: %r", {"code": 2})
        audit.close()
        print("audit.log:")
        show(audit_path)
        print(repr(audit).replace(os.getcwd() + os.sep, ""))

        # delay=True opens the file at the first record only.
        lazy_path = os.path.join(SCRATCH, "lazy.log")
        lazy = logging.FileHandler(lazy_path, mode="w", delay=True)
        print("exists before:", os.path.exists(lazy_path), lazy.stream)
        lazy.setFormatter(logging.Formatter("%(message)s"))
        logging.getLogger("lazy").addHandler(lazy)
        logging.getLogger("lazy").error("first record")
        print("exists after:", os.path.exists(lazy_path))
        lazy.close()
        show(lazy_path)

        try:
            logging.FileHandler(os.path.join(SCRATCH, "no", "such", "dir.log"))
        except FileNotFoundError as e:
            print("FileNotFoundError", e.errno, os.path.basename(e.filename))
        try:
            logging.basicConfig(filename="x.log", stream=None)
        except ValueError as e:
            print("ValueError", e)
    finally:
        logging.shutdown()
        for name in sorted(os.listdir(SCRATCH)):
            os.remove(os.path.join(SCRATCH, name))
        os.rmdir(SCRATCH)
        print("cleaned:", os.path.exists(SCRATCH))


asyncio.run(main())
