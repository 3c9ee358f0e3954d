# Attribute and call microbenchmark: N reads of obj.x, N writes of obj.x, N calls of a
# two-argument method, N calls of a module-level function (and, for comparison, of an
# inherited method). `attr_method.py PART` runs one part alone, or the same loop without the
# operation (`loop_read`, `loop_write`, `loop_call`): bench/run.py --micro times the difference
# to give nanoseconds per operation.
import asyncio
import sys

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


def loop_read(n):
    total = 0
    c = 3
    for _ in range(n):
        total += c
        total += c
    return total


def loop_write(n):
    a = b = 0
    for i in range(n):
        a = i
        b = i
    return a + b


def loop_call(n):
    total = 0
    for i in range(n):
        total += i
    return total


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
    if len(sys.argv) > 1:
        part = sys.argv[1]
        if part == "loop_read":
            print(part, loop_read(N))
        elif part == "loop_write":
            print(part, loop_write(N))
        elif part == "loop_call":
            print(part, loop_call(N))
        elif part == "read":
            print(part, read_attrs(p, N))
        elif part == "write":
            print(part, write_attrs(p, N))
        elif part == "method":
            print(part, call_methods(p, N))
        elif part == "function":
            print(part, call_functions(N))
        return
    print("read", read_attrs(p, N))
    print("write", write_attrs(p, N))
    print("method", call_methods(p, N))
    print("function", call_functions(N))
    print("inherited", call_inherited(Point3(7, 8, 9), N))


asyncio.run(main())
