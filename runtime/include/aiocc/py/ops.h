// Operators and protocols as free functions: the one emitted form for each Python operation.
// Operations that can raise take a trailing Pos so the frame's position is recorded after the
// operands are evaluated.
#pragma once

#include <string>
#include <vector>

#include "aiocc/frame.h"
#include "aiocc/py/object.h"

namespace aiocc {

Object add(const Object& a, const Object& b, Pos = {});
Object sub(const Object& a, const Object& b, Pos = {});
Object mul(const Object& a, const Object& b, Pos = {});
Object truediv(const Object& a, const Object& b, Pos = {});
Object floordiv(const Object& a, const Object& b, Pos = {});
Object mod(const Object& a, const Object& b, Pos = {});
Object pow(const Object& a, const Object& b, Pos = {});
Object lshift(const Object& a, const Object& b, Pos = {});
Object rshift(const Object& a, const Object& b, Pos = {});
Object bitor_(const Object& a, const Object& b, Pos = {});
Object bitxor_(const Object& a, const Object& b, Pos = {});
Object bitand_(const Object& a, const Object& b, Pos = {});
Object neg(const Object& a);
Object pos(const Object& a);
Object invert(const Object& a);

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

bool eq(const Object& a, const Object& b);
bool lt(const Object& a, const Object& b);  // raises TypeError for unorderable types
Object cmp_eq(const Object& a, const Object& b);
Object cmp_ne(const Object& a, const Object& b);
Object cmp_lt(const Object& a, const Object& b);
Object cmp_le(const Object& a, const Object& b);
Object cmp_gt(const Object& a, const Object& b);
Object cmp_ge(const Object& a, const Object& b);
Object cmp_is(const Object& a, const Object& b);
Object cmp_is_not(const Object& a, const Object& b);
Object cmp_in(const Object& item, const Object& container);
Object cmp_not_in(const Object& item, const Object& container);
bool contains(const Object& container, const Object& item);

Object getitem(const Object& obj, const Object& index, Pos = {});
void setitem(const Object& obj, const Object& index, const Object& value);
Object make_slice(const Object& start, const Object& stop, const Object& step);
Object getattr(const Object& obj, std::string_view name);
void setattr(const Object& obj, std::string_view name, const Object& value);

Object call(const Object& f, Args args, Kwargs kw = {}, Pos = {});
Object call_method(const Object& obj, std::string_view name, Args args, Kwargs kw = {}, Pos = {});
// Calls with a `*xs` argument: the positional list is built at run time.
void extend_args(std::vector<Object>& out, const Object& iterable);

std::string repr(const Object& o);
std::string str(const Object& o);
int64_t length(const Object& o);

// Iteration: `for x in xs` becomes `for (aiocc::Iter it(xs); it.next(x);)`.
class Iter {
 public:
  explicit Iter(const Object& iterable);
  bool next(Object& out);

 private:
  Object src_;
  std::vector<Object> snapshot_;  // for dicts: the keys at the start
  int kind_;
  int64_t i_ = 0, stop_ = 0, step_ = 1;
  size_t byte_ = 0;
};
std::vector<Object> to_vector(const Object& iterable);
bool is_iterable(const Object& o);
// `a, b = value`: CPython's messages for a count mismatch. star_index >= 0 for `a, *b = ...`.
std::vector<Object> unpack(const Object& value, size_t count, int star_index = -1);
// The same without a star target, into `out[0..count)`, allocating nothing for a tuple or list.
void unpack_into(const Object& value, Object* out, size_t count);

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

// f-strings.
Object format_value(const Object& v, const Object& spec, char conversion);
std::string format_spec(const Object& v, const std::string& spec);
Object concat_strings(std::initializer_list<Object> parts);

// Literals.
Object py_list_of(std::initializer_list<Object> items);
Object py_tuple_of(std::initializer_list<Object> items);
Object py_dict_of(std::initializer_list<Object> keys_and_values);

// Literals and calls with `*xs` elements.
struct Elt {
  Object value;
  bool star;
};
Object make_list(std::initializer_list<Elt> elts);
Object make_tuple(std::initializer_list<Elt> elts);
std::vector<Object> star_args(std::initializer_list<Elt> elts);
// Keyword arguments with `**mapping` entries (an empty name marks a mapping to splat).
std::vector<Kw> star_kwargs(std::initializer_list<Kw> kws);

// Built-in functions called with a position (recorded after the arguments are evaluated).
inline Object call_builtin(Object (*fn)(Args, Kwargs), Args args, Kwargs kw, Pos) {
  return fn(args, kw);
}

// `x += y`: lists extend in place (list.__iadd__), everything else is `x = x + y`.
Object inplace_add(const Object& a, const Object& b, Pos = {});
void delitem(const Object& obj, const Object& index);

// `assert`
void assert_failed(const Object& message, bool has_message);

}  // namespace aiocc
