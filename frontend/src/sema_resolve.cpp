// Semantic analysis, pass 2: resolves every name (see sema_analyzer.h).
#include <algorithm>
#include "sema_analyzer.h"
#include "unparse.h"
#include "aiocc/frontend/program.h"

namespace aiocc::semantic {

namespace {
// CPython's compiler, unwinding a jump through an except* handler.
constexpr const char* kStarHandlerJump = "'break', 'continue' and 'return' cannot appear in an except* block";
}  // namespace

Scope& Analyzer::scope_of(Function* f) {
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
bool Analyzer::is_local(const Scope& s, const std::string& name) {
  return contains(s.bound, name) && !contains(s.globals, name) && !contains(s.nonlocals, name);
}

// `import m` inside a function binds a local that names the module wherever the function (or
// one nested in it) reads it, as long as nothing else binds that name.
bool Analyzer::local_module(const Scope& s, Expr& e) {
  auto alias = s.module_aliases.find(e.str);
  if (alias == s.module_aliases.end()) return false;
  if (s.rebound.count(e.str)) {  // module objects are not values in aiocc
    unsupported(e.span, "binding the imported module name '" + e.str + "' to something else");
  }
  // A read before the import, in the text, stays a local: UnboundLocalError, as in CPython.
  auto at = s.defined.find(e.str);
  if (at == s.defined.end() || e.span.line < at->second.line ||
      (e.span.line == at->second.line && e.span.col < at->second.col)) {
    return false;
  }
  e.binding = Binding::Module;
  e.str = alias->second;
  return true;
}

void Analyzer::resolve_name(Expr& e, std::vector<Scope*>& chain, Ctx& ctx) {
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
      if (local_module(cur, e)) return;
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
          if (local_module(sc, e)) return;
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
    // CPython's implicit __class__ cell: read by name, or by super() (any use of the name
    // `super` in a function, as CPython's symtable decides).
    if (name == "__class__" && capture_class_cell(chain)) {
      e.binding = Binding::Free;
      return;
    }
    if (name == "super") capture_class_cell(chain);
  }
  resolve_global(e, name);
}

// Makes __class__ free in every function from the innermost out to the nearest one defined
// in a class body, whose class then holds the cell. False when no class encloses the use.
bool Analyzer::capture_class_cell(std::vector<Scope*>& chain) {
  size_t i = chain.size();
  while (--i > 0 && !chain[i]->class_owner) {
  }
  if (i == 0) return false;
  chain[i]->class_owner->class_cell = true;
  for (size_t j = i; j < chain.size(); ++j) add_unique(chain[j]->freevars, "__class__");
  return true;
}

void Analyzer::resolve_global(Expr& e, const std::string& name) {
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
void Analyzer::resolve_function(Function& f, std::vector<Scope*>& chain, Ctx outer_ctx) {
  f.id = static_cast<int>(m_.functions.size());
  m_.functions.push_back(&f);
  f.parent = chain.back()->func;
  if (outer_ctx.in_class) {
    f.class_name = outer_ctx.class_name;
    f.in_namedtuple_class = outer_ctx.namedtuple_class;
    f.qualname = outer_ctx.class_qualname + "." + f.name;
  } else {
    f.qualname = f.parent ? f.parent->qualname + ".<locals>." + f.name : f.name;
  }
  Scope& s = scope_of(&f);
  s.outer_comps = outer_ctx.comp_targets;
  s.class_owner = outer_ctx.in_class ? outer_ctx.class_stmt : nullptr;
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
  if (f.is_genexpr && suspends(f.body)) f.is_async = true;  // an asynchronous generator expression
  Ctx ctx;
  ctx.in_function = true;
  ctx.in_async = f.is_async;
  ctx.in_lambda = f.is_lambda;
  ctx.func = &f;
  bool saved_in_function = in_function_;
  in_function_ = true;
  resolve_block(f.body, chain, ctx);
  in_function_ = saved_in_function;
  if (f.is_async && f.is_generator && f.value_return) {
    syntax_error(*f.value_return, "'return' with value in async generator");
  }
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
}

// Whether an expression awaits (lambdas excluded: they are functions of their own).
bool Analyzer::expr_suspends(const Expr& e, const QuietDefs* quiet) {
  if (e.kind == ExprKind::Lambda) return false;
  // A comprehension that awaits has frames of its own: only a plain await counts there.
  if (!e.generators.empty()) quiet = nullptr;
  if (e.kind == ExprKind::Await) {
    const Expr& v = *e.sub[0];
    const Function* d = quiet && v.kind == ExprKind::Call ? ast::direct_callee(v) : nullptr;
    if (!d || !quiet->count(d)) return true;
  }
  for (auto& x : e.sub) {
    if (x && expr_suspends(*x, quiet)) return true;
  }
  for (auto& k : e.keywords) {
    if (expr_suspends(*k.value, quiet)) return true;
  }
  for (auto& g : e.generators) {
    if (g.is_async || expr_suspends(*g.iter)) return true;
    for (auto& c : g.ifs) {
      if (expr_suspends(*c)) return true;
    }
  }
  return false;
}

// Whether a body contains an await or async with of its own (nested functions excluded).
bool Analyzer::suspends(const StmtList& body, const QuietDefs* quiet) {
  auto in_expr = [quiet](const Expr& e) { return expr_suspends(e, quiet); };
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
      if ((h.type && in_expr(*h.type)) || suspends(h.body, quiet)) return true;
    }
    if (suspends(st->body, quiet) || suspends(st->orelse, quiet) || suspends(st->finalbody, quiet)) return true;
    for (auto& c : st->cases) {
      if ((c.guard && in_expr(*c.guard)) || suspends(c.body, quiet)) return true;
    }
  }
  return false;
}

