# A task queue drained with popleft one time too many: the program ends with an uncaught
# IndexError from the deque (exit 1, traceback on stderr).
from collections import deque, Counter

tasks = deque(["build", "test", "lint", "deploy"])
tasks.rotate(-1)
done = Counter()
log = deque(maxlen=2)


def run_next():
    task = tasks.popleft()
    done[task] += 1
    log.append(task)
    return task


while tasks:
    name = run_next()
    print("ran", name, "remaining", list(tasks), "log", list(log))
    if name == "lint" and not done["retry"]:
        done["retry"] += 1
        tasks.append("lint-fix")

print("done:", done)
print("total:", done.total(), "last two:", log)
print("draining once more...")
run_next()
print("not reached")
