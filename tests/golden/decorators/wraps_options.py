# functools.wraps and update_wrapper with their assigned= and updated= options, and the
# module's WRAPPER_ASSIGNMENTS / WRAPPER_UPDATES.
import functools


def source(a, b=2):
    "The source's doc."
    return a + b


source.tag = "blue"


@functools.wraps(source, updated=())
def no_dict_update(*args):
    return source(*args)


@functools.wraps(source, assigned=("__name__",))
def only_name(*args):
    "Own doc."
    return source(*args)


@functools.wraps(source, assigned=("__doc__", "__missing_attr__"), updated=("__dict__",))
def doc_and_dict(*args):
    return source(*args)


print(no_dict_update.__name__, no_dict_update.__doc__, hasattr(no_dict_update, "tag"))
print(only_name.__name__, only_name.__doc__, only_name.__qualname__, only_name.tag)
print(doc_and_dict.__name__, doc_and_dict.__doc__, doc_and_dict.tag, doc_and_dict.__wrapped__ is source)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


def target(x):
    return x


w = functools.update_wrapper(target, source, assigned=["__doc__"], updated=[])
print(w is target, target.__name__, target.__doc__, target.__wrapped__.__name__)
print(repr(functools.wraps(source, assigned=(), updated=())).split(" at ")[0])
try:
    functools.update_wrapper(target)
except TypeError as e:
    print(e)
try:
    functools.wraps(source, assigned=(1,))(target)
except TypeError as e:
    print(e)
