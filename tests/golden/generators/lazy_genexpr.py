# Generator expressions are lazy: side effects interleave with consumption.
def source(n):
    for i in range(n):
        print(f"  produce {i}")
        yield i


def noisy(x, label):
    print(f"  {label}({x})")
    return x


squares = (noisy(x, "square") ** 2 for x in source(3))
print("generator expression created")
for s in squares:
    print("consumed", s)

evens = (x for x in source(6) if noisy(x, "test") % 2 == 0)
print("first even:", next(evens))
print("second even:", next(evens))

print("any:", any(noisy(x, "check") > 1 for x in range(10)))
print("all:", all(noisy(x, "check") < 2 for x in range(10)))

data = [1, 2, 3]
gen = (x * 10 for x in data)
data.append(4)
print(list(gen))
data2 = [1, 2]
gen2 = (x for x in data2)
data2 = [100]
print(list(gen2))

nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
g = (c.upper() for c in "abc")
print(next(g), list(g), list(g))
print(sum(x for x in range(101)), "-".join(str(x) for x in range(4)))
