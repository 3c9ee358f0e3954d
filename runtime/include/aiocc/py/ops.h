// Operators and protocols as free functions: the one emitted form for each Python operation.
// Operations that can raise take a trailing Pos so the frame's position is recorded after the
// operands are evaluated.
#pragma once

#include <string>
#include <vector>

#include "aiocc/frame.h"
#include "aiocc/py/list.h"
#include "aiocc/py/object.h"

namespace aiocc {

// The common cases (small ints, floats, a list indexed by a small int) are inline in the
// generated code; everything else goes to the *_slow functions in ops.cpp.
Object add_slow(const Object& a, const Object& b);
Object sub_slow(const Object& a, const Object& b);
Object mul_slow(const Object& a, const Object& b);
inline Object add(const Object& a, const Object& b, Pos = {}) {
  int64_t r;
  if (a.is_small_int() && b.is_small_int()) {
    if (!__builtin_add_overflow(a.as_int(), b.as_int(), &r)) return Object::from_int(r);
  } else if (a.is_float() && b.is_float()) {
    return Object::from_float(a.as_float() + b.as_float());
  }
  return add_slow(a, b);
}
inline Object sub(const Object& a, const Object& b, Pos = {}) {
  int64_t r;
  if (a.is_small_int() && b.is_small_int()) {
    if (!__builtin_sub_overflow(a.as_int(), b.as_int(), &r)) return Object::from_int(r);
  } else if (a.is_float() && b.is_float()) {
    return Object::from_float(a.as_float() - b.as_float());
  }
  return sub_slow(a, b);
}
inline Object mul(const Object& a, const Object& b, Pos = {}) {
  int64_t r;
  if (a.is_small_int() && b.is_small_int()) {
    if (!__builtin_mul_overflow(a.as_int(), b.as_int(), &r)) return Object::from_int(r);
  } else if (a.is_float() && b.is_float()) {
    return Object::from_float(a.as_float() * b.as_float());
  }
  return mul_slow(a, b);
}
Object truediv(const Object& a, const Object& b, Pos = {});
Object floordiv_slow(const Object& a, const Object& b);
Object mod_slow(const Object& a, const Object& b);
Object divmod(const Object& a, const Object& b, Pos = {});
// Small ints with a positive divisor, inline; the rest (signs, zero, floats, %-formatting…) out of line.
inline Object floordiv(const Object& a, const Object& b, Pos = {}) {
  if (a.is_small_int() && b.is_small_int() && b.as_int() > 0) {
    int64_t x = a.as_int(), y = b.as_int(), q = x / y;
    if (x % y != 0 && x < 0) --q;
    return Object::from_int(q);
  }
  return floordiv_slow(a, b);
}
inline Object mod(const Object& a, const Object& b, Pos = {}) {
  if (a.is_small_int() && b.is_small_int() && b.as_int() > 0) {
    int64_t m = a.as_int() % b.as_int();
    if (m < 0) m += b.as_int();
    return Object::from_int(m);
  }
  return mod_slow(a, b);
}
Object pow(const Object& a, const Object& b, Pos = {});
// Typed code: arithmetic on values type inference proved to be floats (or ints converted to
// float by the operation), unboxed, with CPython's results and errors.
double float_floordiv(double a, double b);  // float_divmod's quotient (b not zero)
double float_mod(double a, double b);       // float_rem (b not zero)
[[noreturn]] void float_zero_division(const char* message);
double int_to_double(const Object& o);  // raises OverflowError when too large (int.h)
inline double float_div(double a, double b, Pos = {}) {
  if (b == 0) [[unlikely]] float_zero_division("float division by zero");
  return a / b;
}
inline double float_floor_div(double a, double b, Pos = {}) {
  if (b == 0) [[unlikely]] float_zero_division("float floor division by zero");
  return float_floordiv(a, b);
}
inline double float_modulo(double a, double b, Pos = {}) {
  if (b == 0) [[unlikely]] float_zero_division("float modulo");
  return float_mod(a, b);
}
// An argument of a typed parameter (Symbol::native) reaching the function through its
// function object: never, as sema gives typed parameters only to defs called directly.
[[noreturn]] void typed_argument_mismatch();
inline double typed_float(const Object& o) {
  if (!o.is_float()) [[unlikely]] typed_argument_mismatch();
  return o.as_float();
}
inline bool typed_bool(const Object& o) {
  if (!o.is_bool()) [[unlikely]] typed_argument_mismatch();
  return o.as_bool();
}
// An int operand of a float operation (float + int), as CPython converts it.
inline double int_as_double(const Object& i, Pos = {}) {
  return i.is_small_int() ? static_cast<double>(i.as_int()) : int_to_double(i);
}
inline int64_t typed_small_int(const Object& o) {
  if (!o.is_small_int()) [[unlikely]] typed_argument_mismatch();
  return o.as_int();
}

int64_t length(const Object& o);

// Typed code: int arithmetic on values proven to fit in 64 bits (StaticType::SmallInt), done
// natively and checked. `bad` marks a result the native path cannot give (an overflow, a
// division by zero): the caller then computes the whole expression again on objects, from the
// same operands (locals and literals, so nothing runs twice), which gives the big int or
// raises CPython's error at its position.
struct I64 {
  int64_t v;
  bool bad = false;
};
inline I64 i64_add(I64 a, I64 b) {
  I64 r;
  r.bad = __builtin_add_overflow(a.v, b.v, &r.v) | a.bad | b.bad;
  return r;
}
inline I64 i64_sub(I64 a, I64 b) {
  I64 r;
  r.bad = __builtin_sub_overflow(a.v, b.v, &r.v) | a.bad | b.bad;
  return r;
}
inline I64 i64_mul(I64 a, I64 b) {
  I64 r;
  r.bad = __builtin_mul_overflow(a.v, b.v, &r.v) | a.bad | b.bad;
  return r;
}
// Python's floor division and modulo (the result takes the divisor's sign).
inline I64 i64_floordiv(I64 a, I64 b) {
  if (b.v == 0 || (b.v == -1 && a.v == INT64_MIN)) return {0, true};
  int64_t q = a.v / b.v;
  if (a.v % b.v != 0 && ((a.v < 0) != (b.v < 0))) --q;
  return {q, a.bad || b.bad};
}
inline I64 i64_mod(I64 a, I64 b) {
  if (b.v == 0) return {0, true};
  if (b.v == -1) return {0, a.bad || b.bad};
  int64_t m = a.v % b.v;
  if (m != 0 && ((m < 0) != (b.v < 0))) m += b.v;
  return {m, a.bad || b.bad};
}
inline I64 i64_neg(I64 a) { return a.v == INT64_MIN ? I64{0, true} : I64{-a.v, a.bad}; }
template <typename Slow>
inline Object i64_object(I64 r, Slow&& slow) {
  return r.bad ? slow() : Object::from_int(r.v);
}
template <typename Slow>
inline double i64_double(I64 r, Slow&& slow, Pos p = {}) {
  return r.bad ? int_as_double(slow(), p) : static_cast<double>(r.v);
}
// int / int: when both fit in a double's 53 bits, one correctly rounded division gives
// CPython's quotient (long_true_divide's fast path); anything else goes to the objects.
template <typename Slow>
inline double i64_truediv(I64 a, I64 b, Slow&& slow, Pos = {}) {
  constexpr int64_t kExact = int64_t{1} << 53;
  if (a.bad || b.bad || b.v == 0 || a.v > kExact || a.v < -kExact || b.v > kExact || b.v < -kExact) {
    return slow().as_float();
  }
  return static_cast<double>(a.v) / static_cast<double>(b.v);
}

// A counted `for name in range(...)` loop (sema: Stmt::counted_step): range()'s conversion of
// its stop argument (the start is a SmallInt, the step a small literal), clamped to 64 bits.
// A SmallInt starts far below the limits (sema_types.cpp), so with a step of at most 1000 a
// counter would need 2**52 steps to pass the clamp; range_counter_overflow is that
// unreachable case.
int64_t range_stop(const Object& stop, int64_t step, Pos = {});
[[noreturn]] void range_counter_overflow();
// The start `i + 1` of a counted loop (a SmallInt and a literal of at most 4 digits): natively
// from a native name, else from the object (a name that may be unbound raises there).
inline int64_t range_start(I64 r) {
  if (r.bad) [[unlikely]] range_counter_overflow();
  return r.v;
}
inline int64_t range_start(const Object& o) {
  if (!o.is_small_int()) [[unlikely]] range_counter_overflow();
  return o.as_int();
}
inline void range_step(int64_t& counter, int64_t step) {
  if (__builtin_add_overflow(counter, step, &counter)) [[unlikely]] range_counter_overflow();
}

Object lshift(const Object& a, const Object& b, Pos = {});
Object rshift(const Object& a, const Object& b, Pos = {});
Object bitor_(const Object& a, const Object& b, Pos = {});
Object bitxor_(const Object& a, const Object& b, Pos = {});
Object bitand_(const Object& a, const Object& b, Pos = {});
Object matmul(const Object& a, const Object& b, Pos = {});  // `@`: user classes only
Object neg(const Object& a, Pos = {});
Object pos(const Object& a, Pos = {});
Object invert(const Object& a, Pos = {});

inline bool truthy(const Object& o) {
  switch (o.tag()) {
    case Tag::Unbound:
    case Tag::None: return false;
    case Tag::Bool: return o.as_bool();
    case Tag::Int: return o.as_int() != 0;
    case Tag::Float: return o.as_float() != 0;
    case Tag::Heap: return o.heap()->truthy();
  }
  return false;
}
inline Object not_(const Object& o) { return Object::from_bool(!truthy(o)); }

bool eq_slow(const Object& a, const Object& b);
inline bool eq(const Object& a, const Object& b) {
  if (a.is_small_int() && b.is_small_int()) return a.as_int() == b.as_int();
  return eq_slow(a, b);
}
bool lt(const Object& a, const Object& b);  // raises TypeError for unorderable types
Object cmp_eq_slow(const Object& a, const Object& b);
Object cmp_ne_slow(const Object& a, const Object& b);
Object cmp_lt_slow(const Object& a, const Object& b);
Object cmp_le_slow(const Object& a, const Object& b);
Object cmp_gt_slow(const Object& a, const Object& b);
Object cmp_ge_slow(const Object& a, const Object& b);
#define AIOCC_INLINE_CMP(name, op)                                                  \
  inline Object cmp_##name(const Object& a, const Object& b, Pos = {}) {           \
    if (a.is_small_int() && b.is_small_int()) return Object::from_bool(a.as_int() op b.as_int()); \
    if (a.is_float() && b.is_float()) return Object::from_bool(a.as_float() op b.as_float());     \
    return cmp_##name##_slow(a, b);                                                \
  }
