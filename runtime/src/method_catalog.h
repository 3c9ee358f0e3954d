// Built-in methods as data: each type lists its methods once, in a table sorted by name, with
// the signature CPython gives them and the C++ function that implements them. getattr (the
// bound method) and calls by name both read the table, and one binder checks every call's
// arguments and raises CPython's TypeError texts, which differ with how CPython declares the
// method (METH_NOARGS, METH_O, Argument Clinic positional-only or with keywords, or
// PyArg_ParseTuple): `style` names which.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <span>
#include <string_view>

#include "aiocc/py/object.h"

namespace aiocc {

enum class ArgStyle : uint8_t {
  NoArgs,      // "str.upper() takes no arguments (1 given)"
  OneArg,      // "str.join() takes exactly one argument (0 given)"
  Positional,  // clinic, positional-only: "center expected at least 1 argument, got 0"
  ParseTuple,  // "find() takes at most 3 arguments (4 given)", "str.find() takes no keyword
               // arguments"
  Keywords,    // clinic with keywords: "'x' is an invalid keyword argument for split()"
  Varargs,     // (*args, **kwargs): the method checks them itself
};

struct Param {
  enum Default : uint8_t {
    Required,
    Absent,  // optional, with no default value: the method sees Unbound
    None,
    Int,  // the integer `value`
    False,
  };
  const char* name;
  Default dflt = Required;
  int64_t value = 0;
};

// `argv` holds one Object per parameter (defaults filled in, Unbound where Absent); Varargs
// methods read `args` and `kw` instead.
using MethodImpl = Object (*)(const Object& self, const Object* argv, Args args, Kwargs kw);

constexpr size_t kMaxParams = 3;

struct MethodDef {
  std::string_view name;
  MethodImpl impl;
  ArgStyle style = ArgStyle::NoArgs;
  std::array<Param, kMaxParams> params{};
  uint8_t nparams = 0;
  uint8_t kwonly_from = kMaxParams;  // params[kwonly_from..] only by keyword
  bool is_static = false;            // a staticmethod (str.maketrans): `self` is ignored
};

// A type's catalog: its methods sorted by name, and the name CPython prints for the type.
struct MethodCatalog {
  const char* type_name;
  std::span<const MethodDef> methods;

  const MethodDef* find(std::string_view name) const {
    auto it = std::lower_bound(methods.begin(), methods.end(), name,
                               [](const MethodDef& m, std::string_view n) { return m.name < n; });
    return it != methods.end() && it->name == name ? &*it : nullptr;
  }
};

template <size_t N>
constexpr bool sorted_by_name(const MethodDef (&table)[N]) {
  for (size_t i = 1; i < N; ++i) {
    if (!(table[i - 1].name < table[i].name)) return false;
  }
  return true;
}

// Checks a call of `m` on a `cat.type_name` value and calls it.
Object call_catalog_method(const MethodCatalog& cat, const MethodDef& m, const Object& self,
                           Args args, Kwargs kw);

}  // namespace aiocc
