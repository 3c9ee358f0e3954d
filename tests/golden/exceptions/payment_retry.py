# A payment client with an exception hierarchy: retries that chain errors with raise ... from,
# context suppression with from None, __cause__/__context__ inspection, and a final failure
# whose chained traceback is printed uncaught (exit 1).
import asyncio


class PaymentError(Exception):
    def __init__(self, message, *, code=None):
        super().__init__(message)
        self.code = code

    def __str__(self):
        base = super().__str__()
        return f"[{self.code}] {base}" if self.code else base


class Declined(PaymentError):
    pass


class GatewayDown(PaymentError):
    pass


ATTEMPTS = {}


async def gateway(card, amount):
    n = ATTEMPTS[card] = ATTEMPTS.get(card, 0) + 1
    await asyncio.sleep(0)
    if card.startswith("0"):
        raise ConnectionResetError(f"socket reset on attempt {n}")
    if amount > 500:
        raise KeyError("limit")
    return f"auth-{card[-4:]}-{n}"


async def charge(card, amount, retries=2):
    last = None
    for attempt in range(1, retries + 1):
        try:
            return await gateway(card, amount)
        except ConnectionResetError as e:
            last = e
            print(f"  attempt {attempt} failed: {e}")
        except KeyError:
            raise Declined(f"amount {amount} over limit", code="D51") from None
    raise GatewayDown(f"gave up after {retries} attempts", code="G01") from last


async def main():
    print(await charge("4111222233334444", 20))
    for card, amount in [("4111222233334444", 900), ("0000111122223333", 5)]:
        try:
            await charge(card, amount)
        except PaymentError as e:
            print(type(e).__name__, "|", e, "|", repr(e), "|", e.code, e.args)
            print("  cause:", repr(e.__cause__), "context:", type(e.__context__).__name__,
                  "suppress:", e.__suppress_context__)
    try:
        try:
            await charge("0999", 1, retries=1)
        except GatewayDown as e:
            raise RuntimeError("checkout failed") from e
    except RuntimeError as outer:
        chain = []
        err = outer
        while err is not None:
            chain.append(type(err).__name__)
            err = err.__cause__ or err.__context__
        print(" -> ".join(chain))
    print(ATTEMPTS)
    results = await asyncio.gather(charge("5555", 10), charge("0555", 10, 1), charge("6666", 600),
                                   return_exceptions=True)
    print([r if isinstance(r, str) else f"{type(r).__name__}: {r}" for r in results])
    try:
        await charge("0123", 50)
    finally:
        print("checkout finished")


asyncio.run(main())
