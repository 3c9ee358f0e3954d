# Class bodies read their own names first (LOAD_NAME): later statements, method defaults and the
# outermost iterable of a comprehension see them; the rest of a comprehension does not.
LIMIT = "module"


class K:
    base = [1, 2, 3]
    LIMIT = "class"
    doubled = [x * 2 for x in base]
    total = sum(v for v in base)
    lookup = {k: k * k for k in base if k > 1}
    seen = [LIMIT for _ in base[:1]]

    def get(self, limit=LIMIT):
        return K.doubled, K.total, K.lookup, K.seen, limit, LIMIT

    def helper(x):
        return x + 1

    value = helper(41)
    helper = staticmethod(helper)


print(K().get(), K.value, K.helper(1))
