#!/usr/bin/env python3
"""Csmith-style random program generator for aiocc's differential testing.

    python3 tests/fuzz/gen.py SEED        print the program for SEED

Every program is valid Python 3.11 in aiocc's subset, deterministic (no ids, no time values,
no str hashes, no set-of-str iteration order, no default object reprs), terminates, and runs
in well under 0.3 s under CPython. Timing rule for asyncio: sleeps and timeouts whose order
matters have deadlines at least 10 ms apart (each concurrent group hands out distinct 10 ms
"slots"); otherwise only sleep(0) is used, whose interleaving is deterministic.

Programs print intermediate values often, and end normally, with an uncaught exception, or
with sys.exit(n) / sys.exit("msg").
"""
import random
import sys

INT_TYPES = ("int",)
ALL_TYPES = ("int", "float", "str", "bool", "list", "lstr", "tuple", "dict", "set", "none")

WORDS = ["abc", "Hello", "x y z", "  pad ", "a,b,c", "", "Ünï", "42", "MiXeD", "foo bar",
         "-7", "spam", "eggs", "A", "zz top", "3.5", "ok", "ß"]
FLOATS = ["0.5", "1.25", "-2.75", "3.0", "1e-3", "0.1", "2.5e10", "-0.0", "7.125", "1.5",
          "100.0", "0.3", "-1e-5", "12345.678", "2.0", "1e16", "0.2"]
BIGS = ["12345678901234567890123", "-98765432109876543210", "2**64", "2**100 - 1", "-(2**70)",
        "10**20 + 7", "99999999999999999999", "0x7fffffffffffffff", "-0o777777777777777777777"]
DIVISORS = ["1", "2", "3", "5", "7", "10", "13", "-1", "-3", "-7", "1000003", "10**20 + 7", "-2**40"]
MODS = ["1000003", "97", "-97", "2**61 - 1", "10**9 + 7", "256", "-1000", "12345678901"]


class Writer:
    def __init__(self, indent=0):
        self.lines = []
        self.ind = indent

    def emit(self, s):
        for line in s.split("\n"):
            self.lines.append("    " * self.ind + line)


