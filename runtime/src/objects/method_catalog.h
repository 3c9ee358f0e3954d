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
  AnyArgs,     // METH_VARARGS without keywords (set.union): any count, "takes no keyword arguments"
  Varargs,     // (*args, **kwargs): the method checks them itself
};

// How a method is reached: straight from the value (`s.find(x)`, CPython's method descriptor)
// or through a bound-method object (`f = s.find; f(x)`), whose errors name the method alone
// where CPython's METH_VARARGS methods do so.
enum class Via : uint8_t { Descriptor, BoundObject };

struct Param {
  enum Default : uint8_t {
    Required,
    Absent,  // optional, with no default value: the method sees Unbound
    None,
    Int,  // the integer `value`
    False,
  };
  // What the argument must be, checked (and converted) by the binder with clinic's texts:
  // Str "format() argument 2 must be str, not int"; Index an int through __index__.
  enum Conv : uint8_t { Any, Str, Index };
  const char* name;
  Default dflt = Required;
  int64_t value = 0;
  Conv conv = Any;
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
  uint8_t posonly = 0;               // params[..posonly] only by position (Keywords style)
};

// A data attribute of a built-in type (int.real, range.start): on the type it is a descriptor
// object, a getset ("attribute") or a member ("member") descriptor in CPython's terms.
struct DataAttribute {
  std::string_view name;
  const char* kind = "attribute";
};

// A type's catalog: its methods sorted by name, the name CPython prints for the type, and its
// data attributes (each type's getattr reads them; the catalog only names them). The builtin
// functions form the catalog of "builtins", whose names print without an owner ("len()").
struct MethodCatalog {
  const char* type_name;
  std::span<const MethodDef> methods;
  std::span<const DataAttribute> attributes{};

  const DataAttribute* find_attribute(std::string_view name) const {
    for (const DataAttribute& a : attributes) {
      if (a.name == name) return &a;
    }
    return nullptr;
  }

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

// A table's entry by name, found at compile time (consteval): a name the table lacks fails the
// build, and no call searches at run time.
template <size_t N>
consteval const MethodDef& def_named(const MethodDef (&table)[N], std::string_view name) {
  for (const MethodDef& d : table) {
    if (d.name == name) return d;
  }
  throw "no such entry in the table";  // not a constant expression
}

// Checks a call of `m` on a `cat.type_name` value and calls it.
Object call_catalog_method(const MethodCatalog& cat, const MethodDef& m, const Object& self,
                           Args args, Kwargs kw, Via via = Via::Descriptor);

// `self.name` for a type with a catalog: the bound method, or Unbound when the catalog lacks it.
Object catalog_bound_method(const MethodCatalog& cat, const Object& self, std::string_view name);

// What a built-in type's catalog offers looked up on the type itself: a class or static method
// bound to the type (`dict.fromkeys`, `str.maketrans`), a data attribute's descriptor
// (`int.real`); Unbound for anything else (plain methods are unbound_builtin_method's).
Object catalog_type_attribute(TypeObject* t, std::string_view name);

// The catalog of a built-in type's methods, or nullptr.
const MethodCatalog* catalog_of_type(const TypeObject* t);

// The catalogs, each defined next to its type's methods.
const MethodCatalog& str_catalog();
const MethodCatalog& list_catalog();
const MethodCatalog& tuple_catalog();
const MethodCatalog& range_catalog();
const MethodCatalog& slice_catalog();
const MethodCatalog& dict_catalog();
const MethodCatalog& set_catalog();
const MethodCatalog& frozenset_catalog();
const MethodCatalog& int_catalog();
const MethodCatalog& float_catalog();
const MethodCatalog& complex_catalog();
const MethodCatalog& bytes_catalog();
const MethodCatalog& bytearray_catalog();
const MethodCatalog& exception_catalog();  // BaseException's
const MethodCatalog& dict_view_catalog(const TypeObject* t);  // dict_keys, dict_values, dict_items

}  // namespace aiocc
