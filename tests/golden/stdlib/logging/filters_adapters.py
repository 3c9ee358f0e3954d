# Request logging in a web worker: logging.Filter by name, a plain function as a filter, a Filter
# subclass that adds attributes to records, filters on handlers and loggers, LoggerAdapter with
# extra and an overridden process(), extra= on calls, and the KeyError for reserved attributes.
import asyncio
import logging
import sys


class RequestContext(logging.Filter):
    def __init__(self):
        super().__init__()
        self.count = 0

    def filter(self, record):
        self.count += 1
        record.seq = self.count
        if not hasattr(record, "request_id"):
            record.request_id = "-"
        return True


def no_health_checks(record):
    return "/health" not in record.getMessage()


class TenantAdapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        kwargs.setdefault("extra", {}).update(self.extra)
        return f"[{self.extra['tenant']}] {msg}", kwargs


handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("%(seq)02d %(name)-10s %(request_id)s %(message)s"))
context = RequestContext()
handler.addFilter(context)
handler.addFilter(no_health_checks)
root = logging.getLogger()
root.addHandler(handler)
root.setLevel(logging.DEBUG)
logging.getLogger("asyncio").setLevel(logging.WARNING)

web = logging.getLogger("web")
web_db = logging.getLogger("web.db")
webhooks = logging.getLogger("webhooks")


async def handle(path, request_id):
    web.info("GET %s", path, extra={"request_id": request_id})
    await asyncio.sleep(0)
    web_db.debug("query for %s", path, extra={"request_id": request_id})
    webhooks.info("notify %s", path)
    return len(path)


async def main():
    only_web = logging.Filter("web")
    for name in ("web", "web.db", "webhooks", "we", "other"):
        rec = logging.makeLogRecord({"name": name})
        print(name, bool(only_web.filter(rec)), bool(logging.Filter().filter(rec)))

    print(await asyncio.gather(handle("/users", "r1"), handle("/health", "r2")))

    print("-- handler restricted to 'web'")
    handler.addFilter(only_web)
    await handle("/orders", "r3")
    handler.removeFilter(only_web)
    print(len(handler.filters), handler.filters[1] is no_health_checks)

    print("-- logger filter on web.db")
    web_db.addFilter(lambda record: record.levelno >= logging.INFO)
    await handle("/items", "r4")
    web_db.error("db down", extra={"request_id": "r5"})

    adapter = logging.LoggerAdapter(web, {"request_id": "ad-1"})
    adapter.info("through a plain adapter")
    adapter.warning("extra on the call is replaced by the adapter's: %s", "x", extra={"request_id": "zz"})
    print(adapter.name, adapter.getEffectiveLevel(), adapter.isEnabledFor(logging.DEBUG), repr(adapter))

    tenant = TenantAdapter(logging.getLogger("web.tenant"), {"tenant": "acme", "request_id": "t-9"})
    tenant.info("created invoice %d", 17)
    tenant.log(logging.ERROR, "payment declined")
    tenant.debug("merged extra", extra={"other": 1})

    for key in ("message", "asctime", "levelname"):
        try:
            web.info("clobber", extra={key: "oops"})
        except KeyError as exc:
            print("KeyError:", exc)
    print("filter calls:", context.count)


asyncio.run(main())
