# An exception escaping a generator in a for loop ends the program with a traceback.
def parse_numbers(lines):
    for line in lines:
        yield int(line)


def totals(lines):
    running = 0
    for n in parse_numbers(lines):
        running += n
        print("running total", running)
    return running


print(totals(["1", "2", "3"]))
print(totals(["10", "x", "30"]))
