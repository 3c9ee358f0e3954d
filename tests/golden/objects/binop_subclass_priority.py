# Tests that a subclass's reflected method is tried first when it overrides the parent's.
log = []


class Base:
    def __init__(self, tag):
        self.tag = tag

    def __add__(self, o):
        log.append(f"Base.__add__({self.tag}, {o.tag})")
        return "base-add"

    def __radd__(self, o):
        log.append(f"Base.__radd__({self.tag}, {o.tag})")
        return "base-radd"

    def __lt__(self, o):
        log.append(f"Base.__lt__({self.tag}, {o.tag})")
        return True

    def __gt__(self, o):
        log.append(f"Base.__gt__({self.tag}, {o.tag})")
        return False


class Sub(Base):
    def __radd__(self, o):
        log.append(f"Sub.__radd__({self.tag}, {o.tag})")
        return "sub-radd"

    def __gt__(self, o):
        log.append(f"Sub.__gt__({self.tag}, {o.tag})")
        return "sub-gt"


class Plain(Base):
    pass


def run(label, f):
    log.clear()
    print(label, f(), log)


run("base+sub", lambda: Base("b") + Sub("s"))
run("sub+base", lambda: Sub("s") + Base("b"))
run("base+plain", lambda: Base("b") + Plain("p"))
run("sub+sub", lambda: Sub("s1") + Sub("s2"))
run("base<sub", lambda: Base("b") < Sub("s"))
run("base<plain", lambda: Base("b") < Plain("p"))


class NoRadd(Base):
    def __radd__(self, o):
        log.append("NoRadd.__radd__")
        return NotImplemented


run("base+noradd", lambda: Base("b") + NoRadd("n"))
