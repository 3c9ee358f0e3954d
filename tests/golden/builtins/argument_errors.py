# Every builtin function called with the wrong arguments: CPython's TypeError texts, which
# differ with how CPython declares each (METH_O, clinic positional-only or with keywords).
for f, a in [(format, (3, 5)), ("ab".ljust, (2.0,)), (len, ()), (abs, (1, 2)), (chr, ("a",)), (sum, ()), (divmod, (1,)), (getattr, (1,)), (isinstance, (1,)), (iter, ()), (next, ()), (round, ()), (hash, ([],)), (sorted, ()), (vars, (1, 2)), (format, ()), (setattr, (1, 2)), (delattr, (1,)), (hasattr, (1,)), (callable, ()), (ord, ("ab",)), (bin, (1.5,)), (repr, ()), (ascii, ()), (id, ()), (any, ()), (all, (1, 2)), (max, ()), (min, (1,)), (print, ()), (enumerate, ()), (zip, ()), (map, (1,)), (filter, ()), (reversed, ()), (issubclass, (1, 2)), (pow, (1,))]:
    try:
        r = f(*a)
        print(r if type(r).__name__ not in ("zip", "enumerate") else type(r).__name__)
    except TypeError as e:
        print(getattr(f, "__name__", f), "TypeError:", e)
for f, kw in [(sum, {"iterable": [1]}), (sum, {"start": 1}), (round, {"number": 2.5}), (sorted, {"iterable": [1]}), (len, {"obj": 1}), (enumerate, {"iterable": "ab", "start": 1}), (print, {"sepx": 1}), (format, {"value": 1}), (divmod, {"x": 1}), (next, {"iterator": 1})]:
    try:
        r = f(**kw)
        print(r if type(r).__name__ not in ("zip", "enumerate") else list(r))
    except TypeError as e:
        print(f.__name__, "TypeError:", e)
