# Tutorial 8.3-8.8: Handling, raising, chaining, user-defined exceptions, clean-up

# 8.3 Handling Exceptions (input() replaced by a list of strings)
for text in ("abc", "", "42"):
    try:
        x = int(text)
        print("got", x)
        break
    except ValueError:
        print("Oops!  That was no valid number.  Try again...")

class B(Exception):
    pass

class C(B):
    pass

class D(C):
    pass

for cls in [B, C, D]:
    try:
        raise cls()
    except D:
        print("D")
    except C:
        print("C")
    except B:
        print("B")

for cls in [B, C, D]:
    try:
        raise cls()
    except B:
        print("B")
    except C:
        print("C")
    except D:
        print("D")

try:
    raise Exception('spam', 'eggs')
except Exception as inst:
    print(type(inst))    # the exception type
    print(inst.args)     # arguments stored in .args
    print(inst)          # __str__ allows args to be printed directly,
                         # but may be overridden in exception subclasses
    x, y = inst.args     # unpack args
    print('x =', x)
    print('y =', y)

def read_number(s):
    try:
        i = int(s.strip())
    except OSError as err:
        print("OS error:", err)
    except ValueError:
        print("Could not convert data to an integer.")
    except Exception as err:
        print(f"Unexpected {err=}, {type(err)=}")
        raise
    else:
        print("number", i)

read_number(" 7 ")
read_number("seven")
try:
    read_number(None)
except AttributeError as e:
    print("re-raised:", e)

def this_fails():
    x = 1/0

try:
    this_fails()
except ZeroDivisionError as err:
    print('Handling run-time error:', err)

# 8.4 Raising Exceptions
try:
    raise NameError('HiThere')
except NameError as e:
    print(repr(e))
try:
    raise ValueError  # shorthand for 'raise ValueError()'
except ValueError as e:
    print(repr(e), e.args)
try:
    try:
        raise NameError('HiThere')
    except NameError:
        print('An exception flew by!')
        raise
except NameError as e:
    print('outer caught', repr(e))

# 8.5 Exception Chaining
try:
    try:
        open_database = {}["db"]
    except KeyError:
        raise RuntimeError("unable to handle error")
except RuntimeError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)

def func():
    raise ConnectionError

try:
    try:
        func()
    except ConnectionError as exc:
        raise RuntimeError('Failed to open database') from exc
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)

try:
    try:
        func()
    except ConnectionError:
        raise RuntimeError from None
except RuntimeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)

# 8.6 User-defined Exceptions
class Error(Exception):
    """Base class for exceptions in this module."""

class InputError(Error):
    def __init__(self, expression, message):
        self.expression = expression
        self.message = message

try:
    raise InputError("x + ", "unexpected end")
except Error as e:
    print(type(e).__name__, e.expression, e.message, e.args, str(e))

# 8.7 Defining Clean-up Actions
try:
    try:
        raise KeyboardInterrupt
    finally:
        print('Goodbye, world!')
except KeyboardInterrupt:
    print('KeyboardInterrupt caught')

def bool_return():
    try:
        return True
    finally:
        return False

print(bool_return())

def divide(x, y):
    try:
        result = x / y
    except ZeroDivisionError:
        print("division by zero!")
    else:
        print("result is", result)
    finally:
        print("executing finally clause")

divide(2, 1)
divide(2, 0)
try:
    divide("2", "1")
except TypeError as e:
    print('TypeError:', e)

# 8.8 Predefined clean-up actions (a context manager instead of open())
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("close", self.name, exc_type.__name__ if exc_type else None)
        return False

with Resource("myfile.txt") as f:
    for line in ["a", "b"]:
        print(line, end="")
    print()

# Uncaught: the tutorial's chaining example ends the program
def func2():
    raise ConnectionError

try:
    func2()
except ConnectionError as exc:
    raise RuntimeError('Failed to open database') from exc
