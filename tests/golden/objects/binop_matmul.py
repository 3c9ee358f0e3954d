# Tests the @ operator: __matmul__, __rmatmul__, __imatmul__ and its TypeError messages.
class M:
    def __init__(self, rows):
        self.rows = rows

    def __repr__(self):
        return f"M({self.rows})"

    def __matmul__(self, o):
        if not isinstance(o, M):
            return NotImplemented
        n = len(self.rows)
        m = len(o.rows[0])
        k = len(o.rows)
        out = []
        for i in range(n):
            row = []
            for j in range(m):
                s = 0
                for t in range(k):
                    s += self.rows[i][t] * o.rows[t][j]
                row.append(s)
            out.append(row)
        return M(out)

    def __rmatmul__(self, o):
        return ("rmatmul", o)


a = M([[1, 2], [3, 4]])
b = M([[0, 1], [1, 0]])
print(a @ b)
print(b @ a)
print(a @ b @ b)
print(5 @ a)
print([1] @ a)
c = a
c @= b
print(c, a)
print(a.__matmul__(3))
try:
    print(a @ 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(3 @ 4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    x = 1
    x @= 2
except TypeError as e:
    print(type(e).__name__, e)
