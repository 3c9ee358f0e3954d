# TypeError messages for missing required positional and keyword-only arguments.
def send(to, subject, body, *, sender, reply_to):
    return f"{sender}->{to}: {subject}"


class Mailer:
    def deliver(self, msg, *, priority):
        return f"{msg}@{priority}"


def outer():
    def inner(a, *, b):
        return a + b
    return inner


attempts = [
    ("no kw-only", lambda: send("bob", "hi", "text")),
    ("one kw-only", lambda: send("bob", "hi", "text", sender="ann")),
    ("positional 1", lambda: send("bob", "hi", sender="a", reply_to="b")),
    ("positional 2", lambda: send("bob", sender="a", reply_to="b")),
    ("positional 3", lambda: send(sender="a", reply_to="b")),
    ("method", lambda: Mailer().deliver("m")),
    ("method positional", lambda: Mailer().deliver(priority=1)),
    ("nested", lambda: outer()(1)),
    ("ok", lambda: send("bob", "hi", "x", sender="ann", reply_to="ann")),
]
for label, call in attempts:
    try:
        print(label, "->", call())
    except TypeError as e:
        print(label, "-> TypeError:", e)
f = lambda x, *, y: x * y
try:
    f(2)
except TypeError as e:
    print("lambda:", e)
print(f(2, y=21))
