# Slices of lists and tuples whose parts are None or small ints (read and assigned without a
# slice object), against the general path (big ints, bools, __index__), and the order in which
# a slice assignment lets go of the items it replaces (finalizers see the list as it ends up).
import asyncio


class Noisy:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    def __del__(self):
        self.log.append(self.name)

    def __repr__(self):
        return f"N({self.name})"


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


def slices():
    xs = list(range(10))
    t = tuple(xs)
    big = 2 ** 70
    parts = [None, 0, 1, 3, -1, -3, 9, 10, 11, -10, -11, big, -big, True, False]
    steps = [None, 1, 2, 3, -1, -2, -3, 9, -9, big, -big, True]
    seen = 0
    checksum = 0
    for a in parts:
        for b in parts:
            for c in steps:
                r = xs[a:b:c]
                assert r == list(t[a:b:c]), (a, b, c)
                checksum = (checksum * 31 + sum(r) + len(r)) % 1000003
                seen += 1
    print("slices", seen, checksum)
    print(t[:] is t, t[0:10] is t, t[::1] is t, t[::-1] is t, xs[:] is xs)
    print(xs[Idx(2):Idx(8):Idx(3)], xs[2 ** 62:], xs[-2 ** 63:2], xs[::-2 ** 63][:3])
    print(xs[::2 ** 63 - 1], xs[5::-(2 ** 63 - 1)])
    for bad in [0, "a", 1.5]:
        try:
            xs[::bad] if bad == 0 else xs[bad:]
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)


def assignments():
    xs = list(range(10))
    xs[2:5] = [20, 30, 40]
    xs[8:] = (80, 90, 100)
    xs[:1] = []
    xs[::3] = [-1, -2, -3, -4]
    print(xs)
    xs[7:2] = ["here"]
    xs[::-2] = xs[::2]
    print(xs)
    xs[:] = xs
    xs[::-1] = xs
    xs[1:3] = xs
    print(xs)
    for value, sl in [([1, 2], slice(None, None, 2)), (5, slice(1, 2)), (5, slice(None, None, 2)),
                      ([1], slice(None, None, 0))]:
        try:
            ys = list(range(5))
            ys[sl] = value
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    ys = list(range(6))
    ys[True:Idx(4)] = "ab"
    ys[2 ** 70:] = [7]
    print(ys)


def finalizers():
    log = []
    for target, value in [(slice(1, 4), 3), (slice(1, 4), 1), (slice(1, 4), 5), (slice(0, 6, 2), 3),
                          (slice(5, None, -2), 3), (slice(None), 0)]:
        xs = [Noisy(f"old{i}", log) for i in range(6)]
        new = [Noisy(f"new{i}", log) for i in range(value)]
        xs[target] = new
        del new
        print(target, "released", log)
        log.clear()
        print(" now", xs)
        del xs
        log.clear()
    xs = [Noisy(f"old{i}", log) for i in range(12)]
    xs[1:11] = (1, 2)
    print("many released", log)
    del xs
    for target in [slice(1, 4), slice(4, 1, -1), slice(None, None, 2), slice(None, None, -3), slice(3, 3)]:
        xs = [Noisy(f"old{i}", log) for i in range(6)]
        log.clear()
        del xs[target]
        print("del", target, "released", log, "now", xs)
        del xs


async def main():
    slices()
    assignments()
    finalizers()


asyncio.run(main())
