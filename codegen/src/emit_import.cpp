// Imports of the script's own modules: each runs the module's body at its first import
// (aiocc/py/module.h) and binds names as CPython's IMPORT_NAME/IMPORT_FROM do. Imports of
// aiocc's modules (asyncio, typing...) are resolved at compile time and write nothing here.
#include "aiocc/frontend/builtins_table.h"
#include "emitter.h"
#include "names.h"

namespace aiocc::codegen {

// ---- imports of the script's own modules (aiocc/py/module.h) ---------------------------------
std::string Emitter::module_value(const std::string& module) {
  const std::string table = "kModuleAttrs_" + module;
  int count = 0;
  std::string rows;
  for (int i = 0; i < builtin_count(); ++i) {
    const BuiltinEntry& b = builtin_entry(i);
    if (b.module != module) continue;
    rows += "    {" + names::string_literal(b.name) + ", nullptr, [] { return aiocc::Object(" + b.value + "); }},\n";
    ++count;
  }
  if (module_tables_made_.insert(module).second) {
    module_tables_ += "const aiocc::GlobalSlot " + table + "[] = {\n" + rows + "};\n";
  }
  return "aiocc::builtins::module_value(" + names::string_literal(module) + ", " + table + ", " + std::to_string(count) + ")";
}

std::string Emitter::user_module(int index) const {
  if (program_[index]->is_library) return library_namespace(program_[index]->name) + "::kUserModule";
  return "mod" + std::to_string(index) + "::kUserModule";
}

// The ModuleNotFoundError of a dotted name whose modules `found` (a prefix of it) exist.
void Emitter::raise_missing(const std::string& dotted, const std::vector<int>& found) {
  const std::string missing = first_missing_module(dotted, found.size());
  for (int k : found) line("aiocc::import_module(" + user_module(k) + ");");
  std::string not_package = "nullptr";
  if (!found.empty() && !program_[found.back()]->is_package) {
    not_package = names::string_literal(program_[found.back()]->name);
  }
  line("aiocc::raise_module_not_found(" + names::string_literal(missing) + ", " + not_package + ");");
}

// The library modules CPython's counterpart of an aiocc module written in C++ imports.
void Emitter::implied_imports(const Stmt& s) {
  if (s.implied_modules.empty()) return;
  set_pos(line_pos(s.span));
  for (int k : s.implied_modules) line("aiocc::import_module(" + user_module(k) + ");");
}

void Emitter::import_stmt(const Stmt& s) {
  implied_imports(s);
  for (const ImportName& imp : s.imports) {
    if (imp.modules.empty() && !imp.missing) continue;  // one of aiocc's modules: resolved statically
    set_pos(line_pos(s.span));
    if (imp.missing) {
      raise_missing(imp.name, imp.modules);
      continue;
    }
    line("aiocc::import_module(" + user_module(imp.modules.back()) + ");");
    // `import a.b` binds a; `import a.b as c` binds a.b.
    int bound = imp.asname.empty() ? imp.modules.front() : imp.modules.back();
    store_name(imp.asname.empty() ? imp.name.substr(0, imp.name.find('.')) : imp.asname, user_module(bound) + ".module");
  }
}

void Emitter::import_from_stmt(const Stmt& s) {
  set_pos(line_pos(s.span));
  if (s.from_missing) {
    raise_missing(s.module, s.from_found);
    return;
  }
  open("");
  line("aiocc::Object _mod = aiocc::import_module(" + user_module(s.from_module) + ");");
  if (s.imports[0].name == "*") {
    for (const std::string& n : s.star_names) {
      open("if (aiocc::Object _v = aiocc::module_attr_if_bound(_mod, " + names::string_literal(n) + "); !_v.is_unbound())");
      store_name(n, "_v");
      close();
    }
  } else {
    for (const ImportName& imp : s.imports) {
      std::string sub = imp.modules.empty() ? "nullptr" : "&" + user_module(imp.modules[0]);
      store_name(imp.asname.empty() ? imp.name : imp.asname,
                 "aiocc::import_from(_mod, " + names::string_literal(imp.name) + ", " + sub + ")");
    }
  }
  close();
}

}  // namespace aiocc::codegen
