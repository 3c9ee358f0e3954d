# Tests an uncaught TypeError from a user object with no __add__, at module level.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __radd__(self, other):
        return NotImplemented


def total(items):
    s = 0
    for it in items:
        print("adding", it)
        s = s + it
    return s


print(total([]))
print("about to fail")
print(total([Money(5), Money(7)]))
print("never printed")
