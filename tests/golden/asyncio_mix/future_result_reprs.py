# A finished future shows its result through reprlib.repr's limits: 6 items of a list, tuple or
# set (sorted when they compare), 4 of a dict, 30 characters of a str (code points) or of any
# other repr, 40 digits of an int, 6 levels of nesting.
import asyncio


class Loud:
    def __repr__(self):
        return "Loud(" + "!" * 40 + ")"


class Broken:
    def __repr__(self):
        raise ValueError("no repr")


class Named(list):
    pass


async def main():
    loop = asyncio.get_running_loop()
    values = [
        [], [1], list(range(6)), list(range(7)), (1,), (), tuple(range(10)),
        {3, 1, 2}, set(range(10, 0, -1)), {1, (1, 2), 2.5, (0,)}, frozenset(), frozenset({5, 4}),
        {}, {"b": 1, "a": 2}, {i: i * i for i in range(9)}, {1: "x", "k": 2},
        "short", "x" * 31, "é" * 40, "ab'cd\"" * 8, "line\n" * 10,
        2 ** 100, -(10 ** 45), 123, 1.5, 1 / 3, True, None,
        [[[[[[[1]]]]]]], [[[[[[1]]]]]], {"k": [1, (2, {3: [4]})]},
        Loud(), Named([1, 2, 3]), b"x" * 40, range(100), 3 + 4j,
    ]
    for v in values:
        f = loop.create_future()
        f.set_result(v)
        print(f)
    f = loop.create_future()
    f.set_result(Broken())
    print(str(f).split(" at 0x")[0])
    f = loop.create_future()
    f.set_exception(ValueError("x" * 50))
    print(f)
    f.exception()


asyncio.run(main())