AIOCC_INLINE_CMP(eq, ==)
AIOCC_INLINE_CMP(ne, !=)
AIOCC_INLINE_CMP(lt, <)
AIOCC_INLINE_CMP(le, <=)
AIOCC_INLINE_CMP(gt, >)
AIOCC_INLINE_CMP(ge, >=)
#undef AIOCC_INLINE_CMP
inline Object cmp_is(const Object& a, const Object& b, Pos = {}) { return Object::from_bool(a.same(b)); }
inline Object cmp_is_not(const Object& a, const Object& b, Pos = {}) { return Object::from_bool(!a.same(b)); }
Object cmp_in(const Object& item, const Object& container, Pos = {});
Object cmp_not_in(const Object& item, const Object& container, Pos = {});
bool contains(const Object& container, const Object& item);

Object getitem_slow(const Object& obj, const Object& index);
void setitem_slow(const Object& obj, const Object& index, const Object& value);
inline Object getitem(const Object& obj, const Object& index, Pos = {}) {
  if (ListObject* l = as_list(obj); l && index.is_small_int()) {
    int64_t i = index.as_int(), n = static_cast<int64_t>(l->items.size());
    if (i < 0) i += n;
    if (i >= 0 && i < n) return l->items[i];
  }
  return getitem_slow(obj, index);
}
inline void setitem(const Object& obj, const Object& index, const Object& value, Pos = {}) {
  if (ListObject* l = as_list(obj); l && index.is_small_int()) {
    int64_t i = index.as_int(), n = static_cast<int64_t>(l->items.size());
    if (i < 0) i += n;
    if (i >= 0 && i < n) {
      l->items[i] = value;
      return;
    }
  }
  setitem_slow(obj, index, value);
}
Object make_slice(const Object& start, const Object& stop, const Object& step);
// obj[start:stop:step] read and assigned (an unbound part is None): for a list, a tuple or a str
// without making a slice object, which no other code can see there.
Object getitem_slice(const Object& obj, const Object& start, const Object& stop, const Object& step, Pos = {});
void setitem_slice(const Object& obj, const Object& start, const Object& stop, const Object& step,
                   const Object& value, Pos = {});
