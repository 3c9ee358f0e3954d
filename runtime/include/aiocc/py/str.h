// str: UTF-8 storage, indexed and measured by code point. ASCII-only strings (the common
// case) index in O(1).
#pragma once

#include <string>

#include "aiocc/py/object.h"

namespace aiocc {

struct StrObject final : HeapObject {
  bool ascii;  // first, so that it takes the padding at the end of HeapObject's fields
  std::string s;
  mutable size_t hash = 0;  // 0: not computed yet (strings are immutable)
  mutable size_t code_points = SIZE_MAX;  // SIZE_MAX: not counted yet
  explicit StrObject(std::string v);
  TypeObject* type() const override;
  std::string repr() const override;
  std::string str() const override { return s; }
  bool truthy() const override { return !s.empty(); }
  Object call_method(const Object& self, std::string_view name, Args args, Kwargs kw) override;
  Object getattr(const Object& self, std::string_view name) override;
  size_t length() const;  // code points
};

Object py_str(std::string s);
inline Object py_str(const char* s) { return py_str(std::string(s)); }
inline bool is_str(const Object& o) { return o.is_heap() && o.heap()->kind == HeapObject::Kind::Str; }
const std::string& str_value(const Object& o);  // precondition: is_str
std::string str_repr(const std::string& s);      // Python's repr of a str
size_t utf8_length(const std::string& s);
// Bytes in the UTF-8 sequence that starts with `lead`.
inline size_t utf8_char_len(unsigned char lead) {
  return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

}  // namespace aiocc
