# Plain `import helper`: calling its functions, reading and modifying its globals from main,
# __name__ of the module, and the module body running once although imported from two places.
import helper
import other
import helper

print("main starts")
print(helper.__name__)
print(helper.greet("world"))
print(helper.count, helper.report())
helper.count += 1
helper.count += 10
print(helper.count, helper.report())
helper.bump()
print(helper.count, helper.report())
helper.label = "changed"
print(helper.report())
print(other.use_helper())
print(other.helper is helper)
