# Signed zero results from //, %, *, negation, addition; repr and copysign.
import asyncio
import math


def show(label, v):
    print(label, v, repr(v), math.copysign(1.0, v), f"{v:+}", f"{v:.2f}", str(v))


def zeros():
    z = 0.0
    nz = -z
    show("neg", nz)
    show("negneg", -nz)
    show("mul", -1.0 * 0.0)
    show("mul3", nz * nz)
    show("add", nz + nz)
    show("add2", nz + z)
    show("sub2", nz - z)
    show("div", z / -3.0)
    show("fdiv", -0.5 // 1.0 * 0.0)
    show("mod", -0.0 % 5.0)
    show("tiny", -1e-300 * 1e-300)
    show("roundnd", round(-0.04, 1))
    show("abs", abs(nz))
    print(nz == z, nz < z, nz <= z, bool(nz), not nz, nz == 0, z == -0)
    if nz:
        print("neg zero truthy")
    else:
        print("neg zero falsy")
    show("max", max(nz, z))
    show("min", min(z, nz))
    return nz


def local_ops():
    p = 6.0
    q = -3.0
    z = 0.0
    h = 0.5
    r1 = p % q
    r2 = -p % -q
    r3 = -p % q
    r4 = z // q
    r5 = -z // p
    r6 = -h // 1e300
    r7 = h // -1e300
    r8 = z * q
    r9 = -z
    r10 = -(p - p)
    r11 = (q + 3.0) * -1.0
    r12 = z % q
    r13 = -z % p
    r14 = q * 0.0 + (-0.0)
    for i, v in enumerate((r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11, r12, r13, r14)):
        show("local%d" % i, v)
    print(math.copysign(2.0, r9), math.copysign(3.0, r10), math.atan2(r9, -1.0), math.atan2(z, -1.0))
    t = -0.0
    for _ in range(3):
        t += -0.0
    show("acc", t)
    t += 0.0
    show("acc2", t)
    u = -0.0
    u *= 7.0
    u -= 0.0
    show("imul", u)
    return r9


def gen():
    v = -0.0
    yield v
    v = v * -1.0
    yield v
    v = -v
    yield v


async def main():
    show("ret", zeros())
    show("ret3", local_ops())
    for g in gen():
        show("gen", g)
    w = -0.0
    await asyncio.sleep(0)
    show("after await", w)
    w = w - 0.0
    await asyncio.sleep(0)
    show("after await2", w)


asyncio.run(main())
