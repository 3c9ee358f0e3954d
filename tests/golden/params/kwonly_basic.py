# Keyword-only parameters after a bare *, with and without defaults.
def connect(host, port=80, *, timeout=5.0, retries, secure=False):
    scheme = "https" if secure else "http"
    return f"{scheme}://{host}:{port} timeout={timeout} retries={retries}"


def make_report(title, *, width=20, fill="-", upper=False):
    text = title.upper() if upper else title
    return text.center(width, fill)


print(connect("example.org", retries=3))
print(connect("example.org", 8443, secure=True, retries=1, timeout=0.5))
print(connect(port=22, host="git", retries=0))
opts = {"retries": 2, "timeout": 1}
print(connect("db", 5432, **opts))
print(make_report("summary"))
print(make_report("summary", width=11, fill="*"))
print(make_report("x", upper=True, fill="=", width=5))
print(connect.__kwdefaults__)
print(connect.__defaults__, connect.__code__.co_kwonlyargcount)


class Logger:
    def __init__(self, name, *, level="info", prefix=""):
        self.name = name
        self.level = level
        self.prefix = prefix

    def log(self, msg, *, level=None, **extra):
        lvl = level or self.level
        tail = "".join(f" {k}={v}" for k, v in extra.items())
        print(f"[{lvl}] {self.prefix}{self.name}: {msg}{tail}")


lg = Logger("app", prefix=">> ")
lg.log("started")
lg.log("disk low", level="warn", free=12, unit="GB")
Logger("db", level="debug").log("query", ms=3)
