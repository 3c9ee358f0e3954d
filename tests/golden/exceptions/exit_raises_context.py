# An exception raised by __exit__/__aexit__ while the body's exception is handled has it as
# __context__ (a rollback that fails), caught and uncaught.
import asyncio


class Transaction:
    def __init__(self, name, fail_exit=False):
        self.name = name
        self.fail_exit = fail_exit

    def __enter__(self):
        print("begin", self.name)
        return self

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        if self.fail_exit:
            raise RuntimeError(f"rollback of {self.name} failed")
        return False

    async def __aenter__(self):
        return self.__enter__()

    async def __aexit__(self, et, ev, tb):
        return self.__exit__(et, ev, tb)


try:
    with Transaction("t1", fail_exit=True):
        raise ValueError("body")
except RuntimeError as e:
    print(repr(e), repr(e.__context__), e.__cause__)

try:
    with Transaction("t2", fail_exit=True):
        pass
except RuntimeError as e:
    print(repr(e), repr(e.__context__))


async def main():
    try:
        async with Transaction("t3", fail_exit=True):
            raise KeyError("k")
    except RuntimeError as e:
        print(repr(e), repr(e.__context__))
    async with Transaction("t4", fail_exit=True):
        raise ValueError("uncaught body")

asyncio.run(main())
