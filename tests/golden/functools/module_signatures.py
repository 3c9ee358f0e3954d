import asyncio, functools, dataclasses
async def main():
    for f, a, k in [(asyncio.sleep, (1, 2, 3), {}), (asyncio.sleep, (), {}), (asyncio.sleep, (0,), {"x": 1}),
                    (asyncio.wait_for, (), {}), (asyncio.gather, (), {"bogus": 1}), (asyncio.create_task, (), {}),
                    (asyncio.shield, (1, 2), {}), (asyncio.all_tasks, (1, 2), {}), (asyncio.current_task, (), {"x": 1}),
                    (asyncio.timeout, (), {}), (asyncio.wait, (), {}), (asyncio.as_completed, (), {}),
                    (asyncio.Event, (1,), {}), (asyncio.Lock, (), {"loop": 1}), (asyncio.Queue, (1, 2), {}),
                    (asyncio.Semaphore, ("x",), {}), (asyncio.Semaphore, (-1,), {}), (asyncio.ensure_future, (), {}),
                    (asyncio.iscoroutine, (), {}), (asyncio.run, (), {}), (asyncio.get_running_loop, (1,), {}),
                    (functools.partial, (), {}), (functools.reduce, (), {}), (functools.reduce, (1,), {}),
                    (functools.cmp_to_key, (), {}), (functools.lru_cache, (1, 2, 3), {}), (functools.total_ordering, (), {}),
                    (dataclasses.field, (1,), {}), (dataclasses.fields, (), {}), (dataclasses.asdict, (1,), {}),
                    (dataclasses.replace, (), {}), (dataclasses.is_dataclass, (), {}), (dataclasses.dataclass, (1, 2), {}),
                    (dataclasses.astuple, (1,), {"x": 1}), (asyncio.create_task, (1, "name"), {}),
                    (asyncio.wait, ([1], 1), {}), (asyncio.as_completed, ([], 1), {}), (asyncio.timeout, (1, 2), {}),
                    (asyncio.Event, (), {"loop": 1}), (asyncio.Lock, (1,), {}),
                    (asyncio.TaskGroup, (), {"x": 1}), (asyncio.Future, (1,), {}), (asyncio.new_event_loop, (1,), {}),
                    (asyncio.set_event_loop, (), {}), (asyncio.iscoroutinefunction, (), {"func": 1, "x": 2}),
                    (functools.lru_cache, ("x",), {}), (functools.lru_cache, (), {"maxsize": 1, "bogus": 2}),
                    (functools.cache, (), {}), (functools.singledispatch, (1, 2), {}),
                    (functools.cmp_to_key, (1, 2), {}), (functools.cmp_to_key, (), {"cmp": 1}),
                    (functools.cached_property, (), {}), (functools.wraps, (), {}), (functools.update_wrapper, (1,), {})]:
        try:
            r = f(*a, **k)
            print(f.__name__, "->", type(r).__name__)
            if asyncio.iscoroutine(r): r.close()
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
asyncio.run(main())
from dataclasses import dataclass, asdict, astuple


@dataclass
class P:
    x: int
    tags: list


@dataclass
class Outer:
    p: P
    items: list


o = Outer(P(1, ["a"]), [P(2, []), (P(3, ["b"]), 4)])
print(asdict(o, dict_factory=lambda pairs: [k for k, _ in pairs]))
print(astuple(o, tuple_factory=list))
print(asdict(o, dict_factory=dict) == asdict(o), astuple(o))

@functools.lru_cache(maxsize=True)
def sq(n):
    return n * n
print(sq(3), sq(3), sq.cache_info())
print(functools.lru_cache(-5)(sq).cache_info(), functools.lru_cache(None, 1)(sq).cache_parameters())

