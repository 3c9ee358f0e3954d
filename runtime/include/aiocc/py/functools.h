// The functools module (runtime/src/modules/functools.cpp).
#pragma once

#include <string_view>

#include "aiocc/py/function.h"
#include "aiocc/py/object.h"
#include "aiocc/py/types.h"

namespace aiocc::functools {

Object update_wrapper(Args args, Kwargs kw);
Object wraps(Args args, Kwargs kw);
Object partial(Args args, Kwargs kw);
Object reduce(Args args, Kwargs kw);
Object lru_cache(Args args, Kwargs kw);
Object cache(Args args, Kwargs kw);
Object total_ordering(Args args, Kwargs kw);
Object cmp_to_key(Args args, Kwargs kw);
Object singledispatch(Args args, Kwargs kw);
extern BuiltinFunction update_wrapper_fn, wraps_fn, reduce_fn, lru_cache_fn, cache_fn, total_ordering_fn,
    cmp_to_key_fn, singledispatch_fn;
// Two cmp_to_key wrappers compared: false when `a` is not one; else `result` is -1, 0 or 1.
bool key_wrapper_compare(const Object& a, const Object& b, int& result);
// Classes: partial(func, *args, **keywords), cached_property(func).
extern TypeObject partial_type, cached_property_type, key_wrapper_type;
// Descriptors for methods (functools_methods.cpp): singledispatchmethod(func),
// partialmethod(func, /, *args, **keywords).
Object singledispatchmethod(Args args, Kwargs kw);
Object partialmethod(Args args, Kwargs kw);
extern TypeObject singledispatchmethod_type, partialmethod_type;
Object attr(std::string_view name);  // WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES

}  // namespace aiocc::functools
