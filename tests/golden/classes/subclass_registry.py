# __init_subclass__ registries with class keywords: a plugin system for file format handlers.
import asyncio


class Handler:
    registry = {}
    order = []

    def __init_subclass__(cls, /, ext=None, priority=0, abstract=False, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.priority = priority
        if abstract:
            print(f"abstract handler {cls.__name__}")
            return
        if ext is None:
            raise TypeError(f"{cls.__name__} needs an ext")
        for e in ext.split(","):
            prev = Handler.registry.get(e)
            if prev is None or prev.priority < priority:
                Handler.registry[e] = cls
        Handler.order.append(cls.__name__)

    async def load(self, name):
        await asyncio.sleep(0)
        return f"{type(self).__name__} loaded {name}"


class TextBase(Handler, abstract=True):
    def describe(self):
        return "text"


class PlainText(TextBase, ext="txt,log"):
    pass


class Markdown(TextBase, ext="md,txt", priority=5):
    async def load(self, name):
        base = await super().load(name)
        return base + " (rendered)"


class Image(Handler, ext="png,jpg", priority=1):
    def describe(self):
        return "binary"


class FastLog(PlainText, ext="log", priority=-1):
    pass


try:
    class Broken(Handler):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class Weird(Handler, ext="x", color="red"):
        pass
except TypeError as e:
    print("TypeError:", e)


async def main():
    print(sorted((e, c.__name__) for e, c in Handler.registry.items()))
    print(Handler.order, [c.priority for c in (PlainText, Markdown, Image, FastLog, TextBase)])
    names = ["a.txt", "b.md", "c.png", "d.log", "e.gif"]
    jobs = []
    for n in names:
        cls = Handler.registry.get(n.rsplit(".", 1)[1])
        if cls is None:
            print("no handler for", n)
        else:
            jobs.append(cls().load(n))
    for line in await asyncio.gather(*jobs):
        print(line)
    print(FastLog().describe(), Image().describe(), issubclass(FastLog, TextBase))
    print("Weird" in Handler.order, "Broken" in Handler.order)


asyncio.run(main())
