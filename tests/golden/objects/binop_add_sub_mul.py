# Tests __add__, __sub__, __mul__ on a user class with user and int operands.
class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"V({self.x}, {self.y})"

    def __add__(self, other):
        if isinstance(other, V):
            return V(self.x + other.x, self.y + other.y)
        if isinstance(other, int):
            return V(self.x + other, self.y + other)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, V):
            return V(self.x - other.x, self.y - other.y)
        return NotImplemented

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return V(self.x * k, self.y * k)
        if isinstance(k, V):
            return self.x * k.x + self.y * k.y
        return NotImplemented


a = V(1, 2)
b = V(10, 20)
print(a + b)
print(b - a)
print(a + 5)
print(a * 3)
print(a * 0.5)
print(a * b)
print(a + b + a)
print((a + b) * 2 - a)
print(a.__add__(b))
print(a.__add__("s"))
print(a.__sub__(1) is NotImplemented)
c = a
c = c + b
print(c, a)
print(type(a + b).__name__)
total = V(0, 0)
for v in [a, b, V(100, 200)]:
    total = total + v
print(total)
