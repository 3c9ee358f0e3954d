"""A line-oriented deployment DSL: tokens via str methods, enums for verbs/targets, match-based planning."""
from dataclasses import dataclass, field
from enum import Enum, IntEnum, auto
from typing import Iterator


class Verb(Enum):
    BUILD = "build"
    TEST = "test"
    DEPLOY = "deploy"
    NOTIFY = "notify"


class Env(IntEnum):
    DEV = auto()
    STAGING = auto()
    PROD = auto()


@dataclass
class Step:
    verb: Verb
    args: dict[str, str] = field(default_factory=dict)
    line: int = 0

    def __str__(self) -> str:
        a = " ".join(f"{k}={v}" for k, v in sorted(self.args.items()))
        return f"{self.line:>3}: {self.verb.value:<7}{a}"


SCRIPT = """
# nightly pipeline
build   target=api  jobs=4
build   target=web
test    suite=unit  retries=2
test    suite=e2e   env=staging
deploy  env=staging target=api
deploy  env=prod    target=api approve=ops
notify  channel=#releases
"""


def parse(text: str) -> Iterator[Step]:
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip() if not raw.lstrip().startswith("notify") else raw.strip()
        if not line:
            continue
        word, *pairs = line.split()
        args = dict(p.split("=", 1) for p in pairs)
        yield Step(Verb(word.lower()), args, n)


def plan(steps: list[Step]) -> list[str]:
    out: list[str] = []
    deployed: set[Env] = set()
    for s in steps:
        match s:
            case Step(Verb.BUILD, {"target": t, "jobs": j}):
                out.append(f"compile {t} with {int(j)} parallel jobs")
            case Step(Verb.BUILD, {"target": t}):
                out.append(f"compile {t}")
            case Step(Verb.TEST, {"suite": suite, **rest}):
                extra = ", ".join(f"{k} {v}" for k, v in rest.items())
                out.append(f"run {suite} tests" + (f" ({extra})" if extra else ""))
            case Step(Verb.DEPLOY, {"env": env_name, "target": t, **rest}):
                env = Env[env_name.upper()]
                missing = [e.name for e in Env if e < env and e is not Env.DEV and e not in deployed]
                if missing:
                    raise RuntimeError(f"line {s.line}: cannot deploy {t} to {env.name} before {missing}")
                if env is Env.PROD and "approve" not in rest:
                    raise PermissionError(f"line {s.line}: prod deploys need approve=")
                deployed.add(env)
                out.append(f"ship {t} to {env.name.lower()} (tier {env.value})" +
                           (f", approved by {rest['approve']}" if "approve" in rest else ""))
            case Step(Verb.NOTIFY, {"channel": ch}) if ch.startswith("#"):
                out.append(f"post summary to {ch}")
            case Step(verb, args):
                raise ValueError(f"line {s.line}: bad arguments for {verb.name}: {args}")
    return out


steps = list(parse(SCRIPT))
for s in steps:
    print(s)
print()
for i, action in enumerate(plan(steps), 1):
    print(f"{i}. {action}")
print()
for bad in ["deploy env=prod target=web approve=me", "test retries=3", "deploy env=staging target=x\ndeploy env=prod target=x",
            "build\n", "notify channel=general"]:
    try:
        plan(list(parse(bad)))
    except (RuntimeError, PermissionError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
print(sorted(Env, reverse=True), Env.PROD > Env.STAGING, Env["DEV"] + 10, [v.value for v in Verb])
print(Verb("deploy") is Verb.DEPLOY, Verb.DEPLOY in Verb, Env(2).name, max(Env).name)
list(parse("rollback env=prod"))
