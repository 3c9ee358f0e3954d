// The sys module's functions, each described once for the catalog binder (as
// builtins_catalog.cpp does for the builtins).
#include <algorithm>

#include "aiocc/frame.h"
#include "aiocc/py/builtins.h"
#include "aiocc/py/namedtuple.h"
#include "builtin_bases.h"
#include "cpython_names.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/int.h"
#include "aiocc/py/list.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/protocols.h"
#include "aiocc/py/str.h"
#include "internal.h"
#include "method_catalog.h"

namespace aiocc::sys {

namespace {
// sys.exit(arg) raises SystemExit as PyErr_SetObject makes it: no arguments for None, a
// tuple's items as the arguments, else the one argument.
Object exit_impl(const Object&, const Object* a, Args, Kwargs) {
  std::vector<Object> args;
  if (auto* t = a[0].is_unbound() ? nullptr : a[0].dyn<TupleObject>()) {
    args = t->items;
  } else if (!a[0].is_unbound() && !a[0].is_none()) {
    args = {a[0]};
  }
  raise_exc(new_exception(&exc::SystemExit, std::move(args)));
}
Object getrecursionlimit_impl(const Object&, const Object*, Args, Kwargs) { return py_int(g_recursion_limit); }
Object setrecursionlimit_impl(const Object&, const Object* a, Args, Kwargs) {
  int64_t n;  // a[0] is an int (Param::Index)
  if (!detail::small(a[0], n)) raise(&exc::OverflowError, "Python int too large to convert to C int");
  if (n < 1) raise(&exc::ValueError, "recursion limit must be greater or equal than 1");
  g_recursion_limit = static_cast<int>(std::min<int64_t>(n, 1 << 30));
  return None;
}
// sys.exc_info(): the exception an except clause (or a finally or __exit__ on the exception
// path) of this frame or its callers is handling, as (type, value, traceback).
Object exc_info_impl(const Object&, const Object*, Args, Kwargs) {
  const Object* h = g_frame ? g_frame->handling() : nullptr;
  if (!h || h->is_unbound() || h->is_none()) return py_tuple({None, None, None});
  return py_tuple({Object(type_of(*h)), *h, aiocc::getattr(*h, "__traceback__")});
}
// sys.exception(): the exception being handled (3.11), or None.
Object exception_impl(const Object&, const Object*, Args, Kwargs) {
  const Object* h = g_frame ? g_frame->handling() : nullptr;
  return !h || h->is_unbound() ? None : *h;
}
// sys.get_int_max_str_digits() / set_int_max_str_digits(maxdigits): the limit on decimal
// int/str conversion (0: none).
Object get_int_max_str_digits_impl(const Object&, const Object*, Args, Kwargs) {
  return py_int(static_cast<int64_t>(g_int_max_str_digits));
}
Object set_int_max_str_digits_impl(const Object&, const Object* a, Args, Kwargs) {
  int64_t n;
  if (!detail::small(a[0], n)) raise(&exc::OverflowError, "Python int too large to convert to C int");
  if (n != 0 && n < 640) raise(&exc::ValueError, "maxdigits must be 0 or larger than 640");
  g_int_max_str_digits = static_cast<size_t>(n);
  return None;
}
// The sys functions, as CPython declares them (sorted by name).
constexpr MethodDef kSysDefs[] = {
    {"exc_info", exc_info_impl, ArgStyle::NoArgs},
    {"exception", exception_impl, ArgStyle::NoArgs},
    {"exit", exit_impl, ArgStyle::Positional, {Param{"status", Param::Absent}}, 1},
    {"get_int_max_str_digits", get_int_max_str_digits_impl, ArgStyle::NoArgs},
    {"getrecursionlimit", getrecursionlimit_impl, ArgStyle::NoArgs},
    {"set_int_max_str_digits", set_int_max_str_digits_impl, ArgStyle::Keywords, {Param{"maxdigits", Param::Required, 0, Param::Index}}, 1},
    {"setrecursionlimit", setrecursionlimit_impl, ArgStyle::OneArg, {Param{"limit", Param::Required, 0, Param::Index}}, 1},
};
static_assert(sorted_by_name(kSysDefs));
constexpr MethodCatalog kSys{"sys", kSysDefs};
}  // namespace

Object exit(Args args, Kwargs kw) { return call_catalog_method(kSys, def_named(kSysDefs, "exit"), None, args, kw); }
Object getrecursionlimit(Args args, Kwargs kw) { return call_catalog_method(kSys, def_named(kSysDefs, "getrecursionlimit"), None, args, kw); }
Object setrecursionlimit(Args args, Kwargs kw) { return call_catalog_method(kSys, def_named(kSysDefs, "setrecursionlimit"), None, args, kw); }
Object exc_info(Args args, Kwargs kw) { return call_catalog_method(kSys, def_named(kSysDefs, "exc_info"), None, args, kw); }
Object exception(Args args, Kwargs kw) { return call_catalog_method(kSys, def_named(kSysDefs, "exception"), None, args, kw); }
BuiltinFunction exc_info_fn("exc_info", exc_info);
BuiltinFunction exception_fn("exception", exception);
BuiltinFunction exit_fn("exit", exit);
BuiltinFunction getrecursionlimit_fn("getrecursionlimit", getrecursionlimit);
BuiltinFunction setrecursionlimit_fn("setrecursionlimit", setrecursionlimit);
Object get_int_max_str_digits(Args args, Kwargs kw) {
  return call_catalog_method(kSys, def_named(kSysDefs, "get_int_max_str_digits"), None, args, kw);
}
Object set_int_max_str_digits(Args args, Kwargs kw) {
  return call_catalog_method(kSys, def_named(kSysDefs, "set_int_max_str_digits"), None, args, kw);
}
BuiltinFunction get_int_max_str_digits_fn("get_int_max_str_digits", get_int_max_str_digits);
BuiltinFunction set_int_max_str_digits_fn("set_int_max_str_digits", set_int_max_str_digits);

namespace {
// version_info.__repr__: the named tuple's, under the name CPython's structseq prints.
Object version_info_repr(FunctionObject&, const Object* argv) {
  const std::vector<Object>& items = as_tuple(unwrap(argv[0]))->items;
  static const char* const kFields[] = {"major", "minor", "micro", "releaselevel", "serial"};
  std::string out = "sys.version_info(";
  for (size_t i = 0; i < items.size() && i < 5; ++i) {
    out += std::string(i ? ", " : "") + kFields[i] + "=" + aiocc::repr(items[i]);
  }
  return py_str(out + ")");
}
}  // namespace

Object version_info() {
  static Object value = [] {
    namedtuple::Options o;
    o.module = "sys";
    Object cls = namedtuple::make_namedtuple(py_str("version_info"), py_str("major minor micro releaselevel serial"), o);
    aiocc::setattr(cls, "__repr__",
                   make_native_function("__repr__", "version_info.__repr__", {{"self"}}, {}, None, version_info_repr));
    const int* v = cpython_names::kVersionInfo;
    return aiocc::call(cls, {py_int(v[0]), py_int(v[1]), py_int(v[2]), py_str(cpython_names::kReleaseLevel),
                             py_int(cpython_names::kSerial)});
  }();
  return value;
}
Object version() { return py_str(cpython_names::kVersion); }
Object hexversion() { return py_int(static_cast<int64_t>(cpython_names::kHexVersion)); }

}  // namespace aiocc::sys
