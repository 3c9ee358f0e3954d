# expect: 4:7: 'collections.UserList' is not supported by aiocc
# A name CPython's collections has that aiocc's library module does not: refused by name.
import collections
print(collections.UserList)
