# Zero-argument super() and __class__ in classes at every nesting level: inside functions,
# inside other classes, inside methods, in nested functions and lambdas of methods, after the
# class's global name is rebound, and CPython's RuntimeErrors when no cell or argument exists.
import asyncio


class Base:
    def greet(self):
        return "base"

    @classmethod
    def make(cls):
        return f"make {cls.__name__}"


def factory(tag):
    class Local(Base):
        def greet(self):
            return f"{tag}:" + super().greet()

        @classmethod
        def make(cls):
            return super().make() + f" via {__class__.__name__}"

        def which(self):
            return __class__.__qualname__

    return Local


L1, L2 = factory("a"), factory("b")
print(L1().greet(), L2().greet(), L1.make(), L2().which())
print(L1 is not L2, L1.__qualname__)


class Outer:
    class Inner(Base):
        def greet(self):
            return "inner/" + super().greet()

    def build(self):
        class InMethod(Outer.Inner):
            def greet(self):
                helper = lambda: super(InMethod, self).greet()
                return "m/" + helper() + "/" + super().greet()

        return InMethod()

    def nested(self):
        def deeper():
            return __class__.__name__

        return deeper()


print(Outer.Inner().greet(), Outer().build().greet(), Outer().nested())


class Renamed(Base):
    def greet(self):
        def inner():
            return super(__class__, self).greet()

        return "renamed/" + inner() + "/" + super().greet()


Keep = Renamed
Renamed = None
print(Keep().greet())


class Child(Base):
    def greet(self):
        parent = super()
        return [parent.greet() for _ in range(2)] + [__class__.__name__ for _ in "x"]


print(Child().greet())


def decorate(cls):
    print("decorating", cls.__name__, cls.probe(cls()))
    return cls


@decorate
class Decorated(Base):
    def probe(self):
        return __class__ is type(self)


async def run():
    class Worker(Base):
        async def greet(self):
            await asyncio.sleep(0)
            return "async/" + super().greet()

    return await Worker().greet()


print(asyncio.run(run()))


class NoArgs:
    def bad():
        return super()

    @staticmethod
    def static():
        return super()


for f in [NoArgs.bad, NoArgs.static]:
    try:
        f()
    except RuntimeError as e:
        print("RuntimeError:", e)


def plain(x):
    return super()


try:
    plain(1)
except RuntimeError as e:
    print("RuntimeError:", e)


class Grand(Child):
    def greet(self):
        return ("grand", super().greet(), super(Child, self).greet())


print(Grand().greet())
