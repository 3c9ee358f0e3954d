# Ctrl-C during time.sleep: KeyboardInterrupt raised from the sleep, caught by the script.
import time

print("ready", flush=True)
try:
    time.sleep(20)
except KeyboardInterrupt as e:
    print("caught", repr(e))
print("end")
