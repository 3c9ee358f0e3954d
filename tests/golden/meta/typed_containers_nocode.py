"""__class_getitem__ for a homemade typed-collection library, plus class decorators."""
import functools


def register_codec(*formats):
    def deco(cls):
        for fmt in formats:
            CODECS[fmt] = cls
        cls.formats = formats
        return cls
    return deco


CODECS = {}


def auto_repr(cls):
    names = getattr(cls, "repr_fields", ())

    def __repr__(self):
        body = ", ".join(f"{n}={getattr(self, n)!r}" for n in names)
        return f"{cls.__name__}({body})"
    cls.__repr__ = __repr__
    return cls


class Alias:
    def __init__(self, origin, args):
        self.origin = origin
        self.args = args

    def __repr__(self):
        inner = ", ".join(a.__name__ if isinstance(a, type) else repr(a) for a in self.args)
        return f"{self.origin.__name__}[{inner}]"

    def __call__(self, *a, **kw):
        inst = self.origin(*a, **kw)
        inst.item_types = self.args
        inst.check_all()
        return inst

    def __eq__(self, other):
        return isinstance(other, Alias) and (self.origin, self.args) == (other.origin, other.args)

    def __hash__(self):
        return hash((self.origin, self.args))


@auto_repr
class TypedList:
    repr_fields = ("items",)
    item_types = (object,)

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) != 1:
            raise TypeError(f"{cls.__name__} takes 1 type argument, got {len(params)}")
        return Alias(cls, params)

    def __init__(self, items=()):
        self.items = list(items)

    def check(self, value):
        (t,) = self.item_types
        if not isinstance(value, t):
            raise TypeError(f"expected {t.__name__}, got {type(value).__name__}: {value!r}")

    def check_all(self):
        for v in self.items:
            self.check(v)

    def append(self, value):
        self.check(value)
        self.items.append(value)
        return self


@register_codec("kv", "pairs")
@auto_repr
class TypedMap(TypedList):
    repr_fields = ("items", "item_types")

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError(f"{cls.__name__} needs [K, V]")
        return Alias(cls, params)

    def check(self, pair):
        k, v = pair
        kt, vt = self.item_types
        if not isinstance(k, kt) or not isinstance(v, vt):
            raise TypeError(f"bad pair {pair!r} for {kt.__name__}->{vt.__name__}")

    def encode(self):
        return ";".join(f"{k}={v}" for k, v in self.items)


IntList = TypedList[int]
print(IntList, TypedList[str], IntList == TypedList[int], len({IntList, TypedList[int]}))
nums = IntList([3, 1, 2]).append(10)
print(nums, nums.item_types)
try:
    nums.append("11")
except TypeError as e:
    print("TypeError:", e)
try:
    TypedList[int, str]
except TypeError as e:
    print("TypeError:", e)

Ages = TypedMap[str, int]
m = Ages([("ann", 31), ("bo", 4)])
print(Ages, m)
print(m.encode(), TypedMap.formats, sorted(CODECS), CODECS["kv"] is TypedMap)
print(TypedMap.__repr__ is not TypedList.__repr__, TypedMap.__qualname__)


@functools.total_ordering
@auto_repr
class Version:
    repr_fields = ("parts",)

    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts


vs = [Version(t) for t in ("1.10.0", "1.2", "1.2.0", "0.9.9")]
print(sorted(vs))
print(Version("1.2") <= Version("1.2.0"), Version("2.0") >= Version("1.99"), max(vs))
print([v.__class__.__name__ for v in vs[:1]], Version.__lt__.__name__, Version.__ge__.__name__)
bad = TypedMap[str, int]([("x", 1), (2, "y")])
