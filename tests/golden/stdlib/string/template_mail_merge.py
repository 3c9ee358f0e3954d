# A mail merge with string.Template: tasks render messages for users concurrently.
import asyncio
from string import Template

MESSAGE = Template("""Dear $name,
your order #${order_id} of $$${amount} ships on $date.
$footer""")

USERS = [
    {"name": "Ada", "order_id": 101, "amount": "12.50", "date": "Monday"},
    {"name": "Grace", "order_id": 102, "amount": "7.00"},
    {"name": "Linus", "order_id": 103, "amount": "99.99", "date": "Friday"},
]


async def render(user, delay):
    await asyncio.sleep(delay)
    try:
        return MESSAGE.substitute(user, footer="-- the shop")
    except KeyError as missing:
        partial = MESSAGE.safe_substitute(user, footer="-- the shop")
        return f"[missing {missing}]\n{partial}"


async def main():
    texts = await asyncio.gather(*(render(u, 0.002 * (3 - i)) for i, u in enumerate(USERS)))
    for text in texts:
        print(text)
        print("=" * 20)
    print(MESSAGE.get_identifiers(), MESSAGE.is_valid())


asyncio.run(main())
