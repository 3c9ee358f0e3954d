# Tests a str subclass: methods and operators return plain str, added methods, overrides.
class MyStr(str):
    def shout(self):
        return self.upper() + "!"


s = MyStr("hello")
print(s, repr(s), len(s), s.shout(), type(s).__name__)
print(type(s.upper()).__name__, type(s + "x").__name__, type(s[1:]).__name__)
print(type(s * 2).__name__, type(str(s)).__name__, type(s.strip()).__name__)
print(s == "hello", "ell" in s, s.startswith("he"), isinstance(s, str), f"[{s}]")
print({s: 1}["hello"], hash(s) == hash("hello"), sorted([MyStr("b"), MyStr("a")]))
print(s.split("l"), [type(p).__name__ for p in s.split("l")])


class Title(str):
    def __new__(cls, value):
        return super().__new__(cls, value.title())
    def __repr__(self):
        return f"Title({str.__repr__(self)})"


t = Title("the grand title")
print(t, repr(t), [t], str(t), t.lower())


class Tagged(str):
    def __init__(self, value):
        self.tag = "tag:" + value[:2]
    def __str__(self):
        return "custom-str"


g = Tagged("abc")
print(g)
print(g.tag, str(g), f"{g}", g + "", g.upper(), g == "abc")


class Eq(str):
    def __eq__(self, o):
        return str.__eq__(self.lower(), o.lower())
    __hash__ = str.__hash__


print(Eq("ABC") == "abc", "abc" == Eq("ABC"), Eq("x") != "X", Eq("q") in ["Q"])
print(MyStr("3") + MyStr("4"), int(MyStr("12")) + 1, "".join([MyStr("a"), MyStr("b")]))
