# expect: 2:5: 'globals() other than read in place (dict(globals()) copies it)' is not supported by aiocc
g = globals()
