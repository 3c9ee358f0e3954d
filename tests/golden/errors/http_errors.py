"""An HTTP client's error hierarchy, status mapping and retry policy. One subclass forgets to
call super().__init__, which only shows when its message is rendered."""


class HTTPError(Exception):
    def __init__(self, status, reason="", url=None):
        super().__init__(status, reason)
        self.status, self.reason, self.url = status, reason, url

    def __str__(self):
        where = f" ({self.url})" if self.url else ""
        return f"HTTP {self.status} {self.reason}{where}"

    @property
    def retryable(self):
        return self.status >= 500


class ClientError(HTTPError):
    pass


class NotFound(ClientError):
    def __init__(self, url):
        super().__init__(404, "Not Found", url)


class ServerError(HTTPError):
    pass


class RateLimited(ClientError):
    def __init__(self, retry_after):
        self.retry_after = retry_after

    @property
    def retryable(self):
        return True


def error_for(status, url):
    if status == 404:
        return NotFound(url)
    if status == 429:
        return RateLimited(retry_after=2)
    cls = ServerError if status >= 500 else ClientError if status >= 400 else HTTPError
    reasons = {400: "Bad Request", 401: "Unauthorized", 500: "Internal Server Error", 503: "Unavailable"}
    return cls(status, reasons.get(status, "Unknown"), url)


SCRIPT = {"/a": [200], "/b": [503, 503, 200], "/c": [404], "/d": [429, 200], "/e": [500, 500, 500, 500],
          "/f": [401]}


def fetch(url, attempt):
    statuses = SCRIPT[url]
    status = statuses[min(attempt, len(statuses) - 1)]
    if status >= 400:
        raise error_for(status, url)
    return f"{url}: {len(url) * 100} bytes"


def get(url, retries=3):
    waited = 0
    for attempt in range(retries + 1):
        try:
            return fetch(url, attempt), attempt, waited
        except HTTPError as e:
            if not e.retryable or attempt == retries:
                raise
            delay = getattr(e, "retry_after", 2 ** attempt)
            waited += delay
            print(f"  {url}: attempt {attempt} -> {type(e).__name__}, retry in {delay}s")


for url in SCRIPT:
    try:
        body, attempts, waited = get(url)
        print(f"OK {body} after {attempts} retries, waited {waited}s")
    except NotFound as e:
        print(f"MISSING {e} | args={e.args} | client error: {isinstance(e, ClientError)}")
    except ServerError as e:
        print(f"GAVE UP {e} | retryable={e.retryable}")
    except HTTPError as e:
        print(f"FAILED {e!s} | status={e.status} mro={[c.__name__ for c in type(e).__mro__[:3]]}")

rl = RateLimited(5)
print("RateLimited args:", rl.args, "retry_after:", rl.retry_after, "has status:", hasattr(rl, "status"))
try:
    print(str(rl))
except AttributeError as e:
    print("rendering failed:", e)
print(repr(rl), repr(NotFound("/x")), repr(ServerError(502, "Bad Gateway")))
summary = {}
for status in (400, 401, 404, 429, 500, 503, 302):
    err = error_for(status, "/z")
    summary.setdefault(type(err).__name__, []).append(status)
print(summary)
raise RateLimited(retry_after=60)
