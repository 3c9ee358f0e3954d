# A Mandelbrot set in ASCII, rows computed by concurrent tasks on complex numbers, and the
# roots of quadratics (negative discriminants give complex roots through ** 0.5).
import asyncio


def escape_time(c: complex, limit: int = 30) -> int:
    z = 0j
    for n in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return n
    return limit


async def row(y: float, width: int) -> str:
    await asyncio.sleep(0)
    chars = " .:-=+*#%@"
    line = []
    for i in range(width):
        c = complex(-2.2 + 3.2 * i / width, y)
        line.append(chars[min(escape_time(c), 29) // 3])
    return "".join(line)


def roots(a, b, c):
    d = (b * b - 4 * a * c) ** 0.5
    return (-b + d) / (2 * a), (-b - d) / (2 * a)


async def main():
    rows = await asyncio.gather(*(row(-1.2 + 2.4 * k / 15, 48) for k in range(16)))
    for r in rows:
        print(r.rstrip())
    for coeffs in [(1, -3, 2), (1, 2, 5), (2, 0, 8), (1, 1, 1)]:
        r1, r2 = roots(*coeffs)
        print(coeffs, r1, r2, f"{r1:.3f}", abs(r1 - r2))
    unit = [(-1) ** (2 * k / 6) for k in range(6)]
    print([f"{u:.2f}" for u in unit])
    print(sum(unit), abs(sum(unit)) < 1e-9)


asyncio.run(main())
