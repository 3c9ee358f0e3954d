"""Service settings validated with assertions; the last profile violates a constraint."""
from dataclasses import dataclass, field
from enum import Enum


class Mode(Enum):
    DEV = "dev"
    STAGING = "staging"
    PROD = "prod"


@dataclass
class Limits:
    max_conn: int = 100
    timeout_s: float = 30.0


@dataclass
class Settings:
    name: str
    mode: Mode
    workers: int
    limits: Limits = field(default_factory=Limits)
    features: set[str] = field(default_factory=set)

    def validate(self) -> "Settings":
        assert self.workers >= 1, f"{self.name}: need at least one worker"
        assert self.limits.max_conn >= self.workers, f"{self.name}: {self.limits.max_conn} < {self.workers}"
        if self.mode is Mode.PROD:
            assert "debug" not in self.features, f"{self.name}: debug enabled in prod"
            assert self.limits.timeout_s <= 60, f"{self.name}: timeout {self.limits.timeout_s}s too long"
        return self

    def summary(self) -> str:
        feats = ",".join(sorted(self.features)) or "-"
        return (f"{self.name:<10} {self.mode.value:<8} workers={self.workers:<3} "
                f"conn={self.limits.max_conn:<4} timeout={self.limits.timeout_s:>5.1f}s features={feats}")


profiles = [
    Settings("local", Mode.DEV, 1, features={"debug", "reload"}),
    Settings("qa", Mode.STAGING, 4, Limits(50, 10.0)),
    Settings("bad-conn", Mode.STAGING, 8, Limits(4)),
    Settings("eu-prod", Mode.PROD, 16, Limits(400, 45.0), {"metrics"}),
    Settings("leaky", Mode.PROD, 2, features={"debug"}),
]
ok = []
for p in profiles:
    try:
        ok.append(p.validate())
        print("OK  ", p.summary())
    except AssertionError as e:
        print("FAIL", e)
print(f"{len(ok)}/{len(profiles)} valid:", [s.name for s in ok])
print({m.value: sum(p.mode is m for p in ok) for m in Mode})
slow = Settings("us-prod", Mode.PROD, 32, Limits(500, 90.0))
print("validating", slow.name)
slow.validate()
