# Float floor division as CPython's float_divmod: signed zeros, infinite divisors; and the
# KeyError message of popitem() on an empty dict.
print(-0.0 // 1, divmod(-0.0, 1), 0.0 // -1, -1 // float("inf"), 7.5 // 2, -7.5 // 2, 7 // -2.0, 1e308 // 1e-308, divmod(-7.5, 2))
try:
    {}.popitem()
except KeyError as e:
    print(e, repr(e))
