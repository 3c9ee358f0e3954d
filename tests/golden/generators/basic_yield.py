# Generator functions in for loops, list(), and interleaving of generator and caller.
def countdown(n):
    print(f"countdown starts at {n}")
    while n > 0:
        yield n
        n -= 1
    print("countdown finished")


def fizzbuzz(limit):
    for i in range(1, limit + 1):
        if i % 15 == 0:
            yield "FizzBuzz"
        elif i % 3 == 0:
            yield "Fizz"
        elif i % 5 == 0:
            yield "Buzz"
        else:
            yield i


def pairs(items):
    it = iter(items)
    for a in it:
        for b in it:
            yield a, b
            break


for x in countdown(3):
    print("got", x)
print(list(countdown(2)))
print(list(fizzbuzz(15)))
print(list(pairs("abcdefg")))
print(sum(x * x for x in countdown(4)))
print(dict(pairs(["k1", 1, "k2", 2])))
g = countdown(0)
print(list(g), list(g))
a, b, c = fizzbuzz(3)
print(a, b, c)
print(max(fizzbuzz(14), key=str), sorted(countdown(3)))
first, *rest = countdown(4)
print(first, rest)
print("Fizz" in fizzbuzz(10), 11 in fizzbuzz(10))
