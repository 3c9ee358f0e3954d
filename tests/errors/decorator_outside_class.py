# expect: 3:1: 'decorator outside a class body' is not supported by aiocc

@staticmethod
def helper():
    pass
