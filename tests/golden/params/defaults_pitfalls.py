# Default values are evaluated once at def time: the shared mutable default pitfall, the None
# sentinel fix, defaults capturing state at definition, and editing __defaults__ and
# __kwdefaults__ afterwards.
counter = 0


def next_id():
    global counter
    counter += 1
    return counter


def add_tag(tag, tags=[]):
    tags.append(tag)
    return tags


def add_tag_fixed(tag, tags=None):
    if tags is None:
        tags = []
    tags.append(tag)
    return tags


def stamp(item, created=next_id(), *, by=f"user{next_id()}"):
    return (item, created, by)


_missing = object()


def lookup(d, key, default=_missing):
    if key in d:
        return d[key]
    if default is _missing:
        raise KeyError(key)
    return default


print(add_tag("a"), add_tag("b"), add_tag("c", ["x"]), add_tag("d"))
print(add_tag.__defaults__)
print(add_tag_fixed("a"), add_tag_fixed("b"), add_tag_fixed.__defaults__)
print(stamp("x"), stamp("y"), counter, next_id())
stamp.__defaults__ = (99,)
stamp.__kwdefaults__["by"] = "admin"
print(stamp("z"), stamp("w", 1, by="me"))
print(lookup({"a": 1}, "a"), lookup({}, "a", None), lookup({}, "a", 0))
try:
    lookup({}, "zzz")
except KeyError as e:
    print("KeyError:", e)


def make_multipliers():
    return [lambda x, k=k: x * k for k in range(1, 4)]


print([m(10) for m in make_multipliers()], make_multipliers()[2].__defaults__)


def configure(name, *, retries=3, backoff=counter * 0.5):
    return name, retries, backoff


print(configure("svc"), configure("svc", backoff=0.1), configure.__kwdefaults__)
