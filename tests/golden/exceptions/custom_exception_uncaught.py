class AppError(Exception):
    """Base error."""

class NotFound(AppError):
    pass

try:
    raise NotFound("missing thing")
except AppError as e:
    print(type(e).__name__, e, isinstance(e, Exception), repr(e), AppError)
raise NotFound(404, "x")
