# IntFlag mixed with plain ints: results stay IntFlag for |, &, ^ and ~, become int elsewhere,
# and unknown bits are kept.
from enum import IntFlag, auto


class Open(IntFlag):
    RDONLY = 0
    WRONLY = 1
    RDWR = 2
    CREAT = 64
    EXCL = 128
    TRUNC = 512


class Mode(IntFlag):
    X = auto()
    W = auto()
    R = auto()


flags = Open.WRONLY | Open.CREAT | Open.TRUNC
print(flags, repr(flags), int(flags), flags == 577, isinstance(flags, int))
print(repr(flags | 4), repr(4 | flags), repr(flags & 0o777), repr(flags ^ Open.TRUNC))
print(type(flags + 1).__name__, flags + 1, flags * 2, flags >> 6, hex(flags), f"{flags:#06x}")
print(repr(Open(4)), repr(Open(68)), Open(68).name, list(Open(68)), len(Open(68)))
print(repr(~Mode.R), repr(~Mode.X), repr(Mode(-1)), repr(Mode(0)), repr(~Mode(0)))
print(repr(Mode.R | Mode.W), str(Mode.R | Mode.W), format(Mode.R | Mode.W, "03b"), Mode.R + Mode.W)
print(list(Mode), list(Mode(7)), list(Open), len(Open))
print(Mode.R in Mode(6), Mode.X in Mode(6), Mode(6) in Mode, Mode.W in Mode)
print(repr(Mode(8)), repr(Mode(15)), Mode(15).name, repr(Mode(12) & Mode.R))
print(sorted([Mode.R, Mode.X, Mode.W, Mode(3)]), max(Mode), Mode(5) == 5, hash(Mode(5)) == hash(5))
print({Mode.R: "read"}[4], [m.value for m in Mode(5)], sum(Mode))
mask = 0
for m in (Mode.R, Mode.W):
    mask |= m
print(repr(mask), type(mask).__name__)
print(Open.__members__.keys())
