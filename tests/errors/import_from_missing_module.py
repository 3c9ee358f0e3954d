# expect: 3:1: No module named 'no_such_package_xyz'
# `from` a dotted name whose package does not exist: the first missing module is named.
from no_such_package_xyz.inner import thing
