// list and tuple: vectors of Objects.
#pragma once

#include <vector>

#include "aiocc/py/object.h"

namespace aiocc {

// Lets go of the items last first, as CPython's list and tuple deallocators (and list.clear) do:
// the order finalizers (__del__) run in.
inline void release_backwards(std::vector<Object>& items) {
  while (!items.empty()) items.pop_back();
}

struct ListObject final : HeapObject {
  std::vector<Object> items;
  ListObject() { kind = Kind::List; }
  explicit ListObject(std::vector<Object> v) : items(std::move(v)) { kind = Kind::List; }
  ~ListObject() override { release_backwards(items); }
  TypeObject* type() const override;
  std::string repr() const override;
  bool truthy() const override { return !items.empty(); }
  Object call_method(const Object& self, std::string_view name, Args args, Kwargs kw) override;
  Object getattr(const Object& self, std::string_view name) override;
};

struct TupleObject final : HeapObject {
  std::vector<Object> items;
  TupleObject() { kind = Kind::Tuple; }
  explicit TupleObject(std::vector<Object> v) : items(std::move(v)) { kind = Kind::Tuple; }
  ~TupleObject() override { release_backwards(items); }
  TypeObject* type() const override;
  std::string repr() const override;
  bool truthy() const override { return !items.empty(); }
  Object call_method(const Object& self, std::string_view name, Args args, Kwargs kw) override;
  Object getattr(const Object& self, std::string_view name) override;
};

struct RangeObject final : HeapObject {
  int64_t start, stop, step;
  // A range whose bounds or length do not fit 64 bits (CPython's range takes any int): its
  // bounds as Python ints, each operation through int arithmetic (long_range.cpp).
  bool is_long = false;
  Object lstart, lstop, lstep;
  RangeObject(int64_t a, int64_t b, int64_t c) : start(a), stop(b), step(c) {}
  TypeObject* type() const override;
  std::string repr() const override;
  // len(): OverflowError beyond 64 bits, as CPython's.
  int64_t length() const;
  bool truthy() const override;
  // The bounds and length as Python ints, whichever the range holds.
  Object start_obj() const { return is_long ? lstart : Object::from_int(start); }
  Object stop_obj() const { return is_long ? lstop : Object::from_int(stop); }
  Object step_obj() const { return is_long ? lstep : Object::from_int(step); }
  Object length_obj() const;
  Object getattr(const Object& self, std::string_view name) override;
  Object call_method(const Object& self, std::string_view name, Args args, Kwargs kw) override;
};

struct SliceObject final : HeapObject {
  Object start, stop, step;
  TypeObject* type() const override;
  std::string repr() const override;
  Object getattr(const Object& self, std::string_view name) override;
  Object call_method(const Object& self, std::string_view name, Args args, Kwargs kw) override;
};
// range(start, stop, step) of Python ints (step not zero): a 64-bit range when it fits.
Object make_range(const Object& start, const Object& stop, const Object& step);
// A long range's iterator, item `index` (an int, negative from the end), and whether it holds
// the int `x`; r[s] of any range.
Object long_range_iterator(const RangeObject& r);
Object long_range_item(const RangeObject& r, const Object& index);
bool long_range_contains(const RangeObject& r, const Object& x);
Object range_slice(const RangeObject& r, const SliceObject& s);
// slice.indices(length): (start, stop, step) clamped to a sequence of that length, any int.
Object slice_indices(const SliceObject& s, const Object& length);

Object py_list(std::vector<Object> items);
Object py_tuple(std::vector<Object> items);
// nullptr when not a list / tuple
inline ListObject* as_list(const Object& o) {
  return o.is_heap() && o.heap()->kind == HeapObject::Kind::List ? o.as<ListObject>() : nullptr;
}
inline TupleObject* as_tuple(const Object& o) {
  return o.is_heap() && o.heap()->kind == HeapObject::Kind::Tuple ? o.as<TupleObject>() : nullptr;
}

}  // namespace aiocc
