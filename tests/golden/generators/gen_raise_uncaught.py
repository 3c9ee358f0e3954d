# A generator raises partway through a for loop; the traceback is uncaught (exit 1).
def batches(rows, size):
    batch = []
    for row in rows:
        if not isinstance(row, int):
            raise TypeError(f"row {row!r} is not an int")
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def totals(rows):
    for b in batches(rows, 3):
        yield sum(b)


print(list(totals([1, 2, 3, 4, 5, 6, 7])))
running = 0
for t in totals([4, 5, 6, 1, 1, 1, 9, "ten", 11]):
    running += t
    print("batch total", t, "running", running)
print("unreachable")
