"""Form validation that collects errors, then an uncaught error raised inside an except block."""
from dataclasses import dataclass


class FieldError(ValueError):
    def __init__(self, field, message, value=None):
        self.field = field
        self.message = message
        self.value = value
        super().__init__(f"{field}: {message}")


class FormErrors(Exception):
    def __init__(self, errors):
        self.errors = errors
        super().__init__(f"{len(errors)} field error(s)")

    def by_field(self):
        out = {}
        for e in self.errors:
            out.setdefault(e.field, []).append(e.message)
        return out


@dataclass
class Signup:
    username: str
    email: str
    age: str
    password: str


def check_username(v):
    if not v:
        raise FieldError("username", "required")
    if not v.isidentifier():
        raise FieldError("username", "letters, digits and _ only", v)
    if v.lower() in {"admin", "root"}:
        raise FieldError("username", "reserved", v)


def check_email(v):
    local, at, domain = v.partition("@")
    if not at or not local or "." not in domain:
        raise FieldError("email", "invalid address", v)


def check_age(v):
    try:
        n = int(v)
    except ValueError:
        raise FieldError("age", "not a number", v)
    if not 13 <= n <= 130:
        raise FieldError("age", f"out of range: {n}", v)


def check_password(v):
    problems = []
    if len(v) < 8:
        problems.append("too short")
    if v.lower() == v:
        problems.append("needs an uppercase letter")
    if not any(c.isdigit() for c in v):
        problems.append("needs a digit")
    for p in problems:
        yield FieldError("password", p)


def validate(form):
    errors = []
    for check, value in ((check_username, form.username), (check_email, form.email), (check_age, form.age)):
        try:
            check(value)
        except FieldError as e:
            errors.append(e)
    errors.extend(check_password(form.password))
    if errors:
        raise FormErrors(errors)
    return form


FORMS = [
    Signup("alice_1", "alice@example.org", "34", "Secr3tPass"),
    Signup("2bad", "nope", "abc", "short"),
    Signup("Root", "r@x.io", "7", "lowercase1"),
]


def main():
    for form in FORMS:
        try:
            ok = validate(form)
            print("valid:", ok.username)
        except FormErrors as fe:
            print(f"invalid {form.username!r}: {fe}")
            for field, msgs in fe.by_field().items():
                print(f"   {field:<9} {'; '.join(msgs)}")
            ctx = [e for e in fe.errors if e.__context__ is not None]
            print("   with context:", [(e.field, type(e.__context__).__name__) for e in ctx])
    e = FieldError("x", "y", 3)
    print(repr(e), e.args, isinstance(e, ValueError), e.value)
    print(str(FormErrors([])), FormErrors([e]).by_field())
    try:
        validate(FORMS[1])
    except FormErrors as fe:
        summary = {f: len(m) for f, m in fe.by_field().items()}
        print("summary:", summary)
        raise RuntimeError("signup batch aborted: " + ", ".join(sorted(summary)))


main()
