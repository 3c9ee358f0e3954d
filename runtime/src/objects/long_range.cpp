// range() of ints beyond 64 bits: CPython's range takes any int, and its long paths
// (Objects/rangeobject.c: compute_range_length, compute_item, longrangeiter) do the arithmetic
// on Python ints. A range that fits is a plain 64-bit RangeObject (the common, fast case).
#include <cstdint>

#include "aiocc/py/exceptions.h"
#include "aiocc/py/int.h"
#include "aiocc/py/list.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/protocols.h"
#include "aiocc/py/types.h"
#include "internal.h"

namespace aiocc {
namespace {

TypeObject longrange_iterator_type("longrange_iterator", &types::object, nullptr);

bool negative(const Object& x) { return lt(x, Object::from_int(0)); }

// compute_range_length: the number of values, as a Python int.
Object range_length(const Object& start, const Object& stop, const Object& step) {
  Object lo = start, hi = stop, by = step;
  if (negative(step)) {
    lo = stop;
    hi = start;
    by = neg(step);
  }
  if (!lt(lo, hi)) return Object::from_int(0);
  return add(floordiv(sub(sub(hi, lo), Object::from_int(1)), by), Object::from_int(1));
}

}  // namespace

Object make_range(const Object& start, const Object& stop, const Object& step) {
  int64_t a, b, c;
  if (detail::small(start, a) && detail::small(stop, b) && detail::small(step, c)) {
    // The 64-bit form computes stop - start, plus or minus step: when those fit.
    const __int128 d = static_cast<__int128>(b) - a;
    const __int128 reach = (d < 0 ? -d : d) + (c < 0 ? -static_cast<__int128>(c) : c) + 1;
    if (reach <= INT64_MAX) return make<RangeObject>(a, b, c);
  }
  Object r = make<RangeObject>(0, 0, 1);
  auto* lr = r.as<RangeObject>();
  lr->is_long = true;
  lr->lstart = start;
  lr->lstop = stop;
  lr->lstep = step;
  return r;
}

Object RangeObject::length_obj() const {
  if (!is_long) return Object::from_int(length());
  return range_length(lstart, lstop, lstep);
}

bool RangeObject::truthy() const { return is_long ? !eq(length_obj(), Object::from_int(0)) : length() > 0; }

Object long_range_iterator(const RangeObject& r) {
  Object next = r.lstart, step = r.lstep, left = r.length_obj();
  return lazy_iterator(&longrange_iterator_type, [next, step, left](Object& out) mutable {
    if (!lt(Object::from_int(0), left)) return false;
    out = next;
    next = add(next, step);
    left = sub(left, Object::from_int(1));
    return true;
  });
}

Object long_range_item(const RangeObject& r, const Object& index) {
  Object i = index;
  const Object n = r.length_obj();
  if (negative(i)) i = add(i, n);
  if (negative(i) || !lt(i, n)) raise(&exc::IndexError, "range object index out of range");
  return add(r.start_obj(), mul(i, r.step_obj()));
}

namespace {
// evaluate_slice_index: an int, or an object's __index__.
Object slice_index_object(const Object& o) {
  if (!is_int(o) && !has_special(o, Slot::index)) {
    raise(&exc::TypeError, "slice indices must be integers or None or have an __index__ method");
  }
  return number_index(o);
}

struct LongIndices {
  Object start, stop, step;
};

// _PySlice_GetLongIndices: s's indices in a sequence of `length`, as Python ints.
LongIndices long_indices(const SliceObject& s, const Object& length) {
  const Object zero = Object::from_int(0);
  Object step = s.step.is_none() ? Object::from_int(1) : slice_index_object(s.step);
  if (eq(step, zero)) raise(&exc::ValueError, "slice step cannot be zero");
  const bool backwards = negative(step);
  const Object lower = Object::from_int(backwards ? -1 : 0);
  const Object upper = backwards ? add(length, lower) : length;
  auto bound = [&](const Object& given, const Object& dflt) {
    if (given.is_none()) return dflt;
    Object i = slice_index_object(given);
    if (negative(i)) {
      i = add(i, length);
      return lt(i, lower) ? lower : i;
    }
    return lt(upper, i) ? upper : i;
  };
  Object start = bound(s.start, backwards ? upper : lower);
  Object stop = bound(s.stop, backwards ? lower : upper);
  return {start, stop, step};
}
}  // namespace

Object slice_indices(const SliceObject& s, const Object& length) {
  if (negative(length)) raise(&exc::ValueError, "length should not be negative");
  LongIndices i = long_indices(s, length);
  return py_tuple({i.start, i.stop, i.step});
}

// rangeobject.c's compute_slice: the range of the selected values, bounds as compute_item gives.
Object range_slice(const RangeObject& r, const SliceObject& s) {
  const Object start = r.start_obj(), step = r.step_obj();
  LongIndices i = long_indices(s, r.length_obj());
  return make_range(add(start, mul(i.start, step)), add(start, mul(i.stop, step)), mul(step, i.step));
}

bool long_range_contains(const RangeObject& r, const Object& x) {
  const Object start = r.start_obj(), stop = r.stop_obj(), step = r.step_obj();
  if (negative(step) ? (lt(start, x) || !lt(stop, x)) : (lt(x, start) || !lt(x, stop))) return false;
  return eq(mod(sub(x, start), step), Object::from_int(0));
}

}  // namespace aiocc
