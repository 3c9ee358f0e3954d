# The logger tree of a small service: dotted names and getChild, per-logger levels and
# getEffectiveLevel, isEnabledFor, handlers at several levels writing to stdout and stderr with
# their own levels, propagate=False, logger.disabled, logging.disable, and repr of loggers/handlers.
import asyncio
import logging
import sys

root = logging.getLogger()
app = logging.getLogger("app")
db = logging.getLogger("app.db")
pool = db.getChild("pool")
http = app.getChild("http")
audit = logging.getLogger("audit")

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("out  %(name)-12s %(levelname)s %(message)s"))
err = logging.StreamHandler(sys.stderr)
err.setLevel(logging.ERROR)
err.setFormatter(logging.Formatter("err  %(name)s: %(message)s"))
app.addHandler(out)
root.addHandler(err)
db_out = logging.StreamHandler(sys.stdout)
db_out.setFormatter(logging.Formatter("db   %(levelname)s %(message)s"))
db.addHandler(db_out)
audit.addHandler(out)
audit.propagate = False

app.setLevel(logging.INFO)
db.setLevel("DEBUG")


async def query(sql, rows):
    pool.debug("acquire connection for %r", sql)
    await asyncio.sleep(0)
    if rows < 0:
        db.error("query failed: %s", sql)
        return 0
    db.info("%d rows", rows)
    return rows


async def serve(path):
    http.info("GET %s", path)
    n = await query(f"select * from t where path = '{path}'", len(path) - 3)
    if n == 0:
        http.warning("empty result for %s", path)
    audit.error("served %s", path)
    return n


async def main():
    print(pool.name, pool.parent is db, http.parent is app, app.parent is root)
    print(logging.getLogger("app.db") is db, root.getChild("app") is app)
    for lg in (root, app, db, pool, http, audit):
        print(f"{lg.name:10} level={lg.level:2} effective={lg.getEffectiveLevel():2}",
              lg.isEnabledFor(logging.DEBUG), lg.isEnabledFor(logging.WARNING),
              len(lg.handlers), lg.hasHandlers(), lg.propagate)
    print(repr(root), repr(app), repr(pool))
    print(repr(out), repr(err))
    print("root handlers:", len(root.handlers))

    print(await asyncio.gather(serve("/index"), serve("/a"), serve("/users")))

    print("-- db disabled")
    db.disabled = True
    await serve("/quiet")
    db.disabled = False

    print("-- logging.disable(WARNING)")
    logging.disable(logging.WARNING)
    print(app.isEnabledFor(logging.WARNING), app.isEnabledFor(logging.ERROR), root.manager.disable)
    await serve("/x")
    logging.disable(logging.NOTSET)
    print("-- logging.disable(NOTSET)")
    await serve("/y")

    print("-- app at ERROR, handler at WARNING")
    app.setLevel(logging.ERROR)
    out.setLevel(logging.WARNING)
    print(repr(app), repr(out), pool.getEffectiveLevel())
    await serve("/z")
    db.setLevel(logging.NOTSET)
    print(repr(db), repr(pool), pool.getEffectiveLevel())
    await serve("/zz")
    app.removeHandler(out)
    print(app.hasHandlers(), len(app.handlers))
    http.critical("only the root handler is left")


asyncio.run(main())
