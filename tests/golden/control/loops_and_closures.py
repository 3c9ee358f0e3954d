import asyncio

def make_counter(start):
    count = [start]
    def bump(step=1):
        count[0] += step
        return count[0]
    return bump

counter = make_counter(10)
print(counter(), counter(5), counter(step=2))

total = 0
for i in range(10):
    if i == 7:
        break
    if i % 2:
        continue
    total += i
else:
    print("not printed")
print("total", total)

n = 0
while n < 3:
    n += 1
else:
    print("while else", n)

adders = [lambda x, k=k: x + k for k in range(3)]
print([f(10) for f in adders])

async def scaled(values, factor=2):
    out = []
    for v in values:
        await asyncio.sleep(0)
        out.append(v * factor)
    return out

async def main():
    print(await scaled([1, 2, 3]))
    print(await scaled(values=[4], factor=3))
    label = "sum"
    async def report():
        return f"{label}: {sum(await scaled([1, 1]))}"
    print(await report())

asyncio.run(main())
