# isinstance() and issubclass() take tuples nested to any depth, checked in order.
print(isinstance(1, (str, (float, int))), isinstance("s", ((int,), ((bytes, str),))))
print(issubclass(bool, (str, (list, (int,)))), issubclass(int, ((), (str,))))
print(isinstance(3, ()), isinstance(3, int | (str | None)))
try:
    isinstance(1, (str, (float, 3)))
except TypeError as e:
    print(e)
try:
    issubclass(int, (str, ("x",)))
except TypeError as e:
    print(e)
print(isinstance(1, (int, (float, 3))))
