# type(...)(), type(NotImplemented)() and type(None)() give the singletons back; types that
# cannot be instantiated raise TypeError.
print(type(...)(), type(NotImplemented)(), type(None)())
for t in (type(...), type(NotImplemented), type(None)):
    try:
        t(1)
    except TypeError as e:
        print(e)
for v in (map(str, []), filter(None, []), enumerate([]), iter([]), (x for x in ())):
    try:
        type(v)()
    except TypeError as e:
        print(type(e).__name__)
