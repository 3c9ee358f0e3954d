# Levels in a sensor poller: setLevel with names and numbers, unknown names and bad types, log()
# with numeric and custom levels, NOTSET inheritance, and what happens with no handlers at all:
# the lastResort handler prints the bare message on stderr for WARNING and above, and with
# lastResort removed a one-time "No handlers could be found" notice appears instead.
import asyncio
import logging
import sys

logging.addLevelName(25, "NOTICE")
logging.addLevelName(5, "TRACE")

poller = logging.getLogger("poller")
sensor = logging.getLogger("poller.sensor")
out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("%(levelno)2d %(levelname)-8s %(name)s: %(message)s"))
poller.addHandler(out)
poller.propagate = False


async def read(name, value):
    await asyncio.sleep(0)
    sensor.log(5, "raw %s=%r", name, value)
    if value is None:
        sensor.error("%s: no reading", name)
    elif value > 90:
        sensor.log(25, "%s high: %d", name, value)
    else:
        sensor.debug("%s ok: %d", name, value)
    return value


async def poll(label):
    print(f"-- {label}: poller={logging.getLevelName(poller.level)}"
          f" sensor={logging.getLevelName(sensor.level)} effective={sensor.getEffectiveLevel()}")
    return await asyncio.gather(read("t1", 20), read("t2", 95), read("t3", None))


async def main():
    print(poller.level, sensor.level, sensor.getEffectiveLevel(), logging.getLogger().level)
    await poll("defaults")
    poller.setLevel("INFO")
    await poll("poller INFO by name")
    poller.setLevel(logging.DEBUG)
    await poll("poller DEBUG")
    sensor.setLevel("TRACE")
    await poll("sensor TRACE")
    sensor.setLevel(logging.NOTSET)
    poller.setLevel("NOTICE")
    await poll("sensor NOTSET inherits NOTICE")
    poller.setLevel(0)
    await poll("both NOTSET: root decides")
    logging.getLogger().setLevel(logging.NOTSET)
    await poll("root NOTSET too: everything passes")

    for bad in ("LOUD", "info", 3.5, None, [10]):
        try:
            sensor.setLevel(bad)
        except (ValueError, TypeError) as exc:
            print(f"{type(exc).__name__}: {exc}")
    try:
        sensor.log("INFO", "level given as a string")
    except TypeError as exc:
        print("TypeError:", exc)
    sensor.log(99, "odd level %d", 99)

    # No handlers anywhere: lastResort writes the bare message to stderr, WARNING and up only.
    orphan = logging.getLogger("orphan")
    orphan.propagate = False
    print(repr(logging.lastResort), orphan.hasHandlers(), len(logging.getLogger().handlers))
    orphan.info("info is below lastResort's level")
    orphan.warning("orphan warning %d", 1)
    orphan.critical("orphan critical")
    logging.getLogger("lonely.child").error("through a handlerless root")

    saved = logging.lastResort
    logging.lastResort = None
    orphan.error("dropped, with a one-time notice")
    orphan.error("dropped silently")
    logging.getLogger("another").warning("another logger, no second notice")
    logging.lastResort = saved
    orphan.warning("lastResort restored")


asyncio.run(main())
