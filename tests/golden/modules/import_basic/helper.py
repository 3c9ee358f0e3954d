print("helper body runs, __name__ =", __name__)
count = 0
label = "start"


def greet(who):
    return f"hello, {who}"


def report():
    return f"{label}:{count}"


def bump():
    global count
    count *= 2
