"""time.get_clock_info for each clock a benchmark harness reports, and its errors."""
import time

for name in ["time", "monotonic", "perf_counter", "process_time", "thread_time"]:
    info = time.get_clock_info(name)
    print(name, info, type(info).__name__, info.resolution > 0)
print(time.get_clock_info("monotonic") == time.get_clock_info("perf_counter"))
for bad in ["clock", 1]:
    try:
        time.get_clock_info(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
