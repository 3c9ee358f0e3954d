# The warnings module: warn and its stacklevel, the default filters (DeprecationWarning shown
# only for __main__), catch_warnings with record and filters, simplefilter/filterwarnings
# actions, a replaced showwarning, formatwarning, warn_explicit, once, resetwarnings, and a
# coroutine never awaited reported through the module.
import warnings
import sys


def old_api(x):
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return x * 2


def noisy():
    warnings.warn("something odd")
    warnings.warn("runtime thing", RuntimeWarning)


print(old_api(2))
noisy()
noisy()
print(warnings.filters[:2])
print(warnings.defaultaction, warnings.onceregistry)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    noisy()
    old_api(3)
    for w in caught:
        print(w.category.__name__, w.message, w.filename == __file__, w.lineno, w.line)
        print(str(w).replace(__file__, "FILE"))
print(len(warnings.filters))

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        noisy()
    except UserWarning as e:
        print("raised", repr(e))

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="some")
    noisy()

with warnings.catch_warnings():
    warnings.filterwarnings("error", category=RuntimeWarning, module="__main__")
    try:
        noisy()
    except RuntimeWarning as e:
        print("runtime raised", e)

print(warnings.formatwarning("msg", UserWarning, "f.py", 3, "  x = 1  "))


def show(message, category, filename, lineno, file=None, line=None):
    print("SHOW", message, category.__name__, lineno, file, line)


old = warnings.showwarning
warnings.showwarning = show
warnings.warn("custom shown")
warnings.showwarning = old
warnings.warn("back to normal")
warnings.warn_explicit("explicit", UserWarning, "some/file.py", 12, module="mod")
warnings.warn_explicit("explicit", UserWarning, "some/file.py", 12, module="mod")
warnings.warn(UserWarning("instance"))
try:
    warnings.warn("x", category=int)
except TypeError as e:
    print(e)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("once only")
    print(len(log))
print(warnings.catch_warnings(record=True))
warnings.warn("deep", stacklevel=10)
warnings.resetwarnings()
print(warnings.filters)
warnings.simplefilter("error", append=True)
try:
    warnings.warn("now an error")
except UserWarning as e:
    print("err:", e)


async def never():
    pass


warnings.resetwarnings()
warnings.simplefilter("default")
never()
print("end")
