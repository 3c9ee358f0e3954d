# expect: 5:7: 'frame object attribute gi_frame' is not supported by aiocc
def gen():
    yield 1
g = gen()
print(g.gi_frame is None)
