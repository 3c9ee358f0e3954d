# Decorators that return the function unchanged: a command registry and event hooks.
commands = {}
hooks = {"before": [], "after": []}


def command(name=None):
    def register(fn):
        commands[name or fn.__name__] = fn
        return fn
    return register


def hook(when):
    def register(fn):
        hooks[when].append(fn)
        return fn
    return register


@command()
def add(a, b):
    return a + b


@command("mul")
def multiply(a, b):
    return a * b


@command("neg")
def negate(a):
    return -a


@hook("before")
def announce(name, args):
    print(f"running {name} with {args}")


@hook("after")
def report(name, result):
    print(f"{name} produced {result}")


@hook("after")
def check_sign(name, result):
    if result < 0:
        print(f"  warning: {name} is negative")


def run(line):
    name, *rest = line.split()
    args = [int(x) for x in rest]
    for h in hooks["before"]:
        h(name, args)
    result = commands[name](*args)
    for h in hooks["after"]:
        h(name, result)
    return result


for line in ["add 2 3", "mul 4 5", "neg 7", "add -10 4"]:
    run(line)
print(sorted(commands), multiply is commands["mul"], add(1, 1))
print([h.__name__ for h in hooks["after"]])
