print("lazy body")
calls = []


def compute(n):
    calls.append(n)
    return n * 100
