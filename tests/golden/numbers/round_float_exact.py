vals = [-4.0, 5e-324, 2.5, 123456.789, 1e22, 0.125, -0.4, 1.7976931348623157e308, 1.5e308, 0.5, 1.5, 2675.0, 25.0, -35.0, 1e-300, 7.0e15, 9007199254740993.0, 0.1, 2.675, 1e300, float("inf"), float("nan")]
for v in vals:
    row = []
    for n in (400, 324, 323, 300, 20, 2, 1, 0, -1, -2, -3, -15, -22, -300, -307, -308, -309):
        try: row.append(repr(round(v, n)))
        except OverflowError as e: row.append("OE")
    print(v, row)
seed = 12345
def nxt():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed >> 11
acc = []
for i in range(3000):
    v = (nxt() / 2**53 * 2e6 - 1e6) * 10.0 ** (nxt() % 41 - 20)
    n = nxt() % 51 - 25
    acc.append(round(v, n))
print(hash(tuple(acc)), acc[:5])
