// The copy module (runtime/src/modules/copy.cpp): copy, deepcopy and Error, also what
// dataclasses.asdict/astuple and replace use.
#pragma once

#include "aiocc/py/function.h"
#include "aiocc/py/object.h"
#include "aiocc/py/types.h"

namespace aiocc::copy {
// A deep copy of `x` as Lib/copy.py makes it: atomic values shared, containers and instances of
// user classes rebuilt (shared and cyclic references kept as they are), TypeError "cannot
// pickle" for what CPython cannot copy.
Object deep_copy(const Object& x);

// copy.copy(x), copy.deepcopy(x, memo=None), copy.Error (also copy.error).
Object copy(Args args, Kwargs kw);
Object deepcopy(Args args, Kwargs kw);
extern BuiltinFunction copy_fn, deepcopy_fn;
extern TypeObject Error_type;
}  // namespace aiocc::copy
