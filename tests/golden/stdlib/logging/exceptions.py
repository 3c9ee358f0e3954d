# Logging failures in an order pipeline: logger.exception inside except, exc_info=True and an
# exception instance, tracebacks of errors raised in coroutines and tasks, chained exceptions,
# exc_text caching, and a bad format argument that makes the handler print "--- Logging error ---".
import asyncio
import logging
import sys

log = logging.getLogger("orders")
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
log.addHandler(handler)
log.propagate = False


class PaymentError(Exception):
    pass


def parse_amount(text):
    return int(text)


async def charge(order_id, amount):
    await asyncio.sleep(0)
    try:
        cents = parse_amount(amount)
    except ValueError as exc:
        raise PaymentError(f"order {order_id}: bad amount {amount!r}") from exc
    if cents > 1000:
        raise PaymentError(f"order {order_id}: over limit")
    return cents


async def process(order_id, amount):
    try:
        cents = await charge(order_id, amount)
    except PaymentError:
        log.exception("order %d failed", order_id)
        return None
    log.info("order %d charged %d", order_id, cents)
    return cents


def report_bad_count(count):
    # An argument that does not match the format: the record cannot be formatted and
    # Handler.handleError reports it on stderr; logging carries on.
    log.warning("processed %d orders", count)
    log.warning("still logging after the error")


async def main():
    log.setLevel(logging.INFO)
    results = await asyncio.gather(process(1, "250"), process(2, "12x"), process(3, "5000"))
    print("results:", results)

    try:
        {}["missing"]
    except KeyError:
        log.error("lookup failed", exc_info=True)
        log.warning("handled without traceback")

    err = ZeroDivisionError("rate is zero")
    log.error("exception instance without traceback", exc_info=err)
    try:
        1 / 0
    except ZeroDivisionError as caught:
        saved = caught
    log.critical("saved exception with traceback", exc_info=saved)
    log.error("explicit tuple", exc_info=(type(saved), saved, saved.__traceback__))
    log.error("stack_info off", exc_info=False, stack_info=False)

    task = asyncio.create_task(charge(4, "9999"))
    try:
        await task
    except PaymentError as exc:
        log.error("task failed: %s", exc, exc_info=exc)

    try:
        try:
            raise OSError("disk full")
        except OSError:
            raise RuntimeError("could not write receipt")
    except RuntimeError:
        log.exception("receipt")

    record = log.makeRecord("orders", logging.ERROR, "x.py", 1, "boom", (), (ValueError, ValueError("v"), None))
    fmt = logging.Formatter("%(message)s")
    print(fmt.format(record))
    print(repr(record.exc_text))
    print(fmt.formatException(record.exc_info))


asyncio.run(main())
report_bad_count("x")
print("done")
