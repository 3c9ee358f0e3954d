#include "aiocc/frontend/sema.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "aiocc/frontend/builtins_table.h"
#include "aiocc/frontend/diagnostics.h"
#include "unparse.h"

namespace aiocc {
namespace {

using namespace ast;

bool contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}
void add_unique(std::vector<std::string>& v, const std::string& s) {
  if (!contains(v, s)) v.push_back(s);
}

// Per-scope facts gathered by the declare pass.
struct Scope {
  Function* func = nullptr;  // null for the module
  std::vector<std::string> bound;     // names bound in this scope, in first-binding order
  std::map<std::string, Span> defined;  // where each was first bound
  std::set<std::string> rebound;      // names bound again after their first binding (params)
  std::vector<std::string> globals;   // declared global
  std::vector<std::string> nonlocals; // declared nonlocal
  std::map<std::string, std::string> module_aliases;  // local name -> module ("aio" -> asyncio)
  std::map<std::string, int> import_entries;          // from-imports: name -> builtin entry
  std::vector<std::string> cellvars;  // locals captured by inner functions
  std::vector<std::string> freevars;  // variables of enclosing functions used here
  // For a function defined inside comprehensions: their targets (name -> binding generator),
  // innermost last. The function reads them as free variables (the comprehension makes cells).
  std::vector<std::map<std::string, Comprehension*>> outer_comps;
};

class Analyzer {
 public:
  explicit Analyzer(Module& m) : m_(m) {}

  void run() {
    future_imports();
    Scope module_scope;
    declare_block(m_.body, module_scope);
    if (has_annotations(m_.body)) bind_name(module_scope, "__annotations__", Span{1, 0, 1, 0});
    module_ = &module_scope;
    for (auto& name : module_scope.bound) {
      if (!module_scope.module_aliases.count(name)) m_globals_.push_back(name);
    }
    count_module_bindings(m_.body);
    std::vector<Scope*> chain{&module_scope};
    Ctx ctx;
    for (top_index_ = 0; top_index_ < m_.body.size(); ++top_index_) {
      resolve_stmt(*m_.body[top_index_], chain, ctx);
    }
    m_.scope.kind = ScopeKind::Module;
    for (auto& name : m_globals_) {
      auto d = module_scope.defined.find(name);
      Symbol sym{name, Binding::Global, d == module_scope.defined.end() ? Span{} : d->second};
      sym.rebound = module_binding_count_[name] > 1;
      m_.scope.symbols.push_back(sym);
    }
  }

 private:
  Module& m_;
  Scope* module_ = nullptr;
  std::map<Function*, Scope> scopes_;
  std::map<std::string, int> module_binding_count_;
  std::map<std::string, Function*> module_defs_;
  std::map<std::string, size_t> module_def_index_;  // module-level def name -> its statement
  std::vector<std::string> m_globals_;              // module-level variables, in binding order
  size_t top_index_ = 0;                            // the module statement being resolved
  bool in_function_ = false;                        // resolving a function body
  std::set<std::string> future_names_;              // names of `from __future__ import` features

