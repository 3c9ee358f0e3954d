# Tests exception subclasses with extra attributes, super().__init__(msg), str/repr/args.
class AppError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code


class NotFound(AppError):
    def __init__(self, what):
        super().__init__(f"{what} not found", 404)
        self.what = what


class Verbose(Exception):
    def __str__(self):
        return "verbose: " + ", ".join([str(a) for a in self.args])


class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
        self.b = b


try:
    raise NotFound("page")
except AppError as e:
    print(type(e).__name__, e, e.code, e.what, e.args, repr(e))
    print(isinstance(e, NotFound), isinstance(e, Exception), isinstance(e, ValueError))
try:
    raise Verbose(1, "two")
except Exception as e:
    print(e, repr(e), e.args)
try:
    raise NoSuper(1, 2)
except NoSuper as e:
    print(repr(str(e)), e.args, e.a + e.b, repr(e))
e = AppError("m", 5)
print(str(e), e.args, e.code, issubclass(NotFound, AppError), NotFound.__mro__[2].__name__)
print([c.__name__ for c in NotFound.__mro__])


class MyKey(KeyError):
    pass


try:
    raise MyKey("k")
except LookupError as e:
    print(type(e).__name__, e, str(KeyError("k")))
try:
    try:
        raise NotFound("inner")
    except AppError as inner:
        raise AppError("outer", 500) from inner
except AppError as e:
    print(e, e.code, type(e.__cause__).__name__, e.__cause__.what)
err = ValueError("a", 2)
print(err.args, str(err), repr(ValueError()), str(Exception()))
