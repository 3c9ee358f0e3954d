# File permissions as an enum.Flag: combining, testing, iterating and naming flag values.
from enum import Flag, auto


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXECUTE = auto()
    NONE = 0
    RW = READ | WRITE
    ALL = READ | WRITE | EXECUTE


def describe(p: Perm) -> str:
    if not p:
        return "no access"
    return ", ".join(m.name.lower() for m in p)


files = {
    "notes.txt": Perm.READ | Perm.WRITE,
    "run.sh": Perm.ALL,
    "secret.key": Perm.READ,
    "locked.db": Perm.NONE,
    "tool": Perm.READ | Perm.EXECUTE,
}

for name, perm in files.items():
    print(f"{name:12} {perm!r:28} {str(perm):26} len={len(perm)} -> {describe(perm)}")

print(list(Perm))
print(len(Perm), Perm)
print(list(Perm.__members__))
print(Perm.RW is (Perm.READ | Perm.WRITE), Perm(3) is Perm.RW)
print(repr(Perm.READ | Perm.EXECUTE), (Perm.READ | Perm.EXECUTE).name, (Perm.READ | Perm.EXECUTE).value)
print(Perm.WRITE in Perm.RW, Perm.EXECUTE in Perm.RW, Perm.NONE in Perm.RW, Perm.RW in Perm.ALL)
print(repr(~Perm.READ), repr(~Perm.ALL), repr(~Perm.NONE), repr(~(Perm.READ | Perm.EXECUTE)))
print(repr(Perm.ALL & ~Perm.WRITE), repr(Perm.RW ^ Perm.ALL), repr(Perm.RW & Perm.EXECUTE))
print(repr(Perm(0)), str(Perm(0)), Perm(0).name, bool(Perm(0)), Perm(0) is Perm.NONE)
print(Perm.READ in Perm, (Perm.READ | Perm.EXECUTE) in Perm, Perm.ALL in Perm)
print(Perm["RW"], Perm(7), Perm(5), format(Perm.RW), f"[{Perm.READ | Perm.EXECUTE:>22}]")

granted = Perm.NONE
for step in (Perm.READ, Perm.WRITE, Perm.WRITE, Perm.EXECUTE):
    granted |= step
    print("granted", granted, granted == Perm.ALL)
granted &= ~Perm.EXECUTE
print("revoked", granted, granted is Perm.RW)

cache = {Perm.READ: "r", Perm.RW: "rw", Perm.READ | Perm.EXECUTE: "rx"}
print(cache[Perm(5)], cache[Perm.WRITE | Perm.READ], sorted(cache.values()))
print(isinstance(Perm.RW, Perm), type(Perm.READ | Perm.EXECUTE).__name__, Perm.READ.value)
