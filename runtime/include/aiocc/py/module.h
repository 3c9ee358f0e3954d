// The script's own modules: what the code generated for each one defines, and the import
// machinery (importlib's _find_and_load, _handle_fromlist) for them.
#pragma once

#include <string_view>

#include "aiocc/frame.h"
#include "aiocc/py/object.h"

namespace aiocc {

struct UserModule {
  const char* name;      // its dotted name (__name__)
  const CodeInfo* code;  // its <module> code; code->module: the file, the globals
  void (*body)(Frame&);
  UserModule* parent;    // the package it is in, or null
  bool package;          // a package's __init__.py
  // Every global variable of its code, bound at module level or not (a name set on the
  // module from outside is one its functions may read).
  const GlobalSlot* vars;
  int nvars;
  Object module;         // the module object, while its body runs and once imported
  int state = 0;         // 0: not imported (or its import failed), 1: running its body, 2: imported
};

// `import m`: runs m's body at the first import (its packages' first), with the importer's
// frame current; a module whose body is running (an import cycle) is returned as it is.
Object import_module(UserModule& m);
// `from m import name`: the module's attribute, or its submodule `sub` (null: none),
// imported, or CPython's ImportError.
Object import_from(const Object& module, const char* name, UserModule* sub);
// `from m import *`: the value of a name the module binds, unbound if it is unbound now.
Object module_attr_if_bound(const Object& module, const char* name);
// `import a.b` or `from a.b import x` of a module that does not exist (under a handler of
// ImportError): ModuleNotFoundError for `name`, the first of the dotted names that is missing;
// `not_package`: the plain module that was expected to be a package.
// A module object of the script's (not one of aiocc's modules reached through globals()).
bool is_user_module(const Object& o);

// Is `name` the __name__ of the script or of one of its modules imported so far (rather than
// one of the library's, such as enum's classes)?
bool is_script_module(std::string_view name);

[[noreturn]] void raise_module_not_found(const char* name, const char* not_package = nullptr);

}  // namespace aiocc
