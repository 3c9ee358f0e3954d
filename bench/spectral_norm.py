# Spectral norm: the largest singular value of the infinite matrix
# A[i][j] = 1 / ((i + j) * (i + j + 1) / 2 + i + 1), truncated to N x N, found by power
# iteration on A^T A. Float loops over lists and many small function calls.
import asyncio

N = 400


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def a_times_u(u):
    n = len(u)
    result = []
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += eval_a(i, j) * u[j]
        result.append(total)
    return result


def at_times_u(u):
    n = len(u)
    result = []
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += eval_a(j, i) * u[j]
        result.append(total)
    return result


def ata_times_u(u):
    return at_times_u(a_times_u(u))


def spectral_norm(n):
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = ata_times_u(u)
        u = ata_times_u(v)
    vbv = 0.0
    vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    return (vbv / vv) ** 0.5


async def main():
    print(f"{spectral_norm(N):.9f}")


asyncio.run(main())