// An async def that awaits only direct calls of async defs that never suspend never suspends
// either, and its awaits are plain calls (a recursive `async def fib` awaiting itself). The
// largest such set: every coroutine def at first, then those that await anything else struck
// out until none is left to strike.
void Analyzer::find_never_suspending() {
  QuietDefs quiet;
  for (Function* f : m_.functions) {
    if (f->is_async && !f->is_generator) quiet.insert(f);
  }
  for (bool changed = true; changed;) {
    changed = false;
    for (Function* f : m_.functions) {
      if (quiet.count(f) && suspends(f->body, &quiet)) {
        quiet.erase(f);
        changed = true;
      }
    }
  }
  for (Function* f : m_.functions) f->never_suspends = quiet.count(f) > 0;
}

// Records which of the enclosing functions' locals the nested functions in `body` capture.
void Analyzer::prescan_captures(const StmtList& body, std::vector<Scope*>& chain) {
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
      for (auto& k : st->keywords) expr_walk(*k.value, nest);
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

void Analyzer::resolve_block(StmtList& body, std::vector<Scope*>& chain, Ctx& ctx) {
  for (auto& st : body) resolve_stmt(*st, chain, ctx);
}

void Analyzer::resolve_stmt(Stmt& st, std::vector<Scope*>& chain, Ctx& ctx) {
  auto expr = [&](ExprPtr& e) {
    if (e) resolve_expr(*e, chain, ctx);
  };
  for (auto& t : st.targets) note_stores(*t);
  for (auto& item : st.items) {
    if (item.target) note_stores(*item.target);
  }
  if (st.kind == StmtKind::FunctionDef) stored_names_.insert(st.func->name);
  switch (st.kind) {
    case StmtKind::Expr:
    case StmtKind::Assign:
    case StmtKind::AugAssign:
      expr(st.value);
      for (auto& t : st.targets) {
        check_store_target(*t);
        expr(t);
        refuse_module_attribute_store(*t, st.kind == StmtKind::Assign);
      }
      break;
    case StmtKind::Del:
      for (auto& t : st.targets) {
        check_del_target(*t);
        expr(t);
        refuse_module_attribute_store(*t, false);
      }
      break;
    case StmtKind::Return:
      if (!ctx.in_function) syntax_error(st.span, "'return' outside function");
      if (ctx.star_handler_loop >= 0) syntax_error(st.value ? st.value->span : st.span, kStarHandlerJump);
      if (st.value && !ctx.func->value_return) ctx.func->value_return = &st.span;
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
      // CPython folds no `async for` statement's iterable, but every comprehension's.
      if (st.kind == StmtKind::For && (!st.is_async || st.genexpr_loop)) fold_iter(*st.value);
      globals_read_ = st.value.get();
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
      if (ctx.star_handler_loop == ctx.loop_depth) syntax_error(st.span, kStarHandlerJump);
      break;
    case StmtKind::Continue:
      if (ctx.loop_depth == 0) syntax_error(st.span, "'continue' not properly in loop");
      if (ctx.star_handler_loop == ctx.loop_depth) syntax_error(st.span, kStarHandlerJump);
      break;
    case StmtKind::Raise:
      expr(st.value);
      expr(st.cause);
      break;
    case StmtKind::Try:
      resolve_block(st.body, chain, ctx);
      for (auto& h : st.handlers) {
        if (h.type) resolve_expr(*h.type, chain, ctx);
        const int saved = ctx.star_handler_loop;
        if (h.star) ctx.star_handler_loop = ctx.loop_depth;
        resolve_block(h.body, chain, ctx);
        ctx.star_handler_loop = saved;
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

// aiocc's modules are the runtime's, not dicts: their attributes are not assigned or deleted.
// (Except the few a plain assignment may set: sys.stdout.)
void Analyzer::refuse_module_attribute_store(const Expr& t, bool assignment) {
  if (t.kind == ExprKind::Tuple || t.kind == ExprKind::List || t.kind == ExprKind::Starred) {
    for (auto& x : t.sub) refuse_module_attribute_store(*x, assignment);
  } else if (t.kind == ExprKind::Attribute && t.sub[0]->binding == Binding::Module &&
             !(assignment && is_assignable_module_attribute(t.sub[0]->str, t.str))) {
    unsupported(t.span, "assigning to an attribute of the module '" + t.sub[0]->str + "'");
  }
}

void Analyzer::resolve_expr(Expr& e, std::vector<Scope*>& chain, Ctx& ctx) {
  switch (e.kind) {
    case ExprKind::Name:
      resolve_name(e, chain, ctx);
      // locals reads the frame that calls it: only a direct call can say which.
      if (e.binding == Binding::Builtin && e.str == "locals" && std::string_view(builtin_entry(e.entry).module).empty() &&
          &e != callee_) {
        unsupported(e.span, "locals used as a value");
      }
      return;
    case ExprKind::Starred:
      syntax_error(e.span, "can't use starred expression here");
    case ExprKind::List:
    case ExprKind::Tuple:
    case ExprKind::Set:
      for (auto& x : e.sub) resolve_expr(x->kind == ExprKind::Starred ? *x->sub[0] : *x, chain, ctx);
      return;
    case ExprKind::Call: {
      if (e.sub[0]->kind == ExprKind::Lambda && e.sub[0]->func->is_genexpr) fold_iter(*e.sub[1]);  // its first iterable
      callee_ = e.sub[0].get();
      resolve_expr(*e.sub[0], chain, ctx);
      check_super(e, ctx);
      check_builtin_call(e);
      check_globals_call(e);
      check_namespace_call(e, ctx);
      const bool reader = reads_its_arguments(*e.sub[0]);
      for (size_t i = 1; i < e.sub.size(); ++i) {
        if (reader) globals_read_ = e.sub[i].get();
        resolve_expr(e.sub[i]->kind == ExprKind::Starred ? *e.sub[i]->sub[0] : *e.sub[i], chain, ctx);
      }
      for (auto& k : e.keywords) resolve_expr(*k.value, chain, ctx);
      return;
    }
    case ExprKind::Subscript:  // a read, unless it is an assignment's or del's target
      if (!store_targets_.count(&e)) globals_read_ = e.sub[0].get();
      break;
    case ExprKind::Compare:
      for (size_t i = 0; i < e.ops.size(); ++i) {
        if (e.ops[i] == Op::In || e.ops[i] == Op::NotIn) {
          resolve_expr(*e.sub[0], chain, ctx);
          for (size_t j = 1; j < e.sub.size(); ++j) {
            if (e.ops[j - 1] == Op::In || e.ops[j - 1] == Op::NotIn) globals_read_ = e.sub[j].get();
            resolve_expr(*e.sub[j], chain, ctx);
          }
          return;
        }
      }
      break;
    case ExprKind::Attribute:
      if (dict_reader(e.str)) globals_read_ = e.sub[0].get();
      if (e.sub[0]->kind == ExprKind::Name) {
        resolve_name(*e.sub[0], chain, ctx);
      } else {
        resolve_expr(*e.sub[0], chain, ctx);
      }
      if (e.sub[0]->binding == Binding::Module) {
        int entry = find_builtin(e.sub[0]->str, e.str);
        if (entry >= 0) {
          e.binding = Binding::Builtin;
          e.entry = entry;
        } else if (e.str != "__name__" && cpython_module_has(e.sub[0]->str, e.str)) {
          unsupported(e.span, e.sub[0]->str + "." + e.str);
        }  // else read from the module as a value: CPython's AttributeError
      } else if (e.sub[0]->kind == ExprKind::Name) {
        // A name CPython's module has that aiocc's library module lacks: refused, not left to
        // fail at run time. (A library module read back along an import cycle among library
        // modules is not analyzed yet; its run-time getattr refuses such a name.)
        if (auto lib = m_.library_imports.find(e.sub[0]->str); lib != m_.library_imports.end() && lib->second->analyzed) {
          const Module& lm = *lib->second;
          const bool bound = std::find(lm.bindings.begin(), lm.bindings.end(), e.str) != lm.bindings.end() ||
                             library_source(lm.name + "." + e.str);  // a submodule (json.decoder)
          if (!bound && e.str.rfind("__", 0) != 0 && cpython_module_has(lm.name, e.str)) {
            unsupported(e.span, lm.name + "." + e.str);
          }
        }
      }
      // (`traceback.print_stack` is the module's function, not a task's method.)
      if (unsupported_method_owner(e.str) &&
          !(e.sub[0]->kind == ExprKind::Name && m_.library_imports.count(e.sub[0]->str))) {
        loop_method_uses_.emplace_back(e.str, e.span);
      }
      // A function's __code__ has its names, argument counts, local variable names and file;
      // the rest of a code object (bytecode, constants, lines, flags) does not exist in a
      // compiled program.
      if (e.str.rfind("co_", 0) == 0 && e.str != "co_name" && e.str != "co_qualname" && e.str != "co_argcount" &&
          e.str != "co_posonlyargcount" && e.str != "co_kwonlyargcount" && e.str != "co_varnames" &&
          e.str != "co_nlocals" && e.str != "co_filename" && e.str != "co_freevars") {
        unsupported(e.span, "code object attribute " + e.str);
      }
      // Nor are there frame objects to inspect.
      if (e.str == "gi_frame" || e.str == "cr_frame" || e.str == "ag_frame" || e.str == "tb_frame") {
        unsupported(e.span, "frame object attribute " + e.str);
      }
      return;
    case ExprKind::Yield:
    case ExprKind::YieldFrom:
      if (!ctx.in_function) syntax_error(e.span, "'yield' outside function");
      if (!ctx.comp_targets.empty()) syntax_error(e.span, "'yield' inside list comprehension");
      if (ctx.func->is_async && e.kind == ExprKind::YieldFrom) {
        syntax_error(e.span, "'yield from' inside async function");
      }
      ctx.func->is_generator = true;
      if (e.sub[0]) resolve_expr(*e.sub[0], chain, ctx);
      return;
    case ExprKind::Await:
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
        if (g.is_async && (!ctx.in_async || ctx.in_lambda)) {
          syntax_error(e.span, "asynchronous comprehension outside of an asynchronous function");
        }
        fold_iter(*g.iter);
        globals_read_ = g.iter.get();
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
      e.comp_frame = !expr_suspends(e);
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
void Analyzer::resolve_annotation(ExprPtr& a, std::vector<Scope*>& chain, Ctx& ctx) {
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
void Analyzer::resolve_class(Stmt& st, std::vector<Scope*>& chain, Ctx& ctx) {
  for (auto& d : st.decorators) resolve_expr(*d, chain, ctx);
  bool metaclass = false;  // a class deriving from type (or from such a class of the script)
  for (auto& base : st.targets) {
    resolve_expr(*base, chain, ctx);
    check_base(*base);
    metaclass = metaclass || (base->kind == ExprKind::Name && (base->binding == Binding::Builtin ? base->str == "type"
                                                                                               : metaclass_names_.count(base->str)));
  }
  for (auto& k : st.keywords) resolve_expr(*k.value, chain, ctx);
  if (metaclass) {
    metaclass_names_.insert(st.names[0]);
    check_metaclass_body(st.body);
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
  body.class_stmt = &st;
  body.class_name = st.names[0];
  body.class_qualname = ctx.in_class ? ctx.class_qualname + "." + st.names[0]
                        : ctx.func   ? ctx.func->qualname + ".<locals>." + st.names[0]
                                     : st.names[0];
  for (auto& base : st.targets) {
    body.namedtuple_class = body.namedtuple_class ||
                            (base->binding == Binding::Builtin && std::string_view(builtin_entry(base->entry).module) == "typing" &&
                             std::string_view(builtin_entry(base->entry).name) == "NamedTuple");
  }
  st.names.resize(2);
  st.names[1] = body.class_qualname;
  resolve_block(st.body, chain, body);
  // CPython raises RuntimeError when such a class is made: NamedTupleMeta drops __classcell__.
  if (body.namedtuple_class && st.class_cell) unsupported(st.span, "super() or __class__ in a NamedTuple class body");
}

}  // namespace aiocc::semantic
