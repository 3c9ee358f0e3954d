# A loop with a test: the interrupt is reported at the test, with its carets.
def count():
    n = 0
    while n < 10**15:
        n += 1
    return n


print("ready", flush=True)
count()
