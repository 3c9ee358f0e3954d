// A program: the script and the modules and packages of its own that it imports, found as
// CPython's path finder finds them (the script's directory, then PYTHONPATH), parsed and
// analyzed, each once. The standard library's modules are not here: aiocc's own (the builtin
// table) serve their imports.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "aiocc/frontend/ast.h"

namespace aiocc {

struct Program {
  // modules[0] is the script (__main__); the others in the order they were found. Each
  // module's `index` is its position here; the import statements name modules by index.
  std::vector<std::unique_ptr<ast::Module>> modules;
};

// Loads the script at `path` (whose contents are `source`) and everything it imports, then
// analyzes each module (sema). Throws CompileError, with `path` and `lines` set when the error
// is in another file than the script.
Program load_program(const std::string& path, const std::string& source);

// The first missing module of the dotted name `dotted` whose first `found` prefixes exist
// (`a.b` for `a.b.c` when only `a` does): what ModuleNotFoundError names.
std::string first_missing_module(const std::string& dotted, size_t found);

// aiocc's library modules written in Python (runtime/lib/NAME.py, compiled into the runtime):
// the source of `name`, or null if it is not one.
const char* library_source(const std::string& name);
// Is library module `name` a package in CPython (collections/__init__.py)?
bool is_library_package(const std::string& name);
// A library submodule that is another module under a second name, as CPython's os puts
// posixpath in sys.modules as os.path: that module's name, or "".
std::string library_alias(const std::string& dotted);
// The library modules (runtime/lib) CPython's module `name` imports when aiocc's is written in
// C++ (typing: collections.abc, whose classes its aliases stand for).
std::vector<std::string> implied_library_imports(const std::string& name);
// The file CPython 3.11 has for library module `name` (what __file__ and tracebacks show).
std::string library_path(const std::string& name);
// The C++ namespace of library module `name`'s code in the runtime (aiocc::lib::m_random).
std::string library_namespace(const std::string& name);
// aiocc's private modules (`_aiocc`): only its library modules may import them.
bool is_private_module(const std::string& name);

// Is `name` (a top-level module name) one of CPython 3.11's sys.stdlib_module_names?
bool is_stdlib_module(const std::string& name);
// A module built into CPython's interpreter (sys.builtin_module_names): a file of the script
// with its name never shadows it.
bool is_builtin_module(const std::string& name);

}  // namespace aiocc
