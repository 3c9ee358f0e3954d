# The time and sys functions checked from their descriptions, with CPython's texts.
import time, sys
for f, a, k in [(time.monotonic, (1,), {}), (time.sleep, (), {}), (time.sleep, ("a",), {}), (time.sleep, (1, 2), {}),
                (time.sleep, (), {"secs": 1}), (time.time, (), {"x": 1}), (sys.exit, (1, 2), {}), (sys.exit, (), {"status": 1}),
                (sys.getrecursionlimit, (1,), {}), (sys.setrecursionlimit, ("a",), {}), (sys.setrecursionlimit, (1.5,), {}),
                (sys.setrecursionlimit, (), {}), (time.perf_counter, (1,), {}), (time.sleep, (-1,), {}),
                (time.sleep, (float("nan"),), {}), (sys.setrecursionlimit, (0,), {}), (sys.setrecursionlimit, (2 ** 70,), {})]:
    try:
        f(*a, **k)
        print("ok")
    except BaseException as e:
        print(type(e).__name__, e)
time.sleep(0.001)
time.sleep(False)
print(sys.getrecursionlimit(), type(time.time()).__name__, time.monotonic() <= time.monotonic())
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())
sys.exit()
