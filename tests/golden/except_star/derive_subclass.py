# A subclass of ExceptionGroup with extra state: split/subgroup build parts through derive();
# without a derive override the parts are plain ExceptionGroups.
import asyncio


class JobErrors(ExceptionGroup):
    def __new__(cls, message, excs, job):
        self = super().__new__(cls, message, excs)
        self.job = job
        return self

    def derive(self, excs):
        print(f"  derive called with {len(excs)} exception(s)")
        return JobErrors(self.message, excs, self.job)


class Plain(ExceptionGroup):
    pass


async def main():
    eg = JobErrors("job failed", [ValueError(1), TypeError(2), ValueError(3)], "build")
    print(repr(eg), eg.job, isinstance(eg, ExceptionGroup), len(eg.args))
    print("split:")
    m, r = eg.split(ValueError)
    print(" ", type(m).__name__, m.job, repr(m))
    print(" ", type(r).__name__, r.job, repr(r))
    print("subgroup TypeError:")
    s = eg.subgroup(TypeError)
    print(" ", type(s).__name__, s.job, s.exceptions)
    print("except*:")
    try:
        raise eg
    except* ValueError as g:
        print("  caught", type(g).__name__, g.job, g.exceptions)
    except* TypeError as g:
        print("  caught", type(g).__name__, g.job, g.exceptions)
    p = Plain("plain", [ValueError("a"), KeyError("b")])
    pm, pr = p.split(KeyError)
    print("Plain parts:", type(pm).__name__, type(pr).__name__, repr(pm), repr(pr))
    print("Plain derive:", repr(p.derive([OSError("x")])))
    b = BaseExceptionGroup("base", [ValueError(1)])
    print("BaseExceptionGroup of Exceptions:", type(b).__name__, repr(b))
    b2 = BaseExceptionGroup("base", [ValueError(1), KeyboardInterrupt()])
    print(type(b2).__name__, repr(b2))
    m2, r2 = b2.split(ValueError)
    print("parts:", type(m2).__name__, type(r2).__name__, repr(r2))


asyncio.run(main())
