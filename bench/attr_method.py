# Attribute and call microbenchmark: N reads of obj.x, N writes of obj.x, N calls of a
# two-argument method, N calls of a module-level function (and, for comparison, of an
# inherited method).
import asyncio

N = 4000000


class Point:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def move(self, dx, dy):
        return self.x + dx - dy


class Point3(Point):
    pass


def move(dx, dy):
    return dx - dy


def read_attrs(p, n):
    total = 0
    for _ in range(n):
        total += p.x
        total += p.y
    return total


def write_attrs(p, n):
    for i in range(n):
        p.x = i
        p.z = i
    return p.x + p.z


def call_methods(p, n):
    total = 0
    for i in range(n):
        total += p.move(i, 3)
    return total


def call_functions(n):
    total = 0
    for i in range(n):
        total += move(i, 3)
    return total


def call_inherited(p, n):
    total = 0
    for i in range(n):
        total += p.move(3, i)
    return total


async def main():
    p = Point(3, 4, 5)
    print("read", read_attrs(p, N))
    print("write", write_attrs(p, N))
    print("method", call_methods(p, N))
    print("function", call_functions(N))
    print("inherited", call_inherited(Point3(7, 8, 9), N))


asyncio.run(main())
