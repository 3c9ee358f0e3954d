# Tutorial 8.9 Raising and Handling Multiple Unrelated Exceptions, 8.10 Enriching Exceptions with Notes

def f():
    excs = [OSError('error 1'), SystemError('error 2')]
    raise ExceptionGroup('there were problems', excs)

try:
    f()
except Exception as e:
    print(f'caught {type(e)}: e')
    print(repr(e))
    print(e.message, e.exceptions)
    print(str(e))

# ExceptionGroup methods (library reference: exceptions)
eg = ExceptionGroup("one", [TypeError(1), ValueError(2), ExceptionGroup("two", [TypeError(3), KeyError(4)])])
match, rest = eg.split(TypeError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
print(repr(eg.subgroup(OSError)))
beg = BaseExceptionGroup("mixed", [ValueError(1), KeyboardInterrupt()])
print(type(beg).__name__, repr(beg))
beg2 = BaseExceptionGroup("plain", [ValueError(1)])
print(type(beg2).__name__, isinstance(beg2, Exception))
try:
    ExceptionGroup("bad", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print("ValueError:", e)

# 8.10 notes
try:
    raise TypeError('bad type')
except Exception as e:
    e.add_note('Add some information')
    e.add_note('Add some more information')
    print(e.__notes__)

def g():
    raise OSError('operation failed')

excs = []
for i in range(3):
    try:
        g()
    except Exception as e:
        e.add_note(f'Happened in Iteration {i+1}')
        excs.append(e)

print([e.__notes__ for e in excs])
try:
    TypeError('x').add_note(42)
except TypeError as e:
    print("TypeError:", e)

raise ExceptionGroup('We have some problems', excs)
