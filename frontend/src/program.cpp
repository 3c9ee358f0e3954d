// The program loader (aiocc/frontend/program.h): finds the modules a script imports as
// CPython's path finder does, parses each once, records in every import statement which
// module it names, and analyzes the modules, each after the ones it imports.
#include "aiocc/frontend/program.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <sstream>

#include "aiocc/frontend/builtins_table.h"
#include "aiocc/frontend/diagnostics.h"
#include "aiocc/frontend/parser.h"
#include "aiocc/frontend/sema.h"

namespace aiocc {
namespace {
namespace fs = std::filesystem;
using namespace ast;

[[noreturn]] void import_error(const Span& at, const std::string& message) {
  throw CompileError(CompileError::Kind::Syntax, at.line, at.col, message);
}

// A handler of the try statement catches an ImportError (the optional-dependency idiom).
bool catches_import_error(const Stmt& st) {
  std::function<bool(const Expr&)> catches = [&](const Expr& e) {
    if (e.kind == ExprKind::Tuple) {
      for (auto& x : e.sub) {
        if (catches(*x)) return true;
      }
      return false;
    }
    return e.kind == ExprKind::Name && (e.str == "ImportError" || e.str == "ModuleNotFoundError" ||
                                        e.str == "Exception" || e.str == "BaseException");
  };
  for (auto& h : st.handlers) {
    if (!h.type || catches(*h.type)) return true;
  }
  return false;
}

std::string parent_name(const std::string& dotted) {
  size_t dot = dotted.rfind('.');
  return dot == std::string::npos ? "" : dotted.substr(0, dot);
}

// `__all__ = [...]` or a tuple of string literals at module level: the names a star import
// binds; nullopt when the module has no __all__.
std::optional<std::vector<std::string>> literal_all(const Module& m) {
  std::optional<std::vector<std::string>> all;
  for (auto& st : m.body) {
    if (st->kind != StmtKind::Assign && st->kind != StmtKind::AnnAssign && st->kind != StmtKind::AugAssign) continue;
    bool names_all = false;
    for (auto& t : st->targets) names_all |= t->kind == ExprKind::Name && t->str == "__all__";
    if (!names_all) continue;
    const Expr* v = st->value.get();
    if (st->kind == StmtKind::AugAssign || !v || (v->kind != ExprKind::List && v->kind != ExprKind::Tuple)) {
      unsupported(st->span, "__all__ that is not a list or tuple of strings");
    }
    all.emplace();
    for (auto& x : v->sub) {
      if (x->kind != ExprKind::Str) unsupported(x->span, "__all__ that is not a list or tuple of strings");
      all->push_back(x->str);
    }
  }
  return all;
}

class Loader {
 public:
  explicit Loader(const std::string& path) : script_(path) {
    // sys.path: the script's directory, then PYTHONPATH's entries.
    search_.push_back(fs::path(path).parent_path());  // "" for the working directory
    if (const char* pp = std::getenv("PYTHONPATH")) {
      std::stringstream ss(pp);
      for (std::string e; std::getline(ss, e, ':');) {
        if (!e.empty()) search_.push_back(e);
      }
    }
  }

  Program run(const std::string& source) {
    add_module("__main__", script_, false, source);
    // Each module's imports, in the order found (breadth-first: new modules join the end).
    for (size_t i = 0; i < prog_.modules.size(); ++i) {
      Module& m = *prog_.modules[i];
      in_module(m, [&] { scan(m, m.body, false); });
    }
    std::vector<int> state(prog_.modules.size(), 0);
    analyze_after_imports(0, state);
    for (size_t i = 0; i < prog_.modules.size(); ++i) {
      if (!state[i]) analyze_after_imports(static_cast<int>(i), state);
    }
    for (const Pending& p : from_names_) {
      Module& m = *prog_.modules[p.module];
      in_module(m, [&] { check_from_name(p); });
    }
    return std::move(prog_);
  }

 private:
  struct Pending {  // `from m import name` of a module of the script, checked after sema
    int module;
    const Stmt* st;
    const ImportName* imp;
    bool guarded;
  };

  std::string script_;
  Program prog_;
  std::vector<fs::path> search_;
  std::map<std::string, int> by_name_;
  std::vector<std::set<int>> deps_;
  std::vector<Pending> from_names_;

