// set: a dict's keys (insertion-ordered, which CPython's sets are not: scripts whose output
// depends on set order print in hash order under CPython, which no other implementation
// reproduces either).
#pragma once

#include <vector>

#include "aiocc/py/dict.h"

namespace aiocc {

struct SetObject final : HeapObject {
  DictObject keys;
  bool frozen = false;  // a frozenset: hashable, no methods that change it
  SetObject() { kind = Kind::Set; }
  TypeObject* type() const override;
  std::string repr() const override;
  bool truthy() const override { return keys.live_count > 0; }
  Object getattr(const Object& self, std::string_view name) override;
  Object call_method(const Object& self, std::string_view name, Args args, Kwargs kw) override;
  void add(const Object& x) { keys.set(x, None); }
  std::vector<Object> items() const;
};

Object py_set(const std::vector<Object>& items);
Object py_frozenset(const std::vector<Object>& items);
// a | b, a & b, a - b, a ^ b and subset comparisons of sets and set-like dict views; Unbound
// when an operand is not set-like.
Object set_binop(const Object& a, const Object& b, char op);
Object set_compare(const Object& a, const Object& b, const char* op);
Object py_set_of(std::initializer_list<Object> items);
inline SetObject* as_set(const Object& o) {
  return o.is_heap() && o.heap()->kind == HeapObject::Kind::Set ? o.as<SetObject>() : nullptr;
}

}  // namespace aiocc
