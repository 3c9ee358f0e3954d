# sys.exit's argument becomes SystemExit's args as PyErr_SetObject makes them: none for None,
# a tuple's items, else the one value (found by the differential fuzzer, seed 772).
import sys

for arg in [None, (1, 2), 5, 'x', (), (7,)]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(e), e.args, e.code)
try:
    sys.exit()
except SystemExit as e:
    print(repr(e), e.args, e.code)
sys.exit((3, 'three'))
