# An event bus filled by decorators: handlers registered with priorities, sync and async
# handlers wrapped uniformly, emit() gathering results; a handler that raises propagates
# through the wrappers and ends the program with a traceback (exit 1).
import asyncio
import functools

HANDLERS = {}


def on(event, priority=0):
    def deco(fn):
        @functools.wraps(fn)
        async def wrapped(*args):
            result = fn(*args)
            if asyncio.iscoroutine(result):
                result = await result
            return result

        HANDLERS.setdefault(event, []).append((priority, fn.__name__, wrapped))
        HANDLERS[event].sort(key=lambda h: -h[0])
        return fn
    return deco


@on("signup", priority=10)
def validate(user):
    if "@" not in user["email"]:
        raise ValueError(f"invalid email {user['email']!r}")
    return "valid"


@on("signup")
async def send_welcome(user):
    await asyncio.sleep(0)
    return f"welcome sent to {user['email']}"


@on("signup", priority=5)
@on("login")
def audit(user):
    return f"audit {user['name']}"


async def emit(event, payload):
    results = []
    for priority, name, handler in HANDLERS.get(event, []):
        results.append((name, await handler(payload)))
    return results


async def main():
    print({e: [(p, n) for p, n, _ in hs] for e, hs in HANDLERS.items()})
    print(await emit("signup", {"name": "ann", "email": "ann@x.org"}))
    print(await emit("login", {"name": "bob"}), await emit("logout", {}))
    print(validate({"email": "direct@call"}), audit.__name__)
    both = await asyncio.gather(emit("login", {"name": "cy"}), emit("signup", {"name": "dee", "email": "d@x"}))
    print(both)
    await emit("signup", {"name": "eve", "email": "eve.example.org"})


asyncio.run(main())
