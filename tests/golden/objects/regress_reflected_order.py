# Regression: a subclass's reflected method went first even when only inherited, and != skipped
# the subclass-first rule when the subclass defines only __eq__.
class A:
    def __add__(self, o):
        return "A.add"

    def __radd__(self, o):
        return "A.radd"


class B(A):
    pass


class C(A):
    def __radd__(self, o):
        return "C.radd"


print(A() + B(), A() + C(), B() + A())


class E:
    def __eq__(self, o):
        print("E.eq")
        return True


class F(E):
    def __eq__(self, o):
        print("F.eq")
        return False


print(E() != F(), E() == F(), F() != E())
