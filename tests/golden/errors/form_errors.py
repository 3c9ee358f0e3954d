"""Form validation that collects rich error objects: exceptions that compare, hash, sort
(total_ordering), format themselves and expose properties."""
from functools import total_ordering

SEVERITY = {"info": 0, "warning": 1, "error": 2}


@total_ordering
class FieldError(ValueError):
    def __init__(self, field, message, level="error"):
        super().__init__(field, message)
        self.field, self.message, self.level = field, message, level

    @property
    def severity(self):
        return SEVERITY[self.level]

    @property
    def blocking(self):
        return self.level == "error"

    def __eq__(self, other):
        if not isinstance(other, FieldError):
            return NotImplemented
        return (self.field, self.message, self.level) == (other.field, other.message, other.level)

    def __hash__(self):
        return hash((self.field, self.message, self.level))

    def __lt__(self, other):
        return (-self.severity, self.field) < (-other.severity, other.field)

    def __format__(self, spec):
        text = f"[{self.level.upper():7}] {self.field}: {self.message}"
        return format(text, spec)

    def __str__(self):
        return f"{self.field}: {self.message}"


class ErrorList(Exception):
    def __init__(self, errors):
        super().__init__(f"{len(errors)} problem(s)")
        self.errors = sorted(set(errors))

    def __len__(self):
        return len(self.errors)

    def __iter__(self):
        return iter(self.errors)

    def __bool__(self):
        return any(e.blocking for e in self.errors)


def validate(form):
    errs = []
    name = form.get("name", "")
    if not name:
        errs.append(FieldError("name", "is required"))
    elif not name[0].isupper():
        errs.append(FieldError("name", "should be capitalised", "warning"))
    age = form.get("age")
    if age is None:
        errs.append(FieldError("age", "is required"))
    elif not str(age).isdigit():
        errs.append(FieldError("age", "must be a number"))
    elif int(age) > 120:
        errs.append(FieldError("age", "looks unrealistic", "warning"))
    email = form.get("email", "")
    if "@" not in email:
        errs.append(FieldError("email", "must contain @"))
    if email.endswith(".test"):
        errs.append(FieldError("email", "uses a test domain", "info"))
    if form.get("email") and form.get("email") == form.get("backup_email"):
        errs.append(FieldError("backup_email", "same as email", "info"))
    errs.append(FieldError("name", "is required")) if not name else None
    return ErrorList(errs)


FORMS = [
    {"name": "Ada", "age": 36, "email": "ada@example.org"},
    {"name": "bob", "age": 150, "email": "bob@site.test", "backup_email": "bob@site.test"},
    {"age": "x", "email": "nobody"},
]
for i, form in enumerate(FORMS, 1):
    result = validate(form)
    status = "BLOCKED" if result else "ok"
    print(f"form {i}: {status}, {len(result)} issue(s)")
    for err in result:
        print(f"   {err:<45}|sev={err.severity}")

a = FieldError("age", "is required")
b = FieldError("age", "is required")
c = FieldError("age", "is required", "warning")
print(a == b, a != c, len({a, b, c}), a in [b], sorted([c, a])[0].level, max(c, a) is c, a <= b)
print(str(a), repr(a), a.args, isinstance(a, ValueError), f"{c:>40}")
worst = validate(FORMS[2])
print("all blocking:", [e.field for e in worst if e.blocking], bool(validate(FORMS[0])))
if worst:
    raise worst.errors[0]
