# expect: 3:5: 'yield' is not supported by aiocc
def gen():
    yield 1
