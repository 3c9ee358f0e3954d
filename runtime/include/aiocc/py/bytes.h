// bytes (immutable) and bytearray (mutable): sequences of small ints kept in a std::string.
// Both share BytesLike, which every method that only reads (find, split, decode, ...) works on;
// the mutating methods exist on ByteArrayObject alone.
#pragma once

#include <string>

#include "aiocc/py/object.h"
#include "aiocc/py/types.h"

namespace aiocc {

struct BytesLike : HeapObject {
  std::string data;
  explicit BytesLike(std::string v) : data(std::move(v)) {}
  std::string str() const override { return repr(); }
  bool truthy() const override { return !data.empty(); }
  Object call_method(const Object& self, std::string_view name, Args args, Kwargs kw) override;
  Object getattr(const Object& self, std::string_view name) override;
};

struct BytesObject final : BytesLike {
  mutable size_t hash = 0;  // 0: not computed yet
  explicit BytesObject(std::string v) : BytesLike(std::move(v)) { kind = Kind::Bytes; }
  TypeObject* type() const override;
  std::string repr() const override;
};

struct ByteArrayObject final : BytesLike {
  explicit ByteArrayObject(std::string v) : BytesLike(std::move(v)) { kind = Kind::ByteArray; }
  TypeObject* type() const override;
  std::string repr() const override;
};

namespace types {
extern TypeObject bytes, bytearray;
}

Object py_bytes(std::string s);
Object py_bytearray(std::string s);
inline bool is_bytes(const Object& o) {
  return o.is_heap() && o.heap()->kind == HeapObject::Kind::Bytes;
}
inline bool is_bytearray(const Object& o) {
  return o.is_heap() && o.heap()->kind == HeapObject::Kind::ByteArray;
}
inline bool is_bytes_like(const Object& o) { return is_bytes(o) || is_bytearray(o); }
// The bytes of a bytes or bytearray (precondition: is_bytes_like).
inline std::string& bytes_data(const Object& o) { return o.as<BytesLike>()->data; }
// repr() of a bytes value: b'...' with CPython's choice of quotes and escapes (a bytearray's
// repr escapes single quotes even inside double ones).
std::string bytes_repr(const std::string& s, bool escape_single_quote = false);

}  // namespace aiocc
