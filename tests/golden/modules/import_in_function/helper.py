print("helper body")
n = 0


def g():
    global n
    n += 1
    return f"g call {n}"
