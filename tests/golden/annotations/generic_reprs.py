# Reprs of builtin generic aliases and PEP 604 unions, and isinstance with unions.
alias = list[int]
print(list[int])
print(dict[str, int])
print(int | None)
print(tuple[int, ...])
print(list[dict[str, tuple[int, float]]])
print(int | str | None)
print(isinstance(3, int | str), isinstance(3.5, int | str), isinstance("s", int | str))
print(isinstance(None, int | None), issubclass(bool, int | float))
print(alias.__origin__ is list, alias.__args__)
print(dict[str, int].__args__)
print(list[int] == list[int], list[int] == list[str])
print(alias(range(3)), alias("ab"))
print(type(list[int]).__name__, type(int | str).__name__)
print((int | str).__args__)


def check(value: object, kinds: type | tuple) -> str:
    return "yes" if isinstance(value, kinds) else "no"


for v in (1, "a", 2.0, None, [1]):
    print(repr(v), check(v, int | float), check(v, (list, type(None))))
