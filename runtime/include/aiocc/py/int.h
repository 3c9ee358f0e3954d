// int: a 64-bit fast path inline in Object, promoted to a GMP-backed BigInt on overflow and
// demoted back whenever a result fits in 64 bits.
#pragma once

#include <gmp.h>

#include <string>

#include "aiocc/py/object.h"

namespace aiocc {

struct BigInt final : HeapObject {
  mpz_t v;
  BigInt() { mpz_init(v); }
  ~BigInt() override { mpz_clear(v); }
  TypeObject* type() const override;
  std::string repr() const override;
  bool truthy() const override { return mpz_sgn(v) != 0; }
  Object getattr(const Object& self, std::string_view name) override;
  Object call_method(const Object& self, std::string_view name, Args args, Kwargs kw) override;
  void setattr(std::string_view name, const Object& value) override;
};

bool is_int(const Object& o);  // int or bool
Object int_from_decimal(const char* digits);
Object int_from_mpz(const mpz_t v);  // demotes to the inline form when it fits
void int_to_mpz(const Object& o, mpz_t out);
std::string int_repr(const Object& o);
double int_to_double(const Object& o);  // raises OverflowError when too large
inline Object py_int(int64_t i) { return Object::from_int(i); }

}  // namespace aiocc
