// The names of sys that runtime/lib/_aiocc_sys.py holds (the search path, the flags, the struct
// sequences...): the frontend's table binds `sys.NAME` to lib_value("NAME"). A program that
// names one links this file, and with it _aiocc_sys; others do not.
#include "aiocc/py/builtins.h"
#include "aiocc/py/module.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/set.h"
#include "aiocc/py/str.h"
#include "cpython_names.h"

namespace aiocc::lib::m__aiocc_sys {
extern aiocc::UserModule kUserModule;
}

namespace aiocc::sys {

Object lib_value(const char* name) { return getattr(import_module(lib::m__aiocc_sys::kUserModule), name); }

Object builtin_module_names() {
  static const Object* names = [] {
    std::vector<Object> items;
    for (const char* n : cpython_names::kBuiltinModuleNames) items.push_back(py_str(n));
    return new Object(py_tuple(std::move(items)));
  }();
  return *names;
}

Object stdlib_module_names() {
  static const Object* names = [] {
    std::vector<Object> items;
    for (const char* n : cpython_names::kStdlibModuleNames) items.push_back(py_str(n));
    return new Object(py_frozenset(items));
  }();
  return *names;
}

}  // namespace aiocc::sys
