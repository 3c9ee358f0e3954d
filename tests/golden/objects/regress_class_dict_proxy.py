# Regression: C.__dict__ handed out the live namespace, so writes bypassed the caches (and could
# leave dangling pointers). It is a read-only mappingproxy.
class A:
    a = 1


class B(A):
    pass


b = B()
print(b.a, B.a)
try:
    B.__dict__["a"] = 2
except TypeError as e:
    print(type(e).__name__, e)
print(b.a, B.a, type(A.__dict__).__name__, "a" in A.__dict__, A.__dict__["a"], len(vars(B)) > 0)
for i in range(100):
    setattr(A, "k" + str(i), i)
print(b.a, b.k42, B.k99)
