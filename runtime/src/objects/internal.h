// Helpers shared by the runtime's source files; not part of the generated code's API.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "aiocc/py/object.h"
#include "aiocc/frame.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/dict.h"
#include "aiocc/py/list.h"
#include "aiocc/py/str.h"

namespace aiocc::detail {

inline std::string address(const void* p) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%p", p);
  return buf;
}

// Py_ReprEnter/Py_ReprLeave: a container whose repr is already being written further up the
// stack (one that contains itself) prints as [...] or {...}.
class ReprGuard {
 public:
  explicit ReprGuard(const void* container);
  ~ReprGuard();
  ReprGuard(const ReprGuard&) = delete;
  ReprGuard& operator=(const ReprGuard&) = delete;
  bool recursive() const { return recursive_; }

 private:
  const void* container_;
  bool recursive_;
};

void append_utf8_rt(std::string& out, unsigned long cp);
// The escape ascii() and the backslashreplace error handler write for a non-ASCII character.
std::string hex_escape(char32_t c);

// An int that fits in 64 bits (bool included): its value.
inline bool small(const Object& o, int64_t& v) {
  if (o.is_small_int()) {
    v = o.as_int();
    return true;
  }
  if (o.is_bool()) {
    v = o.as_bool();
    return true;
  }
  return false;
}

// CPython's repr of a float: shortest round-trip digits, exponent form outside [1e-4, 1e16).
std::string float_repr(double d);

}  // namespace aiocc::detail

namespace aiocc {

// dir(obj)'s names, sorted (runtime/src/objects/dir.cpp); false when aiocc does not know all of
// them (a module, a type the build's table lacks).
bool dir_names(const Object& obj, std::vector<std::string>& out);
// _PyObject_FunctionStr (iteration.cpp): "module.qualname()" ("qualname()" for builtins).
std::string function_str(const Object& f);
// getattr(o, name) with AttributeError meaning "none": Unbound then (comparison.cpp).
Object attribute_or_unbound(const Object& o, std::string_view name);

// The attributes a runtime object takes (a function-like object's __dict__), made on demand.
struct AttrDict {
  Object dict;
  const Object* find(std::string_view name) const {
    DictObject* d = as_dict(dict);
    return d ? d->find(py_str(std::string(name))) : nullptr;
  }
  void set(std::string_view name, const Object& v) { as_dict(get())->set(py_str(std::string(name)), v); }
  bool erase(std::string_view name) { return as_dict(dict) && as_dict(dict)->erase(py_str(std::string(name))); }
  Object& get() {
    if (dict.is_unbound()) dict = py_dict();
    return dict;
  }
};

// str(inspect.signature(cls)) (signature.cpp): false when inspect finds none.
struct ClassObject;
bool class_text_signature(ClassObject* c, std::string& out);

// A native recursion standing for CPython's Python-level one (deepcopy, asdict): RecursionError
// once the Python frames plus this depth pass the recursion limit, not a native stack overflow.
struct NativeDepth {
  static inline int depth = 0;
  // `where`: what CPython's Py_EnterRecursiveCall names (" while getting the repr of an object").
  explicit NativeDepth(const char* where = "") {
    if (++depth + next_depth() > g_recursion_limit) {
      --depth;
      raise(&exc::RecursionError, std::string("maximum recursion depth exceeded") + where);
    }
  }
  ~NativeDepth() { --depth; }
  NativeDepth(const NativeDepth&) = delete;
  NativeDepth& operator=(const NativeDepth&) = delete;
};

// CPython 3.11's limit on decimal (non power-of-two base) int/str conversion, 4300 digits by
// default, 0 for none (sys.set_int_max_str_digits).
inline size_t g_int_max_str_digits = 4300;
// `parsing`: str to int, whose message also gives the count.
inline void check_int_str_digits(size_t ndigits, bool parsing = false) {
  if (g_int_max_str_digits == 0 || ndigits <= g_int_max_str_digits) return;
  raise(&exc::ValueError, "Exceeds the limit (" + std::to_string(g_int_max_str_digits) +
                              " digits) for integer string conversion" +
                              (parsing ? ": value has " + std::to_string(ndigits) + " digits" : std::string()) +
                              "; use sys.set_int_max_str_digits() to increase the limit");
}

// isinstance()/issubclass()'s second argument: the items of a tuple, nested tuples flattened,
// in order; anything else is itself.
inline std::vector<Object> class_alternatives(const Object& spec) {
  TupleObject* t = as_tuple(spec);
  if (!t) return {spec};
  std::vector<Object> out;
  NativeDepth guard;  // a tuple nested past the recursion limit is CPython's RecursionError
  for (const Object& x : t->items) {
    std::vector<Object> inner = class_alternatives(x);
    out.insert(out.end(), inner.begin(), inner.end());
  }
  return out;
}

// A type's constructor for types a script cannot call: "cannot create 'X' instances".
Object not_constructible_type(TypeObject* self, Args args, Kwargs kw);
Object construct_module(TypeObject* self, Args args, Kwargs kw);  // types.ModuleType
// number_methods.cpp: an int's or float's attribute or bound method (Unbound when it has none),
// a call of its method by name (false when it has none), and whether `name` is one of its data
// attributes (real, imag, ...).
Object number_attribute(const Object& v, std::string_view name);
bool number_call_method(const Object& v, std::string_view name, Args args, Kwargs kw, Object& out);
bool is_number_data_attribute(const Object& v, std::string_view name);
}  // namespace aiocc

namespace aiocc::detail {

// Python slice indices for a sequence of `len` (clamped, like PySlice_AdjustIndices).
struct SliceBounds {
  long long start, stop, step, count;
};

}  // namespace aiocc::detail

namespace aiocc {
// _PyEval_SliceIndex: None (or no argument) gives `dflt`; an int or an object with __index__
// its value, clamped to +-kSliceIndexLimit (past any length, and no overflow in what follows).
constexpr int64_t kSliceIndexLimit = INT64_MAX / 4;
int64_t slice_index(const Object& o, int64_t dflt);
// The items s selects in a sequence of `len`.
detail::SliceBounds slice_bounds(const SliceObject& s, int64_t len);
}  // namespace aiocc
