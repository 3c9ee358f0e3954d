# Optional dependencies: `import` and `from ... import` of a module that does not exist, caught
# as ImportError and as ModuleNotFoundError (message and .name), with a fallback value.
try:
    import no_such_module_xyz
except ImportError:
    no_such_module_xyz = None
print(no_such_module_xyz)

try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name, isinstance(e, ImportError))

try:
    from no_such_module_xyz import thing
except ImportError as e:
    thing = "fallback thing"
    print(type(e).__name__, e, e.name)
print(thing)

try:
    import helper.sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)

try:
    from no_such_pkg_xyz.inner import thing2
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)


def load():
    try:
        import fast_impl_xyz as impl
    except ImportError:
        import helper as impl
    return impl.NAME


print(load())
