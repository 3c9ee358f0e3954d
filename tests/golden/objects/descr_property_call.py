# Tests property() called directly with fget/fset/fdel/doc, and inherited/overridden properties.
class Account:
    def __init__(self):
        self._bal = 0
    def get_bal(self):
        return self._bal
    def set_bal(self, v):
        self._bal = max(0, v)
    def del_bal(self):
        print("  closing")
        self._bal = 0
    balance = property(get_bal, set_bal, del_bal, "The balance.")
    view = property(get_bal)
    doubled = property(lambda self: self._bal * 2)


a = Account()
a.balance = 50
print(a.balance, a.view, a.doubled)
a.balance = -5
print(a.balance)
a.balance = 30
del a.balance
print(a.balance)
print(Account.balance.__doc__)
try:
    a.view = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del a.doubled
except AttributeError as e:
    print(type(e).__name__, e)
p = property()
try:
    p.__get__(a, Account)
except AttributeError as e:
    print(type(e).__name__, e)


class Savings(Account):
    def get_rate(self):
        return 0.05
    rate = property(get_rate)
    balance = property(lambda self: self._bal + 1000)


s = Savings()
s._bal = 5
print(s.balance, s.view, s.rate)
try:
    s.balance = 1
except AttributeError as e:
    print(type(e).__name__, e)
ro = property(Account.get_bal).setter(Account.set_bal)
print(ro.fget is Account.get_bal, ro.fset is Account.set_bal, ro.fdel)
