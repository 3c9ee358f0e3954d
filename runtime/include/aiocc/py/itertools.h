// The itertools module (runtime/src/modules/itertools.cpp): its iterator types, called to make
// an iterator, and tee.
#pragma once

#include "aiocc/py/function.h"
#include "aiocc/py/object.h"
#include "aiocc/py/types.h"

// The iterator types but chain (whose type has from_iterable), as the builtin table names them.
#define AIOCC_ITERTOOLS_TYPES(X)                                                                 \
  X(accumulate) X(combinations) X(combinations_with_replacement) X(compress) X(count) X(cycle) \
  X(dropwhile) X(filterfalse) X(groupby) X(islice) X(pairwise) X(permutations) X(product)      \
  X(repeat) X(starmap) X(takewhile) X(zip_longest)

namespace aiocc::itertools {

#define AIOCC_DECLARE_ITERTOOLS_TYPE(name) extern TypeObject name##_type;
AIOCC_ITERTOOLS_TYPES(AIOCC_DECLARE_ITERTOOLS_TYPE)
#undef AIOCC_DECLARE_ITERTOOLS_TYPE
extern TypeObject& chain_type;
Object tee(Args args, Kwargs kw);
extern BuiltinFunction tee_fn;

}  // namespace aiocc::itertools
