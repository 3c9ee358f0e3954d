# Calls of typing, enum and abc functions with bad arguments fail with the TypeError texts of
# their Python definitions.
import typing, enum, abc
for f, a, k in [(typing.cast, (), {}), (typing.cast, (1, 2, 3), {}), (typing.get_origin, (), {}), (typing.get_args, (1, 2), {}),
                (typing.TypeVar, (), {}), (typing.NewType, ("X",), {}), (typing.overload, (), {}), (typing.final, (), {}),
                (typing.runtime_checkable, (), {}), (typing.assert_never, (), {}), (typing.reveal_type, (), {}),
                (typing.NamedTuple, (), {}), (enum.unique, (), {}), (abc.abstractmethod, (), {}),
                (typing.no_type_check, (), {}), (typing.cast, (int,), {"val": 1, "x": 2}),
                (typing.TypeVar, ("T",), {"bound": int, "bogus": 1}), (typing.is_typeddict, (), {}), (typing.assert_type, (1,), {}),
                (typing.assert_type, (1, int), {}), (typing.cast, (int,), {"val": 5}), (typing.NewType, (), {"name": "X", "tp": int}),
                (typing.final, (), {"f": len}), (typing.no_type_check, (), {"x": 1}), (typing.dataclass_transform, (1,), {}),
                (typing.get_origin, (), {"tp": list[int]}), (enum.unique, (), {"enumeration": 1, "x": 2}),
                (abc.update_abstractmethods, (), {})]:
    try:
        r = f(*a, **k)
        print(getattr(f, "__name__", f), "->", repr(r)[:40])
    except Exception as e:
        print(getattr(f, "__name__", f), type(e).__name__, e)
