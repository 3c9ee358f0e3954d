# Error types and texts of the random module: empty choice, empty randrange, bad counts,
# negative k, oversized sample, getrandbits(-1), unsupported seed types.
import random

random.seed(0)


def attempt(label, f):
    try:
        result = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", result)


attempt("choice([])", lambda: random.choice([]))
attempt("choice('')", lambda: random.choice(""))
attempt("randrange(0)", lambda: random.randrange(0))
attempt("randrange(3, 3)", lambda: random.randrange(3, 3))
attempt("randrange(5, 2)", lambda: random.randrange(5, 2))
attempt("randrange(0, 5, 0)", lambda: random.randrange(0, 5, 0))
attempt("randrange(5, 0, 2)", lambda: random.randrange(5, 0, 2))
attempt("randint(2, 1)", lambda: random.randint(2, 1))
attempt("sample k=-1", lambda: random.sample(range(5), -1))
attempt("sample k>n", lambda: random.sample(range(5), 6))
attempt("sample set", lambda: random.sample({1, 2}, 1))
attempt("sample counts len", lambda: random.sample([1, 2], 1, counts=[1, 2, 3]))
attempt("sample counts neg", lambda: random.sample([1, 2], 1, counts=[-1, 2]))
attempt("sample counts zero", lambda: random.sample([1, 2], 1, counts=[0, 0]))
attempt("sample counts str", lambda: random.sample([1, 2], 1, counts=["a", 2]))
attempt("getrandbits(-1)", lambda: random.getrandbits(-1))
attempt("getrandbits(0)", lambda: random.getrandbits(0))
attempt("seed([1, 2])", lambda: random.seed([1, 2]))
attempt("seed({})", lambda: random.seed({}))
attempt("seed((1,))", lambda: random.seed((1,)))
attempt("seed(1+2j)", lambda: random.seed(1 + 2j))
attempt("Random([3])", lambda: random.Random([3]))
attempt("seed('x', version=3)", lambda: random.seed("x", version=3))
random.seed(0)  # version 3 seeded from hash("x"), which PYTHONHASHSEED randomizes
attempt("choices weights", lambda: random.choices("ab", weights=[1]))
attempt("choices both", lambda: random.choices("ab", [1, 2], cum_weights=[1, 2]))
attempt("choices all zero", lambda: random.choices("ab", [0, 0]))
attempt("choices inf", lambda: random.choices("ab", [1, float("inf")]))
attempt("choices nan", lambda: random.choices("ab", [1, float("nan")]))
attempt("uniform str", lambda: random.uniform("a", 1))
attempt("shuffle str", lambda: random.shuffle("abc"))
attempt("randbytes(-1)", lambda: random.randbytes(-1))
attempt("gammavariate(-1, 1)", lambda: random.gammavariate(-1, 1))
attempt("betavariate(0, 1)", lambda: random.betavariate(0, 1))
attempt("expovariate(0)", lambda: random.expovariate(0))
attempt("setstate(None)", lambda: random.setstate(None))
attempt("randrange(None)", lambda: random.randrange(None))
attempt("choice(5)", lambda: random.choice(5))
