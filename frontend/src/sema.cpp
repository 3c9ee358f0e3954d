// Semantic analysis: the run, `from __future__` imports and pass 1 (see sema_analyzer.h).
#include "aiocc/frontend/sema.h"
#include "sema_analyzer.h"

namespace aiocc::semantic {

void Analyzer::run() {
  future_imports();
  mangle_private_names(m_.body);
  NestingChecked nesting_checked;
  check_block_nesting(m_.body, 0, nesting_checked);
  Scope module_scope;
  declare_block(m_.body, module_scope);
  if (has_annotations(m_.body)) bind_name(module_scope, "__annotations__", Span{1, 0, 1, 0});
  module_ = &module_scope;
  for (auto& name : module_scope.bound) {
    if (!module_scope.module_aliases.count(name)) m_globals_.push_back(name);
  }
  count_module_bindings(m_.body);
  // Module objects are not values in aiocc: a name that is a module only where it is read.
  for (auto& [name, module] : module_scope.module_aliases) {
    if (module_binding_count_[name] > 1) {
      unsupported(module_scope.defined.at(name), "binding the imported module name '" + name + "' to something else");
    }
  }
  std::vector<Scope*> chain{&module_scope};
  Ctx ctx;
  for (top_index_ = 0; top_index_ < m_.body.size(); ++top_index_) {
    resolve_stmt(*m_.body[top_index_], chain, ctx);
  }
  find_never_suspending();
  check_loop_method_uses();
  collect_syntax_warnings();
  m_.bindings = module_scope.bound;
  m_.analyzed = true;
  m_.import_entries = module_scope.import_entries;
  m_.module_aliases = module_scope.module_aliases;
  m_.scope.kind = ScopeKind::Module;
  for (auto& name : m_globals_) {
    auto d = module_scope.defined.find(name);
    Symbol sym{name, Binding::Global, d == module_scope.defined.end() ? Span{} : d->second};
    sym.rebound = module_binding_count_[name] > 1;
    m_.scope.symbols.push_back(sym);
  }
}

// `from __future__ import ...` statements: only at the top of the module (after the
// docstring), only CPython's features; `annotations` makes annotations strings. They bind
// no variable aiocc provides, so they become `pass`.
void Analyzer::future_imports() {
  static const std::set<std::string> features = {
      "nested_scopes", "generators", "division", "absolute_import", "with_statement",
      "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations"};
  bool leading = true;
  for (size_t i = 0; i < m_.body.size(); ++i) {
    Stmt& st = *m_.body[i];
    bool docstring = i == 0 && st.kind == StmtKind::Expr && st.value->kind == ExprKind::Str;
    bool future = st.kind == StmtKind::ImportFrom && st.module == "__future__";
    if (future && !leading) syntax_error(st.span, "from __future__ imports must occur at the beginning of the file");
    if (!docstring && !future) leading = false;
    if (!future) continue;
    for (auto& imp : st.imports) {
      if (!features.count(imp.name)) syntax_error(imp.span, "future feature " + imp.name + " is not defined");
      if (imp.name == "barry_as_FLUFL") unsupported(imp.span, "from __future__ import barry_as_FLUFL");
      if (imp.name == "annotations") m_.future_annotations = true;
      future_names_.insert(imp.asname.empty() ? imp.name : imp.asname);
    }
    st.kind = StmtKind::Pass;
  }
}

// Does a module or class body annotate a name (SETUP_ANNOTATIONS)? Nested defs and classes
// have their own.
bool Analyzer::has_annotations(const StmtList& body) { return contains_statement(body, StmtKind::AnnAssign); }

void Analyzer::bind_name(Scope& s, const std::string& n, const Span& where) {
  if (contains(s.bound, n)) {
    s.rebound.insert(n);
  } else {
    s.bound.push_back(n);
    s.defined[n] = where;
  }
}

void Analyzer::bind_target(const Expr& t, Scope& s) {
  switch (t.kind) {
    case ExprKind::Name: bind_name(s, t.str, t.span); break;
    case ExprKind::Tuple:
    case ExprKind::List:
      for (auto& x : t.sub) bind_target(*x, s);
      break;
    case ExprKind::Starred: bind_target(*t.sub[0], s); break;
    default: break;
  }
}

void Analyzer::declare_block(const StmtList& body, Scope& s) {
  for (auto& st : body) {
    declare_stmt(*st, s);
    for (Expr* x : {st->value.get(), st->test.get(), st->cause.get()}) {
      if (x) declare_named(*x, s);
    }
    for (auto& item : st->items) declare_named(*item.context, s);
  }
}

// `name := value` binds `name` in the enclosing function, even inside a comprehension.
void Analyzer::declare_named(const Expr& e, Scope& s) {
  if (e.kind == ExprKind::Lambda) return;
  if (e.kind == ExprKind::NamedExpr) bind_name(s, e.sub[0]->str, e.sub[0]->span);
  for (auto& x : e.sub) {
    if (x) declare_named(*x, s);
  }
  for (auto& k : e.keywords) declare_named(*k.value, s);
  for (auto& g : e.generators) {
    declare_named(*g.iter, s);
    for (auto& c : g.ifs) declare_named(*c, s);
  }
}

void Analyzer::declare_stmt(Stmt& st, Scope& s) {
  switch (st.kind) {
    case StmtKind::Assign:
    case StmtKind::AugAssign:
      for (auto& t : st.targets) bind_target(*t, s);
      break;
    case StmtKind::AnnAssign:
      // `x: int` binds nothing, but in a function it still makes x a local.
      if (st.value || (s.func && st.simple)) bind_target(*st.targets[0], s);
      break;
    case StmtKind::For:
      bind_target(*st.targets[0], s);
      declare_block(st.body, s);
      declare_block(st.orelse, s);
      break;
    case StmtKind::Del:
      for (auto& t : st.targets) bind_target(*t, s);
      break;
    case StmtKind::If:
      if (is_type_checking(*st.test, s)) skip_imports(st.body, s);
      declare_block(st.body, s);
      declare_block(st.orelse, s);
      break;
    case StmtKind::While:
      declare_block(st.body, s);
      declare_block(st.orelse, s);
      break;
    case StmtKind::Try:
      declare_block(st.body, s);
      for (auto& h : st.handlers) {
        if (!h.name.empty()) bind_name(s, h.name, h.span);
        declare_block(h.body, s);
      }
      declare_block(st.orelse, s);
      declare_block(st.finalbody, s);
      break;
    case StmtKind::Match:
      for (auto& c : st.cases) {
        for (auto& [name, where] : pattern_names(*c.pattern)) bind_name(s, name, where);
        if (c.guard) declare_named(*c.guard, s);
        declare_block(c.body, s);
      }
      break;
    case StmtKind::With:
      for (auto& item : st.items) {
        if (item.target) bind_target(*item.target, s);
      }
      declare_block(st.body, s);
      break;
    case StmtKind::FunctionDef:
      bind_name(s, st.binds(), st.span);
      break;
    case StmtKind::ClassDef:
      bind_name(s, st.binds(), st.span);
      break;
    case StmtKind::Global:
      for (auto& n : st.names) {
        if (contains(s.bound, n)) {
          syntax_error(st.span, "name '" + n + "' is assigned to before global declaration");
        }
        add_unique(s.globals, n);
      }
      break;
    case StmtKind::Nonlocal:
      if (!s.func) syntax_error(st.span, "nonlocal declaration not allowed at module level");
      for (auto& n : st.names) add_unique(s.nonlocals, n);
      break;
    case StmtKind::Import:
      for (auto& imp : st.imports) {
        // A module of the script (or a missing one, under a handler of ImportError): the
        // name is a variable bound to the module object, `import a.b` binding `a`.
        if (!imp.modules.empty() || imp.missing) {
          bind_name(s, imp.asname.empty() ? imp.name.substr(0, imp.name.find('.')) : imp.asname, imp.span);
          continue;
        }
        if (!is_supported_module(imp.name)) unsupported(imp.span, "import " + imp.name);
        std::string local = imp.asname.empty() ? imp.name : imp.asname;
        // The same import again binds the same module: the name stays the module.
        if (auto same = s.module_aliases.find(local); same != s.module_aliases.end() && same->second == imp.name) continue;
        s.module_aliases[local] = imp.name;
        bind_name(s, local, imp.span);
      }
      break;
    case StmtKind::ImportFrom:
      if (st.from_module >= 0 || st.from_missing) {
        if (st.imports[0].name == "*") {
          if (s.func) syntax_error(st.span, "import * only allowed at module level");
          for (const std::string& n : st.star_names) bind_name(s, n, st.span);
          break;
        }
        for (auto& imp : st.imports) bind_name(s, imp.asname.empty() ? imp.name : imp.asname, imp.span);
        break;
      }
      if (!is_supported_module(st.module)) unsupported(st.span, "from " + st.module + " import");
      for (auto& imp : st.imports) {
        int e = find_builtin(st.module, imp.name);
        if (e < 0) unsupported(imp.span, st.module + "." + imp.name);
        std::string local = imp.asname.empty() ? imp.name : imp.asname;
        if (auto same = s.import_entries.find(local); same != s.import_entries.end() && same->second == e) continue;
        s.import_entries[local] = e;
        bind_name(s, local, imp.span);
      }
      break;
    default: break;
  }
}

// typing.TYPE_CHECKING, as a name imported from typing or an attribute of the module.
bool Analyzer::is_type_checking(const Expr& test, const Scope& s) const {
  static const int entry = find_builtin("typing", "TYPE_CHECKING");
  if (test.kind == ExprKind::Name) {
    for (const Scope* sc : {&s, static_cast<const Scope*>(module_)}) {
      if (!sc) continue;
      auto it = sc->import_entries.find(test.str);
      if (it != sc->import_entries.end()) return it->second == entry;
      if (contains(sc->bound, test.str)) return false;
    }
    return false;
  }
  if (test.kind != ExprKind::Attribute || test.str != "TYPE_CHECKING" || test.sub[0]->kind != ExprKind::Name) {
    return false;
  }
  for (const Scope* sc : {&s, static_cast<const Scope*>(module_)}) {
    if (!sc) continue;
    auto it = sc->module_aliases.find(test.sub[0]->str);
    if (it != sc->module_aliases.end()) return it->second == "typing";
  }
  return false;
}

// The imports of an `if TYPE_CHECKING:` body are for type checkers: CPython never runs them
// (TYPE_CHECKING is False), so a module aiocc lacks is no reason to refuse the script. Each
// becomes `pass` whose names are bound but never assigned: using one is a NameError, as in
// CPython.
void Analyzer::skip_imports(StmtList& body, Scope& s) {
  for (auto& st : body) {
    if (st->kind != StmtKind::Import && st->kind != StmtKind::ImportFrom) continue;
    for (auto& imp : st->imports) {
      // `import a.b` binds `a`.
      std::string local = !imp.asname.empty() ? imp.asname : imp.name.substr(0, imp.name.find('.'));
      if (local != "*") bind_name(s, local, imp.span);
    }
    st->kind = StmtKind::Pass;
  }
}

void Analyzer::count_module_bindings(const StmtList& body) {
  // How often each module-level name is (re)bound anywhere, including through `global`.
  std::function<void(const Expr&)> count_target = [&](const Expr& t) {
    if (t.kind == ExprKind::Name) ++module_binding_count_[t.str];
    for (auto& x : t.sub) {
      if (x && (t.kind == ExprKind::Tuple || t.kind == ExprKind::List || t.kind == ExprKind::Starred)) count_target(*x);
    }
  };
  std::function<void(const StmtList&, bool, const std::vector<std::string>&)> walk =
      [&](const StmtList& b, bool at_module, const std::vector<std::string>& globals) {
        for (auto& st : b) {
          auto counts = [&](const std::string& n) { return at_module || contains(globals, n); };
          switch (st->kind) {
            case StmtKind::Assign:
            case StmtKind::AugAssign:
            case StmtKind::AnnAssign:
            case StmtKind::Del:
              if (st->kind == StmtKind::AnnAssign && !st->value) break;
              for (auto& t : st->targets) {
                if (t->kind == ExprKind::Name && !counts(t->str)) continue;
                if (t->kind == ExprKind::Name || at_module) count_target(*t);
              }
              break;
            case StmtKind::For:
              if (at_module) count_target(*st->targets[0]);
              walk(st->body, at_module, globals);
              walk(st->orelse, at_module, globals);
              break;
            case StmtKind::FunctionDef: {
              // A decorated def binds whatever its decorators return: never a direct call.
              if (counts(st->func->name)) {
                ++module_binding_count_[st->func->name];
                if (at_module && st->decorators.empty()) module_defs_[st->func->name] = st->func.get();
                if (at_module && &b == &m_.body) module_def_index_[st->func->name] = &st - &b[0];
              }
              std::vector<std::string> g;
              for (auto& s2 : st->func->body) {
                if (s2->kind == StmtKind::Global) g.insert(g.end(), s2->names.begin(), s2->names.end());
              }
              walk(st->func->body, false, g);
              break;
            }
            case StmtKind::If:
            case StmtKind::While:
              walk(st->body, at_module, globals);
              walk(st->orelse, at_module, globals);
              break;
            case StmtKind::Try:
              walk(st->body, at_module, globals);
              for (auto& h : st->handlers) {
                if (!h.name.empty() && counts(h.name)) ++module_binding_count_[h.name];
                walk(h.body, at_module, globals);
              }
              walk(st->orelse, at_module, globals);
              walk(st->finalbody, at_module, globals);
              break;
            case StmtKind::Match:
              for (auto& c : st->cases) {
                for (auto& [name, where] : pattern_names(*c.pattern)) {
                  if (counts(name)) ++module_binding_count_[name];
                }
                walk(c.body, at_module, globals);
              }
              break;
            case StmtKind::With:
              for (auto& item : st->items) {
                if (item.target && at_module) count_target(*item.target);
              }
              walk(st->body, at_module, globals);
              break;
            case StmtKind::ClassDef:
              if (counts(st->names[0])) ++module_binding_count_[st->names[0]];
              walk(st->body, false, {});  // its methods may rebind globals
              break;
            case StmtKind::Import:
            case StmtKind::ImportFrom:
              for (auto& imp : st->imports) {
                std::string local = imp.asname.empty() ? imp.name : imp.asname;
                // Importing the same thing under the same name again rebinds nothing new.
                std::string what = st->kind == StmtKind::Import ? imp.name : st->module + "." + imp.name;
                if (!at_module || !counts(local)) {
                  if (counts(local)) ++module_binding_count_[local];
                } else if (auto [it, first] = module_imports_.emplace(local, what); first || it->second != what) {
                  ++module_binding_count_[local];
                }
              }
              break;
            default: break;
          }
        }
      };
  walk(body, true, {});
}

}  // namespace aiocc::semantic

namespace aiocc {

void analyze(ast::Module& module) {
  semantic::Analyzer(module).run();
  semantic::infer_types(module);
}

}  // namespace aiocc
