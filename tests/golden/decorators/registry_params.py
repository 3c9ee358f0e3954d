import asyncio
import functools

HANDLERS = {}


def route(path, *, methods=("GET",)):
    def decorator(fn):
        for m in methods:
            HANDLERS[(m, path)] = fn
        fn.route = path
        return fn
    return decorator


def require(role):
    def decorator(fn):
        @functools.wraps(fn)
        async def wrapper(user, *args, **kw):
            if role not in user.get("roles", ()):
                raise PermissionError(f"{user['name']} lacks {role!r} for {fn.__name__}")
            return await fn(user, *args, **kw)
        return wrapper
    return decorator


def retry(times):
    def decorator(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kw):
            for attempt in range(1, times + 1):
                try:
                    return await fn(*args, **kw)
                except ConnectionError as e:
                    print(f"  attempt {attempt} failed: {e}")
            raise ConnectionError(f"{fn.__name__} failed {times} times")
        return wrapper
    return decorator


@route("/users")
async def list_users(user):
    await asyncio.sleep(0.001)
    return ["ann", "bob"]


@route("/admin", methods=("GET", "POST"))
@require("admin")
async def admin(user, action="view"):
    await asyncio.sleep(0.001)
    return f"{user['name']} did {action}"


calls = {"n": 0}


@route("/flaky")
@retry(3)
async def flaky(user):
    calls["n"] += 1
    if calls["n"] < 3:
        raise ConnectionError(f"try {calls['n']}")
    return "finally ok"


async def dispatch(method, path, user, **kw):
    handler = HANDLERS.get((method, path))
    if handler is None:
        return f"404 {method} {path}"
    try:
        return await handler(user, **kw)
    except PermissionError as e:
        return f"403 {e}"


async def main():
    ann = {"name": "ann", "roles": ["admin"]}
    bob = {"name": "bob"}
    print(sorted(HANDLERS), admin.__name__, admin.route, flaky.route, admin.__wrapped__.__name__)
    for req in [("GET", "/users", bob), ("POST", "/admin", ann), ("GET", "/admin", bob), ("DELETE", "/users", ann), ("GET", "/flaky", bob)]:
        print(await dispatch(*req))
    print(await dispatch("POST", "/admin", ann, action="reboot"))
    calls["n"] = -5
    await dispatch("GET", "/flaky", ann)

asyncio.run(main())
