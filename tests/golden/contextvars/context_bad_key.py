import contextvars

current_user = contextvars.ContextVar("current_user", default="guest")


def lookup(ctx, key):
    print("lookup", getattr(key, "name", key))
    return ctx[key]


def audit(keys):
    current_user.set("admin")
    found = []
    for key in keys:
        found.append(lookup(contextvars.copy_context(), key))
        print("  found:", found[-1])
    return found


ctx = contextvars.copy_context()
print("before:", current_user.get())
print(ctx.run(audit, [current_user]))
print("after first run:", current_user.get(), ctx[current_user])
ctx.run(audit, [current_user, 1])
print("unreachable")
