# Library Reference: Built-in Exceptions -- context, chaining, base classes, OS exceptions, attributes
import sys

# Exception context
try:
    try:
        {}['missing']
    except KeyError:
        1 / 0
except ZeroDivisionError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)

try:
    try:
        int('x')
    except ValueError as exc:
        raise RuntimeError('conversion failed') from exc
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__context__ is e.__cause__, e.__suppress_context__)

try:
    try:
        int('x')
    except ValueError:
        raise RuntimeError('no context') from None
except RuntimeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)

# BaseException attributes and methods
e = Exception('a', 2)
print(e.args, str(e), repr(e), str(Exception()), repr(Exception()), str(Exception('one')))
e2 = ValueError('x')
print(e2.with_traceback(None) is e2, e2.__traceback__)
try:
    raise e2
except ValueError as caught:
    print(caught.__traceback__ is not None, caught.__traceback__.tb_lineno > 0)
e3 = KeyError('k')
e3.add_note('note 1')
print(e3.__notes__, str(e3), repr(KeyError()), str(KeyError('a', 'b')))

# Class hierarchy checks from the docs tree
for cls in (ArithmeticError, LookupError, OSError, RuntimeError, ValueError, Warning):
    print(cls.__name__, [k.__name__ for k in cls.__mro__])
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(IndexError, LookupError),
      issubclass(KeyError, LookupError), issubclass(RecursionError, RuntimeError),
      issubclass(NotImplementedError, RuntimeError), issubclass(UnicodeDecodeError, ValueError),
      issubclass(ModuleNotFoundError, ImportError), issubclass(FileNotFoundError, OSError),
      issubclass(TimeoutError, OSError), issubclass(KeyboardInterrupt, Exception),
      issubclass(StopAsyncIteration, Exception), issubclass(SystemExit, BaseException),
      issubclass(GeneratorExit, Exception), issubclass(BrokenPipeError, ConnectionError))
print(EnvironmentError is OSError, IOError is OSError)

# OS exceptions: errno-based subclass selection and attributes
e = OSError(2, 'No such file or directory')
print(type(e).__name__, e.errno, e.strerror, e.filename, str(e))
e = OSError(2, 'No such file or directory', 'spam.txt')
print(type(e).__name__, str(e), e.args)
print(type(OSError(13, 'denied')).__name__, type(OSError(17, 'exists')).__name__, type(OSError(999, 'odd')).__name__)
print(type(OSError('just a message')).__name__, OSError('m').errno)
e = FileNotFoundError(2, 'No such file', 'a', None, 'b')
print(str(e), e.filename2)

# StopIteration / generator behaviour (PEP 479)
def g():
    yield 1
    raise StopIteration('inside')

try:
    list(g())
except RuntimeError as e:
    print('RuntimeError:', e, '| cause:', repr(e.__cause__))

# Attributes of some exceptions
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
try:
    sys.exit(3)
except SystemExit as e:
    print('SystemExit code', e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print('SystemExit code', e.code)
try:
    sys.exit('message')
except SystemExit as e:
    print('SystemExit code', repr(e.code))
e = StopIteration(5)
print(e.value, StopIteration().value)
e = NameError('x', name='x')
print(e.name, AttributeError('y', name='y', obj=3).obj)
e = ImportError('cannot import', name='mod', path='/p')
print(e.name, e.path, e.msg)


# User-defined exception hierarchy with __str__
class AppError(Exception):
    def __init__(self, code, detail):
        super().__init__(code, detail)
        self.code = code
        self.detail = detail

    def __str__(self):
        return f'[{self.code}] {self.detail}'


class NotFound(AppError):
    pass


try:
    raise NotFound(404, 'page missing')
except AppError as e:
    print(type(e).__name__, e, repr(e), e.args)

# An uncaught exception with a context and a note ends the program
try:
    [1, 2, 3][10]
except IndexError:
    err = KeyError('lookup failed')
    err.add_note('while handling the list')
    raise err
