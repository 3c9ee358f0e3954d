# A circular `from` import of a name not yet defined: b's `from a import x` runs while a is
# partially initialized, so CPython raises ImportError (circular import hint), uncaught.
print("main start")
import a
print("not reached")
