# Loop callbacks as CPython's Handle formats and runs them: the Handle/TimerHandle reprs
# (qualname, reprlib'd arguments, where the function is defined; nothing after cancel), the
# "Exception in callback" report for done callbacks, partials and builtins, and SystemExit
# raised by a callback ending the program through asyncio.run.
import asyncio
import functools
import sys


def show(tag, *args, sep='-'):
    print(tag, *args, sep=sep)


class Box:
    def method(self, x):
        return 10 // x


async def child():
    await asyncio.sleep(0)
    return 'x' * 100


async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(show, 'soon', 1, 2)
    print(repr(h))
    hp = loop.call_soon(functools.partial(show, 'partial', sep='+'), 3)
    print(repr(hp))
    hc = loop.call_soon(show, 'never')
    hc.cancel()
    print(repr(hc), hc.cancelled())
    ht = loop.call_later(100, show, 'late')
    print(repr(ht).split(' when=')[0], repr(ht).split(' ', 2)[2])
    ht.cancel()
    print(repr(ht).split(' when=')[0])
    loop.call_soon(Box().method, 0)
    loop.call_soon(int, 'not a number')
    loop.call_soon(functools.partial(divmod, 1), 0)
    t = asyncio.create_task(child())
    t.add_done_callback(lambda fut: fut.result() + 1)
    await t
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    loop.call_soon(sys.exit, 4)
    await asyncio.sleep(0)
    print('not reached')


asyncio.run(main())
