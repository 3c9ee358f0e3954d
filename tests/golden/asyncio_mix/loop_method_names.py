# A program's own method named like an event loop method aiocc lacks is its own to use; the
# loop's implemented methods are values (bound methods) too.
import asyncio


class Executor:
    def run_in_executor(self, executor, fn, *args):
        return fn(*args)

    def __init__(self):
        self.add_reader = lambda fd: f"reader {fd}"


async def main():
    loop = asyncio.get_running_loop()
    ex = Executor()
    print(ex.run_in_executor(None, pow, 2, 10), ex.add_reader(3))
    stop_soon = loop.call_soon
    done = loop.create_future()
    stop_soon(done.set_result, "set by call_soon")
    print(await done)
    print(loop.is_running(), loop.is_closed, callable(loop.time))
    when = loop.time
    print(when() > 0)


loop = asyncio.new_event_loop()
loop.run_until_complete(main())
print(repr(loop).split()[1:])
loop.close()
print(repr(loop).split()[1:], loop.is_closed())
