"""Build system: topological order (Kahn and DFS), cycle detection, critical path."""
from typing import Iterator, Iterable
from functools import reduce


class CycleError(Exception):
    def __init__(self, cycle: list[str]):
        super().__init__("dependency cycle: " + " -> ".join(cycle))
        self.cycle = cycle


TARGETS = {
    "app": (["libnet", "libui", "config"], 12),
    "libnet": (["libcore", "openssl"], 30),
    "libui": (["libcore", "fonts"], 45),
    "libcore": ([], 20),
    "openssl": ([], 90),
    "fonts": ([], 5),
    "config": (["schema"], 2),
    "schema": ([], 3),
    "tests": (["app", "fixtures"], 40),
    "fixtures": (["schema"], 8),
}


def kahn(graph: dict[str, list[str]]) -> Iterator[list[str]]:
    """Yield batches of targets that can be built in parallel."""
    indeg = {n: len(deps) for n, deps in graph.items()}
    users: dict[str, list[str]] = {n: [] for n in graph}
    for n, deps in graph.items():
        for d in deps:
            users[d].append(n)
    ready = sorted(n for n, k in indeg.items() if k == 0)
    while ready:
        yield ready
        nxt = []
        for n in ready:
            for u in users[n]:
                indeg[u] -= 1
                if indeg[u] == 0:
                    nxt.append(u)
        ready = sorted(nxt)
    left = [n for n, k in indeg.items() if k > 0]
    if left:
        raise CycleError(find_cycle(graph, left[0]))


def find_cycle(graph: dict[str, list[str]], start: str) -> list[str]:
    stack: list[str] = []
    on_stack: set[str] = set()

    def visit(n: str) -> list[str] | None:
        if n in on_stack:
            return stack[stack.index(n):] + [n]
        stack.append(n)
        on_stack.add(n)
        for d in graph[n]:
            if (c := visit(d)) is not None:
                return c
        stack.pop()
        on_stack.discard(n)
        return None

    return visit(start) or []


def dfs_postorder(graph: dict[str, list[str]], roots: Iterable[str]) -> Iterator[str]:
    seen: set[str] = set()

    def walk(n: str) -> Iterator[str]:
        if n in seen:
            return
        seen.add(n)
        for d in sorted(graph[n]):
            yield from walk(d)
        yield n

    for r in roots:
        yield from walk(r)


graph = {k: v[0] for k, v in TARGETS.items()}
cost = {k: v[1] for k, v in TARGETS.items()}
for step, batch in enumerate(kahn(graph), 1):
    print(f"stage {step}: {' '.join(batch):<32} wall {max(cost[b] for b in batch):>3}s")
print("dfs:", ", ".join(dfs_postorder(graph, ["tests"])))

finish: dict[str, int] = {}
for n in dfs_postorder(graph, sorted(graph)):
    finish[n] = cost[n] + max((finish[d] for d in graph[n]), default=0)
crit = max(finish, key=finish.get)
path = [crit]
while graph[path[-1]]:
    path.append(max(graph[path[-1]], key=lambda d: finish[d]))
print(f"critical path {' <- '.join(path)}: {finish[crit]}s; serial {reduce(lambda a, b: a + b, cost.values())}s")

needed = lambda t: set(dfs_postorder(graph, [t])) - {t}
print("app needs", len(needed("app")), "targets;", "fixtures needs", sorted(needed("fixtures")))

graph["libcore"] = ["config"]
graph["schema"] = ["libui"]
try:
    list(kahn(graph))
except CycleError as e:
    print("error:", e, "| length", len(e.cycle) - 1)
graph["fonts"] = ["fonts"]
batches = kahn(graph)
print(next(batches))
for b in batches:
    print(b)
