# expect: 3:8: No module named 'random.extra'; 'random' is not a package
# random is a module, not a package.
import random.extra
