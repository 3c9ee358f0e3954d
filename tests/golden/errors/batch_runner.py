"""A batch job runner: custom exception classes with extra state, retries, SystemExit handling."""
import sys


class JobError(Exception):
    retryable = False

    def __init__(self, job, detail, code=1):
        super().__init__(job, detail)
        self.job, self.detail, self.code = job, detail, code

    def __str__(self):
        return f"job {self.job!r} failed: {self.detail} (code {self.code})"


class TransientError(JobError):
    retryable = True


class FatalError(JobError):
    def __init__(self, job, detail):
        super().__init__(job, detail, code=99)


class Abort(BaseException):
    """Not an Exception: must not be swallowed by generic handlers."""


JOBS = {
    "extract": {"fails": 0},
    "transform": {"fails": 2, "kind": "transient"},
    "validate": {"fails": 1, "kind": "plain"},
    "load": {"fails": 5, "kind": "transient"},
    "notify": {"fails": 1, "kind": "zero"},
    "archive": {"fails": 0},
}
attempts = {}


def run_job(name):
    spec = JOBS[name]
    attempts[name] = attempts.get(name, 0) + 1
    if attempts[name] <= spec["fails"]:
        kind = spec.get("kind")
        if kind == "transient":
            raise TransientError(name, f"timeout on attempt {attempts[name]}", code=75)
        if kind == "zero":
            return 1 / 0
        raise JobError(name, "bad input rows: 3")
    return f"{name}:done"


def run_with_retry(name, max_tries=3):
    last = None
    for i in range(max_tries):
        try:
            return run_job(name)
        except JobError as e:
            last = e
            if not e.retryable:
                raise
            print(f"  retry {name} after: {e}")
    raise FatalError(name, f"gave up after {max_tries} tries") from last


def main(job_names):
    results, failures = [], []
    for name in job_names:
        try:
            results.append(run_with_retry(name))
        except FatalError as e:
            failures.append(e)
            print(f"FATAL {e} | cause: {e.__cause__} | args={e.args}")
        except JobError as e:
            failures.append(e)
            print(f"ERROR {e!s} | repr: {e!r}")
        except Exception as e:
            failures.append(e)
            print(f"UNEXPECTED {type(e).__name__}: {e}")
        finally:
            print(f"  [{name}] attempts so far: {attempts.get(name, 0)}")
    print("results:", results)
    codes = [getattr(f, "code", 2) for f in failures]
    print("failure codes:", codes)
    return max(codes, default=0)


code = main(list(JOBS))
print("computed exit code:", code)

try:
    try:
        raise Abort("operator pressed stop")
    except Exception:
        print("generic handler (should not run)")
except BaseException as e:
    print("BaseException handler:", type(e).__name__, e, isinstance(e, Exception))

try:
    sys.exit(4)
except SystemExit as e:
    print("caught SystemExit:", e.code, type(e.code).__name__, e.args)
try:
    sys.exit("fatal: message")
except SystemExit as e:
    print("caught SystemExit with message:", repr(e.code))
try:
    raise SystemExit
except SystemExit as e:
    print("bare SystemExit code:", e.code)
print("JobError args:", JobError("x", "y").args, str(JobError("x", "y", 5)), repr(FatalError("a", "b")))


def shutdown(code):
    try:
        print("shutting down with", code)
        sys.exit(code)
    finally:
        print("finally still runs before exit")


shutdown(code)
print("never printed")
