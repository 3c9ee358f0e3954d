# Logging without any configuration: the module-level helpers call basicConfig on first use,
# so records reach stderr as "LEVEL:root:message"; %-style args, a dict as the only argument,
# getLevelName in both directions, addLevelName and getLevelNamesMapping.
import asyncio
import logging

print("root handlers at start:", len(logging.getLogger().handlers))
logging.debug("not shown: root defaults to WARNING")
logging.info("not shown either")


async def check_disk(name, used, total):
    await asyncio.sleep(0)
    percent = 100 * used // total
    if percent >= 95:
        logging.critical("disk %s is %d%% full", name, percent)
    elif percent >= 80:
        logging.error("disk %s is %d%% full (%s of %s)", name, percent, used, total)
    elif percent >= 60:
        logging.warning("disk %s at %d%%", name, percent)
    else:
        logging.info("disk %s fine", name)
    return name, percent


async def main():
    logging.warning("starting checks")
    print("root handlers now:", len(logging.getLogger().handlers))
    handler = logging.getLogger().handlers[0]
    print(type(handler).__name__, handler.level, handler.formatter._fmt)
    results = await asyncio.gather(
        check_disk("sda", 30, 100),
        check_disk("sdb", 65, 100),
        check_disk("sdc", 85, 100),
        check_disk("sdd", 99, 100),
    )
    print(results)

    # A single dict argument is used as the mapping for %(name)s substitutions.
    logging.warning("user %(user)s logged in from %(host)s", {"user": "ada", "host": "10.0.0.7"})
    logging.warning("literal percent: 100%")
    logging.warning("no args so %s stays")
    logging.error("tuple arg %s", (1, 2))
    logging.warning(["not", "a", "string"])

    for value in (logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL,
                  logging.NOTSET, 15, 99):
        print(value, "->", logging.getLevelName(value))
    for name in ("DEBUG", "WARN", "WARNING", "FATAL", "nope"):
        print(repr(name), "->", logging.getLevelName(name))

    logging.addLevelName(25, "NOTICE")
    print(logging.getLevelName(25), logging.getLevelName("NOTICE"))
    logging.log(25, "a notice through the root logger")
    logging.log(5, "below threshold, dropped")

    mapping = logging.getLevelNamesMapping()
    print(sorted(mapping.items(), key=lambda kv: (kv[1], kv[0])))
    mapping["EXTRA"] = 1
    print("EXTRA" in logging.getLevelNamesMapping())
    logging.critical("done with %d disks", len(results))


asyncio.run(main())
