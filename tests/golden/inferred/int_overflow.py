# Float locals mixed with huge ints: CPython's int->float conversion and its OverflowError.
import asyncio


def attempt(label, fn):
    try:
        r = fn()
    except OverflowError as e:
        print(label, "OverflowError", repr(str(e)))
    else:
        print(label, "ok", repr(r))


def mixed():
    big = 10 ** 400
    x = 1.5
    attempt("x+big", lambda: x + big)
    attempt("big+x", lambda: big + x)
    attempt("x-neg", lambda: x - -big)
    attempt("x*big", lambda: x * big)
    attempt("x/big", lambda: x / big)
    attempt("big/x", lambda: big / x)
    attempt("x//big", lambda: x // big)
    attempt("x%big", lambda: x % big)
    attempt("x<big", lambda: x < big)
    attempt("x==big", lambda: x == big)
    attempt("-big<x", lambda: -big < x)
    attempt("big/big", lambda: big / (big // 10))
    attempt("big/3", lambda: big / 3)
    attempt("1/big", lambda: 1 / big)
    attempt("float(big)", lambda: float(big))
    attempt("edge ok", lambda: x * (2 ** 1024 - 2 ** 971))
    attempt("edge rounds up", lambda: x * (2 ** 1024 - 2 ** 970))
    attempt("2**1023", lambda: x + 2 ** 1023)
    attempt("round mid", lambda: x + (2 ** 53 + 1))


def augmented():
    acc = 0.5
    n = 10
    for _ in range(5):
        try:
            acc += n
            print("acc", acc, n)
        except OverflowError as e:
            print("acc overflow", e, acc)
        n = n ** 2 * 10 ** 200
    print("final acc", acc)
    return acc


def gen_products():
    f = 2.0
    k = 1
    while True:
        k *= 10 ** 100
        try:
            f = f * 0.5 + k
        except OverflowError as e:
            yield str(e)
            return
        yield f


async def main():
    mixed()
    total = augmented()
    print(list(gen_products()))
    await asyncio.sleep(0)
    scale = total * 2.0
    huge = 7 ** 500
    print("scale", scale, huge > scale, scale < huge, scale != huge)
    result = scale * huge
    print("never", result)


asyncio.run(main())
