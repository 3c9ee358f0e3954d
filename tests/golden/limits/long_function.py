# A function too long for one C++ function: its code is split into parts that share its
# locals, cells and frame (codegen outlines runs of statements that do not return).
# Closures, try/except, loops, del, an unbound local and tracebacks from inside a part.

def long_function(n):
    total = 0
    items = []
    total += n * 0
    items.append(total % 7)
    total += n * 1
    total += n * 2
    total += n * 3
    total += n * 4
    total += n * 5
    items.append(total % 12)
    total += n * 6
    total += n * 7
    total += n * 8
    total += n * 9
    total += n * 10
    items.append(total % 17)
    total += n * 11
    total += n * 12
    total += n * 13
    total += n * 14
    total += n * 15
    items.append(total % 22)
    total += n * 16
    total += n * 17
    total += n * 18
    total += n * 19
    total += n * 20
    items.append(total % 27)
    total += n * 21
    total += n * 22
    total += n * 23
    total += n * 24
    total += n * 25
    items.append(total % 32)
    total += n * 26
    total += n * 27
    total += n * 28
    total += n * 29
    total += n * 30
    items.append(total % 37)
    total += n * 31
    total += n * 32
    total += n * 33
    total += n * 34
    total += n * 35
    items.append(total % 42)
    total += n * 36
    total += n * 37
    total += n * 38
    total += n * 39
    def inner(k):
        return total + k
    counter = 0
    def bump():
        nonlocal counter
        counter += 1
        return counter
    bump()
    items.append(inner(0) - total)
    bump()
    items.append(inner(1) - total)
    bump()
    items.append(inner(2) - total)
    bump()
    items.append(inner(3) - total)
    bump()
    items.append(inner(4) - total)
    bump()
    items.append(inner(5) - total)
    bump()
    items.append(inner(6) - total)
    bump()
    items.append(inner(7) - total)
    bump()
    items.append(inner(8) - total)
    bump()
    items.append(inner(9) - total)
    bump()
    items.append(inner(10) - total)
    bump()
    items.append(inner(11) - total)
    bump()
    items.append(inner(12) - total)
    bump()
    items.append(inner(13) - total)
    bump()
    items.append(inner(14) - total)
    bump()
    items.append(inner(15) - total)
    bump()
    items.append(inner(16) - total)
    bump()
    items.append(inner(17) - total)
    bump()
    items.append(inner(18) - total)
    bump()
    items.append(inner(19) - total)
    bump()
    items.append(inner(20) - total)
    bump()
    items.append(inner(21) - total)
    bump()
    items.append(inner(22) - total)
    bump()
    items.append(inner(23) - total)
    bump()
    items.append(inner(24) - total)
    bump()
    items.append(inner(25) - total)
    bump()
    items.append(inner(26) - total)
    bump()
    items.append(inner(27) - total)
    bump()
    items.append(inner(28) - total)
    bump()
    items.append(inner(29) - total)
    if n < 0:
        return "negative"
    for i in range(3):
        if i == 2:
            break
        items.append(i)
    try:
        items.append(1 // (n - n))
    except ZeroDivisionError as e:
        items.append(str(e))
    temp = "gone"
    del temp
    total -= 0
    total -= 1
    total -= 2
    total -= 3
    total -= 4
    total -= 5
    total -= 6
    total -= 7
    total -= 8
    total -= 9
    total -= 10
    total -= 11
    total -= 12
    total -= 13
    total -= 14
    total -= 15
    total -= 16
    total -= 17
    total -= 18
    total -= 19
    total -= 20
    total -= 21
    total -= 22
    total -= 23
    total -= 24
    total -= 25
    total -= 26
    total -= 27
    total -= 28
    total -= 29
    print(counter, len(items), items[:12], items[-4:])
    if n == 3:
        print(temp)
    return total


print(long_function(-1))
print(long_function(2))
print(long_function(3))
