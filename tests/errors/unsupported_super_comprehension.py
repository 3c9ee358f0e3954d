# super() without arguments inside a comprehension: CPython 3.11 passes the comprehension its
# iterator as first argument, which aiocc does not reproduce.
class A:
    def f(self):
        return [super().x for _ in "a"]
