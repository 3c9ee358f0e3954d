# expect: 2:1: 'source encoding cp1252' is not supported by aiocc
# -*- coding: cp1252 -*-
print("€ 5")