Object getattr(const Object& obj, std::string_view name);
void setattr(const Object& obj, std::string_view name, const Object& value);

Object call(const Object& f, Args args, Kwargs kw = {}, Pos = {});
Object call_method(const Object& obj, std::string_view name, Args args, Kwargs kw = {}, Pos = {});
// Calls with a `*xs` argument: the positional list is built at run time.
void extend_args(std::vector<Object>& out, const Object& iterable);

std::string repr(const Object& o);
// reprlib.repr (default limits): `[0, 1, 2, 3, 4, 5, ...]`, asyncio's repr of results and arguments.
std::string reprlib_repr(const Object& o);
std::string str(const Object& o);

// Iteration: `for x in xs` becomes `for (aiocc::Iter it(xs); it.next(x);)`.
class Iter {
 public:
  explicit Iter(const Object& iterable);
  // Over what iter() already gave (a generator expression's `.0`): no second __iter__ call.
  struct FromIterator {};
  Iter(FromIterator, const Object& iterator) : src_(iterator), kind_(kIterator) {}
  bool next(Object& out) {
    if (kind_ == kRange) {
      if (step_ > 0 ? i_ >= stop_ : i_ <= stop_) return false;
      out = Object::from_int(i_);
      i_ += step_;
      return true;
    }
    if (kind_ == kList) {
      auto& items = src_.as<ListObject>()->items;
      if (static_cast<size_t>(i_) >= items.size()) return false;
      out = items[i_++];
      return true;
    }
    return next_slow(out);
  }
  // What __length_hint__ says of it: the items left, or -1 for an iterator over another one.
  int64_t remaining() const;

