import asyncio

class Job:
    created = 0

    def __init__(self, name, cost):
        self.name = name
        self.cost = cost
        Job.created += 1

    @property
    def label(self):
        return f"{self.name}:{self.cost}"

    @staticmethod
    def normalize(text):
        return text.strip().lower()

    @classmethod
    def parse(cls, spec):
        name, cost = spec.split("=")
        return cls(cls.normalize(name), int(cost))

    async def run(self):
        await asyncio.sleep(0.001 * self.cost)
        return self.label

async def main():
    jobs = [Job.parse(s) for s in [" Build=3", "TEST =1", "deploy=2"]]
    print([j.label for j in jobs], Job.created, Job.normalize("  X "))
    print(await asyncio.gather(*(j.run() for j in jobs)))
    try:
        jobs[0].label = "nope"
    except AttributeError as e:
        print("read-only:", e)

asyncio.run(main())
