# time's nanosecond clocks: ints that agree with the float clocks and only move forward; their
# argument errors.
import time

t0, t0_ns = time.time(), time.time_ns()
m0, p0 = time.monotonic_ns(), time.perf_counter_ns()
time.sleep(0.01)
m1, p1 = time.monotonic_ns(), time.perf_counter_ns()
print(type(t0_ns).__name__, type(m0).__name__, type(p0).__name__)
print(abs(t0_ns / 1e9 - t0) < 1.0, m1 - m0 >= 10_000_000, p1 - p0 >= 10_000_000, m1 > m0)
print(abs(time.monotonic_ns() / 1e9 - time.monotonic()) < 0.5)
print(time.time_ns.__name__, time.monotonic_ns.__name__, time.perf_counter_ns.__name__)
for bad in (lambda: time.time_ns(1), lambda: time.monotonic_ns(x=1), lambda: time.perf_counter_ns(None)):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
