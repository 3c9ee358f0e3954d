"""A fake database with transactional context managers, savepoints and suppressed errors."""


class IntegrityError(Exception):
    pass


class FakeDB:
    def __init__(self):
        self.data = {}
        self.log = []
        self.depth = 0

    def transaction(self):
        return Transaction(self)


class Transaction:
    def __init__(self, db):
        self.db = db
        self.snapshot = None

    def __enter__(self):
        self.snapshot = dict(self.db.data)
        self.db.depth += 1
        self.db.log.append(f"{'  ' * (self.db.depth - 1)}BEGIN")
        return self.db

    def __exit__(self, exc_type, exc, tb):
        indent = "  " * (self.db.depth - 1)
        self.db.depth -= 1
        if exc_type is None:
            self.db.log.append(f"{indent}COMMIT")
            return False
        self.db.data = self.snapshot
        self.db.log.append(f"{indent}ROLLBACK ({exc_type.__name__}: {exc})")
        return issubclass(exc_type, IntegrityError)


class suppress_and_count:
    counts = {}

    def __init__(self, *excs):
        self.excs = excs

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.excs):
            suppress_and_count.counts[et.__name__] = suppress_and_count.counts.get(et.__name__, 0) + 1
            self.caught = ev
            return True
        self.caught = None
        return None


def insert(db, key, value):
    if key in db.data:
        raise IntegrityError(f"duplicate key {key!r}")
    if not isinstance(value, int):
        raise TypeError(f"value for {key!r} must be int")
    db.data[key] = value


db = FakeDB()
with db.transaction() as t:
    insert(t, "a", 1)
    insert(t, "b", 2)
print("after 1:", db.data)

with db.transaction():
    insert(db, "c", 3)
    insert(db, "a", 99)
    insert(db, "d", 4)
print("after 2:", db.data)

try:
    with db.transaction():
        insert(db, "e", 5)
        insert(db, "f", "six")
except TypeError as e:
    print("caught outside:", e)
print("after 3:", db.data)

with db.transaction():
    insert(db, "g", 7)
    with db.transaction():
        insert(db, "h", 8)
        insert(db, "g", 0)
    with db.transaction():
        insert(db, "i", 9)
print("after 4:", db.data)

with suppress_and_count(KeyError, IndexError) as s1, suppress_and_count(ZeroDivisionError) as s2:
    [][3]
print("s1 caught:", repr(s1.caught), "s2 caught:", s2.caught)
for key in ["zz", "a", "yy"]:
    with suppress_and_count(KeyError) as s:
        print("value:", db.data[key])
    if s.caught is not None:
        print("missing:", s.caught)
with suppress_and_count(ArithmeticError):
    1 / 0
print(sorted(suppress_and_count.counts.items()))


def first_value(db, keys):
    for k in keys:
        with suppress_and_count(KeyError):
            return db.data[k]
    return None


print(first_value(db, ["nope", "c", "a"]), first_value(db, []), first_value(db, ["x"]))

results = []
for attempt in range(3):
    with db.transaction():
        with suppress_and_count(TypeError):
            insert(db, f"k{attempt}", attempt if attempt != 1 else None)
            results.append(attempt)
        if attempt == 2:
            break
print(results, sorted(db.data))
print("\n".join(db.log))
with db.transaction():
    insert(db, "z", 26)
    raise KeyError("z")
