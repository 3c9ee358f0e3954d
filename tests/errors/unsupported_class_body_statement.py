# expect: 3:5: 'this statement in a class body' is not supported by aiocc
class Table:
    for i in range(3):
        pass
