# A vending-machine state machine driven by match on (state, event) tuples, run from async tasks.
import asyncio

PRICES = {"cola": 150, "chips": 100, "gum": 50}


class Machine:
    def __init__(self):
        self.state = "idle"
        self.credit = 0
        self.sold = []

    def step(self, event):
        match (self.state, event):
            case ("idle" | "paying", ("coin", int(v))) if v in (10, 50, 100):
                self.credit += v
                self.state = "paying"
                return f"credit {self.credit}"
            case (_, ("coin", v)):
                return f"rejected coin {v}"
            case ("paying", ("select", item)) if item not in PRICES:
                return f"no such item {item}"
            case ("paying", ("select", item)) if self.credit < PRICES[item]:
                return f"need {PRICES[item] - self.credit} more for {item}"
            case ("paying", ("select", item)):
                self.credit -= PRICES[item]
                self.sold.append(item)
                self.state = "vending"
                return f"vending {item}"
            case ("vending", ("take",)):
                self.state = "paying" if self.credit else "idle"
                return f"taken, state {self.state}"
            case ("paying" | "vending" as s, ("refund",)):
                change, self.credit = self.credit, 0
                if s == "paying":
                    self.state = "idle"
                return f"refund {change} from {s}"
            case (state, (name, *_)):
                return f"ignored {name} in {state}"


async def customer(name, machine, lock, actions):
    for act in actions:
        async with lock:
            print(f"{name}: {act} -> {machine.step(act)}")
        await asyncio.sleep(0)


async def main():
    m = Machine()
    lock = asyncio.Lock()
    await asyncio.gather(
        customer("ann", m, lock, [("coin", 100), ("coin", 50), ("select", "cola"), ("take",)]),
        customer("bob", m, lock, [("select", "gum"), ("coin", 25), ("coin", 10), ("refund",)]),
        customer("cy", m, lock, [("take",), ("coin", 100), ("select", "pizza"), ("select", "chips")]),
    )
    print(m.state, m.credit, m.sold)
    print(m.step(("take",)), "|", m.step(("refund",)), "|", m.step(("dance", 1)))


asyncio.run(main())
