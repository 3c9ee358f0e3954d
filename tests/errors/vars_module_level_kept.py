# expect: 2:10: 'vars() at module level other than read in place (it is globals())' is not supported by aiocc
names = vars()
names["x"] = 1
