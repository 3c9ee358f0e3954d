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

bool long_range_contains(const RangeObject& r, const Object& x) {
  const Object start = r.start_obj(), stop = r.stop_obj(), step = r.step_obj();
  if (negative(step) ? (lt(start, x) || !lt(stop, x)) : (lt(x, start) || !lt(x, stop))) return false;
  return eq(mod(sub(x, start), step), Object::from_int(0));
}

}  // namespace aiocc
