// reprlib.repr: the size-limited repr asyncio uses for a future's result and a callback's
// arguments (reprlib.py's Repr with its default limits). Dispatch is by the exact built-in type,
// as Repr.repr1 dispatches on type(x).__name__; anything else is repr_instance.
#include <string>
#include <vector>

#include "aiocc/py/builtins.h"
#include "aiocc/py/dict.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/int.h"
#include "aiocc/py/list.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/set.h"
#include "aiocc/py/str.h"
#include "aiocc/py/types.h"

namespace aiocc {
namespace {

constexpr int kMaxLevel = 6, kMaxTuple = 6, kMaxList = 6, kMaxDict = 4, kMaxSet = 6,
              kMaxFrozenset = 6, kMaxString = 30, kMaxLong = 40, kMaxOther = 30;
const char* const kFill = "...";

std::string repr1(const Object& x, int level);

// s[:i] + '...' + s[len(s)-j:], counted in code points.
std::string elide(const std::string& s, int max) {
  const Object str = py_str(s);
  if (length(str) <= max) return s;
  const int i = std::max(0, (max - 3) / 2), j = std::max(0, max - 3 - i);
  const int64_t n = length(str);
  auto part = [&](int64_t a, int64_t b) {
    return str_value(getitem(str, make_slice(py_int(a), py_int(b), None)));
  };
  return part(0, i) + kFill + part(n - j, n);
}

// sorted(x), or list(x) when the items do not compare (_possibly_sorted).
std::vector<Object> possibly_sorted(const Object& x) {
  try {
    return to_vector(builtins::sorted({x}, {}));
  } catch (PyException& e) {
    if (!type_of(e.exc)->is_subtype_of(&exc::Exception)) throw;
    return to_vector(x);
  }
}

std::string repr_iterable(const std::vector<Object>& items, int level, const std::string& left,
                          std::string right, size_t max_items, const char* trail = "") {
  std::string s;
  if (level <= 0 && !items.empty()) {
    s = kFill;
  } else {
    for (size_t k = 0; k < items.size() && k < max_items; ++k) {
      if (k) s += ", ";
      s += repr1(items[k], level - 1);
    }
    if (items.size() > max_items) s += std::string(", ") + kFill;
    if (items.size() == 1 && *trail) right = trail + right;
  }
  return left + s + right;
}

std::string repr1(const Object& x, int level) {
  TypeObject* t = type_of(x);
  if (t == &types::tuple) return repr_iterable(to_vector(x), level, "(", ")", kMaxTuple, ",");
  if (t == &types::list) return repr_iterable(to_vector(x), level, "[", "]", kMaxList);
  if (t == &types::set) {
    if (length(x) == 0) return "set()";
    return repr_iterable(possibly_sorted(x), level, "{", "}", kMaxSet);
  }
  if (t == &types::frozenset) {
    if (length(x) == 0) return "frozenset()";
    return repr_iterable(possibly_sorted(x), level, "frozenset({", "})", kMaxFrozenset);
  }
  if (t == &types::dict) {
    const int64_t n = length(x);
    if (n == 0) return "{}";
    if (level <= 0) return std::string("{") + kFill + "}";
    std::string s;
    std::vector<Object> keys = possibly_sorted(x);
    for (size_t k = 0; k < keys.size() && k < static_cast<size_t>(kMaxDict); ++k) {
      if (k) s += ", ";
      s += repr1(keys[k], level - 1) + ": " + repr1(getitem(x, keys[k]), level - 1);
    }
    if (n > kMaxDict) s += std::string(", ") + kFill;
    return "{" + s + "}";
  }
  if (t == &types::str) {
    const int64_t n = length(x);
    std::string s = repr(n > kMaxString ? getitem(x, make_slice(None, py_int(kMaxString), None)) : x);
    if (length(py_str(s)) > kMaxString) {
      const int i = std::max(0, (kMaxString - 3) / 2), j = std::max(0, kMaxString - 3 - i);
      Object ends = add(getitem(x, make_slice(None, py_int(i), None)), getitem(x, make_slice(py_int(n - j), None, None)));
      s = repr(ends);
      const int64_t m = length(py_str(s));
      auto part = [&](int64_t a, int64_t b) {
        return str_value(getitem(py_str(s), make_slice(py_int(a), py_int(b), None)));
      };
      s = part(0, i) + kFill + part(m - j, m);
    }
    return s;
  }
  if (t == &types::int_) return elide(repr(x), kMaxLong);
  std::string s;
  try {
    s = repr(x);
  } catch (PyException& e) {
    if (!type_of(e.exc)->is_subtype_of(&exc::Exception)) throw;
    return "<" + str_value(getattr(Object(t), "__name__")) + " instance at " +
           str_value(builtins::hex({builtins::id({x}, {})}, {})) + ">";
  }
  return elide(s, kMaxOther);
}

}  // namespace

std::string reprlib_repr(const Object& x) { return repr1(x, kMaxLevel); }

}  // namespace aiocc
