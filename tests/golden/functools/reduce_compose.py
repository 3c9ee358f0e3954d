# Building a text-cleaning pipeline with reduce-based composition and partial application:
# partial's func/args/keywords, keyword overrides at call time, partial of a partial, reduce
# with and without an initial value.
from functools import partial, reduce


def add(a, b):
    return a + b


def mul(a, b):
    return a * b


def sub(a, b):
    return a - b


def compose(*funcs):
    return reduce(lambda f, g: lambda x: g(f(x)), funcs, lambda x: x)


def replace_all(text, pairs):
    return reduce(lambda acc, p: acc.replace(*p), pairs, text)


def clip(text, width=10, marker="..."):
    return text if len(text) <= width else text[: width - len(marker)] + marker


strip_punct = partial(replace_all, pairs=[(",", ""), ("!", ""), ("?", "")])
short = partial(clip, width=12)
shorter = partial(short, marker="~")
clean = compose(str.strip, str.lower, strip_punct, lambda s: " ".join(s.split()), short)

samples = ["  Hello,   World!  ", "What?? A long, long sentence here!", "ok"]
print([clean(s) for s in samples])
print(short.func is clip, short.args, short.keywords, shorter.keywords, shorter.func is clip)
print(shorter("abcdefghijklmnop"), shorter("abcdefghijklmnop", width=5), short("x" * 20, marker="!"))
nums = [3, 1, 4, 1, 5, 9, 2, 6]
print(reduce(add, nums), reduce(mul, nums, 1), reduce(max, nums))
print(reduce(lambda acc, n: acc + [acc[-1] + n], nums, [0]))
print(reduce(lambda d, w: {**d, w[0]: d.get(w[0], 0) + 1}, "apple avocado banana cherry cranberry".split(), {}))
try:
    reduce(add, [])
except TypeError as e:
    print("TypeError:", e)
print(reduce(add, [], "empty"), reduce(add, ["only"]))
add3 = partial(add, 3)
print(list(map(add3, nums[:4])), sorted(nums, key=partial(sub, 5)))
power = partial(pow, exp=2)
print([power(b) for b in range(5)], partial(int, base=2)("1011"))
