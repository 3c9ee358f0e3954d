# pow() with keywords and a modulus: GMP's modular power (huge exponents stay fast), inverses for
# negative exponents, the sign of a negative modulus, and the errors.
try:
    print('pow(3, exp=2)', pow(3, exp=2))
except Exception as e:
    print('pow(3, exp=2)', type(e).__name__, e)
try:
    print('pow(base=2, exp=10)', pow(base=2, exp=10))
except Exception as e:
    print('pow(base=2, exp=10)', type(e).__name__, e)
try:
    print('pow(3, 4, mod=5)', pow(3, 4, mod=5))
except Exception as e:
    print('pow(3, 4, mod=5)', type(e).__name__, e)
try:
    print('pow(2, 10**20, 97)', pow(2, 10**20, 97))
except Exception as e:
    print('pow(2, 10**20, 97)', type(e).__name__, e)
try:
    print('pow(3, -1, 7)', pow(3, -1, 7))
except Exception as e:
    print('pow(3, -1, 7)', type(e).__name__, e)
try:
    print('pow(3, 4, -5)', pow(3, 4, -5))
except Exception as e:
    print('pow(3, 4, -5)', type(e).__name__, e)
try:
    print('pow(-3, 3, 5)', pow(-3, 3, 5))
except Exception as e:
    print('pow(-3, 3, 5)', type(e).__name__, e)
try:
    print('pow(2, 3, 0)', pow(2, 3, 0))
except Exception as e:
    print('pow(2, 3, 0)', type(e).__name__, e)
try:
    print('pow(2, -1, 4)', pow(2, -1, 4))
except Exception as e:
    print('pow(2, -1, 4)', type(e).__name__, e)
try:
    print('pow(2.0, 3, 5)', pow(2.0, 3, 5))
except Exception as e:
    print('pow(2.0, 3, 5)', type(e).__name__, e)
try:
    print('pow(2, 3, None)', pow(2, 3, None))
except Exception as e:
    print('pow(2, 3, None)', type(e).__name__, e)
try:
    print('pow(2)', pow(2))
except Exception as e:
    print('pow(2)', type(e).__name__, e)
try:
    print('pow(2, 3, 4, 5)', pow(2, 3, 4, 5))
except Exception as e:
    print('pow(2, 3, 4, 5)', type(e).__name__, e)
try:
    print('pow(2, 3, zz=1)', pow(2, 3, zz=1))
except Exception as e:
    print('pow(2, 3, zz=1)', type(e).__name__, e)
try:
    print('pow(x=1)', pow(x=1))
except Exception as e:
    print('pow(x=1)', type(e).__name__, e)
try:
    print('pow(2, 0.5)', pow(2, 0.5))
except Exception as e:
    print('pow(2, 0.5)', type(e).__name__, e)
try:
    print('pow(1j, 2, 3)', pow(1j, 2, 3))
except Exception as e:
    print('pow(1j, 2, 3)', type(e).__name__, e)
try:
    print('pow(True, 2, 3)', pow(True, 2, 3))
except Exception as e:
    print('pow(True, 2, 3)', type(e).__name__, e)
try:
    print('pow(-2, 0, 1)', pow(-2, 0, 1))
except Exception as e:
    print('pow(-2, 0, 1)', type(e).__name__, e)
try:
    print('pow(5, 0, -3)', pow(5, 0, -3))
except Exception as e:
    print('pow(5, 0, -3)', type(e).__name__, e)
