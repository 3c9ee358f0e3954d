// complex: a pair of doubles, with CPython's arithmetic (Objects/complexobject.c), repr, hash
// and constructor. Mixed with int and float, the real operand is converted first.
#pragma once

#include <string>

#include "aiocc/py/object.h"

namespace aiocc {

struct ComplexObject final : HeapObject {
  double real, imag;
  ComplexObject(double r, double i) : real(r), imag(i) { kind = Kind::Complex; }
  TypeObject* type() const override;
  std::string repr() const override;
  bool truthy() const override { return real != 0.0 || imag != 0.0; }
  Object getattr(const Object& self, std::string_view name) override;
  Object call_method(const Object& self, std::string_view name, Args args, Kwargs kw) override;
};

namespace types {
extern TypeObject complex;
}  // namespace types

Object py_complex(double real, double imag);
inline ComplexObject* as_complex(const Object& o) {
  return o.is_heap() && o.heap()->kind == HeapObject::Kind::Complex ? o.as<ComplexObject>() : nullptr;
}

// `a op b` where either side is a complex (op is one of + - * / and p for **): the result, or Unbound
// when neither is a complex (or the other side is not a number: the caller reports it).
Object complex_binary(char op, const Object& a, const Object& b);
// a == b with a complex on either side (the other any object).
bool complex_eq(const Object& a, const Object& b);
int64_t complex_hash(const ComplexObject& c);
Object complex_abs(const ComplexObject& c);
Object construct_complex(TypeObject* t, Args args, Kwargs kw);

}  // namespace aiocc
