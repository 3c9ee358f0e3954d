# functools.wraps copies __name__, __doc__, __qualname__, __module__ and sets __wrapped__.
import functools


def plain(fn):
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return fn(*args, **kwargs)
    return wrapper


def proper(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    wrapper.extra = "added"
    return wrapper


@plain
def area(w, h):
    """Return the area of a rectangle."""
    return w * h


@proper
def perimeter(w, h):
    """Return the perimeter of a rectangle."""
    return 2 * (w + h)


class Shape:
    @proper
    def describe(self):
        """Describe the shape."""
        return "a shape"


print(area(2, 3), area.__name__, area.__doc__, area.__qualname__)
print(perimeter(2, 3), perimeter.__name__, perimeter.__doc__, perimeter.__qualname__)
print(perimeter.__module__, perimeter.extra, perimeter.__wrapped__(1, 1))
print(perimeter.__wrapped__.__name__, hasattr(area, "__wrapped__"))
print(Shape().describe(), Shape.describe.__name__, Shape.describe.__qualname__)
print(Shape.describe.__doc__)


@proper
@proper
def twice_wrapped():
    """doc survives"""
    return 1


print(twice_wrapped.__name__, twice_wrapped.__doc__)
print(twice_wrapped.__wrapped__.__wrapped__(), twice_wrapped.__wrapped__ is not twice_wrapped)
f = perimeter
inner = f
while hasattr(inner, "__wrapped__"):
    inner = inner.__wrapped__
print(inner.__name__, inner(10, 20))
perimeter.__wrapped__.__doc__ = "changed"
print(perimeter.__doc__)


def manual(fn):
    def wrapper():
        return fn()
    functools.update_wrapper(wrapper, fn)
    return wrapper


print(manual(twice_wrapped).__name__, manual(twice_wrapped).__doc__)
