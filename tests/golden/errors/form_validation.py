"""Form validation that collects every problem into an ExceptionGroup, with notes and nested groups."""
from dataclasses import dataclass, fields
from typing import Any, Callable


class FieldError(ValueError):
    def __init__(self, field: str, message: str):
        super().__init__(f"{field}: {message}")
        self.field = field


class MissingField(FieldError, KeyError):
    pass


@dataclass
class Signup:
    username: str
    email: str
    age: int
    password: str
    referrer: str = ""


Rule = Callable[[Any], str | None]
RULES: dict[str, list[Rule]] = {
    "username": [lambda v: None if v.isidentifier() else "must be an identifier",
                 lambda v: None if 3 <= len(v) <= 12 else f"length {len(v)} not in 3..12"],
    "email": [lambda v: None if v.count("@") == 1 else "must contain exactly one @",
              lambda v: None if "." in v.rpartition("@")[2] else "domain needs a dot"],
    "age": [lambda v: None if isinstance(v, int) else f"expected int, got {type(v).__name__}",
            lambda v: None if not isinstance(v, int) or 13 <= v <= 120 else f"{v} out of range"],
    "password": [lambda v: None if len(v) >= 8 else "too short",
                 lambda v: None if any(c.isdigit() for c in v) else "needs a digit",
                 lambda v: None if v.lower() != v else "needs an upper-case letter"],
}


def validate(data: dict[str, Any]) -> Signup:
    problems: list[Exception] = []
    for f in fields(Signup):
        if f.name not in data:
            if f.default is f.default_factory:   # both MISSING: the field is required
                problems.append(MissingField(f.name, "is required"))
            continue
        field_errors = [FieldError(f.name, msg) for rule in RULES.get(f.name, [])
                        if (msg := rule(data[f.name])) is not None]
        if len(field_errors) > 1:
            problems.append(ExceptionGroup(f"{f.name} has {len(field_errors)} problems", field_errors))
        else:
            problems.extend(field_errors)
    unknown = sorted(set(data) - {f.name for f in fields(Signup)})
    if unknown:
        e = TypeError(f"unexpected fields {unknown}")
        e.add_note("hint: check the form's field names")
        problems.append(e)
    if problems:
        raise ExceptionGroup(f"signup rejected ({len(problems)} issues)", problems)
    return Signup(**data)


def flatten(eg: BaseExceptionGroup, depth: int = 0) -> list[str]:
    out = []
    for e in eg.exceptions:
        if isinstance(e, BaseExceptionGroup):
            out.append("  " * depth + f"+ {e.message}")
            out.extend(flatten(e, depth + 1))
        else:
            out.append("  " * depth + f"- {type(e).__name__}: {e}" + "".join(f" [{n}]" for n in getattr(e, "__notes__", [])))
    return out


forms = [
    {"username": "ada_l", "email": "ada@example.org", "age": 36, "password": "Engine1843"},
    {"username": "9lives", "email": "cat@@home", "age": "nine", "password": "meow"},
    {"email": "x@y", "age": 7, "password": "Secret123", "nickname": "x"},
]
for form in forms:
    try:
        print("ok:", validate(form))
    except ExceptionGroup as eg:
        print(eg)
        print("\n".join(flatten(eg)))
        missing, rest = eg.split(MissingField)
        print("  missing:", missing and [e.field for e in missing.exceptions], "| rest:", len(rest.exceptions))
        only_age = eg.subgroup(lambda e: isinstance(e, FieldError) and e.field == "age")
        print("  age issues:", only_age and [str(e) for e in only_age.exceptions])
        print("  derive:", type(eg.derive([ValueError("x")])).__name__, eg.derive([ValueError("x")]).message)
print(repr(MissingField("f", "m")), isinstance(MissingField("f", "m"), KeyError), MissingField.__mro__[2].__name__)
eg = ExceptionGroup("wrap", [KeyError("k"), ExceptionGroup("inner", [ValueError(1)])])
print(repr(eg), eg.exceptions[1].exceptions, BaseExceptionGroup("b", [ValueError()]).__class__.__name__)
validate({"username": "x", "email": "no-at", "age": 200, "password": "short"})
