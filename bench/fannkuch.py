# Fannkuch-redux: for every permutation of 0..N-1, repeatedly reverse the first perm[0] + 1
# elements until 0 comes first; report the maximum number of flips and a checksum (flips
# added for even-numbered permutations, subtracted for odd ones). Lists and slices.
import asyncio

N = 9
REPEAT = 2


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    perm_index = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1

        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k:
            perm[:k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        if perm_index % 2 == 0:
            checksum += flips
        else:
            checksum -= flips

        # Next permutation: rotate the first r + 1 elements left until a counter is
        # still positive.
        while True:
            if r == n:
                return checksum, max_flips
            first = perm1[0]
            for i in range(r):
                perm1[i] = perm1[i + 1]
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        perm_index += 1


async def main():
    checksum, max_flips = fannkuch(N)
    for _ in range(REPEAT - 1):
        if fannkuch(N) != (checksum, max_flips):
            print("repeated run differs")
    print(checksum)
    print(f"Pfannkuchen({N}) = {max_flips}")


asyncio.run(main())
