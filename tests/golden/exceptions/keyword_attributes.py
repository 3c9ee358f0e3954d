# NameError(name=), AttributeError(name=, obj=), ImportError(msg, name=, path=): CPython's keyword
# checks and texts, the attributes' defaults, and the ones aiocc's own errors set.
for f in (lambda: NameError('x', foo=1), lambda: AttributeError('x', name='n', obj=1, z=2), lambda: ImportError('a', b=1), lambda: ImportError(name=1, path=2), lambda: ValueError(a=1), lambda: ModuleNotFoundError('m', name='m')):
    try:
        e = f()
        print(repr(e), e.args, str(e), getattr(e, 'name', '-'), getattr(e, 'path', '-'), getattr(e, 'msg', '-'), getattr(e, 'obj', '-'))
    except TypeError as t:
        print("TypeError:", t)
print(NameError('q').name, AttributeError('q').obj, AttributeError('q').name, ImportError().msg, ImportError('a','b').msg)
try:
    undefined_thing
except NameError as e:
    print(e.name)
try:
    (1).foo
except AttributeError as e:
    print(e.name, e.obj)
class C: pass
try:
    C().bar
except AttributeError as e:
    print(e.name, type(e.obj).__name__)
e = ImportError('x', name='n'); e.name = 'z'; print(e.name)
e = NameError('x'); e.name = 5; print(e.name, e.args)
