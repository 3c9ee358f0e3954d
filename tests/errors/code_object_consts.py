# expect: 2:7: 'code object attribute co_consts' is not supported by aiocc
print((lambda a, b: a).__code__.co_consts)
