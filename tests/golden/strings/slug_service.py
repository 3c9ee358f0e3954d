# An async slug service: slugify with isalnum/join, collision handling via a shared dict under
# a lock, f-strings with nested format specs, conversions, and
# str.index/find errors.
import asyncio


def slugify(title, max_len=24):
    words = "".join(c.lower() if c.isalnum() else " " for c in title).split()
    slug = "-".join(words)
    if len(slug) > max_len:
        slug = slug[:max_len].rsplit("-", 1)[0]
    return slug or "untitled"


async def register(title, taken, lock):
    base = slugify(title)
    async with lock:
        await asyncio.sleep(0)
        slug, n = base, 1
        while slug in taken:
            n += 1
            slug = f"{base}-{n}"
        taken[slug] = title
    return slug


async def main():
    titles = ["Hello, World!", "hello world", "Ça va? Très bien", "  ", "Async IO in Python 3.11: A Deep Dive",
              "HELLO-WORLD", "100% Pure"]
    taken, lock = {}, asyncio.Lock()
    slugs = await asyncio.gather(*(register(t, taken, lock) for t in titles))
    for t, s in zip(titles, slugs):
        print(f"{t!r:<40} -> {s}")
    count = len(taken)
    ratio = count / len(titles)
    print(f"count={count} ratio={ratio:.2%} unique={len(slugs) == count}")
    width = max(map(len, slugs))
    print(f"{'slug':<{width}} | len\n{'-' * width}-+----")
    for s in sorted(slugs, key=len):
        print(f"{s:<{width}} | {len(s):>3}")
    name = "dive"
    print(f"{name!r:^10}|{name.upper()!s:>6}|{{braces}}|{3.14159:{'.3f'}}|{'nested ' + f'{name:>5}'}")
    s = slugs[4]
    print(s.find("python"), s.find("ruby"), s.rfind("-"), s.count("-"), s.index("io"))
    try:
        s.index("ruby")
    except ValueError as e:
        print("ValueError:", e)
    try:
        "abc".rindex("z", 1)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
