print("pkg.a runs")
calls = 0


def f():
    global calls
    calls += 1
    return f"a.f call {calls}"
