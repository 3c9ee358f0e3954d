# basicConfig with level, format and stream=sys.stdout; records from coroutines and tasks run with
# asyncio.gather carry their module, filename, line number and function name; a second basicConfig
# is ignored, and force=True replaces the root handler.
import asyncio
import logging
import sys

FORMAT = "%(levelname)-8s %(name)s %(module)s %(filename)s:%(lineno)d %(funcName)s | %(message)s"
logging.basicConfig(level=logging.DEBUG, format=FORMAT, stream=sys.stdout)
logging.getLogger("asyncio").setLevel(logging.WARNING)  # keep the event loop's own debug lines out
log = logging.getLogger("fetcher")


async def fetch(url, delay):
    log.debug("fetching %s", url)
    await asyncio.sleep(delay)
    if url.endswith(".missing"):
        log.warning("%s: not found", url)
        return None
    log.info("%s: %d bytes", url, len(url) * 100)
    return len(url) * 100


async def crawl(urls):
    sizes = await asyncio.gather(*(fetch(u, 0.001 * i) for i, u in enumerate(urls)))
    total = sum(s for s in sizes if s)
    logging.info("crawl finished: %d pages, %d bytes", len(urls), total)
    return total


def reconfigure():
    # Ignored: the root logger already has a handler.
    logging.basicConfig(level=logging.ERROR, format="IGNORED %(message)s", stream=sys.stdout)
    root = logging.getLogger()
    print("after second basicConfig:", logging.getLevelName(root.level), len(root.handlers))
    log.debug("still at DEBUG with the first format")
    # force=True removes and closes the old handler first.
    logging.basicConfig(level=logging.WARNING, format="[%(levelname)s] %(name)s: %(message)s",
                        stream=sys.stdout, force=True)
    print("after force:", logging.getLevelName(root.level), len(root.handlers))


async def main():
    log.info("starting")
    task = asyncio.create_task(crawl(["a.example/index", "b.example/x.missing", "c.example/"]))
    total = await task
    print("total", total)
    reconfigure()
    log.info("dropped: below WARNING now")
    log.warning("shown in the new format")
    await asyncio.gather(fetch("d.example/y.missing", 0), fetch("e.example/", 0))
    logging.getLogger().error("root error %s", "message")
    # Failed calls: force=True has already removed the handler when the error is raised.
    root = logging.getLogger()
    for kwargs in ({"stream": sys.stdout, "handlers": [logging.StreamHandler()]},
                   {"format": "%(message)s", "style": "%("},
                   {"colour": True}):
        try:
            logging.basicConfig(force=True, **kwargs)
        except ValueError as exc:
            print("ValueError:", exc, "| handlers:", len(root.handlers))
    # The last call got as far as adding a default stderr handler before complaining.
    logging.warning("on stderr with the default format")

asyncio.run(main())
