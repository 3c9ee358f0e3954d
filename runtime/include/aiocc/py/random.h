// The C half of the random module (runtime/src/modules/random.cpp): _random.Random, the
// Mersenne Twister that random.py's Random class (runtime/lib/random.py) derives from.
#pragma once

#include "aiocc/py/function.h"
#include "aiocc/py/object.h"
#include "aiocc/py/types.h"

namespace aiocc::random_module {
extern TypeObject random_type;  // _random.Random
}  // namespace aiocc::random_module
