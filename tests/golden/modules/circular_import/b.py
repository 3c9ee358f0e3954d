print("b: start")
import a
print("b: after import a")
seen_at_import = sorted(n for n in ("ping", "b") if hasattr(a, n))


def pong(n):
    if n <= 0:
        return "b done"
    return f"b{n} " + a.ping(n - 1)


print("b: end")
