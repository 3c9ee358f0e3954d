import counter

counter.runs += 1
print("broken body, run", counter.runs)
value = 1


def divide(a, b):
    return a / b


result = divide(value, 0)
