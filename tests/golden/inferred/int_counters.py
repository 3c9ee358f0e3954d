# Range loops whose counters fit in 64 bits, len() results, and int arithmetic over them:
# typed code must print what CPython prints, overflow to big ints included.
import asyncio


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        print("index", self.v)
        return self.v


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        print("len called")
        return self.n


def loops():
    out = []
    for i in range(5):
        out.append(i)
    for i in range(2, 7):
        out.append(i)
    for i in range(10, 0, -3):
        out.append(i)
    for i in range(0, 20, 7):
        out.append(i)
    for i in range(3, 3):
        out.append("never")
    for i in range(5, 0):
        out.append("never")
    print(out)


def big_bounds():
    total = 0
    for i in range(10 ** 30):
        if i == 4:
            break
        total += i
    print("big stop", total)
    for i in range(5, -(10 ** 30), -1):
        if i < 2:
            break
        print("down", i)
    for i in range(True):
        print("bool stop", i)
    for i in range(Idx(3)):
        print("idx stop", i)
    for i in range(1, Idx(2)):
        print("idx stop 2", i)


def bad_bounds():
    for stop in [1.5, "3", None]:
        try:
            for i in range(stop):
                print("never", i)
        except TypeError as e:
            print("TypeError:", e)
    n = 3
    try:
        for i in range(n, 1.0):
            print("never", i)
    except TypeError as e:
        print("TypeError:", e)


def control():
    for i in range(6):
        if i == 1:
            continue
        if i == 4:
            break
        print("body", i)
    else:
        print("no else after break")
    for i in range(3):
        pass
    else:
        print("else ran, i =", i)
    for j in range(0):
        pass
    try:
        print(j)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    for k in range(3):
        for k in range(k, k + 2):
            print("inner", k)
        print("after inner", k)


def arithmetic():
    big = 999999999999999999
    for i in range(1, 4):
        print(i * big * big, big * i + i, -(big * big * i))
        print(i - big * 10, (big * 10) // i, (big * 10) % 7, (i - 10) // 3, (i - 10) % 3, 7 // -i, 7 % -i)
        print(1.0 / (i * big), 0.5 * (big * big * i), (i + 1) / 2)
    for d in range(-1, 2):
        try:
            print(10 // d)
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)
        try:
            print(10 % d)
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)
        try:
            print(1.5 / (d * 2))
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)


def mul_add(a, b):
    return a * b + a // b


def count(xs):
    return len(xs)


def calls():
    n = count([1, 2, 3])
    for i in range(1, n + 1):
        for j in range(i, 0, -1):
            print(i, j, mul_add(i, j), i < j, i == j, i >= n)
            if i:
                print("truthy", i)
    s = Sized(4)
    m = len(s)
    print("sized", m, count(s))
    try:
        len(Sized(-1))
    except ValueError as e:
        print("ValueError:", e)


def closures():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    print([f() for f in fs])


def shadowed():
    def range(n):
        return ["a", "b"][:n]
    for i in range(2):
        print("shadowed", i)


async def ticker(name, n):
    for i in range(n):
        await asyncio.sleep(0)
        print(name, i, i * i)
    return n


def gen(n):
    for i in range(0, n, 2):
        yield i * 3


for g in range(3):
    print("module", g, g * 1000000000000 * 1000000000)
print("after module loop", g)


async def main():
    loops()
    big_bounds()
    bad_bounds()
    control()
    arithmetic()
    calls()
    closures()
    shadowed()
    print(await asyncio.gather(ticker("a", 3), ticker("b", 2)))
    print(list(gen(7)), sum(x for x in range(5)))
    n = len("hello")
    for i in range(n - 1, -1, -1):
        print("back", i, "hello"[i])


asyncio.run(main())
