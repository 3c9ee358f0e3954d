# staticmethod objects are callable (3.10+): a helper called in the class body defining it;
# classmethod objects are not.
class A:
    @staticmethod
    def c(x): return x * 100
    K = c(1.5)
    @classmethod
    def k(cls): pass
    try:
        k()
    except TypeError as e:
        print(e)
print(A.K, callable(A.__dict__["c"]), callable(A.__dict__["k"]), A.__dict__["c"](2))