class Block:
    """Context manager: emits a header, indents, adds `pass` if the body stayed empty, pops the
    variable frame opened for the body."""

    def __init__(self, g, header, frame=True, func=False):
        self.g, self.header, self.frame, self.func = g, header, frame, func

    def __enter__(self):
        w = self.g.w
        w.emit(self.header)
        w.ind += 1
        self.start = len(w.lines)
        if self.frame:
            self.g.env.append({"__func__": self.func})
        return self

    def __exit__(self, *exc):
        w = self.g.w
        if len(w.lines) == self.start:
            w.emit("pass")
        w.ind -= 1
        if self.frame:
            self.g.env.pop()
        return False


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.n = 0
        self.w = Writer()
        self.env = [{"__func__": True}]   # frames: name -> type; __func__ marks a function top
        self.in_fstr = False
        self.depth_budget = 3
        self.frozen = set()               # lists being iterated: not mutated
        self.in_async = False
        self.in_loop = 0
        self.has_pending = False
        self.need_functools = False       # a unit used functools: import it at the top
        self.hrepr = None                 # name of the TimerHandle-repr masking helper
        self.run_log = None               # a log list printed sorted after asyncio.run

    # ---------------------------------------------------------------- helpers
    def fresh(self, p="v"):
        self.n += 1
        return f"{p}{self.n}"

    def chance(self, p):
        return self.r.random() < p

    def pick(self, seq):
        return self.r.choice(seq)

    def wpick(self, pairs):
        total = sum(w for w, _ in pairs)
        x = self.r.random() * total
        for w, v in pairs:
            x -= w
            if x <= 0:
                return v
        return pairs[-1][1]

    def emit(self, s):
        self.w.emit(s)

    def block(self, header, frame=True, func=False):
        return Block(self, header, frame, func)

    def define(self, name, t):
        self.env[-1][name] = t

    def visible(self, t):
        out = []
        for f in self.env:
            out += [k for k, v in f.items() if v == t and k != "__func__"]
        return out

    def mutable(self, t):
        """Variables of type t that belong to the current function (safe to rebind)."""
        out = []
        for f in reversed(self.env):
            out += [k for k, v in f.items() if v == t and k != "__func__"]
            if f["__func__"]:
                break
        return [x for x in out if x not in self.frozen]

    def var(self, t):
        vs = self.visible(t)
        return self.pick(vs) if vs else None

    # ---------------------------------------------------------------- expressions
    def lit_str(self):
        s = self.pick(WORDS)
        return "'" + s + "'"

    def nz(self):
        return self.wpick([(6, lambda: self.pick(DIVISORS)),
                           (2, lambda: f"(abs({self.e_int(0)}) % 7 + 1)"),
                           (1, lambda: f"({self.e_int(0)} or 3)")])()

    def small(self, d=1):
        """An int expression known to be in [0, 1000)."""
        return f"({self.e_int(d)} % {self.pick(['10', '100', '1000', '7', '3'])})"

    def e_int(self, d=2):
        r = self.r
        if d <= 0 or self.chance(0.25):
            v = self.var("int")
            return self.wpick([
                (6, lambda: str(r.randint(-20, 50))),
                (1, lambda: "(" + self.pick(BIGS) + ")"),
                (1, lambda: f"{self.pick(['2', '3', '-3', '7', '10', '12'])} ** {r.randint(0, 30)}"),
                (8 if v else 0, lambda: v),
                (1, lambda: f"len({self.lit_str()})"),
                (1, lambda: self.pick(["True", "False"]) + " + 0"),
            ])()
        d1 = d - 1
        return self.wpick([
            (4, lambda: f"({self.e_int(d1)} {self.pick(['+', '-', '*'])} {self.e_int(d1)})"),
            (2, lambda: f"({self.e_int(d1)} {self.pick(['//', '%'])} {self.nz()})"),
            (1, lambda: f"-{self.e_int(d1)}"),
            (1, lambda: f"abs({self.e_int(d1)})"),
            (1, lambda: f"({self.e_int(d1)} << {r.randint(0, 66)})"),
            (1, lambda: f"({self.e_int(d1)} >> {r.randint(0, 66)})"),
            (1, lambda: f"({self.e_int(d1)} {self.pick(['&', '|', '^'])} {self.e_int(d1)})"),
            (1, lambda: f"~{self.e_int(d1)}"),
            (1, lambda: f"pow({self.e_int(d1)}, {r.randint(0, 9)}, {self.pick(MODS)})"),
            (1, lambda: f"int({self.e_float(d1)} % 1000.0)"),
            (1, lambda: f"round({self.e_float(d1)} % 1000.0)"),
            (1, lambda: self.pick(["int('0x1f', 0)", "int('ff', 16)", f"int({self.pick(['7', '-12', '  99 ', '1_000', '+5'])!r}{', 0' if self.chance(0.3) else ''})"])),
            (2, lambda: f"len({self.e_str(d1)})"),
            (2, lambda: f"len({self.e_list(d1)})"),
            (2, lambda: f"sum({self.e_list(d1)})"),
            (1, lambda: f"{self.pick(['min', 'max'])}({self.e_int(d1)}, {self.e_int(d1)})"),
            (1, lambda: f"{self.pick(['min', 'max'])}({self.e_list(d1)}, default={r.randint(-5, 5)})"),
            (1, lambda: f"divmod({self.e_int(d1)}, {self.nz()})[{r.randint(0, 1)}]"),
            (2, lambda: f"({self.e_int(d1)} if {self.e_bool(d1)} else {self.e_int(d1)})"),
            (1, lambda: f"ord({self.pick(WORDS[:3] + ['q', 'Z'])!r}[0])"),
            (1, lambda: f"{self.e_str(d1)}.{self.pick(['find', 'count', 'rfind'])}({self.pick(['a', 'b', ' ', 'x y', ''])!r})"),
            (1, lambda: f"{self.e_list(d1)}.count({r.randint(0, 5)})"),
            (1, lambda: f"hash({self.e_int(d1)})"),
            (1, lambda: f"(({self.e_bool(d1)}) + {self.e_int(d1)})"),
            (1, lambda: f"{self.e_dict(d1)}.get({self.lit_str()}, {r.randint(-3, 3)})"),
            (1, lambda: f"len({self.e_set(d1)})"),
            (1, lambda: f"int({self.small(d1)} * 1.5)"),
        ])()

    def e_float(self, d=2):
        if d <= 0 or self.chance(0.25):
            v = self.var("float")
            return self.wpick([
                (5, lambda: self.pick(FLOATS)),
                (5 if v else 0, lambda: v),
                (1, lambda: f"float({self.small(0)})"),
                (1, lambda: f"float({self.pick(['1.5', '-2e3', ' 7 ', '-0.25', '1_0.5', '1E2'])!r})"),
            ])()
        d1 = d - 1
        return self.wpick([
            (4, lambda: f"({self.e_float(d1)} {self.pick(['+', '-', '*'])} {self.e_float(d1)})"),
            (2, lambda: f"({self.e_float(d1)} / (abs({self.e_float(d1)}) + 0.5))"),
            (2, lambda: f"({self.small(d1)} / {self.nz()})"),
            (1, lambda: f"({self.e_float(d1)} {self.pick(['//', '%'])} {self.pick(['1.5', '-2.5', '0.1', '3.0', '7'])})"),
            (1, lambda: f"({self.e_float(d1)} + {self.e_int(0)} % 100)"),
            (1, lambda: f"-{self.e_float(d1)}"),
            (1, lambda: f"abs({self.e_float(d1)})"),
            (2, lambda: f"round({self.e_float(d1)}, {self.r.randint(-1, 4)})"),
            (1, lambda: f"{self.pick(['min', 'max'])}({self.e_float(d1)}, {self.e_float(d1)})"),
            (1, lambda: f"((abs({self.e_float(d1)}) + 0.5) ** {self.pick(['2', '0.5', '-1', '3', '-0.5'])})"),
            (1, lambda: f"({self.e_float(d1)} if {self.e_bool(d1)} else {self.e_float(d1)})"),
            (1, lambda: f"sum([{self.e_float(0)}, {self.e_float(0)}, {self.e_float(0)}])"),
        ])()

    def fmt_spec(self, t):
        if t == "int":
            return self.pick(["", ">6", "<5", "^7", "+d", "05d", "#x", "x", "b", "o", ",", "_", "*^9", "e", ".2f", "X"])
        if t == "float":
            return self.pick(["", ".3f", ".2e", "10.2f", "g", ".1%", "+.1f", "<8.1f", ",.2f", ".0f", "e", "G"])
        return self.pick(["", ">8", "<6", "^9", "*>5", ".2", "-^7"])

    def e_fstring(self, d):
        old = self.in_fstr
        self.in_fstr = True
        parts = []
        for _ in range(self.r.randint(1, 3)):
            if self.chance(0.5):
                parts.append(self.pick(["x=", " | ", "val ", ":", "-", "[", "]", "ok "]))
            t = self.pick(["int", "float", "str", "list", "bool"])
            e = self.expr(t, d)
            if e.startswith("{"):
                e = " " + e
            if t in ("int", "float", "str") and self.chance(0.6):
                conv = "!r" if t == "str" and self.chance(0.3) else ""
                spec = self.fmt_spec(t)
                parts.append("{" + e + conv + (":" + spec if spec else "") + "}")
            elif self.chance(0.15) and e.isidentifier():
                parts.append("{" + e + "=}")
            else:
                parts.append("{" + e + self.pick(["", "", "!r", "!s"]) + "}")
        self.in_fstr = old
        return 'f"' + "".join(parts) + '"'

    def e_percent(self, d):
        items, fmt = [], []
        for _ in range(self.r.randint(1, 3)):
            t = self.pick(["int", "float", "str"])
            if t == "int":
                fmt.append(self.pick(["%d", "%5d", "%-4d|", "%x", "%o", "%+d", "%03d"]))
            elif t == "float":
                fmt.append(self.pick(["%.2f", "%8.3f", "%e", "%g", "%.1f%%"]))
            else:
                fmt.append(self.pick(["%s", "%r", "%-6s|", "%5s"]))
            items.append(self.expr(t, d))
            fmt.append(self.pick(["", " ", ",", " - "]))
        return f"({''.join(fmt)!r} % ({', '.join(items)},))"

    def e_str(self, d=2):
        if d <= 0 or self.chance(0.25):
            v = self.var("str")
            return self.wpick([(5, self.lit_str), (5 if v else 0, lambda: v)])()
        d1 = d - 1
        r = self.r
        return self.wpick([
            (3, lambda: f"({self.e_str(d1)} + {self.e_str(d1)})"),
            (1, lambda: f"({self.e_str(d1)} * {r.randint(0, 3)})"),
            (3, lambda: f"{self.e_str(d1)}.{self.pick(['upper', 'lower', 'strip', 'title', 'capitalize', 'swapcase', 'lstrip', 'rstrip', 'casefold'])}()"),
            (1, lambda: f"{self.e_str(d1)}.replace({self.pick(['a', ' ', 'l', 'zz'])!r}, {self.pick(['', '-', 'AB'])!r})"),
            (2, lambda: f"{self.e_str(d1)}[{self.pick(['1:', ':3', '::-1', '::2', '-2:', '1:-1', '5:1', ':'])}]"),
            (2, lambda: f"str({self.expr(self.pick(['int', 'int', 'float', 'bool', 'list', 'tuple', 'none']), d1)})"),
            (2, lambda: f"repr({self.expr(self.pick(['str', 'float', 'list', 'dict', 'tuple', 'lstr']), d1)})"),
            (0 if self.in_fstr else 3, lambda: self.e_fstring(d1)),
            (0 if self.in_fstr else 1, lambda: self.e_percent(d1)),
            (1, lambda: f"{self.pick(['-', ', ', '', '/'])!r}.join({self.e_lstr(d1)})"),
            (1, lambda: f"{self.e_str(d1)}.{self.pick(['center', 'ljust', 'rjust'])}({r.randint(0, 12)}{', ' + repr(self.pick(['*', '.', '-'])) if self.chance(0.5) else ''})"),
            (1, lambda: f"{self.e_str(d1)}.zfill({r.randint(0, 8)})"),
            (1, lambda: f"format({self.e_int(d1)}, {self.fmt_spec('int')!r})"),
            (1, lambda: f"format({self.e_float(d1)}, {self.fmt_spec('float')!r})"),
            (1, lambda: f"{self.pick(['hex', 'bin', 'oct'])}({self.e_int(d1)})"),
            (1, lambda: f"chr(65 + {self.e_int(d1)} % 26)"),
            (1, lambda: f"({self.e_str(d1)} if {self.e_bool(d1)} else {self.e_str(d1)})"),
            (1, lambda: f"{self.e_str(d1)}.partition({self.pick([' ', ',', 'a'])!r})[{r.randint(0, 2)}]"),
            (1, lambda: f"'{{}}-{{}}'.format({self.e_int(d1)}, {self.e_str(d1)})"),
        ])()

    def e_bool(self, d=2):
        if d <= 0 or self.chance(0.2):
            v = self.var("bool")
            return self.wpick([(3, lambda: self.pick(["True", "False"])), (4 if v else 0, lambda: v),
                               (3, lambda: f"{self.e_int(0)} {self.pick(['<', '>', '==', '!=', '<=', '>='])} {self.e_int(0)}")])()
        d1 = d - 1
        cmp = ["<", ">", "==", "!=", "<=", ">="]
        return self.wpick([
            (4, lambda: f"{self.e_int(d1)} {self.pick(cmp)} {self.e_int(d1)}"),
            (2, lambda: f"{self.e_int(d1)} {self.pick(cmp[:2] + cmp[4:])} {self.e_int(d1)} {self.pick(cmp)} {self.e_int(d1)}"),
            (1, lambda: f"{self.e_float(d1)} {self.pick(cmp)} {self.e_float(d1)}"),
            (1, lambda: f"{self.e_float(d1)} {self.pick(cmp)} {self.e_int(d1)}"),
            (1, lambda: f"{self.e_str(d1)} {self.pick(cmp)} {self.e_str(d1)}"),
            (1, lambda: f"{self.e_list(d1)} {self.pick(cmp)} {self.e_list(d1)}"),
            (2, lambda: f"({self.e_bool(d1)} {self.pick(['and', 'or'])} {self.e_bool(d1)})"),
            (1, lambda: f"not {self.e_bool(d1)}"),
            (2, lambda: f"{self.e_int(d1)} {self.pick(['in', 'not in'])} {self.e_list(d1)}"),
            (1, lambda: f"{self.e_str(0)} {self.pick(['in', 'not in'])} {self.e_str(d1)}"),
            (1, lambda: f"{self.lit_str()} in {self.e_dict(d1)}"),
            (1, lambda: f"{self.e_int(d1)} in {self.e_set(d1)}"),
            (1, lambda: f"isinstance({self.expr(self.pick(ALL_TYPES), d1)}, {self.pick(['int', 'str', 'float', 'list', '(int, str)', 'bool', 'dict', 'tuple'])})"),
            (1, lambda: f"{self.pick(['any', 'all'])}({self.pick(['x', 'x > 2', 'x % 2 == 0'])} for x in {self.e_list(d1)})"),
            (1, lambda: f"bool({self.expr(self.pick(['int', 'str', 'list', 'float', 'dict', 'none']), d1)})"),
            (1, lambda: f"{self.e_str(d1)}.{self.pick(['startswith', 'endswith'])}({self.pick(['a', 'A', '', 'ab', ' '])!r})"),
            (1, lambda: f"{self.e_str(d1)}.{self.pick(['isdigit', 'isalpha', 'isupper', 'islower', 'isspace', 'isalnum', 'isidentifier'])}()"),
            (1, lambda: f"{self.expr(self.pick(['none', 'int', 'list']), d1)} is {self.pick(['', 'not '])}None"),
        ])()

    def e_list(self, d=2):
        r = self.r
        if d <= 0 or self.chance(0.25):
            v = self.var("list")
            return self.wpick([
                (4, lambda: "[" + ", ".join(str(r.randint(-9, 20)) for _ in range(r.randint(0, 6))) + "]"),
                (5 if v else 0, lambda: v),
                (2, lambda: f"list(range({r.randint(-3, 3)}, {r.randint(0, 9)}{', ' + str(self.pick([1, 2, 3, -1])) if self.chance(0.3) else ''}))"),
            ])()
        d1 = d - 1
        x = self.fresh("x")
        return self.wpick([
            (2, lambda: f"sorted({self.e_list(d1)}{', reverse=True' if self.chance(0.4) else ''})"),
            (1, lambda: f"sorted({self.e_list(d1)}, key=lambda {x}: ({x} % 3, -{x}))"),
            (2, lambda: f"({self.e_list(d1)} + {self.e_list(d1)})"),
            (1, lambda: f"({self.e_list(d1)} * {r.randint(0, 2)})"),
            (2, lambda: f"{self.e_list(d1)}[{self.pick(['1:', ':3', '::-1', '::2', '-2:', '1:-1', '3:1', '::-2'])}]"),
            (3, lambda: f"[{self.pick([x, f'{x} * 2', f'{x} % 5', f'-{x}', f'{x} ** 2', f'abs({x}) // 2'])} for {x} in {self.e_list(d1)}{' if ' + self.pick([x + ' % 2', x + ' > 1', x + ' != 3']) if self.chance(0.5) else ''}]"),
            (1, lambda: f"list(map(lambda {x}: {x} * {r.randint(-3, 3)} + {r.randint(0, 5)}, {self.e_list(d1)}))"),
            (1, lambda: f"list(filter(lambda {x}: {x} > {r.randint(-2, 5)}, {self.e_list(d1)}))"),
            (1, lambda: f"list(reversed({self.e_list(d1)}))"),
            (1, lambda: f"sorted({self.e_set(d1)})"),
            (1, lambda: f"list({self.e_set(d1)})"),
            (1, lambda: f"list({self.e_dict(d1)}.values())"),
            (1, lambda: f"[len({x}) for {x} in {self.e_lstr(d1)}]"),
            (1, lambda: f"[{self.e_int(d1)}, {self.e_int(d1)}]"),
            (1, lambda: f"[i * j for i in range({r.randint(0, 3)}) for j in range({r.randint(0, 3)}) if i != j]"),
            (1, lambda: f"[{x}[0] + {x}[1] for {x} in zip({self.e_list(d1)}, {self.e_list(d1)})]"),
            (1, lambda: f"[i + {x} for i, {x} in enumerate({self.e_list(d1)}{', ' + str(r.randint(1, 3)) if self.chance(0.3) else ''})]"),
        ])()

    def e_lstr(self, d=2):
        if d <= 0 or self.chance(0.3):
            v = self.var("lstr")
            return self.wpick([
                (4, lambda: "[" + ", ".join(self.lit_str() for _ in range(self.r.randint(0, 4))) + "]"),
                (4 if v else 0, lambda: v),
            ])()
        d1 = d - 1
        x = self.fresh("s")
        return self.wpick([
            (2, lambda: f"{self.e_str(d1)}.split({self.pick(['', repr(','), repr(' '), repr('a')])})"),
            (1, lambda: f"sorted({self.e_lstr(d1)})"),
            (1, lambda: f"sorted(set({self.e_lstr(d1)}))"),
            (1, lambda: f"list({self.e_dict(d1)})"),
            (1, lambda: f"[{x}.upper() for {x} in {self.e_lstr(d1)}]"),
            (1, lambda: f"{self.e_lstr(d1)}[::-1]"),
            (1, lambda: f"({self.e_lstr(d1)} + {self.e_lstr(d1)})"),
            (1, lambda: f"[str({x}) for {x} in {self.e_list(d1)}]"),
            (1, lambda: f"sorted({self.e_lstr(d1)}, key=len)"),
        ])()

    def e_tuple(self, d=2):
        if d <= 0 or self.chance(0.2):
            v = self.var("tuple")
            return self.wpick([
                (3, lambda: f"({self.e_int(0)}, {self.lit_str()})"),
                (1, lambda: "()"),
                (1, lambda: f"({self.e_int(0)},)"),
                (3 if v else 0, lambda: v),
            ])()
        d1 = d - 1
        return self.wpick([
            (2, lambda: f"divmod({self.e_int(d1)}, {self.nz()})"),
            (1, lambda: f"divmod({self.e_float(d1)}, {self.pick(['1.5', '-0.5', '4.0'])})"),
            (2, lambda: f"tuple({self.e_list(d1)})"),
            (1, lambda: f"({self.e_tuple(d1)} + {self.e_tuple(d1)})"),
            (1, lambda: f"tuple(sorted({self.e_dict(d1)}.items()))"),
            (1, lambda: f"({self.e_int(d1)}, {self.e_float(d1)}, {self.e_str(d1)}, {self.e_bool(d1)})"),
            (1, lambda: f"{self.e_tuple(d1)}[::-1]"),
            (1, lambda: f"tuple(zip({self.e_lstr(d1)}, {self.e_list(d1)}))"),
            (1, lambda: f"({self.e_lstr(d1)}, None)"),
        ])()

    def e_dict(self, d=2):
        if d <= 0 or self.chance(0.25):
            v = self.var("dict")
            return self.wpick([
                (4, lambda: "{" + ", ".join(f"{self.lit_str()}: {self.r.randint(-5, 30)}" for _ in range(self.r.randint(0, 4))) + "}"),
                (4 if v else 0, lambda: v),
            ])()
        d1 = d - 1
        k, x = self.fresh("k"), self.fresh("v")
        return self.wpick([
            (2, lambda: f"dict(zip({self.e_lstr(d1)}, {self.e_list(d1)}))"),
            (2, lambda: f"{{{k}: len({k}) for {k} in {self.e_lstr(d1)}}}"),
            (1, lambda: f"{{**{self.e_dict(d1)}, {self.lit_str()}: {self.e_int(d1)}}}"),
            (1, lambda: f"({self.e_dict(d1)} | {self.e_dict(d1)})"),
            (1, lambda: f"dict(sorted({self.e_dict(d1)}.items()))"),
            (1, lambda: f"{{{k}: {x} * 2 for {k}, {x} in {self.e_dict(d1)}.items() if {x} % 2}}"),
            (1, lambda: f"dict.fromkeys({self.e_lstr(d1)}, {self.r.randint(0, 3)})"),
        ])()

    def e_set(self, d=2):
        r = self.r
        if d <= 0 or self.chance(0.25):
            v = self.var("set")
            return self.wpick([
                (4, lambda: ("{" + ", ".join(str(r.randint(-9, 40)) for _ in range(r.randint(1, 6))) + "}")),
                (1, lambda: "set()"),
                (1, lambda: "{" + f"{self.pick(BIGS)}, -1, -2, {r.randint(0, 99)}" + "}"),
                (4 if v else 0, lambda: v),
            ])()
        d1 = d - 1
        x = self.fresh("x")
        return self.wpick([
            (2, lambda: f"set({self.e_list(d1)})"),
            (3, lambda: f"({self.e_set(d1)} {self.pick(['|', '&', '-', '^'])} {self.e_set(d1)})"),
            (2, lambda: f"{{{x} % {r.randint(2, 9)} for {x} in {self.e_list(d1)}}}"),
            (1, lambda: f"{{{x} * {r.randint(1, 1000)} for {x} in range({r.randint(0, 12)})}}"),
            (1, lambda: f"set({self.e_dict(d1)}.values())"),
        ])()

    def e_none(self, d=1):
        return self.pick(["None", "print('side effect') or None" if not self.in_fstr else "None",
                          f"{self.e_dict(d)}.get('nope')"])

    def expr(self, t, d=2):
        return {"int": self.e_int, "float": self.e_float, "str": self.e_str, "bool": self.e_bool,
                "list": self.e_list, "lstr": self.e_lstr, "tuple": self.e_tuple,
                "dict": self.e_dict, "set": self.e_set, "none": self.e_none}[t](d)

    # ---------------------------------------------------------------- statements
    def printable(self, t, d=2):
        if t == "set" and self.chance(0.3):
            return f"frozenset({self.e_set(d)})"
        return self.expr(t, d)

    def s_print(self):
        t = self.wpick([(5, "int"), (3, "float"), (4, "str"), (2, "bool"), (3, "list"), (1, "lstr"),
                        (1, "tuple"), (2, "dict"), (2, "set"), (1, "none")])
        form = self.r.randint(0, 5)
        if form == 0:
            self.emit(f"print({self.printable(t)}, {self.printable(self.pick(ALL_TYPES), 1)}, sep={self.pick([' ', '|', ', ', ''])!r})")
        elif form == 3 and self.chance(0.3):
            self.emit(f"print('to stderr', {self.printable(t)}, file=sys.stderr)")
        elif form == 1:
            end = self.pick(['!\n', ';\n', '\n', ''])
            self.emit(f"print({self.lit_str()}, {self.printable(t)}, end={end!r})")
        else:
            self.emit(f"print({self.printable(t)})")

    def s_assign(self):
        t = self.wpick([(5, "int"), (3, "float"), (4, "str"), (2, "bool"), (3, "list"), (1, "lstr"),
                        (1, "tuple"), (2, "dict"), (2, "set")])
        name = self.fresh()
        e = self.expr(t)
        if t == "int" and any(op in e for op in ("*", "<<", "pow")):
            e = f"({e}) % {self.pick(MODS)}"
        if t in ("list", "dict", "set") and e.isidentifier():
            e = f"{e}.copy()"
        self.emit(f"{name} = {e}")
        self.define(name, t)
        if self.chance(0.5):
            self.emit(f"print({name!r}, {name})")

    def s_mutate(self):
        opts = []
        for t in ("int", "str", "list", "dict", "set", "float"):
            for v in self.mutable(t):
                opts.append((t, v))
        if not opts:
            return self.s_assign()
        t, v = self.pick(opts)
        r = self.r
        if t == "int":
            self.emit(self.pick([f"{v} += {r.randint(-9, 99)}", f"{v} = ({v} * {self.e_int(1)} + {r.randint(0, 9)}) % {self.pick(MODS)}",
                                 f"{v} = ({v} + {self.e_int(1)}) % {self.pick(MODS)}",
                                 f"{v} -= {r.randint(1, 9)}", f"{v} //= {self.nz()}", f"{v} ^= {r.randint(0, 255)}"]))
        elif t == "float":
            self.emit(self.pick([f"{v} += {self.e_float(0)}", f"{v} *= {self.pick(['0.5', '1.5', '-1.0'])}", f"{v} = round({v} / 3, 4)",
                                 f"{v} = {v} % 7.5 - {self.e_float(0)}"]))
        elif t == "str":
            self.emit(self.pick([f"{v} = ({v} + {self.e_str(1)})[:{r.randint(0, 30)}]", f"{v} = {v}[:{r.randint(0, 12)}]",
                                 f"{v} += {self.lit_str()}", f"{v} = ({v} * {r.randint(0, 2)})[-20:]"]))
        elif t == "list":
            self.emit(self.pick([f"{v}.append({self.e_int(1)})", f"{v}.extend({self.e_list(1)})\ndel {v}[{r.randint(4, 20)}:]", f"{v}.sort()",
                                 f"{v}.reverse()", f"{v}.insert({r.randint(-3, 3)}, {self.e_int(1)})",
                                 f"{v}[:{r.randint(0, 3)}] = {self.e_list(1)}",
                                 f"print({v}.pop() if {v} else 'empty')",
                                 f"{v} += [{self.e_int(0)}]", f"del {v}[::2]", f"{v}[:] = {v}[1:]",
                                 f"{v}.remove({v}[0]) if {v} else None"]))
        elif t == "dict":
            self.emit(self.pick([f"{v}[{self.lit_str()}] = {self.e_int(1)}", f"{v}.update({self.e_dict(1)})",
                                 f"print({v}.pop({self.lit_str()}, None))", f"print({v}.setdefault({self.lit_str()}, {r.randint(0, 9)}))",
                                 f"{v} |= {self.e_dict(1)}"]))
        else:
            self.emit(self.pick([f"{v}.add({self.e_int(1)})", f"{v}.discard({self.e_int(0)})", f"{v} |= {self.e_set(1)}",
                                 f"{v} &= {self.e_set(1)}", f"{v}.update({self.e_list(1)})"]))
        if self.chance(0.5):
            self.emit(f"print({v!r}, {v})")

    def s_if(self, d):
        with self.block(f"if {self.e_bool()}:"):
            self.stmts(self.r.randint(1, 3), d - 1)
        for _ in range(self.r.randint(0, 2)):
            with self.block(f"elif {self.e_bool()}:"):
                self.stmts(self.r.randint(1, 2), d - 1)
        if self.chance(0.6):
            with self.block("else:"):
                self.stmts(self.r.randint(1, 2), d - 1)

    def s_for(self, d):
        t = self.pick(["list", "list", "lstr", "range", "dict", "enum"])
        x = self.fresh("i")
        if t == "range":
            hdr, xt = f"for {x} in range({self.r.randint(0, 6)}):", "int"
        elif t == "list":
            src = self.e_list(1)
            hdr, xt = f"for {x} in {src}:", "int"
        elif t == "lstr":
            hdr, xt = f"for {x} in {self.e_lstr(1)}:", "str"
        elif t == "dict":
            y = self.fresh("i")
            hdr, xt = f"for {x}, {y} in {self.e_dict(1)}.items():", "str"
        else:
            y = self.fresh("i")
            hdr, xt = f"for {y}, {x} in enumerate({self.e_lstr(1)}):", "str"
        self.in_loop += 1
        frozen = set(self.frozen)
        for word in hdr.replace("(", " ").replace(")", " ").replace(".", " ").replace(":", " ").split():
            self.frozen.add(word)
        with self.block(hdr):
            self.define(x, xt)
            if t in ("dict", "enum"):
                self.define(y, "int" if t == "enum" else "int")
            self.loop_body(d)
        self.frozen = frozen
        self.in_loop -= 1
        if self.chance(0.3):
            with self.block("else:"):
                self.emit(f"print('for-else', {self.lit_str()})")

    def loop_body(self, d):
        n = self.r.randint(1, 3)
        for _ in range(n):
            if self.chance(0.2):
                kw = self.pick(["break", "continue"])
                with self.block(f"if {self.e_bool(1)}:"):
                    self.emit(f"print({kw!r})")
                    self.emit(kw)
            else:
                self.stmt(d - 1)

    def s_while(self, d):
        c = self.fresh("c")
        self.emit(f"{c} = 0")
        self.in_loop += 1
        with self.block(f"while {c} < {self.r.randint(0, 5)}:"):
            self.emit(f"{c} += 1")
            self.loop_body(d)
        self.in_loop -= 1
        if self.chance(0.3):
            with self.block("else:"):
                self.emit(f"print('while-else', {c})")
        self.define(c, "int")

    RISKY = [
        ("ZeroDivisionError", "print(1 // {z})"),
        ("ZeroDivisionError", "print({i} % {z})"),
        ("ZeroDivisionError", "print(1.5 / {z})"),
        ("KeyError", "print({d}['missing'])"),
        ("IndexError", "print({l}[{big}])"),
        ("IndexError", "print('abc'[{big}])"),
        ("ValueError", "print(int({s}))"),
        ("ValueError", "print([1, 2].index({big}))"),
        ("TypeError", "print({i} + {s})"),
        ("TypeError", "print({s} + {i})"),
        ("TypeError", "print(None < 1)"),
        ("TypeError", "print(len({i}))"),
        ("AttributeError", "print(({i}).foo)"),
        ("AttributeError", "print(None.bar)"),
        ("ValueError", "print(float({s}))"),
        ("ValueError", "a, b = {l3}"),
        ("OverflowError", "print(2.0 ** 5000)"),
        ("OverflowError", "print(float(10 ** 400))"),
        ("TypeError", "print(sorted([1, 'a']))"),
        ("ValueError", "print(min([]))"),
        ("StopIteration", "print(next(iter([])))"),
        ("UnboundLocalError", None),
    ]

    def risky(self):
        exc, tmpl = self.pick(self.RISKY[:-1])
        return exc, tmpl.format(z=self.pick(["0", "(3 - 3)", "0.0", "False"]), i=self.e_int(0),
                                d=self.e_dict(0), l=self.e_list(0), big=self.r.randint(9, 40),
                                s=self.pick(["'x1'", "'abc'", "''", "'1.5e'"]),
                                l3=self.pick(["[1, 2, 3]", "(1,)", "'abc'"]))

    def s_try(self, d):
        exc, line = self.risky()
        with self.block("try:"):
            if self.chance(0.5):
                self.stmt(d - 1)
            if self.chance(0.8):
                self.emit(line)
            else:
                self.emit(f"print({self.e_int(1)})")
        names = ["(KeyError, IndexError)", "ArithmeticError", "LookupError", "ValueError", "TypeError"]
        handlers = [self.pick(names) for _ in range(self.r.randint(0, 1))] + [self.pick([exc, exc, "Exception"])]
        for h in handlers:
            e = self.fresh("e")
            with self.block(f"except {h} as {e}:"):
                self.emit(self.pick([f"print(type({e}).__name__, {e})", f"print(repr({e}))", f"print({e}.args)",
                                     f"print('caught', str({e})[:40])"]))
        if self.chance(0.3):
            e = self.fresh("e")
            with self.block(f"except BaseException as {e}:"):
                self.emit(f"print('base', type({e}).__name__)")
        if self.chance(0.4):
            with self.block("else:"):
                self.emit("print('no error')")
        if self.chance(0.4):
            with self.block("finally:"):
                self.emit(f"print('finally', {self.lit_str()})")

    def s_unpack(self):
        a, b = self.fresh(), self.fresh()
        if self.chance(0.5):
            self.emit(f"{a}, {b} = divmod({self.e_int(1)}, {self.nz()})")
            self.define(a, "int")
            self.define(b, "int")
        else:
            self.emit(f"{a}, *{b} = {self.e_list(1)} + [{self.r.randint(0, 9)}]")
            self.define(a, "int")
            self.define(b, "list")
        self.emit(f"print({a}, {b})")

    def s_walrus(self):
        n = self.fresh("n")
        with self.block(f"if ({n} := len({self.e_list(1)})) > {self.r.randint(0, 4)}:"):
            self.emit(f"print('walrus', {n})")

    def stmt(self, d):
        if d <= 0:
            return self.wpick([(3, self.s_print), (3, self.s_assign), (2, self.s_mutate)])()
        return self.wpick([
            (4, self.s_print), (4, self.s_assign), (2, self.s_mutate),
            (2, lambda: self.s_if(d)), (1, lambda: self.s_for(d)), (1, lambda: self.s_while(d)),
            (1, lambda: self.s_try(d)), (1, self.s_unpack), (1, self.s_walrus),
        ])()

    def stmts(self, n, d):
        for _ in range(n):
            self.stmt(d)

    # ---------------------------------------------------------------- units
    def u_function(self):
        """A function with a random parameter list, called in several ways."""
        f = self.fresh("f")
        kind = self.r.randint(0, 4)
        body_env = {}
        if kind == 0:
            params, calls = "a, b=3", [f"{f}({self.e_int(1)})", f"{f}({self.e_int(1)}, {self.e_int(1)})", f"{f}(b={self.e_int(0)}, a=2)"]
            body_env = {"a": "int", "b": "int"}
            bad = [f"{f}()", f"{f}(1, 2, 3)", f"{f}(1, c=2)", f"{f}(1, a=2)"]
        elif kind == 1:
            params = "a, *args, k=2, **kw"
            calls = [f"{f}(1)", f"{f}(1, 2, 3, k=4)", f"{f}(*{self.e_list(1)} + [1], x=5, y=6)",
                     f"{f}(0, **{{'k': 3, 'z': 1}})", f"{f}(*[4, 5], **{self.e_dict(0)})"]
            body_env = {"a": "int", "k": "int", "kw": "dict"}
            bad = [f"{f}()", f"{f}(k=1)", f"{f}(1, a=2)"]
        elif kind == 2:
            params = "a, /, b, *, c, d=4"
            calls = [f"{f}(1, 2, c=3)", f"{f}(5, b=6, c=7, d=8)", f"{f}({self.e_int(1)}, {self.e_int(1)}, c={self.e_int(0)})"]
            body_env = {"a": "int", "b": "int", "c": "int", "d": "int"}
            bad = [f"{f}(a=1, b=2, c=3)", f"{f}(1, 2, 3)", f"{f}(1, 2)", f"{f}(1, 2, c=3, e=4)"]
        elif kind == 3:
            params = "s, n=2, sep='-'"
            calls = [f"{f}({self.e_str(1)})", f"{f}({self.e_str(1)}, {self.r.randint(0, 3)})", f"{f}('q', sep='+')"]
            body_env = {"s": "str", "sep": "str"}
            bad = [f"{f}()", f"{f}('a', 1, '-', 2)", f"{f}(n=1)"]
        else:
            params = "xs, key=None"
            calls = [f"{f}({self.e_list(1)})", f"{f}({self.e_list(1)}, key=abs)", f"{f}([3, -1, 2], key=lambda q: -q)"]
            body_env = {"xs": "list"}
            bad = [f"{f}()", f"{f}([1], abs)" if False else f"{f}(key=abs)"]
        with self.block(f"def {f}({params}):", func=True):
            for k, v in body_env.items():
                self.define(k, v)
            if kind == 1:
                self.emit("print('args', args, 'kw', kw)")
            if kind == 4:
                self.emit("ys = sorted(xs, key=key)")
                self.emit("print('sorted', ys)")
                self.define("ys", "list")
            self.stmts(self.r.randint(1, 3), 1)
            if kind == 3:
                self.emit(f"return sep.join([s] * (n % 4)) + {self.e_str(1)}")
            elif kind == 4:
                self.emit(f"return ys[:{self.r.randint(1, 3)}] + [{self.e_int(1)}]")
            else:
                ret = self.e_int(2)
                if kind == 1:
                    ret = f"{ret} + sum(args) + len(kw)"
                self.emit(f"return {ret}")
        for c in self.r.sample(calls, self.r.randint(1, len(calls))):
            self.emit(f"print({c})")
        if self.chance(0.4):
            e = self.fresh("e")
            with self.block("try:"):
                self.emit(f"{self.pick(bad)}")
            with self.block(f"except TypeError as {e}:"):
                self.emit(f"print('TypeError:', {e})")

    def u_closure(self):
        mk, n, inc = self.fresh("make"), self.fresh("n"), self.fresh("inc")
        step = self.r.randint(1, 5)
        with self.block(f"def {mk}(start):", func=True):
            self.emit(f"{n} = start")
            with self.block(f"def {inc}(by={step}):", func=True):
                self.emit(f"nonlocal {n}")
                self.emit(f"{n} = {n} * {self.r.randint(1, 3)} + by")
                self.emit(f"return {n}")
            if self.chance(0.5):
                g = self.fresh("get")
                self.emit(f"{g} = lambda: {n}")
                self.emit(f"return {inc}, {g}")
                two = True
            else:
                self.emit(f"return {inc}")
                two = False
        c = self.fresh("ctr")
        if two:
            g = self.fresh("get")
            self.emit(f"{c}, {g} = {mk}({self.e_int(1)})")
        else:
            self.emit(f"{c} = {mk}({self.e_int(1)})")
        for _ in range(self.r.randint(1, 4)):
            self.emit(f"print({c}({'' if self.chance(0.5) else self.r.randint(-3, 3)}))")
        if two:
            self.emit(f"print('current', {g}())")
        # lambdas capturing loop variables
        if self.chance(0.5):
            fs = self.fresh("fs")
            self.emit(f"{fs} = [lambda q, i=i: q * i for i in range({self.r.randint(1, 4)})]")
            self.emit(f"print([h({self.r.randint(1, 5)}) for h in {fs}])")
            self.emit(f"{fs} = [lambda q: q + i for i in range(3)]")
            self.emit(f"print([h(10) for h in {fs}])")

    def u_recursion(self):
        f = self.fresh("rec")
        with self.block(f"def {f}(n):", func=True):
            with self.block("if n <= 1:"):
                self.emit(f"return {self.r.randint(0, 3)}")
            self.emit(self.pick([f"return {f}(n - 1) + {f}(n - 2)", f"return n * {f}(n - 1)",
                                 f"return {f}(n // 2) * 2 + n % 2", f"return [n] and {f}(n - 1) - n"]))
        self.emit(f"print([{f}(i) for i in range({self.r.randint(1, 12)})])")

    def u_class(self):
        r = self.r
        C = self.fresh("C")
        feats = set(r.sample(["eq", "lt", "add", "len", "iter", "getitem", "contains", "bool", "hash",
                              "prop", "cm", "sm", "str", "call", "setitem"], r.randint(3, 9)))
        if "hash" in feats:
            feats.add("eq")
        with self.block(f"class {C}:", frame=False):
            self.emit("count = 0")
            with self.block("def __init__(self, a, b=0):", func=True):
                self.emit("self.a = a")
                self.emit("self.b = b")
                self.emit(f"{C}.count += 1")
            with self.block("def __repr__(self):", func=True):
                self.emit(self.pick([f"return f'{C}({{self.a!r}}, {{self.b!r}})'", f"return '{C}<%s,%s>' % (self.a, self.b)",
                                     f"return '{C}(' + repr(self.a) + ', ' + repr(self.b) + ')'"]))
            if "str" in feats:
                with self.block("def __str__(self):", func=True):
                    self.emit("return f'<{self.a}|{self.b}>'")
            if "eq" in feats:
                with self.block("def __eq__(self, other):", func=True):
                    with self.block(f"if not isinstance(other, {C}):"):
                        self.emit("return NotImplemented")
                    self.emit("return (self.a, self.b) == (other.a, other.b)")
            if "lt" in feats:
                with self.block("def __lt__(self, other):", func=True):
                    self.emit("return (self.a, self.b) < (other.a, other.b)")
            if "add" in feats:
                with self.block("def __add__(self, other):", func=True):
                    with self.block("if isinstance(other, int):"):
                        self.emit(f"return {C}(self.a + other, self.b)")
                    self.emit(f"return {C}(self.a + other.a, self.b + other.b)")
                if r.random() < 0.5:
                    with self.block("def __radd__(self, other):", func=True):
                        self.emit(f"return {C}(self.a + other, self.b)")
            if "len" in feats:
                with self.block("def __len__(self):", func=True):
                    self.emit("return abs(self.a) % 5")
            if "iter" in feats:
                with self.block("def __iter__(self):", func=True):
                    if r.random() < 0.5:
                        self.emit("yield self.a")
                        self.emit("yield self.b")
                    else:
                        self.emit("return iter([self.a, self.b, self.a + self.b])")
            if "getitem" in feats:
                with self.block("def __getitem__(self, i):", func=True):
                    self.emit("return (self.a, self.b)[i]")
            if "setitem" in feats:
                with self.block("def __setitem__(self, i, v):", func=True):
                    with self.block("if i == 0:"):
                        self.emit("self.a = v")
                    with self.block("else:"):
                        self.emit("self.b = v")
            if "contains" in feats:
                with self.block("def __contains__(self, x):", func=True):
                    self.emit("return x == self.a or x == self.b")
            if "bool" in feats:
                with self.block("def __bool__(self):", func=True):
                    self.emit("return self.a > self.b")
            if "hash" in feats:
                with self.block("def __hash__(self):", func=True):
                    self.emit("return hash((self.a, self.b))")
            if "call" in feats:
                with self.block("def __call__(self, x=1):", func=True):
                    self.emit("return self.a * x + self.b")
            if "prop" in feats:
                self.emit("@property")
                with self.block("def total(self):", func=True):
                    self.emit("return self.a + self.b")
                self.emit("@total.setter")
                with self.block("def total(self, v):", func=True):
                    self.emit("self.b = v - self.a")
            if "cm" in feats:
                self.emit("@classmethod")
                with self.block("def make(cls, n):", func=True):
                    self.emit("return cls(n, n + 1)")
            if "sm" in feats:
                self.emit("@staticmethod")
                with self.block("def helper(x, y=2):", func=True):
                    self.emit("return x * y")
        D = None
        if self.chance(0.6):
            D = self.fresh("D")
            with self.block(f"class {D}({C}):", frame=False):
                with self.block("def __init__(self, a, b=0, c=1):", func=True):
                    self.emit("super().__init__(a, b)")
                    self.emit("self.c = c")
                with self.block("def __repr__(self):", func=True):
                    self.emit(self.pick(["return f'{type(self).__name__}({self.a}, {self.b}, c={self.c})'",
                                         "return super().__repr__() + '+' + str(self.c)"]))
                if "prop" in feats and self.chance(0.5):
                    self.emit("@property")
                    with self.block("def total(self):", func=True):
                        self.emit(f"return {C}.total.fget(self) * self.c")
                    self.emit("@total.setter")
                    with self.block("def total(self, v):", func=True):
                        self.emit("self.b = v - self.a")
                if self.chance(0.5):
                    with self.block("def describe(self):", func=True):
                        self.emit("return f'{self!r} in {type(self).__mro__[1].__name__}'")
                    self.emit("pass")
        objs = []
        for _ in range(r.randint(2, 4)):
            o = self.fresh("o")
            if D and self.chance(0.4):
                self.emit(f"{o} = {D}({r.randint(-5, 9)}, {r.randint(-5, 9)}, {r.randint(1, 3)})")
            else:
                self.emit(f"{o} = {C}({r.randint(-5, 9)}{', ' + str(r.randint(-5, 9)) if self.chance(0.7) else ''})")
            objs.append(o)
        self.emit(f"print({', '.join(objs)})")
        self.emit(f"print({C}.count, [type(x).__name__ for x in ({', '.join(objs)},)])")
        a, b = objs[0], objs[1]
        uses = []
        if "str" in feats:
            uses += [f"print(str({a}), f'{{{b}}}', [{a}])"]
        if "eq" in feats:
            uses += [f"print({a} == {b}, {a} != {b}, {a} == {C}({a}.a, {a}.b), {a} == 3)"]
        if "lt" in feats:
            uses += [f"print({a} < {b}, {a} > {b}, sorted([{', '.join(objs)}]))", f"print(min({', '.join(objs)}), max([{a}, {b}]))"]
        if "add" in feats:
            uses += [f"print({a} + {b}, {a} + {r.randint(0, 9)})"]
            uses += [f"print(sum([{a}, {b}], {C}(0, 0)))"]
        if "len" in feats:
            uses += [f"print(len({a}), len({b}), bool({a}))"]
        if "iter" in feats:
            uses += [f"print(list({a}), [x * 2 for x in {b}], sorted({a}), *{b})", f"x1, x2, *rest = {a}\nprint(x1, x2, rest)"]
        if "getitem" in feats:
            uses += [f"print({a}[0], {a}[-1], {b}[1])"]
            uses += [f"try:\n    print({a}[5])\nexcept IndexError as e:\n    print('IndexError', e)"]
        if "setitem" in feats:
            uses += [f"{a}[0] = {r.randint(0, 9)}\n{b}[1] = {a}.a\nprint({a}, {b})"]
        if "contains" in feats:
            uses += [f"print({r.randint(-3, 5)} in {a}, {b}.a in {b}, 99 not in {a})"]
        if "bool" in feats:
            uses += [f"print(bool({a}), not {b}, [o for o in ({', '.join(objs)}) if o])", f"print({a} or {b}, {a} and {b})"]
        if "hash" in feats:
            uses += [f"print(len({{{', '.join(objs)}, {C}({a}.a, {a}.b)}}), {{{a}: 1, {C}({a}.a, {a}.b): 2}})",
                     f"print(hash({a}) == hash({C}({a}.a, {a}.b)))"]
        elif "eq" in feats:
            uses += [f"print({C}.__hash__)", f"try:\n    print({{{a}}})\nexcept TypeError as e:\n    print('TypeError', e)"]
        if "call" in feats:
            uses += [f"print({a}(), {b}({r.randint(-3, 3)}), callable({a}))"]
        if "prop" in feats:
            uses += [f"print({a}.total)\n{a}.total = {r.randint(0, 20)}\nprint({a}.b, {a}.total)"]
        if "cm" in feats:
            uses += [f"print({C}.make({r.randint(0, 5)}), {a}.make(1)" + (f", {D}.make(2)" if D else "") + ")"]
        if "sm" in feats:
            uses += [f"print({C}.helper({r.randint(0, 5)}), {a}.helper(3, y=4))"]
        if D:
            uses += [f"print(isinstance({a}, {D}), isinstance({a}, {C}), issubclass({D}, {C}), {D}.__name__, {D}.__mro__[1].__name__)"]
        uses += [f"print(getattr({a}, 'a'), getattr({a}, 'zz', 'none'), hasattr({b}, 'b'))",
                 f"{a}.extra = {r.randint(0, 9)}\nprint({a}.extra, vars({a}) if False else {a}.a)"]
        for u in r.sample(uses, min(len(uses), r.randint(3, 7))):
            for line in u.split("\n"):
                self.emit(line)

    def u_generator(self):
        r = self.r
        g1, g2 = self.fresh("gen"), self.fresh("gen")
        k = r.randint(1, 5)
        with self.block(f"def {g1}(n):", func=True):
            with self.block("for i in range(n):"):
                self.emit(f"got = yield i * {k}")
                with self.block("if got is not None:"):
                    self.emit("print('got', got)")
            self.emit(f"return n * {r.randint(2, 10)}")
        with self.block(f"def {g2}(n):", func=True):
            self.emit(f"r = yield from {g1}(n)")
            self.emit("print('sub returned', r)")
            self.emit("yield r")
            if self.chance(0.5):
                self.emit("yield from ['x', 'y'][:n]")
        gv = self.fresh("g")
        uses = [
            f"print(list({g1}({r.randint(0, 5)})), sum({g1}({r.randint(0, 5)})))",
            f"{gv} = {g2}({r.randint(1, 3)})\nprint(next({gv}))\nprint({gv}.send({r.randint(0, 9)}))\nprint(list({gv}))\nprint(next({gv}, 'exhausted'))",
            f"{gv} = {g1}({r.randint(2, 4)})\nprint(next({gv}))\n{gv}.close()\nprint(next({gv}, 'closed'))",
            f"{gv} = {g1}(5)\nprint(next({gv}))\ntry:\n    {gv}.throw(ValueError('boom'))\nexcept ValueError as e:\n    print('thrown', e)",
            f"print([v for v in {g2}({r.randint(0, 3)})])",
            f"print(sum(x * x for x in range({r.randint(0, 9)}) if x % 2), max((len(s) for s in {self.e_lstr(1)}), default=-1))",
            f"{gv} = (c.upper() for c in {self.e_str(1)})\nprint(next({gv}, None), list({gv}))",
            f"print(dict(enumerate({g1}({r.randint(0, 4)}))), list(zip({g1}(3), 'abc')))",
            f"{gv} = {g1}(2)\nfor v in {gv}:\n    print('loop', v)\nelse:\n    print('done')",
            f"try:\n    next(iter([]))\nexcept StopIteration:\n    print('stop')",
        ]
        for u in r.sample(uses, r.randint(2, 5)):
            for line in u.split("\n"):
                self.emit(line)

    def u_comprehension(self):
        r = self.r
        l1, l2 = self.e_list(1), self.e_list(1)
        opts = [
            f"print([(x, y) for x in {l1} for y in {l2} if x < y][:8])",
            f"print({{x: x * x for x in {l1} if x % 2 == 0}})",
            f"print({{x % {r.randint(2, 7)} for x in {l1}}})",
            f"print([[y for y in range(x)] for x in range({r.randint(0, 4)})])",
            f"print({{k: sorted(v) for k, v in {{'a': {l1}, 'b': {l2}}}.items()}})",
            f"print(sorted({{w.lower() for w in {self.e_lstr(1)}}}))",
            f"print(sum(x for x in {l1}), any(x > {r.randint(0, 9)} for x in {l2}), all(x for x in {l1}))",
            f"print([x if x % 2 else -x for x in {l1}])",
            f"print({{i: c for i, c in enumerate({self.e_str(1)})}})",
            f"print([(i, s) for i, s in zip(range(9), {self.e_lstr(1)})])",
            f"print(list(map(str, {l1})), list(filter(None, {l2})))",
            f"print(sorted({l1} + {l2}, key=lambda v: (abs(v), v)), list(reversed({l1})))",
            f"print(round({self.e_float(1)}, 2), divmod({self.e_int(1)}, {self.nz()}), abs({self.e_int(1)}))",
            f"print(min({l1} + [0]), max({l2} + [0], key=lambda v: -v), sum({l1}, 100))",
            f"print(list(enumerate({self.e_lstr(1)}, 1)), tuple(zip({l1}, {l2})))",
        ]
        for u in r.sample(opts, r.randint(2, 4)):
            self.emit(u)

    def u_exceptions(self):
        r = self.r
        E1, E2 = self.fresh("Err"), self.fresh("Err")
        with self.block(f"class {E1}(Exception):", frame=False):
            self.emit("pass")
        with self.block(f"class {E2}({E1}):", frame=False):
            with self.block("def __init__(self, msg, code):", func=True):
                self.emit("super().__init__(msg)")
                self.emit("self.code = code")
            if self.chance(0.4):
                with self.block("def __str__(self):", func=True):
                    self.emit("return f'{self.args[0]} (code {self.code})'")
        f = self.fresh("risky")
        m = r.randint(2, 4)
        with self.block(f"def {f}(n):", func=True):
            with self.block(f"if n % {m} == 0:"):
                self.emit(f"raise {E2}('bad', n)")
            with self.block(f"if n % {m} == 1:"):
                self.emit(self.pick(["raise ValueError(f'v{n}')", "return {}['k%d' % n]", "return [1][n]",
                                     f"raise {E1}(n, 'x')", "return 10 // (n - 1)"]))
            self.emit(f"return n * {r.randint(1, 9)}")
        i = self.fresh("i")
        with self.block(f"for {i} in range({r.randint(1, 5)}):"):
            with self.block("try:"):
                self.emit(f"res = {f}({i})")
            with self.block(f"except {E2} as e:"):
                self.emit("print('E2', e, e.code, e.args)")
            with self.block("except (ValueError, KeyError, IndexError, ZeroDivisionError) as e:"):
                self.emit("print(type(e).__name__, e)")
            with self.block(f"except {E1} as e:"):
                self.emit("print('E1', repr(e))")
            with self.block("else:"):
                self.emit("print('ok', res)")
            if self.chance(0.6):
                with self.block("finally:"):
                    self.emit(f"print('fin', {i})")
        # chaining
        opts = [
            f"try:\n    try:\n        {f}(0)\n    except {E1} as e:\n        raise RuntimeError('wrapped') from e\nexcept RuntimeError as e:\n    print(repr(e), repr(e.__cause__), e.__context__ is e.__cause__, e.__suppress_context__)",
            f"try:\n    try:\n        1 / 0\n    except ZeroDivisionError:\n        {f}(0)\nexcept {E1} as e:\n    print(repr(e.__context__), e.__cause__)",
            f"try:\n    try:\n        raise KeyError('a')\n    finally:\n        print('inner finally')\nexcept LookupError as e:\n    print('outer', repr(e))",
            f"def {f}_w():\n    try:\n        return 'try'\n    finally:\n        print('finally runs')\nprint({f}_w())",
            f"try:\n    raise {E1}('x') from None\nexcept {E1} as e:\n    print(e.__cause__, e.__suppress_context__)",
            f"try:\n    assert {self.e_bool(1)}, 'assert msg'\n    print('assert ok')\nexcept AssertionError as e:\n    print('AssertionError', e)",
            f"for q in range(3):\n    try:\n        if q == 1:\n            continue\n        print('body', q)\n    finally:\n        print('fin', q)",
            f"e = {E2}('m', {r.randint(0, 9)})\nprint(isinstance(e, {E1}), isinstance(e, Exception), e.args, str(e))",
            f"try:\n    raise ExceptionGroup('grp', [ValueError(1), {E1}('z')])\nexcept ExceptionGroup as g:\n    print(repr(g), len(g.exceptions))",
            f"def {f}_r():\n    try:\n        raise {E1}('lost')\n    finally:\n        return 'finally wins'\nprint({f}_r())",
            f"def {f}_c():\n    out = []\n    for q in range(4):\n        try:\n            if q % 2:\n                raise ValueError(q)\n            out.append(q)\n        finally:\n            if q < 3:\n                continue\n    return out\nprint({f}_c())",
            f"try:\n    try:\n        raise ValueError('first')\n    finally:\n        raise KeyError('second')\nexcept KeyError as e:\n    print(repr(e), repr(e.__context__))",
            f"print(str(ValueError(1, 2)), str(KeyError('k')), str(OSError(2, 'nope')), repr(StopIteration(5)), str(Exception()), repr({E2}('m', 1)))",
            f"def {f}_g():\n    yield 1\n    raise {E1}('from gen')\ntry:\n    for v in {f}_g():\n        print('gen', v)\nexcept {E1} as e:\n    print('caught', e)",
            f"try:\n    print([10 // (q - {r.randint(0, 3)}) for q in range(4)])\nexcept ZeroDivisionError as e:\n    print('in comprehension', e)",
            f"try:\n    try:\n        {f}(0)\n    except {E1}:\n        print('re-raising')\n        raise\nexcept Exception as e:\n    print(type(e).__name__, e.__traceback__ is not None)",
            f"def {f}_d(n):\n    return {f}_d(n + 1)\ntry:\n    {f}_d(0)\nexcept RecursionError as e:\n    print('RecursionError', e)",
        ]
        for u in r.sample(opts, r.randint(1, 3)):
            for line in u.split("\n"):
                self.emit(line)

    def u_edge(self):
        """Edge cases of numbers, strings and containers, with random operands."""
        r = self.r
        i, j = r.randint(-30, 30), self.pick(["3", "-3", "7", "-7", "2", "10**20", "-(10**20)"])
        big = self.pick(BIGS)
        fl = self.pick(FLOATS + ["2.675", "0.125", "-2.5", "0.5", "1.5", "1e22", "1e-7", "123456789.0", "0.1 + 0.2", "1/3"])
        w = self.lit_str()
        opts = [
            f"print({i} // {j}, {i} % {j}, divmod({i}, {j}), -({big}) // {j}, ({big}) % {j})",
            f"print(({big}) >> {r.randint(0, 80)}, ({big}) << {r.randint(0, 80)}, -({big}) >> {r.randint(0, 80)}, ~({big}))",
            f"print(pow({i}, {r.randint(0, 40)}), pow({i}, {r.randint(1, 9)}, {self.pick(MODS)}), {self.pick(['2', '-2', '3'])} ** -{r.randint(1, 3)})",
            f"print(({big}) & {i}, ({big}) | -{abs(i) + 1}, ({big}) ^ ({big}) // 3, abs(-({big})))",
            f"print(round({fl}), round({fl}, {r.randint(-2, 4)}), round({i} * 1234, -{r.randint(1, 3)}), round(-{r.randint(0, 9)}.5))",
            f"print(repr({fl}), str({fl} * {r.randint(-3, 3)}), {fl} / 7, {fl} // 0.3, {fl} % -0.7, -{fl})",
            f"print(int({fl}), float({i}), float({big}), ({big}) / {j}, {i} / {j})",
            f"print(f'{{{fl}:{self.fmt_spec('float')}}}|{{{i}:{self.fmt_spec('int')}}}|{{{big}:{self.fmt_spec('int')}}}')",
            f"print(format({fl}, {self.fmt_spec('float')!r}), format({i}, {self.fmt_spec('int')!r}), format({w}, {self.fmt_spec('str')!r}))",
            f"print('%s %r %d %5.1f %-6s| %x %e %g' % ({w}, {w}, {i}, {fl}, {i}, {i} * 255, {fl}, {fl}))",
            f"print('%(a)s-%(b)05d' % {{'a': {w}, 'b': {i}}}, '{{0}}{{1!r}}{{0}}'.format({w}, {i}), '{{:>{{}}}}'.format({w}, {r.randint(0, 9)}))",
            f"print({w}.upper(), {w}.lower(), {w}.title(), {w}.casefold(), {w}.swapcase(), {w}.capitalize())",
            f"print({w}.split({self.pick(['', repr(' '), repr(','), repr('a')])}), {w}.rsplit(None, 1), {w}.splitlines(), {w}.partition(' '), {w}.rpartition('a'))",
            f"print({w}.center({r.randint(0, 12)}, '*'), {w}.ljust({r.randint(0, 9)}, '.'), {w}.rjust({r.randint(0, 9)}), {w}.zfill({r.randint(0, 9)}), {w}.expandtabs(4))",
            f"print({w}.find('a'), {w}.rfind('z'), {w}.index({w}[:1]), {w}.count(''), {w}.startswith(('a', 'H')), {w}.endswith('c', 1))",
            f"print({w}[::-1], {w}[{r.randint(-5, 5)}:{r.randint(-5, 5)}], {w}[::{self.pick(['2', '-2', '3'])}], {w} * {r.randint(0, 3)}, {w} < {self.lit_str()}, sorted({w}))",
            f"print({w}.isdigit(), {w}.isalpha(), {w}.isspace(), {w}.istitle(), {w}.isidentifier(), {w}.isnumeric(), {w}.isdecimal(), {w}.isascii())",
            f"print(repr({w}), ascii({w}), {w}.encode(), len({w}.encode()), {w}.strip(' ac'), {w}.removeprefix('a'), {w}.removesuffix('c'))",
            f"print([ord(c) for c in {w}], chr({r.randint(32, 126)}), {w}.replace('', '|', {r.randint(-1, 3)}), {w}.translate({{97: 'A', 98: None}}))",
            f"l = {self.e_list(1)}\nl.sort(key=lambda v: v % 3, reverse={self.pick(['True', 'False'])})\nprint(l, l.index(l[0]) if l else -1, l[::-2])",
            f"d = {self.e_dict(1)}\nd['new'] = 1\nd.pop('new')\nd['new'] = 2\nprint(d, list(d.items())[-1:], d.popitem() if d else None, d)",
            f"d = dict.fromkeys('{r.choice(['abc', 'hello', 'aab'])}', 0)\nfor ch in 'hello world':\n    d[ch] = d.get(ch, 0) + 1\nprint(d, sorted(d.items(), key=lambda kv: (-kv[1], kv[0])))",
            f"s = {self.e_set(1)}\nprint(s, sorted(s), s | {{{big}}}, s - {{{i}}}, {{-1, -2, 2**61 - 1, 2**61, 2**64}}, {{{r.randint(1, 9)} * k for k in range({r.randint(0, 20)})}})",
            f"print(list(zip('abc', range({r.randint(0, 5)}))), list(enumerate('xy', {r.randint(-2, 2)})), list(map(pow, [2, 3], [{r.randint(0, 5)}, 2])))",
            f"print(min('{r.choice(['bca', 'zz', 'Ab'])}'), max([{i}, {j}], key=abs), sum([0.1] * {r.randint(1, 12)}), sum(range({r.randint(0, 100)})), any([]), all([]))",
            f"print(hash({i}), hash({big}), hash(-1), hash({fl}), hash(({i}, {fl})), hash(True), hash(None) == hash(None))",
            f"print(isinstance(True, int), type({i}) is int, type({fl}).__name__, bool(''), bool(' '), bool(0.0), bool([0]), int(True), {i} == {i}.0, 1 == True)",
            f"print(tuple(range({r.randint(-3, 3)}, {r.randint(-5, 9)}, {self.pick(['1', '2', '-1', '3'])})), range({r.randint(0, 9)})[{r.randint(-1, 0)}:], len(range(0, {r.randint(0, 99)}, 7)))",
            f"print([1, 2] * {r.randint(0, 2)} + [3], [[0] * 2] * 2, ({i},) * 2, (1, 2) < (1, 2, 0), [1, 'a'] == [1, 'a'], {{1: 'a'}} == {{1: 'a'}}, None is None)",
            f"x = [{i}, {fl}, {w}, None, True, ({i},), [{j}], {{'k': {i}}}]\nprint(x, str(x), len(x), x[-1], x[2:4])",
            f"print({fl} == {i}, {fl} < {big}, float('nan') == float('nan'), float('inf') > ({big}), -0.0 == 0.0, repr(-0.0), 1e300 * 1e10, -1e300 * 1e10)",
            f"print(int('{r.randint(-999, 999)}'), int('{r.choice(['101', '777', 'ff', 'z'])}', {r.choice(['36', '16', '35'])}), int({fl} * 1e3), bin(-{abs(i)}), hex({big}), oct({i}))",
        ]
        for u in r.sample(opts, r.randint(2, 5)):
            self.emit(u)

    def u_advanced(self):
        """Other supported features: match, with, dataclasses, enum, functools, descriptors,
        slots, __getattr__, bytes, complex, global/del, NamedTuple, custom async iterators."""
        r = self.r
        n = self.n = self.n + 1
        a, b, c = r.randint(-5, 9), r.randint(0, 9), r.randint(1, 4)
        w = self.lit_str()
        opts = [
            f"""def m{n}(v):
    match v:
        case 0 | 1:
            return 'small'
        case int(x) if x > {b}:
            return f'big {{x}}'
        case [x, y, *rest]:
            return f'seq {{x}} {{y}} {{rest}}'
        case {{'k': kv, **others}}:
            return f'map {{kv}} {{others}}'
        case str() as s:
            return 'str ' + s
        case (p, q):
            return f'pair {{p}} {{q}}'
        case _:
            return 'other'
for v in [0, {a}, {b + 5}, [1, 2, 3], ({a}, {b}), {{'k': {c}, 'z': 0}}, {w}, None, 2.5]:
    print(m{n}(v))""",
            f"""class Ctx{n}:
    def __init__(self, name, swallow):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, ev)
        return self.swallow
with Ctx{n}('a', {self.pick(['True', 'False'])}) as x, Ctx{n}('b', True):
    print('body', x.name)
    {self.pick(['raise KeyError(' + str(a) + ')', 'print(1 // 0)', 'pass'])}
print('after with')""",
            f"""from dataclasses import dataclass, field
@dataclass{self.pick(['', '(order=True)', '(frozen=True)', '(order=True, frozen=True)'])}
class P{n}:
    x: int
    y: int = {b}
    tags: list = field(default_factory=list)
p1, p2 = P{n}({a}), P{n}({c}, {a})
print(p1, p2, p1 == P{n}({a}), p1 == p2)
try:
    print(p1 < p2, sorted([p2, p1]))
except TypeError as e:
    print('TypeError', e)
try:
    p1.x = 5
    print(p1)
except Exception as e:
    print(type(e).__name__, e)""",
            f"""from enum import Enum, IntEnum, Flag, auto
class Color{n}(Enum):
    RED = {a}
    GREEN = auto()
    BLUE = 'b'
class Perm{n}(Flag):
    R = auto()
    W = auto()
    X = auto()
print(Color{n}.RED, repr(Color{n}.GREEN), Color{n}('b'), Color{n}['RED'].value, list(Color{n}), len(Color{n}))
print(Perm{n}.R | Perm{n}.W, Perm{n}.R in (Perm{n}.R | Perm{n}.X), repr(Perm{n}(5)), Perm{n}.W.name)
try:
    Color{n}({b + 100})
except ValueError as e:
    print(e)""",
            f"""import functools
@functools.lru_cache(maxsize=None)
def fib{n}(k):
    return k if k < 2 else fib{n}(k - 1) + fib{n}(k - 2)
print(fib{n}({r.randint(10, 90)}), fib{n}.cache_info())
add = functools.partial(lambda x, y, z=0: x * y + z, {a}, z={b})
print(add({c}), functools.reduce(lambda p, q: p * 10 + q, [{a}, {b}, {c}], 7))
@functools.total_ordering
class V{n}:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(V{n}({a}) >= V{n}({b}), V{n}({a}) > V{n}({b}), V{n}({c}) <= V{n}({c}))""",
            f"""class Pos{n}:
    def __set_name__(self, owner, name):
        self.name = '_' + name
    def __get__(self, obj, typ=None):
        return self if obj is None else getattr(obj, self.name, 0)
    def __set__(self, obj, v):
        if v < 0:
            raise ValueError(f'{{self.name}} must be >= 0, got {{v}}')
        setattr(obj, self.name, v)
class Acct{n}:
    __slots__ = ('_bal', 'owner')
    bal = Pos{n}()
    def __init__(self, owner):
        self.owner = owner
a{n} = Acct{n}({w})
a{n}.bal = {b}
print(a{n}.owner, a{n}.bal, type(Acct{n}.bal).__name__)
try:
    a{n}.bal = {a - 6}
except ValueError as e:
    print('ValueError', e)
try:
    a{n}.other = 1
except AttributeError as e:
    print('AttributeError', e)""",
            f"""class Dyn{n}:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith('x'):
            return name * {c}
        raise AttributeError(f'no {{name}}')
d{n} = Dyn{n}()
print(d{n}.real, d{n}.xy, getattr(d{n}, 'q', 'default'), hasattr(d{n}, 'xa'), hasattr(d{n}, 'b'))""",
            f"""bs = {self.pick(["b'abc'", "bytes([65, 66, 0, 255])", "'héllo'.encode()", "b'x' * 3"])}
ba = bytearray(bs)
ba.append({r.randint(0, 255)})
print(bs, ba, bs[1:], list(bs), bs.hex(), len(ba), bs.upper(), bs + b'!', ba.decode('latin-1'), b'%d-%s' % ({a}, b'z'))""",
            f"""z = complex({a}, {b}) * {self.pick(['1j', '(2-1j)', '0.5'])}
print(z, z.real, z.imag, abs(complex(3, 4)), z.conjugate(), z == z, complex('{c}+{b}j'))""",
            f"""counter{n} = {a}
def bump{n}(k):
    global counter{n}
    counter{n} += k
    return counter{n}
print(bump{n}({b}), bump{n}({c}), counter{n})
tmp{n} = [1, 2, 3]
del tmp{n}[{r.randint(0, 2)}]
print(tmp{n})
del tmp{n}
try:
    print(tmp{n})
except NameError as e:
    print('NameError', e)""",
            f"""from typing import NamedTuple
class Pt{n}(NamedTuple):
    x: int
    y: int = {b}
    def norm1(self):
        return abs(self.x) + abs(self.y)
p = Pt{n}({a})
print(p, p.norm1(), p._replace(y={c}), p._asdict(), p[0], tuple(p), Pt{n}._fields, p == ({a}, {b}))""",
            f"""print('{{0:{self.pick(['>', '<', '^', '='])}{r.randint(0, 9)}}}|{{1:{self.fmt_spec('float')}}}|{{2!r:^{r.randint(0, 9)}}}|{{name}}|{{3[0]}}|{{4.real}}'.format({a}, {r.random():.3f}, {w}, [{b}], {c}, name='n'))
print('{{:{{}}{{}}}}'.format({a}, '>', {r.randint(1, 9)}), '{{:,}}'.format({a} * 10 ** {r.randint(0, 12)}), '{{:_b}}'.format({b} * 1000))""",
            f"""class Ticker{n}:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0)
        return self.n
class ALock{n}:
    async def __aenter__(self):
        print('aenter')
        return self
    async def __aexit__(self, *exc):
        print('aexit', exc[0])
        return False
async def use{n}():
    async with ALock{n}():
        print([v async for v in Ticker{n}({c})])
        async for v in Ticker{n}(2):
            print('tick', v)
    return 'used'
print(asyncio.run(use{n}()))""",
            f"""class Meta{n}(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns['tag'] = name.lower()
        return super().__new__(mcls, name, bases, ns)
    def __repr__(cls):
        return f'<class {{cls.__name__}} tag={{cls.tag}}>'
class Base{n}(metaclass=Meta{n}):
    registry = []
    def __init_subclass__(cls, key={a}, **kw):
        super().__init_subclass__(**kw)
        Base{n}.registry.append((cls.__name__, key))
class Sub{n}(Base{n}, key={b}):
    pass
class Sub{n}b(Sub{n}):
    pass
print(Base{n}, Sub{n}, Sub{n}b.tag, Base{n}.registry, type(Sub{n}).__name__, isinstance(Sub{n}(), Base{n}))""",
            f"""def deco{n}(fn):
    import functools
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print('calling', fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return wrapper
@deco{n}
def target{n}(x, y={b}):
    "doc"
    return x - y
print(target{n}({a}), target{n}(y={c}, x=1), target{n}.__name__, target{n}.__doc__)""",
            f"""s{n} = 0
for i in range({r.randint(100, 3000)}):
    s{n} = (s{n} * 31 + i * i) % {self.pick(MODS)}
print(s{n}, str(2 ** {r.randint(100, 4000)})[:20], len(str(7 ** {r.randint(10, 2000)})))""",
        ]
        for u in r.sample(opts, r.randint(1, 2)):
            self.emit(u)

    def u_traceback_end(self):
        """An uncaught exception raised deep in calls, with carets in the traceback."""
        r = self.r
        C = self.fresh("K")
        f, g = self.fresh("inner"), self.fresh("outer")
        body = self.pick([
            "return obj.data['missing'] + 1",
            "return obj.data[obj.idx] * 2",
            "return obj.missing_attr",
            "return len(obj) + obj.idx",
            "return (obj.idx + 1) // (obj.idx - obj.idx)",
            "return [x for x in range(3)][obj.idx + 9]",
            "return int(obj.data.get('s', 'nan?'))",
            "return obj.data['a'] + 'x'",
            "return sorted([obj.idx, 'x'])",
            "x, y = obj.data\nreturn x",
            "return (obj.data['a'] +\n        obj.data['b'] *\n        obj.data['c'])",
            "return helper_call(\n    obj.idx,\n    obj.data['zz'],\n)",
            "return obj.method()",
            "return next(obj.gen())",
            "return (lambda q: q / 0)(obj.idx)",
            "return {**obj.data}[obj.idx]",
            "return max(obj.data.values()) ** 1.5e300",
        ])
        with self.block(f"class {C}:", frame=False):
            with self.block("def __init__(self):", func=True):
                self.emit(f"self.data = {{'a': {r.randint(0, 9)}, 'b': {r.randint(0, 9)}}}")
                self.emit(f"self.idx = {r.randint(0, 3)}")
            with self.block("def __repr__(self):", func=True):
                self.emit(f"return '{C}()'")
            with self.block("def method(self):", func=True):
                self.emit("raise NotImplementedError('method ' + repr(self))")
            with self.block("def gen(self):", func=True):
                self.emit("yield self.idx / 0")
        with self.block("def helper_call(a, b):", func=True):
            self.emit("return a + b")
        with self.block(f"def {f}(obj):", func=True):
            self.emit("print('inner', obj)")
            self.emit(body)
        with self.block(f"def {g}(n):", func=True):
            with self.block("if n > 0:"):
                self.emit(f"return {g}(n - 1)")
            self.emit(f"return {f}({C}())")
        return f"{g}({r.randint(0, 2)})"


    def slots(self, k):
        """k distinct deadlines (multiples of 10 ms) for one concurrent group."""
        return [s / 100 for s in self.r.sample(range(1, 8), k)]

    def u_async_gather(self, top, main):
        r = self.r
        w = self.fresh("work")
        self.w = top
        with self.block(f"async def {w}(name, delay, fail):", func=True):
            self.emit("print('start', name)")
            self.emit("await asyncio.sleep(0)")
            self.emit("print('resume', name)")
            self.emit("await asyncio.sleep(delay)")
            with self.block("if fail:"):
                self.emit(self.pick(["raise ValueError(f'{name} failed')", "raise KeyError(name)", "return 1 // 0"]))
            self.emit("print('end', name)")
            self.emit("return name * 2")
        self.w = main
        k = r.randint(2, 4)
        sl = self.slots(k)
        ret_exc = self.chance(0.5)
        fails = [self.chance(0.3) for _ in range(k)]
        if not ret_exc and sum(fails) > 1:
            first = fails.index(True)
            fails = [i == first for i in range(k)]
        as_tasks = self.chance(0.5)
        names = "abcdefgh"
        args = [f"{w}({names[i]!r}, {sl[i]}, {fails[i]})" for i in range(k)]
        if as_tasks:
            ts = self.fresh("ts")
            self.emit(f"{ts} = [asyncio.create_task(c) for c in ({', '.join(args)},)]")
            call = f"asyncio.gather(*{ts}{', return_exceptions=True' if ret_exc else ''})"
        else:
            call = f"asyncio.gather({', '.join(args)}{', return_exceptions=True' if ret_exc else ''})"
        with self.block("try:"):
            self.emit(f"res = await {call}")
            self.emit("print('gathered', res)")
        with self.block("except Exception as e:"):
            self.emit("print('gather raised', type(e).__name__, e)")
            self.emit(f"await asyncio.sleep({max(sl) + 0.02:.2f})")
        if as_tasks:
            self.emit(f"print([t.done() for t in {ts}], [t.cancelled() for t in {ts}])")

    def u_async_cancel(self, top, main):
        r = self.r
        s = self.fresh("sleeper")
        swallow = self.chance(0.3)
        self.w = top
        with self.block(f"async def {s}(name, d):", func=True):
            with self.block("try:"):
                self.emit("print(name, 'start')")
                self.emit("await asyncio.sleep(d)")
                self.emit("print(name, 'done')")
                self.emit("return name")
            with self.block("except asyncio.CancelledError as e:"):
                self.emit("print(name, 'cancelled', e.args)")
                if swallow:
                    self.emit("return 'swallowed'")
                else:
                    self.emit("raise")
            with self.block("finally:"):
                self.emit("print(name, 'finally')")
        self.w = main
        t = self.fresh("t")
        self.emit(f"{t} = asyncio.create_task({s}('{t}', {self.pick(['0.05', '0.06', '0.08'])}))")
        pre = self.pick(["await asyncio.sleep(0)", "await asyncio.sleep(0.01)", "", "await asyncio.sleep(0)\nawait asyncio.sleep(0)"])
        for line in pre.split("\n"):
            if line:
                self.emit(line)
        self.emit(f"print('cancel ->', {t}.cancel({self.pick(['', repr('why')])}), {t}.done())")
        with self.block("try:"):
            self.emit(f"print('result', await {t})")
        with self.block("except asyncio.CancelledError:"):
            self.emit(f"print('caught CancelledError', {t}.cancelled())")
        self.emit(f"print({t}.done(), {t}.cancelled(), {t}.cancel())")
        if self.chance(0.5):
            self.emit(f"print('self', asyncio.current_task() is not None, {t} is not asyncio.current_task())")

    def u_async_waitfor(self, top, main):
        r = self.r
        s = self.fresh("slow")
        self.w = top
        with self.block(f"async def {s}(d, v):", func=True):
            with self.block("try:"):
                self.emit("await asyncio.sleep(d)")
            with self.block("except asyncio.CancelledError:"):
                self.emit("print('slow cancelled', v)")
                self.emit("raise")
            self.emit("return v * 2")
        self.w = main
        for _ in range(r.randint(1, 2)):
            fires = self.chance(0.5)
            d = self.pick([0.01, 0.02, 0.03]) if not fires else self.pick([0.04, 0.05])
            to = d + 0.02 if not fires else d - 0.02
            v = r.randint(0, 99)
            shield = self.chance(0.3)
            inner = f"{s}({d}, {v})"
            if shield:
                t = self.fresh("t")
                self.emit(f"{t} = asyncio.create_task({inner})")
                inner = f"asyncio.shield({t})"
            kind = self.pick(["wait_for", "wait_for", "timeout"])
            with self.block("try:"):
                if kind == "wait_for":
                    self.emit(f"print('wait_for', await asyncio.wait_for({inner}, timeout={to:.2f}))")
                else:
                    with self.block(f"async with asyncio.timeout({to:.2f}):"):
                        self.emit(f"print('in timeout', await {inner})")
            with self.block("except TimeoutError as e:"):
                self.emit(f"print('timed out', type(e).__name__, {v})")
            if shield:
                self.emit(f"print('shielded', await {t}, {t}.cancelled())")

    def u_async_taskgroup(self, top, main):
        r = self.r
        w = self.fresh("job")
        self.w = top
        log = self.fresh("cancelled")
        self.emit(f"{log} = []")
        with self.block(f"async def {w}(name, d, fail=False):", func=True):
            with self.block("try:"):
                self.emit("await asyncio.sleep(d)")
            with self.block("except asyncio.CancelledError:"):
                # a TaskGroup cancels its tasks in set order (by address): log, print sorted
                self.emit(f"{log}.append(name)")
                self.emit("raise")
            with self.block("if fail:"):
                self.emit("raise ValueError(name)")
            self.emit("print(name, 'finished')")
            self.emit("return len(name)")
        self.w = main
        k = r.randint(2, 4)
        sl = self.slots(k)
        fail_i = r.randint(0, k - 1) if self.chance(0.4) else -1
        ts = [self.fresh("t") for _ in range(k)]
        with self.block("try:"):
            with self.block("async with asyncio.TaskGroup() as tg:"):
                for i, t in enumerate(ts):
                    self.emit(f"{t} = tg.create_task({w}('{t}', {sl[i]}{', True' if i == fail_i else ''}))")
                if self.chance(0.5):
                    self.emit("print('spawned')")
            self.emit(f"print('all done', [x.result() for x in ({', '.join(ts)},)])")
        with self.block("except ExceptionGroup as eg:"):
            self.emit("print('group', eg, [repr(x) for x in eg.exceptions])")
            self.emit(f"print([x.cancelled() for x in ({', '.join(ts)},)], sorted({log}))")

    def u_async_queue(self, top, main):
        r = self.r
        p, c = self.fresh("producer"), self.fresh("consumer")
        nc = r.randint(1, 3)
        self.w = top
        with self.block(f"async def {p}(q, n, ncons):", func=True):
            with self.block("for i in range(n):"):
                self.emit("await q.put(i)")
                self.emit("print('put', i, q.qsize())")
                if self.chance(0.5):
                    self.emit("await asyncio.sleep(0)")
            with self.block("for _ in range(ncons):"):
                self.emit("await q.put(None)")
        with self.block(f"async def {c}(q, name):", func=True):
            self.emit("got = []")
            with self.block("while True:"):
                self.emit("item = await q.get()")
                with self.block("if item is None:"):
                    self.emit("q.task_done()")
                    self.emit("break")
                self.emit("print(name, 'got', item)")
                self.emit("got.append(item)")
                self.emit("q.task_done()")
                if self.chance(0.5):
                    self.emit("await asyncio.sleep(0)")
            self.emit("return got")
        self.w = main
        q = self.fresh("q")
        self.emit(f"{q} = asyncio.Queue({self.pick(['', 'maxsize=1', 'maxsize=2', 'maxsize=5'])})")
        cons = ", ".join(f"{c}({q}, 'c{i}')" for i in range(nc))
        self.emit(f"print(await asyncio.gather({p}({q}, {r.randint(0, 6)}, {nc}), {cons}))")
        self.emit(f"await {q}.join()")
        self.emit(f"print('queue empty', {q}.empty())")
        if self.chance(0.4):
            with self.block("try:"):
                self.emit(f"{q}.get_nowait()")
            with self.block("except asyncio.QueueEmpty:"):
                self.emit("print('QueueEmpty')")

    def u_async_sync(self, top, main):
        """Event, Lock, Semaphore with sleep(0) interleavings."""
        r = self.r
        kind = self.pick(["event", "lock", "sem"])
        f = self.fresh("worker")
        self.w = top
        if kind == "event":
            with self.block(f"async def {f}(ev, name):", func=True):
                self.emit("print(name, 'waiting', ev.is_set())")
                self.emit("await ev.wait()")
                self.emit("print(name, 'woke')")
                self.emit("return name")
        elif kind == "lock":
            with self.block(f"async def {f}(lk, name, log):", func=True):
                with self.block("async with lk:"):
                    self.emit("log.append(name + '+')")
                    self.emit("print(name, 'in', lk.locked())")
                    for _ in range(r.randint(0, 2)):
                        self.emit("await asyncio.sleep(0)")
                    self.emit("log.append(name + '-')")
                self.emit("return name")
        else:
            with self.block(f"async def {f}(sem, name):", func=True):
                with self.block("async with sem:"):
                    self.emit("print(name, 'enter')")
                    for _ in range(r.randint(1, 2)):
                        self.emit("await asyncio.sleep(0)")
                    self.emit("print(name, 'exit')")
                self.emit("return name")
        self.w = main
        n = r.randint(2, 4)
        names = [f"'w{i}'" for i in range(n)]
        if kind == "event":
            ev = self.fresh("ev")
            self.emit(f"{ev} = asyncio.Event()")
            ts = self.fresh("ts")
            self.emit(f"{ts} = [asyncio.create_task({f}({ev}, n)) for n in ({', '.join(names)},)]")
            self.emit(f"await asyncio.sleep({self.pick(['0', '0.01'])})")
            self.emit(f"print('setting', {ev}.is_set())")
            self.emit(f"{ev}.set()")
            self.emit(f"print(await asyncio.gather(*{ts}))")
        elif kind == "lock":
            lk, log = self.fresh("lk"), self.fresh("log")
            self.emit(f"{lk} = asyncio.Lock()")
            self.emit(f"{log} = []")
            self.emit(f"print(await asyncio.gather({', '.join(f'{f}({lk}, {x}, {log})' for x in names)}))")
            self.emit(f"print({log}, {lk}.locked())")
        else:
            sem = self.fresh("sem")
            self.emit(f"{sem} = asyncio.{self.pick(['Semaphore', 'BoundedSemaphore'])}({r.randint(1, 3)})")
            self.emit(f"print(await asyncio.gather({', '.join(f'{f}({sem}, {x})' for x in names)}))")
            self.emit(f"print('sem locked', {sem}.locked())")

    def u_async_misc(self, top, main):
        r = self.r
        f = self.fresh("coro")
        self.w = top
        with self.block(f"async def {f}(x):", func=True):
            self.emit("await asyncio.sleep(0)")
            thr = r.randint(2, 6)
            with self.block(f"if x > {thr}:"):
                self.emit("raise RuntimeError(f'too big: {x}')")
            self.emit("return x * x")
        self.w = main
        opts = [
            f"print([await {f}(i) for i in range({r.randint(0, thr + 1)})])",
            f"t = asyncio.create_task({f}({r.randint(0, 9)}))\ntry:\n    print('task result', await t)\nexcept RuntimeError as e:\n    print('task raised', e, t.done(), repr(t.exception()))",
            f"ts = [asyncio.create_task({f}(i)) for i in range({r.randint(1, 5)})]\ndone, pending = await asyncio.wait(ts)\nprint(len(done), len(pending), sorted(t.result() for t in ts if not t.exception()))",
            f"async def inner{self.n}():\n    return await {f}(2) + 1\nprint(await inner{self.n}())",
            f"print(asyncio.iscoroutinefunction({f}), asyncio.iscoroutine(c := {f}(1)), await c)",
            f"fut = asyncio.get_running_loop().create_future()\nasyncio.get_running_loop().call_soon(fut.set_result, {r.randint(0, 9)})\nprint('future', await fut)",
            f"for c in asyncio.as_completed([asyncio.create_task({f}(1)), asyncio.create_task({f}(2))]):\n    print('as_completed', await c)",
            f"asyncio.create_task({f}({r.randint(7, 9)}))\nawait asyncio.sleep(0)\nawait asyncio.sleep(0)\nprint('after unretrieved')",
            f"{f}({r.randint(0, 9)})\nprint('after never awaited')",
            f"print(await asyncio.gather({f}(1), {f}({r.randint(5, 9)}), return_exceptions=True))",
            f"tk = asyncio.ensure_future({f}(2))\ntk.add_done_callback(lambda t: print('callback', t.result()))\nprint(await tk)\nawait asyncio.sleep(0)",
            f"lp = asyncio.get_running_loop()\nlp.call_later(0.01, print, 'later')\nlp.call_soon(print, 'soon')\nprint('scheduled')\nawait asyncio.sleep(0.02)",
            f"asyncio.get_running_loop().call_soon(print, {self.lit_str()}, {r.randint(-9, 9)} // {self.pick(['0', '1', '2'])})\nawait asyncio.sleep(0)",
            f"tk = asyncio.create_task({f}({r.randint(0, 2)}))\ntk.add_done_callback(lambda t: print('cb', t.result(), 1 // {self.pick(['0', '1'])}))\nawait asyncio.sleep(0)\nawait asyncio.sleep(0)\nprint('after callback')",
            f"async def quitter():\n    await asyncio.sleep(0)\n    sys.exit({r.randint(0, 5)})\ntry:\n    await asyncio.create_task(quitter())\nfinally:\n    print('main finally')",
            f"tk = asyncio.create_task({f}(1))\ntk.cancel()\nawait asyncio.sleep(0)\nprint(tk.cancelled(), tk.done())\ntry:\n    tk.result()\nexcept asyncio.CancelledError as e:\n    print('result raised CancelledError', e.args)",
        ]
        if not self.has_pending:
            # one task left pending: asyncio.run cancels it at shutdown (more than one would
            # be cancelled in set order)
            opts.append(f"async def bg():\n    try:\n        print('bg start')\n        await asyncio.sleep(5)\n"
                        f"    except asyncio.CancelledError:\n        print('bg cancelled')\n        await asyncio.sleep(0)\n"
                        f"        print('bg cleanup')\n        raise\n    finally:\n        print('bg finally')\n"
                        f"bg_task = asyncio.create_task(bg())\nawait asyncio.sleep(0)")
        for u in r.sample(opts, r.randint(1, 3)):
            if "bg_task" in u:
                self.has_pending = True
            for line in u.split("\n"):
                self.emit(line)

    # ---------------------------------------------------------------- cancellation in primitives
    PRIMS = [(3, "event"), (2, "lock"), (2, "lock_with"), (2, "sem"), (2, "queue_get"),
             (2, "queue_put"), (1, "queue_join"), (2, "wait"), (2, "wait_for"), (2, "as_completed"),
             (2, "taskgroup"), (1, "shield"), (1, "gather"), (1, "future")]

    def prim_parts(self, prim):
        """One asyncio primitive a task blocks in. Returns (setup, block, racy, after, O, A):
        main's lines creating the object O (and A: inner tasks, or None); block(obj, name, aux),
        the blocking statements for given expressions; racy, lines that make the waiter ready
        just before the cancel; after, main's lines once the waiter was cancelled."""
        r = self.r
        O = self.fresh("prim")
        A = None
        if prim in ("event", "wait_for", "gather", "taskgroup", "as_completed", "shield"):
            setup = [f"{O} = asyncio.Event()"]
            racy = [f"{O}.set()"]
            after = [f"print('is_set', {O}.is_set())"]
        if prim == "event":
            def block(o, n, a):
                return [f"await {o}.wait()", f"print({n}, 'woke')"]
        elif prim in ("lock", "lock_with"):
            setup = [f"{O} = asyncio.Lock()", f"await {O}.acquire()"]
            racy = [f"{O}.release()"]
            after = [f"print('locked', {O}.locked())", f"if {O}.locked():", f"    {O}.release()"]
            if prim == "lock":
                def block(o, n, a):
                    return [f"await {o}.acquire()", f"print({n}, 'acquired', {o}.locked())", f"{o}.release()"]
            else:
                def block(o, n, a):
                    return [f"async with {o}:", f"    print({n}, 'in lock', {o}.locked())"]
        elif prim == "sem":
            kind = self.pick(["Semaphore(0)", "Semaphore(1)", "BoundedSemaphore(1)"])
            setup = [f"{O} = asyncio.{kind}"] + ([f"await {O}.acquire()"] if kind != "Semaphore(0)" else [])
            racy = [f"{O}.release()"]
            after = [f"print('sem locked', {O}.locked())"]
            if self.chance(0.5):
                def block(o, n, a):
                    return [f"async with {o}:", f"    print({n}, 'in sem', {o}.locked())"]
            else:
                def block(o, n, a):
                    return [f"await {o}.acquire()", f"print({n}, 'acquired')", f"{o}.release()"]
        elif prim == "queue_get":
            setup = [f"{O} = asyncio.Queue()"]
            racy = [f"{O}.put_nowait({r.randint(0, 9)})"]
            after = [f"print('queue', {O}.qsize(), {O}.empty())"]

            def block(o, n, a):
                return [f"item = await {o}.get()", f"print({n}, 'got', item)"]
        elif prim == "queue_put":
            setup = [f"{O} = asyncio.Queue(maxsize=1)", f"{O}.put_nowait(0)"]
            racy = [f"print('took', {O}.get_nowait())"]
            after = [f"print('queue', {O}.qsize(), {O}.full())"]

            def block(o, n, a):
                return [f"await {o}.put({n})", f"print({n}, 'put', {o}.qsize())"]
        elif prim == "queue_join":
            setup = [f"{O} = asyncio.Queue()", f"{O}.put_nowait(1)"]
            racy = [f"{O}.get_nowait()", f"{O}.task_done()"]
            after = [f"print('queue', {O}.qsize(), {O}.empty())"]

            def block(o, n, a):
                return [f"await {o}.join()", f"print({n}, 'joined')"]
        elif prim in ("wait", "future"):
            setup = [f"{O} = asyncio.get_running_loop().create_future()"]
            racy = [f"{O}.set_result({r.randint(0, 9)})"]
            after = [f"print('fut', {O}.done(), {O}.cancelled())"]
            if prim == "wait":
                opt = self.pick(["", ", timeout=5", ", return_when=asyncio.FIRST_COMPLETED"])

                def block(o, n, a):
                    return [f"done, pending = await asyncio.wait([{o}]{opt})", f"print({n}, len(done), len(pending))"]
            else:
                def block(o, n, a):
                    return [f"print({n}, 'future', await {o})"]
        elif prim == "wait_for":
            to = self.pick(["None", "5", "timeout=5"])

            def block(o, n, a):
                return [f"print({n}, await asyncio.wait_for({o}.wait(), {to}))"]
        elif prim == "gather":
            opt = self.pick(["", ", return_exceptions=True"])

            def block(o, n, a):
                return [f"print({n}, await asyncio.gather({o}.wait(), asyncio.sleep(0, 'z'){opt}))"]
        elif prim == "as_completed":
            A = self.fresh("inner")
            setup.append(f"{A} = [asyncio.create_task({O}.wait()) for _ in range({r.randint(1, 3)})]")
            after = [f"{O}.set()", f"print('inner', await asyncio.gather(*{A}))"]
            opt = self.pick(["", ", timeout=5"])

            def block(o, n, a):
                return [f"for c in asyncio.as_completed({a}{opt}):", f"    print({n}, 'completed', await c)"]
        elif prim == "shield":
            A = self.fresh("inner")
            setup.append(f"{A} = asyncio.create_task({O}.wait())")
            after = [f"{O}.set()", f"print('inner', await {A}, {A}.cancelled())"]

            def block(o, n, a):
                return [f"print({n}, 'shielded', await asyncio.shield({a}))"]
        elif prim == "taskgroup":
            ch = self.fresh("child")
            cur = self.w
            self.w = self.top
            with self.block(f"async def {ch}(ev, name):", func=True):
                self.emit("print(name, 'child start')")
                with self.block("try:"):
                    self.emit("await ev.wait()")
                with self.block("except asyncio.CancelledError:"):
                    self.emit("print(name, 'child cancelled')")
                    self.emit("raise")
                self.emit("print(name, 'child done')")
            self.w = cur

            def block(o, n, a):
                return ["async with asyncio.TaskGroup() as tg:", f"    tg.create_task({ch}({o}, {n} + '.c'))",
                        f"    await {o}.wait()", f"print({n}, 'group done')"]
        return setup, block, racy, after, O, A

    def cancel_victim(self, block, handler, fin):
        """A coroutine function that blocks in block(); handler: what its `except
        CancelledError` does ('none': no handler, 'raise', 'swallow', 'other': raise ValueError)."""
        v = self.fresh("victim")
        cur = self.w
        self.w = self.top
        with self.block(f"async def {v}(obj, name, aux=None):", func=True):
            self.emit("print(name, 'blocking')")
            lines = block("obj", "name", "aux")
            if handler == "none" and not fin:
                for line in lines:
                    self.emit(line)
            else:
                with self.block("try:"):
                    for line in lines:
                        self.emit(line)
                if handler != "none":
                    with self.block("except asyncio.CancelledError as e:"):
                        self.emit("print(name, 'cancelled', e.args)")
                        if self.chance(0.5):
                            self.emit("await asyncio.sleep(0)")
                            self.emit("print(name, 'cleanup')")
                        self.emit({"raise": "raise", "swallow": "return 'swallowed'",
                                   "other": self.pick(["raise ValueError(name)", "raise ValueError(name) from e",
                                                       "raise ValueError(name) from None"])}[handler])
                if fin:
                    with self.block("finally:"):
                        self.emit("print(name, 'finally')")
            self.emit("return name")
        self.w = cur
        return v

    def cancel_scenario(self, caught):
        """A task (or main itself) blocked in an asyncio primitive is cancelled. caught=False:
        the CancelledError is left uncaught (the program's end, with its traceback)."""
        r = self.r
        prim = self.wpick(self.PRIMS)
        setup, block, racy, after, O, A = self.prim_parts(prim)
        for line in setup:
            self.emit(line)
        msg = self.pick(["", "", "'stop'", "'why not'"])
        if self.chance(0.25):
            # main itself is the one blocked and cancelled
            me = self.fresh("me")
            self.emit(f"{me} = asyncio.current_task()")
            how = self.pick(["soon", "soon", "later", "killer"])
            if how == "killer":
                k = self.fresh("killer")
                cur = self.w
                self.w = self.top
                with self.block(f"async def {k}(task, msg):", func=True):
                    self.emit("await asyncio.sleep(0)")
                    self.emit("print('killing', task.cancel(msg), task.cancelling())")
                self.w = cur
                self.emit(f"asyncio.create_task({k}({me}, {msg or 'None'}))")
            elif how == "soon":
                self.emit(f"asyncio.get_running_loop().call_soon({me}.cancel{', ' + msg if msg else ''})")
            else:
                self.emit(f"asyncio.get_running_loop().call_later(0.01, {me}.cancel{', ' + msg if msg else ''})")
            lines = block(O, "'main'", A)
            if not caught:
                for line in lines:
                    self.emit(line)
                return
            with self.block("try:"):
                for line in lines:
                    self.emit(line)
            with self.block("except asyncio.CancelledError as e:"):
                self.emit(f"print('main cancelled', e.args, {me}.cancelling())")
                if self.chance(0.7):
                    self.emit(f"print('uncancel', {me}.uncancel())")
            for line in after:
                self.emit(line)
            return
        handler = self.wpick([(3, "raise"), (2, "none"), (1 if caught else 0, "swallow"), (1, "other")])
        v = self.cancel_victim(block, handler, self.chance(0.5))
        t = self.fresh("vt")
        self.emit(f"{t} = asyncio.create_task({v}({O}, '{t}'{', ' + A if A else ''}))")
        pre = self.wpick([(2, ""), (4, "await asyncio.sleep(0)"), (2, "await asyncio.sleep(0)\nawait asyncio.sleep(0)"),
                          (1, "await asyncio.sleep(0.01)")])
        how = self.pick(["direct", "direct", "soon"])
        if pre:
            self.emit(pre)
            if self.chance(0.3) and (caught or how == "direct"):
                for line in racy:   # the waiter was woken but has not run yet
                    self.emit(line)
        if how == "direct":
            self.emit(f"print('cancel', {t}.cancel({msg}))")
        else:
            self.emit(f"asyncio.get_running_loop().call_soon({t}.cancel{', ' + msg if msg else ''})")
        if not caught:
            self.emit(self.pick([f"await {t}", f"print(await {t})"]))
            return
        with self.block("try:"):
            self.emit(f"print('result', await {t})")
        with self.block("except (asyncio.CancelledError, ValueError) as e:"):
            self.emit(f"print('caught', type(e).__name__, e.args, {t}.cancelled())")
        self.emit(f"print({t}.done(), {t}.cancelled())")
        for line in after:
            self.emit(line)

    def u_async_cancel_prim(self, top, main):
        self.w = main
        for _ in range(self.r.randint(1, 2)):
            self.cancel_scenario(True)

    # ---------------------------------------------------------------- loop callbacks
    def hrepr_helper(self):
        """A function printing a handle's repr with TimerHandle's `when=` time masked."""
        if self.hrepr is None:
            self.hrepr = self.fresh("hrepr")
            cur = self.w
            self.w = self.top
            self.emit(f"def {self.hrepr}(h):\n    s = repr(h)\n    i = s.find(' when=')\n    if i < 0:\n        return s\n"
                      f"    j = s.find(' ', i + 1)\n    return s[:i] + ' when=T' + (s[j:] if j >= 0 else '>')")
            self.w = cur
        return self.hrepr

    def cb_args(self, lo=0, hi=3):
        vals = ["1", "-7", "0", "2 ** 140", "-(10 ** 45)", "1.5", "None", "True", "'x' * 40", "list(range(12))",
                "[[[[[[[1]]]]]]]", "{'k': [1, 2], 'j': 3}", "(1, 'a')", "()", "'ünï'", "b'by'", "[1, 2, 3]",
                "{1, 2}", "{'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5}", "tuple(range(9))", "'%s'", "'q\\'t'"]
        vals += [self.lit_str(), self.lit_str(), str(self.r.randint(-99, 99))]
        return [self.pick(vals) for _ in range(self.r.randint(lo, hi))]

    def u_async_callbacks(self, top, main):
        r = self.r
        hr = self.hrepr_helper()
        cb, bad = self.fresh("cb"), self.fresh("bad")
        self.w = top
        with self.block(f"def {cb}(tag, *args, sep=' '):", func=True):
            self.emit("print('cb', tag, *args, sep=sep)")
        with self.block(f"def {bad}(x):", func=True):
            self.emit("print('bad', x)")
            self.emit(self.pick(["return 10 // x", "return [1, 2][x + 5]", "return {}['k' * x]",
                                 "return int('x' * (x + 1))", "raise ValueError(x)", "return x.missing"]))
        box = None
        if self.chance(0.3):
            box = self.fresh("Box")
            with self.block(f"class {box}:", frame=False):
                with self.block("def method(self, x):", func=True):
                    self.emit("return 10 // x")
        self.w = main
        lp = self.fresh("lp")
        self.emit(f"{lp} = asyncio.get_running_loop()")
        free = self.slots(5)
        used = []

        def slot():
            s = free.pop()
            used.append(s)
            return s

        def args(lo=0, hi=3):
            a = self.cb_args(lo, hi)
            return "".join(", " + x for x in a)

        def partial():
            self.need_functools = True
            kw = self.pick(["", "", ", sep='+'", ", sep=''"])
            return f"functools.partial({cb}, 'p'{args(0, 1)}{kw})"

        for _ in range(r.randint(2, 5)):
            h = self.fresh("h")
            t = 1 if free else 0
            k = self.wpick([(3, "soon"), (2, "partial"), (2 * t, "later"), (t, "at"), (2, "cancel"), (t, "cancel_later"),
                            (3, "raise"), (1, "builtin"), (1 if len(free) >= 2 else 0, "canceller"), (1, "nested")])
            if k == "soon":
                self.emit(f"{h} = {lp}.call_soon({cb}, 'soon'{args()})")
                if self.chance(0.7):
                    self.emit(f"print(repr({h}))")
            elif k == "partial":
                self.emit(f"{h} = {lp}.call_soon({partial()}{args(0, 2)})")
                if self.chance(0.7):
                    self.emit(f"print(repr({h}))")
            elif k == "later":
                f = partial() if self.chance(0.3) else cb
                self.emit(f"{h} = {lp}.call_later({slot()}, {f}, 'later'{args()})")
                if self.chance(0.7):
                    self.emit(f"print({hr}({h}), {h}.cancelled())")
            elif k == "at":
                self.emit(f"{h} = {lp}.call_at({lp}.time() + {slot()}, {cb}, 'at'{args()})")
                self.emit(f"print({hr}({h}))")
            elif k == "cancel":
                self.emit(f"{h} = {lp}.call_soon({cb}, 'never'{args()})")
                self.emit(f"{h}.cancel()")
                self.emit(f"print(repr({h}), {h}.cancelled())")
                if self.chance(0.3):
                    self.emit(f"{h}.cancel()")
            elif k == "cancel_later":
                self.emit(f"{h} = {lp}.call_later({slot()}, {cb}, 'never'{args()})")
                if self.chance(0.5):
                    self.emit(f"print({hr}({h}))")
                self.emit(f"{h}.cancel()")
                self.emit(f"print({hr}({h}), {h}.cancelled())")
            elif k == "raise":
                # only call_soon: the report shows the handle's repr, a TimerHandle's has its time
                opts = [f"{lp}.call_soon({bad}, 0)", f"{lp}.call_soon(lambda: {bad}(0))",
                        f"{lp}.call_soon({bad}, 0)", f"{lp}.call_soon(int, 'zz')",
                        f"{lp}.call_soon(functools.partial({bad}, 0))",
                        f"{lp}.call_soon(functools.partial(divmod, {r.randint(1, 9)}), 0)"]
                if box:
                    opts.append(f"{lp}.call_soon({box}().method, 0)")
                u = self.pick(opts)
                if "functools" in u:
                    self.need_functools = True
                if self.chance(0.4):
                    self.emit(f"{h} = {u}")
                    self.emit(f"print({hr}({h}))")
                else:
                    self.emit(u)
            elif k == "builtin":
                self.emit(f"{h} = {lp}.call_soon(print, 'builtin'{args()})")
                if self.chance(0.6):
                    self.emit(f"print(repr({h}))")
            elif k == "canceller":
                a, b = sorted([slot(), slot()])
                self.emit(f"{h} = {lp}.call_later({b}, {cb}, 'cancelled by a callback')")
                c = self.fresh("h")
                self.emit(f"{c} = {lp}.call_later({a}, {h}.cancel)")
                if self.chance(0.5):
                    self.emit(f"print({hr}({c}))")
            else:
                self.emit(f"{lp}.call_soon({lp}.call_soon, {cb}, 'nested'{args(0, 1)})")
        if used:
            self.emit(f"await asyncio.sleep({max(used) + 0.02:.2f})")
        else:
            self.emit("await asyncio.sleep(0)")
            self.emit("await asyncio.sleep(0)")

    # ---------------------------------------------------------------- SystemExit with pending tasks
    def exit_pending(self):
        """sys.exit / SystemExit in a task or a callback while other tasks are pending; their
        cleanup awaits. asyncio.run cancels them in set order, so either one helper prints
        (main prints nothing then) or every cleanup logs to a list printed sorted at the end."""
        r = self.r
        logv = self.chance(0.5)
        k = r.randint(2, 3) if logv else 1
        log = self.fresh("LOG") if logv else None

        def out(x):
            return f"{log}.append({x})" if logv else f"print({x})"
        helper = self.fresh("helper")
        code = self.pick([str(r.randint(0, 5)), "42", self.lit_str(), "None", ""])
        cur = self.w
        self.w = self.top
        if logv:
            self.emit(f"{log} = []")
        wait = self.pick(["await ev.wait()", "await asyncio.sleep(5)", "await asyncio.Queue().get()"])
        with self.block(f"async def {helper}(name, ev):", func=True):
            with self.block("try:"):
                self.emit("print(name, 'waiting')")
                self.emit(wait)
            with self.block("except asyncio.CancelledError as e:"):
                self.emit(out("name + ' cancelled ' + repr(e.args)"))
                self.emit("await asyncio.sleep(0)")
                self.emit(out("name + ' cleanup'"))
                if self.chance(0.3):
                    self.emit("await asyncio.sleep(0)")
                    self.emit(out("name + ' cleanup 2'"))
                self.emit("raise")
            if self.chance(0.5):
                with self.block("finally:"):
                    self.emit(out("name + ' finally'"))
        trigger = self.pick(["task", "task", "callback"])
        if trigger == "task":
            q = self.fresh("quitter")
            with self.block(f"async def {q}():", func=True):
                if self.chance(0.7):
                    self.emit(self.pick(["await asyncio.sleep(0)", "await asyncio.sleep(0.01)"]))
                self.emit("print('quitting')")
                if self.chance(0.3):
                    with self.block("try:"):
                        self.emit(f"sys.exit({code})")
                    with self.block("finally:"):
                        self.emit("print('quitter finally')")
                else:
                    self.emit(self.pick([f"sys.exit({code})", f"raise SystemExit({code})"]))
        else:
            q = self.fresh("exit_cb")
            with self.block(f"def {q}(*args):", func=True):
                self.emit("print('exit callback', args)")
                self.emit("sys.exit(*args)")
        self.w = cur
        ev = self.fresh("ev")
        self.emit(f"{ev} = asyncio.Event()")
        hs = self.fresh("hs")
        self.emit(f"{hs} = [asyncio.create_task({helper}(f'h{{i}}', {ev})) for i in range({k})]")
        if self.chance(0.7):
            self.emit("await asyncio.sleep(0)")
        lp = "asyncio.get_running_loop()"
        if trigger == "task":
            qt = self.fresh("qt")
            self.emit(f"{qt} = asyncio.create_task({q}())")
            block = self.pick([f"await {qt}", f"await {ev}.wait()", "await asyncio.sleep(1)"])
        else:
            c = ", " + code if code else ""
            how = self.pick(["soon", "later", "sys", "partial"])
            if how == "soon":
                self.emit(f"{lp}.call_soon({q}{c})")
            elif how == "later":
                self.emit(f"{lp}.call_later(0.01, {q}{c})")
            elif how == "sys":
                self.emit(f"{lp}.call_soon(sys.exit{c})")
            else:
                self.need_functools = True
                self.emit(f"{lp}.call_soon(functools.partial(sys.exit{c}))")
            block = self.pick([f"await {ev}.wait()", "await asyncio.sleep(1)"])
        if logv and self.chance(0.5):
            with self.block("try:"):
                self.emit(block)
            with self.block("finally:"):
                self.emit(f"{log}.append('main finally')")
                self.emit("await asyncio.sleep(0)")
                self.emit(f"{log}.append('main after')")
        else:
            self.emit(block)
        self.run_log = log

    # ---------------------------------------------------------------- program
    def ending(self, where):
        """Emit the program's end: normal, uncaught exception, or sys.exit."""
        kind = self.wpick([(5, "normal"), (2, "raise"), (2, "exit"),
                           (2 if where == "main" else 0, "cancel"),
                           (2 if where == "main" and not self.has_pending else 0, "exit_pending")])
        if kind == "cancel":
            self.cancel_scenario(False)
        elif kind == "exit_pending":
            self.exit_pending()
        elif kind == "normal":
            self.emit(f"print('end', {self.lit_str()})")
        elif kind == "exit":
            self.emit(self.pick([f"sys.exit({self.r.randint(0, 5)})", "sys.exit(42)", f"sys.exit({self.lit_str()})",
                                 "sys.exit()", "sys.exit(None)", "raise SystemExit(3)"]))
        elif self.chance(0.5):
            cur = self.w
            self.w = self.top
            saved, self.env = self.env, [{"__func__": True}]
            call = self.u_traceback_end()
            self.env = saved
            self.w = cur
            if where == "main" and self.chance(0.5):
                self.emit(self.pick([f"await asyncio.gather(asyncio.sleep(0), asyncio.to_thread({call.split('(')[0]}, {call.split('(')[1]})" if False else
                                     f"await asyncio.create_task(asyncio.sleep(0, {call}))",
                                     f"async def later():\n    await asyncio.sleep(0.01)\n    return {call}\nprint(await asyncio.gather(later(), asyncio.sleep(0.02)))"]))
            else:
                self.emit(f"print({call})")
        else:
            self.emit(self.pick([f"print({self.pick(['{}[' + repr('missing') + ']', '[1, 2][5]', '1 // (2 - 2)', 'int(' + repr('zz') + ')', 'None + 1', repr('a') + ' * ' + repr('b')])})",
                                 "raise ValueError('final failure')",
                                 f"raise RuntimeError({self.lit_str()}) from KeyError('k')",
                                 "assert 1 > 2, 'nope'",
                                 "x = undefined_name_here",
                                 f"try:\n    {{}}['k']\nexcept KeyError:\n    raise TypeError('during handling')"]))
        return kind

    def program(self):
        r = self.r
        top = Writer()
        self.w = self.top = top
        self.emit("import asyncio")
        self.emit("import sys")
        self.emit("")
        sync_units = [(3, self.u_function), (2, self.u_closure), (3, self.u_class), (2, self.u_generator),
                      (2, self.u_comprehension), (3, self.u_exceptions), (1, self.u_recursion),
                      (3, self.u_edge), (4, self.u_advanced), (3, lambda: self.stmts(r.randint(2, 5), 2))]
        for k in range(5):
            if k >= 1 and (len(top.lines) > 50 or (len(top.lines) > 25 and (k >= 3 or self.chance(0.3)))):
                break
            self.wpick(sync_units)()
        use_async = self.chance(0.85)
        end_in_main = use_async and self.chance(0.4)
        if use_async:
            main = Writer(1)
            async_units = [(3, self.u_async_gather), (2, self.u_async_cancel), (2, self.u_async_waitfor),
                           (2, self.u_async_taskgroup), (2, self.u_async_queue), (2, self.u_async_sync),
                           (2, self.u_async_misc), (2, self.u_async_cancel_prim), (1.5, self.u_async_callbacks)]
            saved_env = self.env
            self.env = [{"__func__": True}, {"__func__": True}]
            for _ in range(r.randint(1, 3)):
                self.wpick(async_units)(top, main)
                self.w = main
                if self.chance(0.4):
                    self.stmts(r.randint(1, 3), 1)
            self.w = main
            if end_in_main:
                self.ending("main")
            else:
                self.emit(f"return {self.r.randint(0, 9)}")
            self.env = saved_env
            self.w = top
            self.emit("")
            self.emit("")
            self.emit("async def main():")
            top.lines += main.lines
            self.emit("")
            self.emit("")
            if self.run_log:
                self.emit(f"try:\n    asyncio.run(main())\nfinally:\n    print('log', sorted({self.run_log}))")
            else:
                self.emit("print('main ->', asyncio.run(main()))" if not end_in_main else "asyncio.run(main())")
        if not end_in_main:
            if self.chance(0.5):
                self.stmts(r.randint(1, 3), 1)
            self.ending("module")
        if self.need_functools and "import functools" not in top.lines:
            top.lines.insert(2, "import functools")
        return "\n".join(top.lines) + "\n"


def generate(seed):
    return Gen(seed).program()


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    sys.stdout.write(generate(int(sys.argv[1])))
