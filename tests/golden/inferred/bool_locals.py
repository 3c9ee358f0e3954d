# bool locals from float comparisons: control flow, and/or/not, printing, arithmetic.
import asyncio


def flags(x, y):
    a = float(x)
    b = float(y)
    lt = a < b
    eq = a == b
    ge = a >= b
    both = lt and ge
    either = lt or eq
    neither = not lt and not eq
    inv = not a
    print(lt, eq, ge, both, either, neither, inv, repr(lt), str(ge))
    print(f"{lt}|{eq!r}|{ge:>6}|{lt:d}|{either!s:>7}|{neither:5}")
    print(lt + ge, lt * 2.5, -lt, eq - ge, lt / 2, ge // 1, type(lt + ge).__name__)
    print(lt == True, lt is True, ge is not False, lt == 1, ge == 1.0, lt < ge)
    mix = lt or a
    mix2 = ge and b
    print(repr(mix), repr(mix2), type(mix).__name__, type(mix2).__name__)
    if lt:
        print("branch lt")
    elif eq:
        print("branch eq")
    else:
        print("branch gt")
    return lt


def loop_flags():
    v = 0.0
    going = True
    steps = 0
    while going:
        v += 0.7
        steps += 1
        going = v < 3.0
        print(steps, round(v, 10), going)
    done = not going
    small = v < 1.0
    either = done or small
    print(done, small, either, done and small, not (done or small))
    toggles = []
    on = False
    for _ in range(5):
        on = not on
        toggles.append(on)
    print(toggles, sum(toggles), on)
    return done


async def watcher():
    level = 10.0
    alarm = False
    while not alarm:
        await asyncio.sleep(0)
        level = level * 0.6
        alarm = level < 2.0
        print("level", level, "alarm", alarm)
    return alarm


def gen_flags(limit):
    t = 0.0
    while True:
        over = t > limit
        yield over
        if over:
            return
        t += 1.25


async def main():
    print(flags(1, 2.5), flags(2.0, 2), flags(-0.0, 0.0), flags(0.0, -1))
    print(loop_flags())
    print(await watcher())
    print(list(gen_flags(3.0)))


asyncio.run(main())
