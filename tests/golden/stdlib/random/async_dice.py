# Seeded simulations in tasks: each task owns a Random instance, the module-level generator is
# shared, and the interleaving is CPython's.
import asyncio
import random


async def player(name, seed, rounds):
    rng = random.Random(seed)
    total = 0
    for r in range(rounds):
        roll = rng.randint(1, 6)
        total += roll
        print(f"{name} round {r}: {roll} (total {total})")
        await asyncio.sleep(0 if random.random() < 0.5 else 0.0)
    return name, total


async def main():
    random.seed(2024)
    results = await asyncio.gather(*(player(f"p{i}", i * 11, 3) for i in range(3)))
    print(sorted(results, key=lambda t: -t[1]))
    deck = [f"{rank}{suit}" for suit in "SHDC" for rank in "A23456789TJQK"]
    random.shuffle(deck)
    print(deck[:8], random.sample(deck, 4), random.choices(deck, k=3))
    print(random.choices(range(5), cum_weights=[1, 1, 2, 10, 10], k=8))
    print(random.sample(range(10**6), 8), random.sample(["x", "y"], counts=[3, 2], k=5))


asyncio.run(main())
