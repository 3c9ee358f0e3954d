# Texts found by a helper's cases: ',' with '_', '#' on a str, min/max keywords and default, a
# pending Future's result()/exception().
import asyncio
for s in ['_,', ',_', '#s', '__', ',,', '+s', '#>5s']:
    try:
        print(format(10**6 if 's' not in s else 'x', s))
    except ValueError as e:
        print(repr(s), e)
for a, k in [((4, 5), {'default': 0}), ((4, 5), {'limit': 9}), (([1],), {'limit': 9}), ((), {'default': 1}), (([],), {'default': 7})]:
    for f in (min, max):
        try:
            print(f(*a, **k))
        except TypeError as e:
            print(e)
async def m():
    f = asyncio.get_running_loop().create_future()
    for call in (f.result, f.exception):
        try:
            call()
        except asyncio.InvalidStateError as e:
            print(type(e).__name__, e)
asyncio.run(m())
