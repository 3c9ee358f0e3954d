"""Retries with exception chaining, re-raise, exception groups built by hand and a custom hierarchy."""
import sys


class ServiceError(Exception):
    retryable = False

    def __init__(self, service, detail):
        super().__init__(service, detail)
        self.service = service
        self.detail = detail

    def __str__(self):
        return f"[{self.service}] {self.detail}"


class Timeout(ServiceError):
    retryable = True


class Unavailable(ServiceError):
    retryable = True


class BadRequest(ServiceError):
    pass


PLAN = {
    "users": [Timeout("users", "slow"), Unavailable("users", "503"), "alice,bob"],
    "orders": [BadRequest("orders", "missing id")],
    "stock": ["42"],
    "mail": [Timeout("mail", "slow")] * 4,
}


def call(service, attempt):
    outcome = PLAN[service][min(attempt, len(PLAN[service]) - 1)]
    if isinstance(outcome, Exception):
        raise outcome
    return outcome


def with_retries(service, attempts=3):
    last = None
    for attempt in range(attempts):
        try:
            return call(service, attempt)
        except ServiceError as e:
            if not e.retryable:
                raise
            print(f"    {service}: attempt {attempt + 1} failed: {e}")
            last = e
    raise RuntimeError(f"{service} unavailable after {attempts} attempts") from last


def run_all():
    results, failures = {}, []
    for service in PLAN:
        try:
            results[service] = with_retries(service)
        except (ServiceError, RuntimeError) as e:
            failures.append(e)
    return results, failures


def main():
    results, failures = run_all()
    print("results:", results)
    for f in failures:
        chain = []
        e = f
        while e is not None:
            chain.append(f"{type(e).__name__}({e})")
            e = e.__cause__ or e.__context__
        print("failure chain:", " <- ".join(chain))
    print("args:", failures[0].args, "| service attr:", getattr(failures[0], "service", None))
    group = ExceptionGroup("batch failed", failures)
    print("group:", group, "| count:", len(group.exceptions))
    timeouts, rest = group.split(lambda e: isinstance(e.__cause__, Timeout))
    print("split:", timeouts and [str(e) for e in timeouts.exceptions], rest and [type(e).__name__ for e in rest.exceptions])
    sub = group.subgroup(ServiceError)
    print("subgroup:", sub.message if sub else None, sub and len(sub.exceptions))
    nested = BaseExceptionGroup("outer", [group, ValueError("plain")])
    print("nested type:", type(nested).__name__, [type(e).__name__ for e in nested.exceptions])
    try:
        try:
            raise Timeout("db", "deadlock")
        except Timeout as e:
            e.add_note("retry budget exhausted")
            raise
    except ServiceError as e:
        print("re-raised same object:", e, e.__notes__)
    try:
        raise BadRequest("api", "no body") from None
    except BadRequest as e:
        print("suppressed:", e.__suppress_context__, e.__cause__)
    sys.stdout.flush()
    raise group


main()
