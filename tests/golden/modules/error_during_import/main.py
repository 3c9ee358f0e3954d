# A module whose body raises: caught in main, the failed module is not kept, so importing it
# again runs its body again; finally an uncaught failing import shows main's and the module's lines.
import counter

for attempt in range(2):
    try:
        import broken
    except ZeroDivisionError as e:
        print("attempt", attempt, "failed:", e)
try:
    from broken import value
except ZeroDivisionError as e:
    print("from-import failed:", e)
print("runs of broken:", counter.runs)
import broken
print("not reached")
