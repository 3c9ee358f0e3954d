// The bisect and heapq modules (runtime/src/modules/bisect_heapq.cpp): binary search and heap
// operations on lists, comparing only with `<` as CPython's _bisect and _heapq do.
#pragma once

#include "aiocc/py/function.h"
#include "aiocc/py/object.h"

#define AIOCC_BISECT_FUNCTIONS(X) X(bisect_left) X(bisect_right) X(insort_left) X(insort_right)
#define AIOCC_HEAPQ_FUNCTIONS(X) X(heapify) X(heappop) X(heappush) X(heappushpop) X(heapreplace)

namespace aiocc::bisect {
#define AIOCC_DECLARE(name) \
  Object name(Args args, Kwargs kw); \
  extern BuiltinFunction name##_fn;
AIOCC_BISECT_FUNCTIONS(AIOCC_DECLARE)
}  // namespace aiocc::bisect

namespace aiocc::heapq {
AIOCC_HEAPQ_FUNCTIONS(AIOCC_DECLARE)
#undef AIOCC_DECLARE
}  // namespace aiocc::heapq
