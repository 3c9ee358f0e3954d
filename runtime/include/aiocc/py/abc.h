// The abc module (runtime/src/modules/abc.cpp).
#pragma once

#include "aiocc/py/function.h"
#include "aiocc/py/object.h"
#include "aiocc/py/types.h"

namespace aiocc::abc {

Object abstractmethod(Args args, Kwargs kw);
Object update_abstractmethods(Args args, Kwargs kw);
extern BuiltinFunction abstractmethod_fn, update_abstractmethods_fn;
extern TypeObject ABCMeta_type;  // only as `metaclass=ABCMeta`
const Object& abc_class();       // ABC

}  // namespace aiocc::abc
