class Template:
    """A tiny $-template, like string.Template."""
    def __init__(self, template):
        self.template = template

    def substitute(self, mapping=None, /, **kws):
        values = dict(mapping or {}, **kws)
        out, i, s = [], 0, self.template
        while i < len(s):
            ch = s[i]
            if ch != "$":
                out.append(ch)
                i += 1
            elif s[i + 1:i + 2] == "$":
                out.append("$")
                i += 2
            elif s[i + 1:i + 2] == "{":
                end = s.index("}", i)
                out.append(str(values[s[i + 2:end]]))
                i = end + 1
            else:
                j = i + 1
                while j < len(s) and (s[j].isalnum() or s[j] == "_"):
                    j += 1
                if j == i + 1:
                    raise ValueError(f"Invalid placeholder in string: line 1, col {i + 1}")
                out.append(str(values[s[i + 1:j]]))
                i = j
        return "".join(out)


def wrap(text, width):
    lines, cur = [], ""
    for word in text.split():
        if cur and len(cur) + 1 + len(word) > width:
            lines.append(cur)
            cur = word
        else:
            cur = f"{cur} {word}" if cur else word
    return lines + [cur] if cur else lines


t = Template("Dear $name, your order #${order_id} ships ${when}. Cost: $$${cost}")
print(t.substitute(name="Ada", order_id=42, when="today", cost="9.99"))
print(t.substitute({"name": "Bob", "order_id": 1}, when="never", cost=0))
try:
    t.substitute(name="X")
except KeyError as e:
    print("KeyError:", e, repr(e))
try:
    Template("bad $ here").substitute()
except ValueError as e:
    print("ValueError:", e)
para = ("The Python Tutorial is an informal introduction to the basic concepts "
        "and features of the Python language and system. It helps to have a "
        "Python interpreter handy for hands-on experience.")
for ln in wrap(para, 40):
    print(f"|{ln:<40}|")
print("\n".join("> " + ln if ln else ln for ln in "a\nb\n\nc".split("\n")))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        if spec == "short":
            return f"${self.cents // 100}"
        return format(f"${self.cents / 100:,.2f}", spec)

    def __str__(self):
        return f"{self:short}"

    def __repr__(self):
        return f"Money({self.cents})"


m = Money(123456)
print(f"{m}", f"{m:short}", f"{m:>14}|", str(m), repr(m), f"{m!r:>15}", f"{m!s}")
print("{:short} and {}".format(m, m), "{0!r}".format([m]))
name = "world"
print(f"{'hello':>{len(name) + 3}}", f"{name.upper()[::-1]}", f"{'{'}{name}{'}'}")
print(f"""multi
{name!r:^11}
line""")
nested = {"a": [1, {"b": "deep"}]}
print(f"{nested['a'][1]['b']:*<8}", f"{3 * 7 = }", f"{name = !s}")
