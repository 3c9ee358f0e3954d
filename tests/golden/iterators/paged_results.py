"""Paged query results: random access by index, explicit page iteration, and the
`__iter__ = None` idiom that forbids accidental full scans through __getitem__."""

DATA = [f"row{i:03d}" for i in range(23)]
fetches = []


class Page:
    def __init__(self, number, rows, last):
        self.number, self.rows, self.last = number, rows, last

    def __iter__(self):
        return iter(self.rows)

    def __len__(self):
        return len(self.rows)

    def __repr__(self):
        return f"<Page {self.number}: {len(self.rows)} rows{' (last)' if self.last else ''}>"


class PagedResult:
    """Random access only. Iterate with .pages() or .rows() so the cost is visible."""

    __iter__ = None

    def __init__(self, source, page_size):
        self.source, self.page_size = source, page_size
        self._cache = {}

    def _page(self, n):
        if n not in self._cache:
            fetches.append(n)
            start = n * self.page_size
            rows = self.source[start:start + self.page_size]
            if not rows and n:
                raise IndexError(f"page {n} out of range")
            self._cache[n] = Page(n, rows, start + self.page_size >= len(self.source))
        return self._cache[n]

    def __len__(self):
        return len(self.source)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("result index out of range")
        return self._page(i // self.page_size).rows[i % self.page_size]

    def pages(self):
        n = 0
        while True:
            page = self._page(n)
            yield page
            if page.last:
                return
            n += 1

    def rows(self):
        for page in self.pages():
            yield from page


res = PagedResult(DATA, page_size=5)
print(len(res), res[0], res[7], res[-1], fetches)
print(res[3:12:4], res[-3:], fetches)
print(list(res.pages()))
print(sum(1 for _ in res.rows()), fetches)
first_long = next(r for r in res.rows() if r.endswith("7"))
print(first_long, [len(p) for p in res.pages()])
try:
    res[23]
except IndexError as e:
    print("IndexError:", e)
for attempt in ("list", "for", "in", "unpack"):
    try:
        if attempt == "list":
            print(list(res)[:3])
        elif attempt == "for":
            for row in res:
                print("scanning", row)
                break
        elif attempt == "in":
            print("row004" in res)
        else:
            a, b, *rest = res
            print(a, b, len(rest))
    except TypeError as e:
        print(f"{attempt}: TypeError: {e}")
print("fetch log:", fetches)