  // Runs `f` with errors located in module `m`'s file.
  template <class F>
  void in_module(const Module& m, F&& f) {
    try {
      f();
    } catch (CompileError& e) {
      if (m.index != 0 && e.path.empty()) {
        e.path = m.path;
        e.lines = m.lines;
      }
      throw;
    }
  }

  int add_module(const std::string& name, const fs::path& file, bool package, std::string source = {},
                 bool library = false) {
    auto [it, added] = by_name_.emplace(name, static_cast<int>(prog_.modules.size()));
    if (!added) return it->second;
    if (name != "__main__" && !library) {
      std::ifstream in(file, std::ios::binary);
      std::ostringstream ss;
      ss << in.rdbuf();
      source = ss.str();
    }
    auto m = std::make_unique<Module>();
    try {
      *m = parse_module(file.string(), source);
    } catch (CompileError& e) {
      if (name != "__main__") {
        e.path = file.string();
        e.lines = split_lines(printable_source(source));
      }
      throw;
    }
    m->name = name;
    m->is_package = package;
    m->is_library = library;
    m->index = it->second;
    m->display_path = fs::absolute(file).lexically_normal().string();
    prog_.modules.push_back(std::move(m));
    deps_.emplace_back();
    return it->second;
  }

  // The file of module `dotted` (its parent package already found), as CPython's FileFinder
  // looks: a package directory first, then a module file.
  std::optional<std::pair<fs::path, bool>> find(const std::string& dotted) {
    std::vector<fs::path> dirs;
    std::string parent = parent_name(dotted);
    std::string last = dotted.substr(parent.empty() ? 0 : parent.size() + 1);
    if (parent.empty()) {
      dirs = search_;
    } else {
      auto p = by_name_.find(parent);
      if (p == by_name_.end() || !prog_.modules[p->second]->is_package) return std::nullopt;
      dirs.push_back(fs::path(prog_.modules[p->second]->path).parent_path());
    }
    for (const fs::path& d : dirs) {
      std::error_code ec;
      if (fs::is_regular_file(d / last / "__init__.py", ec)) return std::make_pair(d / last / "__init__.py", true);
      if (fs::is_regular_file(d / (last + ".py"), ec)) return std::make_pair(d / (last + ".py"), false);
    }
    return std::nullopt;
  }

  // One of aiocc's library modules (runtime/lib); user_module loads its package first.
  int library_module(const std::string& dotted) {
    return add_module(dotted, library_path(dotted), is_library_package(dotted), library_source(dotted), true);
  }

  // The module of the script named `dotted` (or of aiocc's library, in a library package),
  // loading it and its packages; -1 if there is none.
  // `probe`: `from pkg import name` asking whether name is a submodule (an attribute else).
  int user_module(const std::string& dotted, const Span& at, bool probe = false) {
    if (auto it = by_name_.find(dotted); it != by_name_.end()) return it->second;
    std::string parent = parent_name(dotted);
    if (parent.empty() && library_source(dotted) && (is_builtin_module(dotted) || !find(dotted))) {
      return library_module(dotted);
    }
    int p = parent.empty() ? -1 : user_module(parent, at);
    if (!parent.empty() && p < 0) return -1;
    if (p >= 0 && prog_.modules[p]->is_library) {
      if (library_source(dotted)) return library_module(dotted);
      if (std::string alias = library_alias(dotted); !alias.empty()) {
        const int m = user_module(alias, at);
        by_name_[dotted] = m;
        return m;
      }
      // A submodule CPython's package has and aiocc's lacks (collections.abc).
      if (prog_.modules[p]->is_package && !probe) unsupported(at, "import " + dotted);
      return -1;
    }
    auto found = find(dotted);
    if (!found) return -1;
    if (parent.empty() && (is_supported_module(dotted) || library_source(dotted))) {
      unsupported(at, "a module of the script named like the standard library's '" + dotted + "'");
    }
    return add_module(dotted, found->first, found->second);
  }

