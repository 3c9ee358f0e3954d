import asyncio

class Timer:
    def __init__(self, label):
        self.label = label
    def __enter__(self):
        print("enter", self.label)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.label, et.__name__ if et else None)
        return et is KeyError

def lookup(d, k):
    with Timer("lookup") as t:
        return d[k]

print(lookup({"a": 1}, "a"))
print(lookup({}, "zz"))
with Timer("outer"), Timer("inner"):
    print("body")
for i in range(3):
    with Timer(f"loop{i}"):
        if i == 1:
            continue
        print("work", i)

async def main():
    with Timer("in coroutine"):
        await asyncio.sleep(0)
    with Timer("raising"):
        raise ValueError("escapes")

asyncio.run(main())
