# A package: __init__.py runs first, `import pkg.a` binds pkg with submodule a as an attribute,
# `from pkg import b` and `from pkg.b import thing`; module names and package attributes.
import pkg.a

print("after import pkg.a")
print(pkg.a.f())
print(pkg.__name__, pkg.a.__name__, pkg.a.__package__, pkg.__package__)
print(pkg.VERSION, pkg.init_helper())
print(hasattr(pkg, "b"))
from pkg import b
print(hasattr(pkg, "b"), b is pkg.b, b.__name__)
from pkg.b import thing
print(thing, thing is b.thing)
print(b.use_a())
import pkg
print(pkg.a.calls)