 private:
  enum Kind { kList, kTuple, kRange, kStr, kSnapshot, kIterator, kDict };
  bool next_slow(Object& out);
  Object src_;
  std::vector<Object> snapshot_;  // for sets: the items at the start
  int kind_;
  int64_t i_ = 0, stop_ = 0, step_ = 1;
  int64_t left_ = 0;  // dicts: the items still expected (dictiter's di_len); sets: the size at the start
  size_t byte_ = 0;
};
std::vector<Object> to_vector(const Object& iterable);
// list(o)'s items as CPython's list_extend takes them: a user object is asked its length
// (PyObject_LengthHint: __len__, else __length_hint__) after iter() and before the first item,
// for what those print or raise. list(), tuple(), sorted(), extend() and `*` do this.
std::vector<Object> sequence_items(const Object& o);
// PySequence_Fast (join()): a list's or tuple's items, else list(iter(o)), whose length hint
// is the iterator's (an iterator over __getitem__ asks the sequence's __len__).
std::vector<Object> fast_sequence(const Object& o);
void length_hint(const Object& o);
bool is_iterable(const Object& o);
// hasattr(o, name): getattr succeeds (an AttributeError means no; other errors propagate).
bool has_attribute(const Object& o, std::string_view name);
// `a, b = value`: CPython's messages for a count mismatch. star_index >= 0 for `a, *b = ...`.
std::vector<Object> unpack(const Object& value, size_t count, int star_index = -1, Pos = {});
// `a, b, c = value` without a star target: the values of a tuple (or, when the targets cannot
// modify it, a list) of the right length are read in place; anything else is unpacked into a
// vector with CPython's messages.
class Unpacked {
 public:
  Unpacked(Object value, size_t count, bool list_in_place, Pos = {}) : src_(std::move(value)) {
    if (TupleObject* t = as_tuple(src_); t && t->items.size() == count) {
      p_ = t->items.data();
    } else if (ListObject* l = as_list(src_); l && list_in_place && l->items.size() == count) {
      p_ = l->items.data();
    } else {
      spill(count);
    }
  }
  [[gnu::noinline]] void spill(size_t count) {
    spill_ = unpack(src_, count, -1);
    p_ = spill_.data();
  }
  const Object& operator[](size_t i) const { return p_[i]; }

