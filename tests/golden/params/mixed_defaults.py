# All parameter kinds together: positional-only, normal, *args, keyword-only, **kwargs.
def record(kind, /, source="local", *values, strict=False, tag=None, **meta):
    print(f"kind={kind} source={source} values={values} strict={strict} tag={tag} meta={meta}")


record("a")
record("b", "remote")
record("c", "remote", 1, 2, 3)
record("d", strict=True)
record("e", source="cache", tag="t1", owner="me")
record("f", "s", 9, 8, strict=True, extra=1, kind="shadow")
args = ("g", "disk", 4, 5)
kwargs = {"tag": "bulk", "size": 10}
record(*args, **kwargs)
record(*"hij")


def pipeline(*stages, name="pipe", **options):
    print(name, [s.__name__ for s in stages], sorted(options.items()))
    def run(x):
        for s in stages:
            x = s(x)
        return x
    return run


def inc(x):
    return x + 1


def dbl(x):
    return x * 2


p = pipeline(inc, dbl, inc, name="calc", verbose=False, depth=3)
print(p(5), p(0))
print(pipeline()(7))


def defaults_shared(item, bucket=[]):
    bucket.append(item)
    return bucket


print(defaults_shared(1), defaults_shared(2), defaults_shared(3, []))


def late_default(n, base=None):
    base = [] if base is None else base
    base.extend(range(n))
    return base


print(late_default(2), late_default(3), late_default(1, [9]))
