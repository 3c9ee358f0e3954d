# Circular imports that work: a imports b, b imports a at top level and uses a's attributes
# only inside functions; the order of execution of the module bodies is printed.
print("main: before import a")
import a
print("main: after import a")
import b
print(a.ping(3))
print(b.pong(2))
print(a.b is b, b.a is a)
print(b.seen_at_import)