  // Which module an import names: the script's own (its index), aiocc's (-2, left to sema),
  // or none (-1).
  int resolve(const Module& importer, const std::string& dotted, const Span& at) {
    std::string top = dotted.substr(0, dotted.find('.'));
    if (is_private_module(top) && !importer.is_library) return -1;
    if (library_source(top) && (is_builtin_module(top) || !find(top))) return user_module(dotted, at);
    if (is_supported_module(top) && (is_builtin_module(top) || !find(top))) return -2;
    int m = user_module(dotted, at);
    if (m >= 0) return m;
    if (is_stdlib_module(top)) return -2;  // sema refuses it by name
    return -1;
  }

  // The modules of the script among the prefixes of `dotted` (`a`, `a.b`, ...), up to the
  // first that does not exist.
  std::vector<int> found_prefixes(const std::string& dotted) {
    std::vector<int> found;
    for (size_t end = dotted.find('.');; end = dotted.find('.', end + 1)) {
      auto it = by_name_.find(dotted.substr(0, end));
      if (it == by_name_.end()) break;
      found.push_back(it->second);
      if (end == std::string::npos) break;
    }
    return found;
  }

  // ModuleNotFoundError's text for `dotted`, the first missing prefix named.
  std::string missing_message(const std::string& dotted) {
    std::vector<int> found = found_prefixes(dotted);
    std::string message = "No module named '" + first_missing_module(dotted, found.size()) + "'";
    if (!found.empty() && !prog_.modules[found.back()]->is_package) {
      message += "; '" + prog_.modules[found.back()]->name + "' is not a package";
    }
    return message;
  }

  void scan(Module& m, StmtList& body, bool guarded) {
    for (auto& stp : body) {
      Stmt& st = *stp;
      switch (st.kind) {
        case StmtKind::Import: import(m, st, guarded); break;
        case StmtKind::ImportFrom: import_from(m, st, guarded); break;
        case StmtKind::FunctionDef: scan(m, st.func->body, false); break;
        case StmtKind::If:
          // `if TYPE_CHECKING:` imports never run (sema makes them `pass`).
          if (!((st.test->kind == ExprKind::Name || st.test->kind == ExprKind::Attribute) &&
                st.test->str == "TYPE_CHECKING")) {
            scan(m, st.body, guarded);
          }
          scan(m, st.orelse, guarded);
          break;
        case StmtKind::Try:
          scan(m, st.body, guarded || catches_import_error(st));
          for (auto& h : st.handlers) scan(m, h.body, guarded);
          scan(m, st.orelse, guarded);
          scan(m, st.finalbody, guarded);
          break;
        default:
          scan(m, st.body, guarded);
          scan(m, st.orelse, guarded);
          scan(m, st.finalbody, guarded);
          for (auto& h : st.handlers) scan(m, h.body, guarded);
          for (auto& c : st.cases) scan(m, c.body, guarded);
          break;
      }
    }
  }

  // An import of aiocc's module `dotted` written in C++: the library modules CPython's imports.
  void add_implied_imports(Module& m, Stmt& st, const std::string& dotted, const Span& at) {
    for (const std::string& name : implied_library_imports(dotted.substr(0, dotted.find('.')))) {
      const int k = user_module(name, at);
      st.implied_modules.push_back(k);
      deps_[m.index].insert(k);
    }
  }

  void import(Module& m, Stmt& st, bool guarded) {
    for (ImportName& imp : st.imports) {
      int k = resolve(m, imp.name, imp.span);
      if (k == -2) {
        add_implied_imports(m, st, imp.name, imp.span);
        continue;
      }
      if (k == -1) {
        if (!guarded) import_error(imp.span, missing_message(imp.name));
        imp.missing = true;
        imp.modules = found_prefixes(imp.name);
        continue;
      }
      if (prog_.modules[k]->is_library) {
        m.library_imports[imp.asname.empty() ? imp.name : imp.asname] = prog_.modules[k].get();
      }
      // `import a.b.c` imports a, a.b and a.b.c (and binds a, or the last as its alias).
      for (std::string prefix = imp.name;; prefix = parent_name(prefix)) {
        imp.modules.insert(imp.modules.begin(), by_name_.at(prefix));
        if (parent_name(prefix).empty()) break;
      }
      deps_[m.index].insert(k);
    }
  }

