data = [1, 5, 12, 7, 30]
if (n := len(data)) > 3:
    print("long list", n)
big = [y for x in data if (y := x * 2) > 10]
print(big, y)
def f():
    total = 0
    while (chunk := data.pop()) < 20:
        total += chunk
    return total, chunk
print(f())
