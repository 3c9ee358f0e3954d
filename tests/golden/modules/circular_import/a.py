print("a: start")
import b
print("a: after import b")


def ping(n):
    if n <= 0:
        return "a done"
    return f"a{n} " + b.pong(n - 1)


print("a: end")
