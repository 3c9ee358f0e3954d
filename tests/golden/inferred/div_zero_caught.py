# Division by zero with float locals, caught (messages) and finally one uncaught with carets.
import asyncio


def attempt(label, fn):
    try:
        r = fn()
    except ZeroDivisionError as e:
        print(label, "ZeroDivisionError", repr(str(e)), e.args)
    else:
        print(label, "ok", repr(r))


def caught():
    x = 3.5
    z = 0.0
    nz = -0.0
    attempt("div", lambda: x / z)
    attempt("div neg zero", lambda: x / nz)
    attempt("floordiv", lambda: x // z)
    attempt("mod", lambda: x % z)
    attempt("mod neg", lambda: -x % nz)
    attempt("zero/zero", lambda: z / z)
    attempt("float/int0", lambda: x / 0)
    attempt("float//int0", lambda: x // 0)
    attempt("float%int0", lambda: x % 0)
    attempt("int/float0", lambda: 7 / z)
    attempt("int//float0", lambda: 7 // z)
    attempt("int%float0", lambda: 7 % z)
    attempt("int/int0", lambda: 7 / 0)
    attempt("int//int0", lambda: 7 // 0)
    attempt("divmod", lambda: divmod(x, z))
    attempt("pow", lambda: z ** -1.0)
    attempt("inf/0", lambda: float("inf") / z)
    attempt("nan%0", lambda: float("nan") % z)
    attempt("bool", lambda: x / False)


def inline():
    a = 10.0
    b = a - a
    try:
        c = a / b
        print("unreachable", c)
    except ZeroDivisionError as e:
        print("inline div:", e)
    try:
        a //= b
    except ZeroDivisionError as e:
        print("aug floordiv:", e, a)
    try:
        a %= b
    except ZeroDivisionError as e:
        print("aug mod:", e, a)
    try:
        a /= b
    except ZeroDivisionError as e:
        print("aug div:", e, a)
    count = 0
    for d in (2.0, 1.0, 0.0, 4.0):
        try:
            a = a / d
            count += 1
        except ZeroDivisionError:
            print("skip zero; a still", a)
    print(a, count)
    return a


def reciprocals():
    d = 2.0
    while True:
        try:
            r = 1.0 / d
        except ZeroDivisionError as e:
            yield str(e)
            return
        yield r
        d -= 1.0


async def main():
    caught()
    print(list(reciprocals()))
    r = inline()
    await asyncio.sleep(0)
    base = r * 4.0
    step = 0.5
    denom = step - 0.5
    print("about to divide", base, denom)
    result = base + r / denom
    print("never", result)


asyncio.run(main())
