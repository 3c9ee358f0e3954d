// The math module (runtime/src/modules/math.cpp): CPython 3.11's mathmodule.c, function by
// function, with its argument handling, special values and error texts.
#pragma once

#include "aiocc/py/function.h"
#include "aiocc/py/object.h"

// Every function of the module, in dir(math) order.
#define AIOCC_MATH_FUNCTIONS(X)                                                                     \
  X(acos) X(acosh) X(asin) X(asinh) X(atan) X(atan2) X(atanh) X(cbrt) X(ceil) X(comb) X(copysign) \
  X(cos) X(cosh) X(degrees) X(dist) X(erf) X(erfc) X(exp) X(exp2) X(expm1) X(fabs) X(factorial)   \
  X(floor) X(fmod) X(frexp) X(fsum) X(gamma) X(gcd) X(hypot) X(isclose) X(isfinite) X(isinf)      \
  X(isnan) X(isqrt) X(lcm) X(ldexp) X(lgamma) X(log) X(log10) X(log1p) X(log2) X(modf)            \
  X(nextafter) X(perm) X(pow) X(prod) X(radians) X(remainder) X(sin) X(sinh) X(sqrt) X(tan)       \
  X(tanh) X(trunc) X(ulp)

namespace aiocc::math {

#define AIOCC_DECLARE_MATH(name) \
  Object name(Args args, Kwargs kw); \
  extern BuiltinFunction name##_fn;
AIOCC_MATH_FUNCTIONS(AIOCC_DECLARE_MATH)
#undef AIOCC_DECLARE_MATH

// PyFloat_AsDouble: a float, or what __float__ (else __index__) gives; CPython's TypeErrors.
double as_double(const Object& x);

}  // namespace aiocc::math