  // `from __future__ import ...` statements: only at the top of the module (after the
  // docstring), only CPython's features; `annotations` makes annotations strings. They bind
  // no variable aiocc provides, so they become `pass`.
  void future_imports() {
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
  static bool has_annotations(const StmtList& body) {
    for (auto& st : body) {
      if (st->kind == StmtKind::AnnAssign) return true;
      if (st->kind == StmtKind::FunctionDef || st->kind == StmtKind::ClassDef) continue;
      if (has_annotations(st->body) || has_annotations(st->orelse) || has_annotations(st->finalbody)) return true;
      for (auto& c : st->cases) {
        if (has_annotations(c.body)) return true;
      }
      for (auto& h : st->handlers) {
        if (has_annotations(h.body)) return true;
      }
    }
    return false;
  }

  // ---- pass 1: declare --------------------------------------------------------------------
  static void bind_name(Scope& s, const std::string& n, const Span& where) {
    if (contains(s.bound, n)) {
      s.rebound.insert(n);
    } else {
      s.bound.push_back(n);
      s.defined[n] = where;
    }
  }

  void bind_target(const Expr& t, Scope& s) {
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

  void declare_block(const StmtList& body, Scope& s) {
    for (auto& st : body) {
      declare_stmt(*st, s);
      for (Expr* x : {st->value.get(), st->test.get(), st->cause.get()}) {
        if (x) declare_named(*x, s);
      }
      for (auto& item : st->items) declare_named(*item.context, s);
    }
  }

  // `name := value` binds `name` in the enclosing function, even inside a comprehension.
  void declare_named(const Expr& e, Scope& s) {
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

  void declare_stmt(Stmt& st, Scope& s) {
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
        bind_name(s, st.func->name, st.span);
        break;
      case StmtKind::ClassDef:
        bind_name(s, st.names[0], st.span);
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
          if (!is_supported_module(imp.name)) unsupported(imp.span, "import " + imp.name);
          std::string local = imp.asname.empty() ? imp.name : imp.asname;
          s.module_aliases[local] = imp.name;
          bind_name(s, local, imp.span);
        }
        break;
      case StmtKind::ImportFrom:
        if (!is_supported_module(st.module)) unsupported(st.span, "from " + st.module + " import");
        for (auto& imp : st.imports) {
          int e = find_builtin(st.module, imp.name);
          if (e < 0) unsupported(imp.span, st.module + "." + imp.name);
          std::string local = imp.asname.empty() ? imp.name : imp.asname;
          s.import_entries[local] = e;
          bind_name(s, local, imp.span);
        }
        break;
      default: break;
    }
  }

  void count_module_bindings(const StmtList& body) {
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
                  if (counts(local)) ++module_binding_count_[local];
                }
                break;
              default: break;
            }
          }
        };
    walk(body, true, {});
  }

  // ---- pass 2: resolve ----------------------------------------------------------------------
  struct Ctx {
    int loop_depth = 0;
    bool in_function = false;
    bool in_async = false;
    bool in_lambda = false;
    Function* func = nullptr;                          // the innermost function, if any
    std::vector<std::map<std::string, Comprehension*>> comp_targets;  // innermost last
    // In a class body: the class's name, qualified name and whether super() can find it.
    bool in_class = false;
    std::string class_name, class_qualname;
    bool class_at_module_level = false;
  };

  Scope& scope_of(Function* f) {
    auto it = scopes_.find(f);
    if (it != scopes_.end()) return it->second;
    Scope& s = scopes_[f];
    s.func = f;
    for (auto& p : f->params) bind_name(s, p.name, p.span);
    s.rebound.clear();  // duplicate parameter names are a syntax error found by the builder
    declare_block(f->body, s);
    for (auto& n : s.globals) {
      if (contains(s.nonlocals, n)) syntax_error(f->span, "name '" + n + "' is nonlocal and global");
    }
    return s;
  }

  // Is `name` a plain local of the function owning `s`?
  static bool is_local(const Scope& s, const std::string& name) {
    return contains(s.bound, name) && !contains(s.globals, name) && !contains(s.nonlocals, name);
  }

  void resolve_name(Expr& e, std::vector<Scope*>& chain, Ctx& ctx) {
    const std::string& name = e.str;
    for (auto it = ctx.comp_targets.rbegin(); it != ctx.comp_targets.rend(); ++it) {
      if (it->count(name)) {
        e.binding = Binding::CompLocal;
        return;
      }
    }
    Scope& cur = *chain.back();
    if (cur.func) {
      if (contains(cur.globals, name)) {
        resolve_global(e, name);
        return;
      }
      if (is_local(cur, name)) {
        e.binding = contains(cur.cellvars, name) ? Binding::Cell : Binding::Local;
        return;
      }
      // Comprehension targets around a function's definition, then enclosing functions' locals
      // (not the module's), from the inside out.
      for (size_t i = chain.size(); i-- > 1;) {
        Scope& sc = *chain[i];
        if (i + 1 < chain.size()) {
          if (contains(sc.globals, name)) break;
          if (is_local(sc, name)) {
            add_unique(sc.cellvars, name);
            for (size_t j = i + 1; j < chain.size(); ++j) add_unique(chain[j]->freevars, name);
            e.binding = Binding::Free;
            return;
          }
        }
        for (auto it = sc.outer_comps.rbegin(); it != sc.outer_comps.rend(); ++it) {
          auto found = it->find(name);
          if (found == it->end()) continue;
          add_unique(found->second->captured, name);
          for (size_t j = i; j < chain.size(); ++j) add_unique(chain[j]->freevars, name);
          e.binding = Binding::Free;
          return;
        }
      }
      if (contains(cur.nonlocals, name)) {
        syntax_error(e.span, "no binding for nonlocal '" + name + "' found");
      }
    }
    resolve_global(e, name);
  }

  void resolve_global(Expr& e, const std::string& name) {
    auto alias = module_->module_aliases.find(name);
    if (alias != module_->module_aliases.end() && module_binding_count_[name] <= 1) {
      e.binding = Binding::Module;
      e.str = alias->second;
      return;
    }
    auto imp = module_->import_entries.find(name);
    if (imp != module_->import_entries.end() && module_binding_count_[name] <= 1) {
      e.binding = Binding::Builtin;
      e.entry = imp->second;
      return;
    }
    if (contains(m_globals_, name)) {
      e.binding = Binding::Global;
      auto d = module_defs_.find(name);
      if (d != module_defs_.end() && module_binding_count_[name] == 1) {
        e.direct = d->second;
        // Bound for sure: read by module-level code after the def statement itself.
        auto at = module_def_index_.find(name);
        e.direct_bound = !in_function_ && at != module_def_index_.end() && top_index_ > at->second;
      }
      return;
    }
    int entry = find_builtin("", name);
    if (entry >= 0) {
      e.binding = Binding::Builtin;
      e.entry = entry;
      return;
    }
    if (is_unsupported_builtin(name)) unsupported(e.span, name);
    if (future_names_.count(name)) unsupported(e.span, "__future__ feature object '" + name + "'");
    // Unknown: a NameError at run time, as in CPython. It is still a global slot.
    e.binding = Binding::Global;
    add_unique(m_globals_, name);
  }

  // Cells must be known before any Name in the function is resolved (a later inner function
  // may capture a local read earlier), so functions are resolved in two steps: first every
  // inner function (recording captures), then this function's own names.
  void resolve_function(Function& f, std::vector<Scope*>& chain, Ctx outer_ctx) {
    f.id = static_cast<int>(m_.functions.size());
    m_.functions.push_back(&f);
    f.parent = chain.back()->func;
    if (outer_ctx.in_class) {
      f.class_name = outer_ctx.class_name;
      f.class_at_module_level = outer_ctx.class_at_module_level;
      f.qualname = outer_ctx.class_qualname + "." + f.name;
    } else {
      f.qualname = f.parent ? f.parent->qualname + ".<locals>." + f.name : f.name;
    }
    Scope& s = scope_of(&f);
    s.outer_comps = outer_ctx.comp_targets;
    // Default values and annotations are evaluated in the enclosing scope, when the def runs.
    for (auto& p : f.params) {
      if (p.default_value) resolve_expr(*p.default_value, chain, outer_ctx);
    }
    for (auto& p : f.params) {
      if (p.annotation) resolve_annotation(p.annotation, chain, outer_ctx);
    }
    if (f.returns) resolve_annotation(f.returns, chain, outer_ctx);
    f.annotations_evaluated = f.returns || std::any_of(f.params.begin(), f.params.end(),
                                                       [](const Param& p) { return p.annotation != nullptr; });
    chain.push_back(&s);
    prescan_captures(f.body, chain);
    Ctx ctx;
    ctx.in_function = true;
    ctx.in_async = f.is_async;
    ctx.in_lambda = f.is_lambda;
    ctx.func = &f;
    bool saved_in_function = in_function_;
    in_function_ = true;
    resolve_block(f.body, chain, ctx);
    in_function_ = saved_in_function;
    chain.pop_back();
    f.scope.kind = ScopeKind::Function;
    for (auto& n : s.bound) {
      if (!is_local(s, n)) continue;
      Symbol sym{n, contains(s.cellvars, n) ? Binding::Cell : Binding::Local, s.defined[n]};
      sym.parameter = std::any_of(f.params.begin(), f.params.end(), [&](const Param& p) { return p.name == n; });
      sym.rebound = s.rebound.count(n) > 0;
      f.scope.symbols.push_back(sym);
    }
    for (auto& n : s.freevars) f.scope.symbols.push_back(Symbol{n, Binding::Free, f.span});
    for (auto& n : s.globals) f.scope.symbols.push_back(Symbol{n, Binding::Global, f.span});
    f.never_suspends = f.is_async && !suspends(f.body);
  }

  // Whether a body contains an await or async with of its own (nested functions excluded).
  static bool suspends(const StmtList& body) {
    std::function<bool(const Expr&)> in_expr = [&](const Expr& e) -> bool {
      if (e.kind == ExprKind::Await) return true;
      if (e.kind == ExprKind::Lambda) return false;
      for (auto& x : e.sub) {
        if (x && in_expr(*x)) return true;
      }
      for (auto& k : e.keywords) {
        if (in_expr(*k.value)) return true;
      }
      for (auto& g : e.generators) {
        if (in_expr(*g.iter)) return true;
        for (auto& c : g.ifs) {
          if (in_expr(*c)) return true;
        }
      }
      return false;
    };
    for (auto& st : body) {
      if (st->kind == StmtKind::FunctionDef) {
        for (auto& p : st->func->params) {
          if (p.default_value && in_expr(*p.default_value)) return true;
        }
        continue;
      }
      if (st->kind == StmtKind::With || (st->kind == StmtKind::For && st->is_async)) return true;
      for (Expr* x : {st->value.get(), st->test.get(), st->cause.get()}) {
        if (x && in_expr(*x)) return true;
      }
      for (auto& t : st->targets) {
        if (in_expr(*t)) return true;
      }
      for (auto& h : st->handlers) {
        if ((h.type && in_expr(*h.type)) || suspends(h.body)) return true;
      }
      if (suspends(st->body) || suspends(st->orelse) || suspends(st->finalbody)) return true;
      for (auto& c : st->cases) {
        if ((c.guard && in_expr(*c.guard)) || suspends(c.body)) return true;
      }
    }
    return false;
  }

  // Records which of the enclosing functions' locals the nested functions in `body` capture.
  void prescan_captures(const StmtList& body, std::vector<Scope*>& chain) {
    std::function<void(const Expr&, std::vector<Function*>&)> expr_walk;
    std::function<void(const StmtList&, std::vector<Function*>&)> stmt_walk;
    auto visit_function = [&](Function& inner, std::vector<Function*>& nest) {
      nest.push_back(&inner);
      stmt_walk(inner.body, nest);
      nest.pop_back();
    };
    expr_walk = [&](const Expr& e, std::vector<Function*>& nest) {
      if (e.kind == ExprKind::Name && !nest.empty()) {
        // Is it local to one of the nested functions between here and the use?
        for (auto it = nest.rbegin(); it != nest.rend(); ++it) {
          Scope& s = scope_of(*it);
          if (is_local(s, e.str) || contains(s.globals, e.str)) return;
        }
        for (size_t i = chain.size(); i-- > 1;) {
          Scope& outer = *chain[i];
          if (contains(outer.globals, e.str)) return;
          if (is_local(outer, e.str)) {
            add_unique(outer.cellvars, e.str);
            return;
          }
        }
        return;
      }
      if (e.kind == ExprKind::Lambda) {
        for (auto& p : e.func->params) {
          if (p.default_value) expr_walk(*p.default_value, nest);
        }
        visit_function(*e.func, nest);
        return;
      }
      for (auto& x : e.sub) {
        if (x) expr_walk(*x, nest);
      }
      for (auto& k : e.keywords) expr_walk(*k.value, nest);
      for (auto& g : e.generators) {
        expr_walk(*g.iter, nest);
        for (auto& c : g.ifs) expr_walk(*c, nest);
      }
    };
    stmt_walk = [&](const StmtList& b, std::vector<Function*>& nest) {
      for (auto& st : b) {
        for (Expr* x : {st->value.get(), st->test.get(), st->cause.get()}) {
          if (x) expr_walk(*x, nest);
        }
        for (auto& t : st->targets) expr_walk(*t, nest);
        for (auto& d : st->decorators) expr_walk(*d, nest);
        if (st->annotation) expr_walk(*st->annotation, nest);
        for (auto& item : st->items) {
          expr_walk(*item.context, nest);
          if (item.target) expr_walk(*item.target, nest);
        }
        for (auto& h : st->handlers) {
          if (h.type) expr_walk(*h.type, nest);
          stmt_walk(h.body, nest);
        }
        stmt_walk(st->body, nest);
        stmt_walk(st->orelse, nest);
        stmt_walk(st->finalbody, nest);
        for (auto& c : st->cases) {
          for_each_pattern_expr(*c.pattern, [&](const Expr& x) { expr_walk(x, nest); });
          if (c.guard) expr_walk(*c.guard, nest);
          stmt_walk(c.body, nest);
        }
        if (st->kind == StmtKind::FunctionDef) {
          for (auto& p : st->func->params) {
            if (p.default_value) expr_walk(*p.default_value, nest);
            if (p.annotation) expr_walk(*p.annotation, nest);
          }
          if (st->func->returns) expr_walk(*st->func->returns, nest);
          visit_function(*st->func, nest);
        }
      }
    };
    std::vector<Function*> nest;
    stmt_walk(body, nest);
  }

  void resolve_block(StmtList& body, std::vector<Scope*>& chain, Ctx& ctx) {
    for (auto& st : body) resolve_stmt(*st, chain, ctx);
  }

  void resolve_stmt(Stmt& st, std::vector<Scope*>& chain, Ctx& ctx) {
    auto expr = [&](ExprPtr& e) {
      if (e) resolve_expr(*e, chain, ctx);
    };
    switch (st.kind) {
      case StmtKind::Expr:
      case StmtKind::Assign:
      case StmtKind::AugAssign:
        expr(st.value);
        for (auto& t : st.targets) {
          check_store_target(*t);
          expr(t);
        }
        break;
      case StmtKind::Del:
        for (auto& t : st.targets) {
          check_del_target(*t);
          expr(t);
        }
        break;
      case StmtKind::Return:
        if (!ctx.in_function) syntax_error(st.span, "'return' outside function");
        expr(st.value);
        break;
      case StmtKind::If:
        expr(st.test);
        resolve_block(st.body, chain, ctx);
        resolve_block(st.orelse, chain, ctx);
        break;
      case StmtKind::While:
      case StmtKind::For: {
        if (st.is_async && !ctx.in_async) syntax_error(st.span, "'async for' outside async function");
        expr(st.test);
        expr(st.value);
        for (auto& t : st.targets) {
          check_store_target(*t);
          expr(t);
        }
        ++ctx.loop_depth;
        resolve_block(st.body, chain, ctx);
        --ctx.loop_depth;
        resolve_block(st.orelse, chain, ctx);
        break;
      }
      case StmtKind::Break:
        if (ctx.loop_depth == 0) syntax_error(st.span, "'break' outside loop");
        break;
      case StmtKind::Continue:
        if (ctx.loop_depth == 0) syntax_error(st.span, "'continue' not properly in loop");
        break;
      case StmtKind::Raise:
        expr(st.value);
        expr(st.cause);
        break;
      case StmtKind::Try:
        resolve_block(st.body, chain, ctx);
        for (auto& h : st.handlers) {
          if (h.type) resolve_expr(*h.type, chain, ctx);
          resolve_block(h.body, chain, ctx);
        }
        resolve_block(st.orelse, chain, ctx);
        resolve_block(st.finalbody, chain, ctx);
        break;
      case StmtKind::With:
        if (st.is_async && !ctx.in_async) {
          syntax_error(st.span, ctx.in_function ? "'async with' outside async function"
                                                : "'async with' outside async function");
        }
        for (auto& item : st.items) {
          resolve_expr(*item.context, chain, ctx);
          if (item.target) {
            check_store_target(*item.target);
            resolve_expr(*item.target, chain, ctx);
          }
        }
        resolve_block(st.body, chain, ctx);
        break;
      case StmtKind::FunctionDef:
        for (auto& d : st.decorators) resolve_expr(*d, chain, ctx);
        resolve_function(*st.func, chain, ctx);
        break;
      case StmtKind::ClassDef:
        resolve_class(st, chain, ctx);
        break;
      case StmtKind::Match:
        expr(st.value);
        for (size_t i = 0; i < st.cases.size(); ++i) {
          MatchCase& c = st.cases[i];
          check_pattern(*c.pattern);
          pattern_names(*c.pattern);  // raises on a name bound twice
          if (!c.guard && i + 1 < st.cases.size() && irrefutable(*c.pattern)) {
            const Pattern& p = *c.pattern;
            syntax_error(c.pattern->span, p.kind == PatternKind::Capture
                                              ? "name capture '" + p.name + "' makes remaining patterns unreachable"
                                              : std::string("wildcard makes remaining patterns unreachable"));
          }
          for_each_pattern_expr(*c.pattern, [&](Expr& x) { resolve_expr(x, chain, ctx); });
          expr(c.guard);
          resolve_block(c.body, chain, ctx);
        }
        break;
      case StmtKind::AnnAssign: {
        expr(st.value);
        check_store_target(*st.targets[0]);
        resolve_expr(*st.targets[0], chain, ctx);
        // Evaluated (and kept in __annotations__) in module and class bodies only; in a
        // function, never. Under the future import, a simple name's is kept as a string.
        if (!ctx.in_function && (st.simple || !m_.future_annotations)) {
          st.annotation_evaluated = true;
          resolve_annotation(st.annotation, chain, ctx);
        }
        break;
      }
      case StmtKind::Assert:
        expr(st.test);
        expr(st.value);
        break;
      case StmtKind::Nonlocal:
        // The variable is a cell of the nearest enclosing function binding it, and free in
        // every function from there to here (a `def` may rebind it without reading it).
        for (auto& n : st.names) {
          size_t i = chain.size() - 1;
          while (--i > 0 && !is_local(*chain[i], n)) {
          }
          if (i == 0) syntax_error(st.span, "no binding for nonlocal '" + n + "' found");
          add_unique(chain[i]->cellvars, n);
          for (size_t j = i + 1; j < chain.size(); ++j) add_unique(chain[j]->freevars, n);
        }
        break;
      default:
        break;
    }
  }

  void resolve_expr(Expr& e, std::vector<Scope*>& chain, Ctx& ctx) {
    switch (e.kind) {
      case ExprKind::Name:
        resolve_name(e, chain, ctx);
        if (e.binding == Binding::Module) unsupported(e.span, "module object '" + e.str + "' used as a value");
        return;
      case ExprKind::Starred:
        syntax_error(e.span, "can't use starred expression here");
      case ExprKind::List:
      case ExprKind::Tuple:
      case ExprKind::Set:
        for (auto& x : e.sub) resolve_expr(x->kind == ExprKind::Starred ? *x->sub[0] : *x, chain, ctx);
        return;
      case ExprKind::Call:
        resolve_expr(*e.sub[0], chain, ctx);
        check_super(e, ctx);
        check_builtin_call(e);
        for (size_t i = 1; i < e.sub.size(); ++i) {
          resolve_expr(e.sub[i]->kind == ExprKind::Starred ? *e.sub[i]->sub[0] : *e.sub[i], chain, ctx);
        }
        for (auto& k : e.keywords) resolve_expr(*k.value, chain, ctx);
        return;
      case ExprKind::Attribute:
        if (e.sub[0]->kind == ExprKind::Name) {
          resolve_name(*e.sub[0], chain, ctx);
        } else {
          resolve_expr(*e.sub[0], chain, ctx);
        }
        if (e.sub[0]->binding == Binding::Module) {
          int entry = find_builtin(e.sub[0]->str, e.str);
          if (entry < 0) unsupported(e.span, e.sub[0]->str + "." + e.str);
          e.binding = Binding::Builtin;
          e.entry = entry;
        }
        return;
      case ExprKind::Yield:
      case ExprKind::YieldFrom:
        if (!ctx.in_function) syntax_error(e.span, "'yield' outside function");
        if (!ctx.comp_targets.empty()) syntax_error(e.span, "'yield' inside list comprehension");
        if (ctx.func->is_async) unsupported(e.span, "async generator");
        ctx.func->is_generator = true;
        if (e.sub[0]) resolve_expr(*e.sub[0], chain, ctx);
        return;
      case ExprKind::Await:
        if (ctx.func && ctx.func->is_genexpr) unsupported(e.span, "await in a generator expression");
        if (!ctx.in_function) syntax_error(e.span, "'await' outside function");
        if (!ctx.in_async || ctx.in_lambda) {
          syntax_error(e.span, "'await' outside async function");
        }
        resolve_expr(*e.sub[0], chain, ctx);
        return;
      case ExprKind::Lambda: {
        Ctx inner = ctx;
        resolve_function(*e.func, chain, inner);
        return;
      }
      case ExprKind::NamedExpr: {
        resolve_expr(*e.sub[1], chain, ctx);
        // The target is never a comprehension variable: resolve it outside them.
        auto saved = std::move(ctx.comp_targets);
        ctx.comp_targets.clear();
        resolve_name(*e.sub[0], chain, ctx);
        ctx.comp_targets = std::move(saved);
        return;
      }
      case ExprKind::ListComp:
      case ExprKind::SetComp:
      case ExprKind::DictComp: {
        // The first iterable is evaluated in the enclosing scope; the rest see the targets.
        std::set<std::string> targets;
        ctx.comp_targets.emplace_back();
        for (size_t i = 0; i < e.generators.size(); ++i) {
          auto& g = e.generators[i];
          if (i == 0) {
            ctx.comp_targets.pop_back();
            resolve_expr(*g.iter, chain, ctx);
            ctx.comp_targets.emplace_back();
          } else {
            resolve_expr(*g.iter, chain, ctx);
          }
          std::set<std::string> names;
          collect_names(*g.target, names);
          for (auto& n : names) ctx.comp_targets.back()[n] = &g;
          check_store_target(*g.target);
          resolve_expr(*g.target, chain, ctx);
          for (auto& c : g.ifs) resolve_expr(*c, chain, ctx);
        }
        for (auto& x : e.sub) resolve_expr(*x, chain, ctx);
        ctx.comp_targets.pop_back();
        return;
      }
      default:
        break;
    }
    for (auto& x : e.sub) {
      if (x) resolve_expr(*x, chain, ctx);
    }
    for (auto& k : e.keywords) resolve_expr(*k.value, chain, ctx);
  }

  // An evaluated annotation: an expression, or its source text under the future import.
  void resolve_annotation(ExprPtr& a, std::vector<Scope*>& chain, Ctx& ctx) {
    if (m_.future_annotations) {
      auto text = std::make_unique<Expr>(ExprKind::Str, a->span);
      text->str = unparse(*a);
      a = std::move(text);
      return;
    }
    resolve_expr(*a, chain, ctx);
  }

  // `class Name(bases): body` under decorators. The body runs in its own namespace (a scope
  // the functions defined in it do not see: they resolve in the enclosing chain); names it
  // binds are read from that namespace first (see the emitter's class-body loads).
  void resolve_class(Stmt& st, std::vector<Scope*>& chain, Ctx& ctx) {
    for (auto& d : st.decorators) resolve_expr(*d, chain, ctx);
    for (auto& base : st.targets) {
      resolve_expr(*base, chain, ctx);
      check_base(*base);
    }
    Scope body_scope;
    declare_block(st.body, body_scope);
    if (has_annotations(st.body)) bind_name(body_scope, "__annotations__", st.span);
    if (!body_scope.globals.empty() || !body_scope.nonlocals.empty()) {
      unsupported(st.span, "global or nonlocal declaration in a class body");
    }
    st.scope = std::make_shared<SymbolTable>();
    st.scope->kind = ScopeKind::Class;
    for (auto& n : body_scope.bound) {
      st.scope->symbols.push_back(Symbol{n, Binding::Local, body_scope.defined[n]});
    }
    Ctx body;  // return, yield and await are errors in a class body; loops do not reach into it
    body.in_class = true;
    body.class_name = st.names[0];
    body.class_qualname = ctx.in_class ? ctx.class_qualname + "." + st.names[0]
                          : ctx.func   ? ctx.func->qualname + ".<locals>." + st.names[0]
                                       : st.names[0];
    body.class_at_module_level = chain.size() == 1 && !ctx.in_class;
    st.names.resize(2);
    st.names[1] = body.class_qualname;
    resolve_block(st.body, chain, body);
  }

  // ---- match patterns -----------------------------------------------------------------------
  // The names a pattern binds, in order, with CPython's error for a name bound twice.
  static std::vector<std::pair<std::string, Span>> pattern_names(const Pattern& p) {
    std::vector<std::pair<std::string, Span>> out;
    collect_pattern_names(p, out);
    for (size_t i = 0; i < out.size(); ++i) {
      for (size_t j = 0; j < i; ++j) {
        if (out[i].first == out[j].first) {
          syntax_error(out[i].second, "multiple assignments to name '" + out[i].first + "' in pattern");
        }
      }
    }
    return out;
  }

  static void collect_pattern_names(const Pattern& p, std::vector<std::pair<std::string, Span>>& out) {
    if (p.kind == PatternKind::Or) {  // every alternative binds the same names: the first's
      collect_pattern_names(*p.sub[0], out);
      return;
    }
    for (auto& s : p.sub) collect_pattern_names(*s, out);
    bool binds = p.kind == PatternKind::Capture || p.kind == PatternKind::As || p.kind == PatternKind::Star ||
                 p.kind == PatternKind::Mapping;
    if (binds && !p.name.empty()) out.emplace_back(p.name, p.span);
  }

  template <typename F>
  static void for_each_pattern_expr(const Pattern& p, F&& f) {
    if (p.value) f(*p.value);
    for (auto& k : p.keys) f(*k);
    for (auto& s : p.sub) for_each_pattern_expr(*s, f);
  }

  static bool irrefutable(const Pattern& p) {
    if (p.kind == PatternKind::Wildcard || p.kind == PatternKind::Capture) return true;
    if (p.kind == PatternKind::As) return irrefutable(*p.sub[0]);
    if (p.kind == PatternKind::Or) return std::any_of(p.sub.begin(), p.sub.end(), [](auto& s) { return irrefutable(*s); });
    return false;
  }

  // CPython's compile-time checks of a pattern's shape.
  static void check_pattern(const Pattern& p) {
    switch (p.kind) {
      case PatternKind::Or: {
        auto first = pattern_names(*p.sub[0]);
        std::set<std::string> names;
        for (auto& n : first) names.insert(n.first);
        for (size_t i = 0; i < p.sub.size(); ++i) {
          if (i + 1 < p.sub.size() && irrefutable(*p.sub[i])) {
            syntax_error(p.sub[i]->span, p.sub[i]->kind == PatternKind::Capture
                                             ? "name capture '" + p.sub[i]->name + "' makes remaining patterns unreachable"
                                             : std::string("wildcard makes remaining patterns unreachable"));
          }
          std::set<std::string> alt;
          for (auto& n : pattern_names(*p.sub[i])) alt.insert(n.first);
          if (alt != names) syntax_error(p.sub[i]->span, "alternative patterns bind different names");
        }
        break;
      }
      case PatternKind::Sequence: {
        int stars = 0;
        for (auto& s : p.sub) stars += s->kind == PatternKind::Star;
        if (stars > 1) syntax_error(p.span, "multiple starred names in sequence pattern");
        break;
      }
      case PatternKind::Mapping:
        for (size_t i = 0; i < p.keys.size(); ++i) {
          const Expr& k = *p.keys[i];
          for (size_t j = 0; j < i && k.kind != ExprKind::Attribute; ++j) {
            const Expr& o = *p.keys[j];
            if (o.kind == k.kind && o.str == k.str && o.ival == k.ival && o.fval == k.fval &&
                (k.kind != ExprKind::UnaryOp || o.sub[0]->str == k.sub[0]->str)) {
              syntax_error(p.span, "mapping pattern checks duplicate key (" + unparse(k) + ")");
            }
          }
        }
        break;
      case PatternKind::Class:
        for (size_t i = 0; i < p.kwd_names.size(); ++i) {
          for (size_t j = 0; j < i; ++j) {
            if (p.kwd_names[i] == p.kwd_names[j]) {
              syntax_error(p.sub[p.sub.size() - p.kwd_names.size() + i]->span,
                           "attribute name repeated in class pattern: " + p.kwd_names[i]);
            }
          }
        }
        break;
      default: break;
    }
    for (auto& s : p.sub) check_pattern(*s);
  }

  // ---- checks CPython's compiler makes, and constructs aiocc refuses ------------------------
  static void check_store_target(const Expr& t) {
    if (t.kind != ExprKind::Tuple && t.kind != ExprKind::List) return;
    bool starred = false;
    for (auto& x : t.sub) {
      if (x->kind == ExprKind::Starred) {
        if (starred) syntax_error(t.span, "multiple starred expressions in assignment");
        starred = true;
        check_store_target(*x->sub[0]);
      } else {
        check_store_target(*x);
      }
    }
  }

  static void check_del_target(const Expr& t) {
    switch (t.kind) {
      case ExprKind::Name:
      case ExprKind::Attribute:
      case ExprKind::Subscript:
        return;
      case ExprKind::Tuple:
      case ExprKind::List:
        for (auto& x : t.sub) check_del_target(*x);
        return;
      case ExprKind::Call: syntax_error(t.span, "cannot delete function call");
      case ExprKind::Int:
      case ExprKind::Float:
      case ExprKind::Str:
      case ExprKind::Bool:
      case ExprKind::None:
      case ExprKind::Ellipsis: syntax_error(t.span, "cannot delete literal");
      default: syntax_error(t.span, "cannot delete expression");
    }
  }

  // Options of library calls aiocc refuses, where the call names them.
  static void check_builtin_call(const Expr& call) {
    const Expr& fn = *call.sub[0];
    if (fn.binding != Binding::Builtin) return;
    const BuiltinEntry& b = builtin_entry(fn.entry);
    if (std::string_view(b.module) != "dataclasses") return;
    for (auto& k : call.keywords) {
      std::string_view name(b.name);
      if ((name == "dataclass" && (k.name == "slots" || k.name == "weakref_slot")) ||
          ((name == "asdict" || name == "astuple") && !k.name.empty())) {
        unsupported(k.span, std::string(b.name) + "(" + k.name + "=...)");
      }
    }
  }

  // super() without arguments needs the method's class and first argument.
  static void check_super(const Expr& call, const Ctx& ctx) {
    const Expr& fn = *call.sub[0];
    if (fn.kind != ExprKind::Name || fn.str != "super" || fn.binding != Binding::Builtin ||
        call.sub.size() != 1 || !call.keywords.empty()) {
      return;
    }
    const Function* f = ctx.func;
    if (!f || f->class_name.empty() || f->params.empty()) syntax_error(call.span, "super(): no arguments");
    if (!f->class_at_module_level) unsupported(call.span, "super() in a class defined inside a function");
  }

  // The built-in types a class may extend (bool and range are refused at run time with
  // CPython's own message); others, such as `type` (metaclasses), are not supported.
  static void check_base(const Expr& b) {
    static const std::set<std::string> extendable = {"object", "list", "dict", "set", "frozenset",
                                                     "str", "int", "float", "tuple", "bool", "range"};
    if (b.kind == ExprKind::Name && b.binding == Binding::Builtin && !extendable.count(b.str)) {
      std::string value = builtin_entry(b.entry).value;
      if (value.rfind("aiocc::Object(&aiocc::types::", 0) == 0) {
        unsupported(b.span, "subclassing built-in type " + b.str);
      }
    }
  }

  static void collect_names(const Expr& t, std::set<std::string>& out) {
    if (t.kind == ExprKind::Name) out.insert(t.str);
    if (t.kind == ExprKind::Tuple || t.kind == ExprKind::List || t.kind == ExprKind::Starred) {
      for (auto& x : t.sub) collect_names(*x, out);
    }
  }
};

}  // namespace

void analyze(ast::Module& module) { Analyzer(module).run(); }

}  // namespace aiocc
