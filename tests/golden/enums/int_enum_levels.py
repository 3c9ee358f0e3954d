# Log levels as an IntEnum: arithmetic and comparisons with ints, filtering a list of records,
# max/min over members, value lookup, aliases and __members__.
from enum import IntEnum, unique


class Level(IntEnum):
    DEBUG = 10
    INFO = 20
    WARNING = 30
    WARN = 30
    ERROR = 40
    CRITICAL = 50

    @classmethod
    def parse(cls, text):
        try:
            return cls[text.upper()]
        except KeyError:
            return cls(int(text))

    def tag(self):
        return self.name[:4]


records = [
    (Level.INFO, "service started"),
    (Level.DEBUG, "cache miss key=7"),
    (Level.WARNING, "slow response 812ms"),
    (Level.ERROR, "db timeout"),
    (Level.INFO, "request done"),
    (Level.CRITICAL, "disk full"),
]

threshold = Level.parse("warn")
print(threshold, repr(threshold), threshold is Level.WARNING)
print([msg for lvl, msg in records if lvl >= threshold])
print(Level.ERROR + 5, Level.INFO * 2, Level.DEBUG < 15, int(Level.CRITICAL) // 10)
print(max(lvl for lvl, _ in records), min(lvl for lvl, _ in records).tag())
print(list(Level), len(Level))
print(list(Level.__members__))
print(Level.parse("40"), Level(50).name, Level.parse("debug").value)
counts = {}
for lvl, _ in records:
    counts[lvl] = counts.get(lvl, 0) + 1
print(sorted(counts.items()))
print({lvl.tag(): n for lvl, n in counts.items()})
print(sorted([Level.ERROR, 25, Level.DEBUG, 35]))
print(f"{Level.INFO:>6}|{Level.ERROR:d}|{Level.WARNING!r}")
try:
    unique(Level)
except ValueError as e:
    print("unique:", e)
try:
    Level(15)
except ValueError as e:
    print(type(e).__name__, e)
print(isinstance(Level.INFO, int), Level.INFO == 20, hash(Level.INFO) == hash(20))
