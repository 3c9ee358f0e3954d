# Tests a list subclass: inherited methods, repr, added methods, overridden __getitem__.
class MyList(list):
    def total(self):
        return sum(self)
    def first(self):
        return self[0] if self else None


m = MyList([3, 1, 2])
m.append(5)
print(m, len(m), m.total(), m.first(), type(m).__name__)
print([x * 2 for x in m], sorted(m), m[1:3], type(m[1:3]).__name__)
print(m == [3, 1, 2, 5], isinstance(m, list), type(m) is list, type(m) is MyList)
m.sort()
print(m, type(m + [0]).__name__, type(m * 2).__name__, m.copy(), type(m.copy()).__name__)
m += [9]
print(m, type(m).__name__, MyList(), MyList("ab"))
m.tag = "has dict"
print(m.tag, vars(m))


class OneBased(list):
    def __getitem__(self, i):
        if isinstance(i, int):
            return super().__getitem__(i - 1)
        return super().__getitem__(i)
    def __setitem__(self, i, v):
        super().__setitem__(i - 1, v)


o = OneBased(["a", "b", "c"])
print(o[1], o[3], o[0:2])
o[1] = "A"
print(o, list(o), [x for x in o])
print(o.pop(), o.index("b"), "b" in o)


class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def __repr__(self):
        return "Stack" + super().__repr__()


s = Stack()
s.push(1).push(2)
print(s, str(s), [s], s.pop(), s)


class Counted(list):
    def __len__(self):
        return 100


c = Counted([1])
print(len(c), bool(Counted()), list(c))
