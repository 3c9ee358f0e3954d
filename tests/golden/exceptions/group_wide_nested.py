# A wide group (17 members: 15 shown and 'and 2 more exceptions') with a nested group, as the
# cause of another exception.
def f(): raise ExceptionGroup("wide", [ValueError(i) for i in range(17)] + [ExceptionGroup("nested", [KeyError(1)])])
try:
    f()
except ExceptionGroup as e:
    raise RuntimeError("wrapped") from e
