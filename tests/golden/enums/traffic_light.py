# A traffic light controller: Enum with methods, properties, _missing_ for lenient lookups,
# a custom __str__, and a timed cycle driven by asyncio tasks.
import asyncio
from enum import Enum


class Light(Enum):
    RED = "r"
    YELLOW = "y"
    GREEN = "g"

    @property
    def duration(self):
        return {"r": 3, "y": 1, "g": 2}[self.value]

    def next(self):
        order = list(type(self))
        return order[(order.index(self) + 1) % len(order)]

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.name.lower() == value.lower() or member.value == value.lower():
                    return member
        return None

    def __str__(self):
        return f"<{self.name.title()} for {self.duration}>"


async def controller(start, steps, log):
    light = start
    for _ in range(steps):
        log.append(str(light))
        for _ in range(light.duration):
            await asyncio.sleep(0)
        light = light.next()
    return light


async def main():
    print(Light("R"), Light("green"), Light("y") is Light.YELLOW)
    try:
        Light("blue")
    except ValueError as e:
        print("ValueError:", e)
    try:
        Light(5)
    except ValueError as e:
        print("ValueError:", e)
    log_a, log_b = [], []
    ends = await asyncio.gather(controller(Light.RED, 4, log_a), controller(Light.GREEN, 5, log_b))
    print(log_a)
    print(log_b)
    print(ends, [repr(e) for e in ends])
    print(sorted(Light, key=lambda m: m.duration))
    print({m.name: m.duration for m in Light})
    print(Light.RED == "r", Light.RED.value == "r", Light["GREEN"].next().name)
    print(f"{Light.YELLOW}", format(Light.RED.value, ">3"), "%s" % Light.GREEN)


asyncio.run(main())
