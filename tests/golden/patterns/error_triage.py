"""Triage of failures from a job runner by matching on exception objects with class patterns."""


class JobFailure(Exception):
    __match_args__ = ("job", "code")

    def __init__(self, job, code, detail=""):
        super().__init__(job, code, detail)
        self.job, self.code, self.detail = job, code, detail

    @property
    def category(self):
        return {1: "usage", 2: "input", 3: "resource"}.get(self.code // 100, "unknown")

    def __str__(self):
        return f"{self.job} failed with {self.code}: {self.detail}"


class Timeout(JobFailure):
    def __init__(self, job, seconds):
        super().__init__(job, 408, f"timed out after {seconds}s")
        self.seconds = seconds


def triage(exc):
    match exc:
        case Timeout(job, seconds=s) if s < 60:
            return f"retry {job} with a longer timeout (was {s}s)"
        case Timeout(job):
            return f"split {job} into smaller batches"
        case JobFailure(job, 0):
            return f"{job}: not actually a failure"
        case JobFailure(category="input", job=job, detail=d):
            return f"{job}: fix the input ({d})"
        case JobFailure(category="resource") as e:
            return f"{e.job}: add capacity (code {e.code})"
        case JobFailure(job, code) if code >= 500:
            return f"{job}: page the on-call ({code})"
        case JobFailure(job, code):
            return f"{job}: file a ticket ({code})"
        case OSError(errno=2, filename=name):
            return f"missing file {name}"
        case OSError(errno=13 | 1):
            return "permission problem"
        case KeyError(args=[key]):
            return f"config key {key!r} missing"
        case ValueError(args=[str(msg)]) if "invalid literal" in msg:
            return "bad number in input"
        case ArithmeticError():
            return f"math error: {type(exc).__name__}"
        case BaseException(args=()):
            return f"bare {type(exc).__name__}"
        case _:
            return f"unclassified: {exc!r}"


def run(job):
    kind, _, arg = job.partition(":")
    match kind:
        case "parse":
            return int(arg)
        case "open":
            raise FileNotFoundError(2, "No such file or directory", arg)
        case "lock":
            raise PermissionError(13, "Permission denied")
        case "cfg":
            return {"host": "db"}[arg]
        case "div":
            return 1 / int(arg)
        case "slow":
            raise Timeout(job, int(arg))
        case "fail":
            code, _, detail = arg.partition("/")
            raise JobFailure(job, int(code), detail)
        case "halt":
            raise SystemExit
    return f"{job} ok"


JOBS = ["parse:42", "parse:4x2", "open:data.csv", "lock:x", "cfg:port", "div:0", "slow:30", "slow:600",
        "fail:0/none", "fail:204/bad header", "fail:317/disk full", "fail:503/db down", "fail:101/flags",
        "fail:450/odd", "halt", "noop"]
for job in JOBS:
    try:
        print(f"{job:<22} -> {run(job)}")
    except BaseException as exc:
        print(f"{job:<22} !! {triage(exc)}")
e = JobFailure("x", 250, "row 3")
print(e.category, str(e), e.args)
match e:
    case JobFailure(job="x", category=cat):
        print("category via pattern:", cat)