 private:
  Object src_;
  std::vector<Object> spill_;
  const Object* p_;
};

// Variable reads that may find the variable unbound.
[[noreturn]] void unbound_global(const char* name);
[[noreturn]] void unbound_local(const char* name);
[[noreturn]] void unbound_free(const char* name);
inline const Object& load_global(const Object& v, const char* name) {
  if (v.is_unbound()) [[unlikely]] unbound_global(name);
  return v;
}
inline const Object& load_local(const Object& v, const char* name) {
  if (v.is_unbound()) [[unlikely]] unbound_local(name);
  return v;
}
inline const Object& load_free(const Object& v, const char* name) {
  if (v.is_unbound()) [[unlikely]] unbound_free(name);
  return v;
}
// The same, naming the read's own source position (the traceback underlines the name).
inline const Object& load_global(const Object& v, const char* name, Frame& f, int pos) {
  if (v.is_unbound()) [[unlikely]] {
    f.pos = pos;
    unbound_global(name);
  }
  return v;
}
inline const Object& load_local(const Object& v, const char* name, Frame& f, int pos) {
  if (v.is_unbound()) [[unlikely]] {
    f.pos = pos;
    unbound_local(name);
  }
  return v;
}
inline const Object& load_free(const Object& v, const char* name, Frame& f, int pos) {
  if (v.is_unbound()) [[unlikely]] {
    f.pos = pos;
    unbound_free(name);
  }
  return v;
}

// f-strings.
Object format_value(const Object& v, const Object& spec, char conversion, Pos);
std::string format_spec(const Object& v, const std::string& spec);
Object concat_strings(std::initializer_list<Object> parts);

// Literals.
Object py_list_of(std::initializer_list<Object> items);
Object py_tuple_of(std::initializer_list<Object> items);
Object py_dict_of(std::initializer_list<Object> keys_and_values);
Object py_dict_of(const std::vector<Object>& keys_and_values);  // a long display's

// Literals and calls with `*xs` elements.
struct Elt {
  Object value;
  bool star;
};
Object make_list(std::initializer_list<Elt> elts);
Object make_tuple(std::initializer_list<Elt> elts);
Object make_set(std::initializer_list<Elt> elts);
std::vector<Object> star_args(std::initializer_list<Elt> elts);
// A call's f(*a): the error for a non-iterable names the callee, as CPython's does.
std::vector<Object> star_args(std::initializer_list<Elt> elts, const Object& callee);
// Keyword arguments with `**mapping` entries (an empty name marks a mapping to splat).
std::vector<Kw> star_kwargs(std::initializer_list<Kw> kws);
std::vector<Kw> star_kwargs(std::initializer_list<Kw> kws, const Object& callee);
// The same, at the call's position (set by the Pos argument once the elements are evaluated).
inline std::vector<Object> star_args(std::initializer_list<Elt> elts, const Object& callee, Pos) {
  return star_args(elts, callee);
}
inline std::vector<Kw> star_kwargs(std::initializer_list<Kw> kws, const Object& callee, Pos) {
  return star_kwargs(kws, callee);
}

// Built-in functions called with a position (recorded after the arguments are evaluated).
inline Object call_builtin(Object (*fn)(Args, Kwargs), Args args, Kwargs kw, Pos) {
  return fn(args, kw);
}

// `x += y`: lists extend in place (list.__iadd__), everything else is `x = x + y`.
Object inplace_add_slow(const Object& a, const Object& b);
inline Object inplace_add(const Object& a, const Object& b, Pos = {}) {
  int64_t r;
  if (a.is_small_int() && b.is_small_int() && !__builtin_add_overflow(a.as_int(), b.as_int(), &r)) {
    return Object::from_int(r);
  }
  if (a.is_float() && b.is_float()) return Object::from_float(a.as_float() + b.as_float());
  return inplace_add_slow(a, b);
}
void delitem(const Object& obj, const Object& index, Pos = {});

// `assert`
void assert_failed(const Object& message, bool has_message, Pos);

}  // namespace aiocc
