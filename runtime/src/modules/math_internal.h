// Shared by math.cpp (the float functions and the catalog) and math_integer.cpp.
#pragma once

#include <cstdint>

#include "aiocc/py/object.h"

namespace aiocc::math::detail {

[[noreturn]] void domain_error();  // ValueError: math domain error
[[noreturn]] void range_error();   // OverflowError: math range error
// The bit length of |i| (an int or bool).
int64_t int_bits(const Object& i);
// _PyLong_Frexp: i ~= m * 2**e with 0.5 <= |m| < 1, m rounded half-even to 53 bits; for ints
// beyond a float's range.
double int_frexp(const Object& i, int64_t& e);

// The integer functions, with the catalog's signature.
Object comb_impl(const Object&, const Object* a, Args, Kwargs);
Object factorial_impl(const Object&, const Object* a, Args, Kwargs);
Object gcd_impl(const Object&, const Object*, Args args, Kwargs);
Object isqrt_impl(const Object&, const Object* a, Args, Kwargs);
Object lcm_impl(const Object&, const Object*, Args args, Kwargs);
Object perm_impl(const Object&, const Object* a, Args, Kwargs);
Object prod_impl(const Object&, const Object* a, Args, Kwargs);

}  // namespace aiocc::math::detail
