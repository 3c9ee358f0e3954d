# Ctrl-C in a loop: KeyboardInterrupt at the loop's back-edge, finally blocks run, buffered
# output is flushed, and the process dies by SIGINT.
print("start")


def spin():
    while True:
        pass


print("ready", flush=True)
try:
    spin()
finally:
    print("finally")
