# Mandelbrot: for each point c of a SIZE x SIZE grid over [-1.5, 0.5] x [-1, 1], iterate
# z = z*z + c up to LIMIT times; count the points that never escape and add up the iteration
# counts. Float arithmetic in local variables and parameters, one function call per point.
# ops: 250000 points
import asyncio

SIZE = 500
LIMIT = 100


def escape_time(cr, ci, limit):
    zr = zi = 0.0
    for i in range(limit):
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return i
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
    return limit


def mandelbrot(size, limit):
    inside = 0
    total = 0
    for y in range(size):
        ci = 2.0 * y / size - 1.0
        for x in range(size):
            cr = 2.0 * x / size - 1.5
            n = escape_time(cr, ci, limit)
            total += n
            if n == limit:
                inside += 1
    return inside, total


async def main():
    inside, total = mandelbrot(SIZE, LIMIT)
    print(inside, total)


asyncio.run(main())
