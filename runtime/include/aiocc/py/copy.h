// copy.deepcopy (runtime/src/modules/copy.cpp), for dataclasses.asdict/astuple today and the copy
// module later.
#pragma once

#include "aiocc/py/object.h"

namespace aiocc::copy {
// A deep copy of `x` as Lib/copy.py makes it: atomic values shared, containers and instances of
// user classes rebuilt (shared and cyclic references kept as they are), TypeError "cannot
// pickle" for what CPython cannot copy.
Object deep_copy(const Object& x);
}  // namespace aiocc::copy
