# Recursion as deep as sys.setrecursionlimit allows: CPython's frames live on the heap, and
# the compiled program's stack is made large enough for the same depth.
import sys

sys.setrecursionlimit(100000)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(70000))


def walk(node):
    return 1 + (walk(node[0]) if node else 0)


chain = []
for _ in range(50000):
    chain = [chain]
print(walk(chain))
sys.setrecursionlimit(1000)
try:
    depth(5000)
except RecursionError as e:
    print("RecursionError:", e)
