# Tests __int__ and __float__ used by int()/float(), and errors for missing/bad returns.
class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        print("  __int__")
        return int(self.v)
    def __float__(self):
        print("  __float__")
        return float(self.v)


n = Num(3.7)
print(int(n), float(n))
print(int(Num(-2.9)), float(Num(5)))
print(int(n) + 1, float(n) / 2)


class OnlyIndex:
    def __index__(self):
        return 9


print(int(OnlyIndex()), float(OnlyIndex()))


class Nothing:
    pass


try:
    int(Nothing())
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(Nothing())
except TypeError as e:
    print(type(e).__name__, e)


class BadInt:
    def __int__(self):
        return "5"
    def __float__(self):
        return 5


try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
print(int(" 42 "), int("-7"), float("1e3"), int(True), float(False), int(2.99))
