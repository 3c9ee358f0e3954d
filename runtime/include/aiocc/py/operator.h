// The operator module (runtime/src/modules/operator.cpp): Python's operators as functions,
// and the itemgetter, attrgetter and methodcaller classes.
#pragma once

#include "aiocc/py/function.h"
#include "aiocc/py/object.h"
#include "aiocc/py/types.h"

// Its functions; in C++ each is op_<name> (`xor` is a C++ keyword; `add` the runtime's).
#define AIOCC_OPERATOR_FUNCTIONS(X)                                                                 \
  X(abs) X(add) X(and_) X(call) X(concat) X(contains) X(countOf) X(delitem) X(eq) X(floordiv)      \
  X(ge) X(getitem) X(gt) X(iadd) X(iand) X(iconcat) X(ifloordiv) X(ilshift) X(imatmul) X(imod)     \
  X(imul) X(index) X(indexOf) X(inv) X(invert) X(ior) X(ipow) X(irshift) X(is_) X(is_not) X(isub) \
  X(itruediv) X(ixor) X(le) X(length_hint) X(lshift) X(lt) X(matmul) X(mod) X(mul) X(ne) X(neg) X(not_) X(or_)    \
  X(pos) X(pow) X(rshift) X(setitem) X(sub) X(truediv) X(truth) X(xor)

namespace aiocc::operator_module {

#define AIOCC_DECLARE_OPERATOR(name) \
  Object op_##name(Args args, Kwargs kw); \
  extern BuiltinFunction op_##name##_fn;
AIOCC_OPERATOR_FUNCTIONS(AIOCC_DECLARE_OPERATOR)
#undef AIOCC_DECLARE_OPERATOR
extern TypeObject itemgetter_type, attrgetter_type, methodcaller_type;

}  // namespace aiocc::operator_module
