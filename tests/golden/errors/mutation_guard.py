"""A tag index that is pruned while being iterated: shows which mutations Python refuses and the safe fixes."""


class TagIndex:
    def __init__(self):
        self.by_tag: dict[str, set[int]] = {}

    def add(self, doc_id: int, *tags: str) -> None:
        for t in tags:
            self.by_tag.setdefault(t, set()).add(doc_id)

    def prune_unsafe(self, doc_ids: set[int], banned: set[int]) -> set[int]:
        for d in doc_ids:
            if d in banned:
                doc_ids.discard(d)
        return doc_ids

    def prune_safe(self, doc_ids: set[int], banned: set[int]) -> set[int]:
        for d in list(doc_ids):
            if d in banned:
                doc_ids.discard(d)
        return doc_ids

    def rename_unsafe(self, mapping: dict[str, str]) -> None:
        for tag in self.by_tag:
            if tag in mapping:
                self.by_tag[mapping[tag]] = self.by_tag.pop(tag)

    def rename_safe(self, mapping: dict[str, str]) -> None:
        self.by_tag = {mapping.get(t, t): ids for t, ids in self.by_tag.items()}


def attempt(label, func, *args):
    try:
        result = func(*args)
        print(f"{label}: ok -> {sorted(result) if isinstance(result, set) else result}")
    except RuntimeError as e:
        print(f"{label}: RuntimeError: {e}")


def main():
    index = TagIndex()
    for doc, tags in enumerate([("py", "async"), ("py",), ("rust", "async"), ("go",), ("py", "go"), ("py",)], 1):
        index.add(doc, *tags)
    print("tags:", {t: sorted(ids) for t, ids in sorted(index.by_tag.items())})

    attempt("prune unsafe", index.prune_unsafe, {1, 2, 5, 6}, {2, 6})
    attempt("prune safe", index.prune_safe, {1, 2, 5, 6}, {2, 6})
    attempt("prune nothing", index.prune_unsafe, {1, 2, 3}, {9})

    counts = {t: len(ids) for t, ids in index.by_tag.items()}
    try:
        for tag, n in counts.items():
            if n == 1:
                del counts[tag]
    except RuntimeError as e:
        print("dict prune:", e)

    attempt("rename unsafe", index.rename_unsafe, {"py": "python"})
    print("after unsafe rename:", sorted(index.by_tag))
    index.rename_safe({"py": "python", "go": "golang"})
    print("after safe rename:", sorted(index.by_tag))

    pending = {10, 20, 30}
    seen = []
    for job in pending:
        seen.append(job)
        if job == 10:
            pending.add(40)
    print("never reached:", seen)


main()
