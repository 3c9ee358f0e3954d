# sys.set_int_max_str_digits / get_int_max_str_digits: the limit on decimal int/str conversion
# (4300 digits by default, 0 for none, at least 640 otherwise), checked by str(), repr(), int()
# and formatting; power-of-two bases are never limited.
import sys

big = 7 ** 6000
print(sys.get_int_max_str_digits(), len(hex(big)))
for limit in (100, 0, 5200, 640):
    try:
        sys.set_int_max_str_digits(limit)
        print("limit", sys.get_int_max_str_digits())
        print(len(str(big)), len(f"{big:,}"))
    except ValueError as e:
        print("ValueError:", e)
try:
    int("9" * 700)
except ValueError as e:
    print("ValueError:", e)
sys.set_int_max_str_digits(maxdigits=0)
print(len(repr(int("9" * 9000))))
try:
    sys.set_int_max_str_digits()
except TypeError as e:
    print("TypeError:", e)
sys.set_int_max_str_digits(1000)
print(str(10 ** 1200))
