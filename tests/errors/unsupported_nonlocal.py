# expect: 5:9: 'nonlocal' is not supported by aiocc
def outer():
    n = 0
    def inner():
        nonlocal n
        n += 1
    inner()
