# Exception classes of the script use their class's attributes as any class does: properties
# (getter and setter), cached_property, classmethod/staticmethod, __getattr__, and the special
# methods of comparison, hashing, len, iteration, containment, truth, format and call.
import functools


class AppError(Exception):
    retryable = False

    def __init__(self, message, code=500):
        super().__init__(message)
        self.code = code

    @property
    def kind(self):
        return "server" if self.code >= 500 else "client"

    @kind.setter
    def kind(self, value):
        self.code = 500 if value == "server" else 400

    @functools.cached_property
    def label(self):
        print("  computing label")
        return f"{type(self).__name__}[{self.code}]"

    @classmethod
    def make(cls, code):
        return cls(f"code {code}", code)

    @staticmethod
    def describe(code):
        return f"HTTP {code}"

    def __eq__(self, other):
        return isinstance(other, AppError) and (self.args, self.code) == (other.args, other.code)

    def __hash__(self):
        return hash((self.args, self.code))

    def __lt__(self, other):
        return self.code < other.code

    def __getattr__(self, name):
        if name.startswith("x_"):
            return name[2:]
        raise AttributeError(name)


class NotFound(AppError):
    retryable = True


e = AppError("boom")
print(e.kind, e.label, e.label, e.describe(404), AppError.make(404).kind, NotFound.make(404).retryable)
e.kind = "client"
print(e.code, e.kind, e.x_header)
errors = [AppError("a", 503), NotFound("b", 404), AppError("a", 503), NotFound.make(410)]
print(len(set(errors)), e == AppError("boom", 400), e != AppError("boom", 400), errors[0] == errors[2])
print([x.code for x in sorted(errors)], max(errors).code, errors.index(AppError("a", 503)))
print({errors[0]: "first"}[AppError("a", 503)], AppError("z") in errors)
try:
    e.missing
except AttributeError as err:
    print("AttributeError:", err)


class Plain(Exception):
    def __eq__(self, other):
        return True


try:
    hash(Plain())
except TypeError as err:
    print("TypeError:", err)
print(Plain() == 1, Plain("x") in [0])


class Batch(Exception):
    def __init__(self, errors):
        super().__init__(f"{len(errors)} problem(s)")
        self.errors = list(errors)

    def __len__(self):
        return len(self.errors)

    def __iter__(self):
        return iter(self.errors)

    def __bool__(self):
        return any(self.errors)

    def __contains__(self, item):
        return item in self.errors

    def __format__(self, spec):
        return format(str(self), spec)

    def __call__(self, n):
        return self.errors[:n]


b = Batch(["x", "", "y"])
print(len(b), list(b), bool(b), bool(Batch([])), "y" in b, "z" in b, f"[{b:>14}]", b(2), callable(b), [e for e in b if e])
if not Batch([""]):
    print("falsy batch")
raise Batch(["final"])
