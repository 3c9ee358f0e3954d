# Module globals shadowing builtins are per module: utils defines its own len/max that its
# functions use, while main still sees the builtins; a module calling builtins normally.
import utils
from utils import len_of, print_all

print(len([1, 2, 3]), max(3, 9))
print(len_of([1, 2, 3]), utils.len([1, 2]), utils.biggest([4, 8, 1]))
print_all("a", "b", sep="-")
list_ = utils.list_
print(list_, list(range(3)))
print(utils.uses_builtin_list("abc"))
