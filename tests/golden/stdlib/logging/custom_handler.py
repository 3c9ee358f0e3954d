# A metrics collector built on a Handler subclass: emit() keeps formatted records in a list that
# several worker tasks write to; setFormatter, setLevel, flush and close are overridden or called,
# handleError is never reached, and logging.shutdown() flushes and closes what is registered.
import asyncio
import logging


class ListHandler(logging.Handler):
    def __init__(self, level=logging.NOTSET):
        super().__init__(level)
        self.records = []
        self.lines = []
        self.flushed = 0
        self.closed = False

    def emit(self, record):
        self.records.append(record)
        self.lines.append(self.format(record))

    def flush(self):
        self.flushed += 1

    def close(self):
        self.closed = True
        super().close()

    def handleError(self, record):
        print("handleError called for", record.msg)


class CountingHandler(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.counts = {}

    def emit(self, record):
        self.counts[record.levelname] = self.counts.get(record.levelname, 0) + 1


collector = ListHandler()
collector.setFormatter(logging.Formatter("%(name)s|%(levelname)s|%(message)s"))
counter = CountingHandler()
log = logging.getLogger("workers")
log.setLevel(logging.DEBUG)
log.addHandler(collector)
log.addHandler(counter)
log.propagate = False


async def worker(name, jobs):
    wlog = log.getChild(name)
    for job in jobs:
        await asyncio.sleep(0)
        if job % 5 == 0:
            wlog.error("job %d failed", job)
        elif job % 3 == 0:
            wlog.warning("job %d slow", job)
        else:
            wlog.debug("job %d ok", job)
    wlog.info("finished %d jobs", len(jobs))
    return len(jobs)


async def main():
    done = await asyncio.gather(worker("a", [1, 3, 5]), worker("b", [2, 6]), worker("c", [10, 4]))
    print("done", done)
    print("\n".join(collector.lines))
    print(len(collector.records), [r.levelname for r in collector.records[:4]])
    first = collector.records[0]
    print(first.name, first.msg, first.args, first.getMessage(), first.levelno, first.funcName)
    print(sorted(counter.counts.items()))

    collector.setLevel(logging.WARNING)
    collector.setFormatter(logging.Formatter("{levelname:.1}:{message}", style="{"))
    await worker("d", [5, 7])
    print(collector.lines[-1], len(collector.lines))
    print(collector.name, collector.get_name(), repr(collector), repr(counter))
    collector.set_name("collector")
    print(collector.name, collector.get_name(), repr(collector))

    collector.flush()
    print("flushed", collector.flushed, "closed", collector.closed)
    log.removeHandler(counter)
    counter.close()
    log.critical("after removing the counter")
    print(collector.lines[-1], sorted(counter.counts.items()))

    plain = logging.Handler()
    try:
        plain.emit(first)
    except NotImplementedError as exc:
        print("NotImplementedError:", exc)
    print(plain.format(first))


asyncio.run(main())
logging.shutdown()
print("after shutdown: flushed", collector.flushed, "closed", collector.closed)
