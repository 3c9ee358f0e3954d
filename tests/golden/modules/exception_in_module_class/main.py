# An exception class defined in a module, raised uncaught from main: the last traceback line
# names it module-qualified (helper.MyError); a caught one first shows type/str/repr.
import helper
from helper import MyError

try:
    helper.check(-1)
except MyError as e:
    print(type(e), type(e).__name__, type(e).__module__, e, repr(e))
print(helper.check(5))
raise MyError("bad value from main")
