# Handle and TimerHandle methods as values (a bound method scheduled as a callback), as CPython.
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_later(0.05, print, 'late')
    h2 = loop.call_soon(print, 'soon')
    loop.call_later(0.01, h.cancel)
    c = h2.cancelled
    print(c(), repr(h2.cancel).split(' of ')[0], repr(h.cancel).split(' of ')[0], repr(h.when).split(' of ')[0])
    await asyncio.sleep(0.1)
    print(h.cancelled())
asyncio.run(main())