  void import_from(Module& m, Stmt& st, bool guarded) {
    std::string base = st.module;
    if (st.level > 0) {
      // The package the module is in (itself, for a package's __init__), up `level - 1`.
      std::string pkg = m.is_package ? m.name : m.name == "__main__" ? "" : parent_name(m.name);
      if (pkg.empty()) import_error(st.span, "attempted relative import with no known parent package");
      for (int i = 1; i < st.level; ++i) {
        pkg = parent_name(pkg);
        if (pkg.empty()) import_error(st.span, "attempted relative import beyond top-level package");
      }
      base = st.module.empty() ? pkg : pkg + "." + st.module;
    }
    int k = st.level > 0 ? user_module(base, st.span) : resolve(m, base, st.span);
    if (k == -2) {
      if (st.imports.size() == 1 && st.imports[0].name == "*") unsupported(st.span, "from " + base + " import *");
      add_implied_imports(m, st, base, st.span);
      return;
    }
    if (k == -1) {
      if (!guarded) import_error(st.span, missing_message(base));
      st.from_missing = true;
      st.module = base;
      st.from_found = found_prefixes(base);
      return;
    }
    st.module = base;
    st.level = 0;
    st.from_module = k;
    deps_[m.index].insert(k);
    for (ImportName& imp : st.imports) {
      if (imp.name == "*") continue;
      if (prog_.modules[k]->is_package) {
        int sub = user_module(base + "." + imp.name, imp.span, true);
        if (sub >= 0) {
          imp.modules.push_back(sub);
          deps_[m.index].insert(sub);
        }
      }
      from_names_.push_back({m.index, &st, &imp, guarded});
    }
  }

  // Sema of module `i` after the modules it imports (a module in an import cycle may come
  // before one it imports).
  void analyze_after_imports(int i, std::vector<int>& state) {
    state[i] = 1;
    for (int d : deps_[i]) {
      if (!state[d]) analyze_after_imports(d, state);
    }
    Module& m = *prog_.modules[i];
    in_module(m, [&] {
      fill_star_names(m, m.body, state);
      analyze(m);
    });
    state[i] = 2;
  }

  void fill_star_names(Module& m, StmtList& body, const std::vector<int>& state) {
    for (auto& st : body) {
      if (st->kind == StmtKind::ImportFrom && st->from_module >= 0 && st->imports[0].name == "*") {
        const Module& t = *prog_.modules[st->from_module];
        if (state[t.index] != 2) unsupported(st->span, "from " + t.name + " import * in an import cycle");
        if (auto all = literal_all(t)) {
          st->star_names = *all;
        } else {
          for (const std::string& n : t.bindings) {
            if (n[0] != '_') st->star_names.push_back(n);
          }
        }
      }
      fill_star_names(m, st->body, state);
      fill_star_names(m, st->orelse, state);
      fill_star_names(m, st->finalbody, state);
      for (auto& h : st->handlers) fill_star_names(m, h.body, state);
      for (auto& c : st->cases) fill_star_names(m, c.body, state);
    }
  }

  // `from m import x` where m never binds x and has no submodule x: CPython's ImportError,
  // refused at compile time unless a handler of ImportError is around the import.
  void check_from_name(const Pending& p) {
    const Module& t = *prog_.modules[p.st->from_module];
    if (!p.imp->modules.empty()) return;
    for (const std::string& n : t.bindings) {
      if (n == p.imp->name) return;
    }
    if (p.imp->name == "__name__" || p.imp->name == "__doc__" || p.imp->name == "__file__") return;
    if (t.is_library && cpython_module_has(t.name, p.imp->name)) unsupported(p.imp->span, t.name + "." + p.imp->name);
    if (!p.guarded) {
      import_error(p.imp->span, "cannot import name '" + p.imp->name + "' from '" + t.name + "' (" +
                                    t.display_path + ")");
    }
  }
};

}  // namespace

std::string first_missing_module(const std::string& dotted, size_t found) {
  size_t end = dotted.find('.');
  for (size_t i = 0; i < found && end != std::string::npos; ++i) end = dotted.find('.', end + 1);
  return dotted.substr(0, end);
}

Program load_program(const std::string& path, const std::string& source) {
  return Loader(path).run(source);
}

}  // namespace aiocc
