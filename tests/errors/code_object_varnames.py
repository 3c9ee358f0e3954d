# expect: 2:7: 'code object attribute co_varnames' is not supported by aiocc
print((lambda a, b: a).__code__.co_varnames)
