// Type inference of one function's body (or the module body): each local's type, the types of
// expressions, call sites' argument types for typed signatures, and which locals are native
// (sema_types.cpp has the overview).
#include <map>
#include <set>

#include "aiocc/frontend/builtins_table.h"
#include "sema_types.h"

namespace aiocc::semantic::types {
namespace {

class FunctionTypes {
 public:
  // `f` null: the module body (its names are globals, never typed; its calls are call sites).
  FunctionTypes(Function* f, ModuleState& st) : f_(f), st_(st) {
    if (!f) return;
    auto sig = st.sigs.find(f);
    sig_ = sig == st.sigs.end() ? nullptr : &sig->second;
    for (auto& s : f->scope.symbols) {
      if (s.binding == Binding::Local && !s.parameter) vars_[s.name] = T::Never;
    }
    for (size_t i = 0; sig_ && i < f->params.size(); ++i) {
      const Symbol* p = f->scope.find(f->params[i].name);
      if (p && p->binding == Binding::Local) vars_[p->name] = sig_->params[i];
    }
  }

  void run(StmtList& body) {
    fixpoint(body);
    if (st_.final) {
      // A local never bound (only read, always unbound there) has no value type.
      for (auto& [name, t] : vars_) {
        if (t == T::Never) t = T::Object;
      }
      fixpoint(body);
    }
    if (!f_) return;
    for (auto& s : f_->scope.symbols) {
      auto it = vars_.find(s.name);
      if (it == vars_.end() || s.binding != Binding::Local) continue;
      s.type = it->second;
      s.native = (s.type == T::Float || s.type == T::Bool || s.type == T::SmallInt) && !reads_namespace_ &&
                 !deleted_.count(s.name) && (s.parameter || certainly_bound(s.name) || loop_counter(s.name));
    }
    if (sig_) {
      f_->result = st_.final && sig_->result == T::Never ? T::Object : sig_->result;
      f_->native_result = (f_->result == T::Float || f_->result == T::Bool || f_->result == T::SmallInt) &&
                          !returns_through_finally(f_->body);
    }
  }

 private:
  Function* f_;
  ModuleState& st_;
  Signature* sig_ = nullptr;
  std::map<std::string, T> vars_;  // the inferred locals and their types so far
  std::set<std::string> deleted_;  // locals a `del` or an except handler unbinds
  bool changed_ = false;
  bool reads_namespace_ = false;   // locals(), vars() or dir() of this function

  int in_class_ = 0;               // walking a class body: its names are not this function's

  void fixpoint(StmtList& body) {
    do {
      changed_ = false;
      block(body);
    } while (changed_);
    if (sig_ && may_fall_off(body)) st_.join_into(sig_->result, T::None);
  }

  // A binding of `name` in this scope (the module body's are globals).
  void bind(const std::string& name, T t) {
    if (in_class_) return;
    if (!f_) {
      auto g = st_.globals.find(name);
      if (g != st_.globals.end()) st_.join_into(g->second, t);
      return;
    }
    auto it = vars_.find(name);
    if (it == vars_.end()) return;
    T j = join(it->second, t);
    if (j != it->second) {
      it->second = j;
      changed_ = true;
    }
  }

  // A store to `target` of a value of type t (Object for anything but a bare name).
  void store(Expr& target, T t) {
    switch (target.kind) {
      case ExprKind::Name:
        if (target.binding == (f_ ? Binding::Local : Binding::Global)) bind(target.str, t);
        return;
      case ExprKind::Tuple:
      case ExprKind::List:
        for (auto& x : target.sub) store(*x, T::Object);
        return;
      case ExprKind::Starred: store(*target.sub[0], T::Object); return;
      default:
        for (auto& x : target.sub) {
          if (x) type(*x);
        }
    }
  }

  void block(StmtList& body) {
    for (auto& s : body) stmt(*s);
  }

  void stmt(Stmt& s) {
    switch (s.kind) {
      case StmtKind::Expr: type(*s.value); return;
      case StmtKind::Assign: {
        T v = type(*s.value);
        if (parallel(s)) {
          for (size_t i = 0; i < s.value->sub.size(); ++i) store(*s.targets[0]->sub[i], s.value->sub[i]->type);
          return;
        }
        for (auto& t : s.targets) store(*t, v);
        return;
      }
      case StmtKind::AugAssign: {
        Expr& t = *s.targets[0];
        T v = type(*s.value);
        if (t.kind == ExprKind::Name) {
          store(t, binop_type(s.op, type(t), v));
        } else {
          store(t, T::Object);
        }
        return;
      }
      case StmtKind::AnnAssign:
        if (s.value) store(*s.targets[0], type(*s.value));
        else if (s.targets[0]->kind != ExprKind::Name) store(*s.targets[0], T::Object);
        if (s.annotation_evaluated) type(*s.annotation);
        return;
      case StmtKind::Return: {
        T v = s.value ? type(*s.value) : T::None;
        if (sig_) st_.join_into(sig_->result, v);
        return;
      }
      case StmtKind::If:
      case StmtKind::While:
        type(*s.test);
        block(s.body);
        block(s.orelse);
        return;
      case StmtKind::For: {
        type(*s.value);
        const bool name_target = s.targets[0]->kind == ExprKind::Name;
        s.counted_step = !s.is_async && name_target && !s.genexpr_loop ? counted_step(*s.value) : 0;
        T item = s.counted_step ? T::SmallInt : !s.is_async && is_range_call(*s.value) ? T::Int : T::Object;
        store(*s.targets[0], s.targets[0]->kind == ExprKind::Name ? item : T::Object);
        block(s.body);
        block(s.orelse);
        return;
      }
      case StmtKind::Raise:
        if (s.value) type(*s.value);
        if (s.cause) type(*s.cause);
        return;
      case StmtKind::Try:
        block(s.body);
        for (auto& h : s.handlers) {
          if (h.type) type(*h.type);
          if (!h.name.empty()) {
            bind(h.name, T::Object);
            deleted_.insert(h.name);  // unbound when the handler ends
          }
          block(h.body);
        }
        block(s.orelse);
        block(s.finalbody);
        return;
      case StmtKind::FunctionDef:
        for (auto& d : s.decorators) type(*d);
        function_value(*s.func);
        bind(s.binds(), T::Object);
        return;
      case StmtKind::ClassDef:
        for (auto& d : s.decorators) type(*d);
        for (auto& b : s.targets) type(*b);
        for (auto& k : s.keywords) type(*k.value);
        bind(s.binds(), T::Object);
        // The body is a scope of its own: only its expressions' types (and call sites).
        ++in_class_;
        block(s.body);
        --in_class_;
        return;
      case StmtKind::With:
        for (auto& item : s.items) {
          type(*item.context);
          if (item.target) store(*item.target, T::Object);
        }
        block(s.body);
        return;
      case StmtKind::Import:
        for (auto& imp : s.imports) bind(imp.asname.empty() ? imp.name.substr(0, imp.name.find('.')) : imp.asname, T::Object);
        return;
      case StmtKind::ImportFrom:
        for (auto& n : s.star_names) bind(n, T::Object);
        for (auto& imp : s.imports) bind(imp.asname.empty() ? imp.name : imp.asname, T::Object);
        return;
      case StmtKind::Assert:
        type(*s.test);
        if (s.value) type(*s.value);
        return;
      case StmtKind::Del:
        for (auto& t : s.targets) del(*t);
        return;
      case StmtKind::Match:
        type(*s.value);
        for (auto& c : s.cases) {
          pattern(*c.pattern);
          std::vector<std::string> names;
          pattern_names(*c.pattern, names);
          for (auto& n : names) bind(n, T::Object);
          if (c.guard) type(*c.guard);
          block(c.body);
        }
        return;
      case StmtKind::Global:
      case StmtKind::Nonlocal:
      case StmtKind::Break:
      case StmtKind::Continue:
      case StmtKind::Pass: return;
    }
  }

  void del(Expr& t) {
    if (t.kind == ExprKind::Name) {
      deleted_.insert(t.str);
    } else if (t.kind == ExprKind::Tuple || t.kind == ExprKind::List) {
      for (auto& x : t.sub) del(*x);
    } else {
      for (auto& x : t.sub) type(*x);
    }
  }

  void pattern(Pattern& p) {
    if (p.value) type(*p.value);
    for (auto& k : p.keys) type(*k);
    for (auto& s : p.sub) pattern(*s);
  }

  // What a def or lambda evaluates where it stands: its defaults (and evaluated annotations).
  void function_value(Function& f) {
    for (auto& p : f.params) {
      if (p.default_value) type(*p.default_value);
      if (f.annotations_evaluated && p.annotation) type(*p.annotation);
    }
    if (f.annotations_evaluated && f.returns) type(*f.returns);
  }

  T type(Expr& e) {
    T t = compute(e);
    e.type = t;
    return t;
  }

  T compute(Expr& e) {
    switch (e.kind) {
      case ExprKind::Name: {
        // A class body reads the namespace it builds first (LOAD_NAME): not the global.
        if (in_class_) return T::Object;
        if (e.binding == Binding::Global) {
          auto g = st_.globals.find(e.str);
          if (g == st_.globals.end()) return T::Object;
          return st_.final && g->second == T::Never ? T::Object : g->second;
        }
        if (e.binding != Binding::Local) return T::Object;
        auto it = vars_.find(e.str);
        return it == vars_.end() ? T::Object : it->second;
      }
      case ExprKind::Int: return small_literal(e) ? T::SmallInt : T::Int;
      case ExprKind::Float: return T::Float;
      case ExprKind::Str: return T::Str;
      case ExprKind::Bool: return T::Bool;
      case ExprKind::None: return T::None;
      case ExprKind::FString:
        for (auto& x : e.sub) type(*x);
        return T::Str;
      case ExprKind::FormattedValue:
        for (auto& x : e.sub) {
          if (x) type(*x);
        }
        return T::Object;
      case ExprKind::BinOp: {
        T a = type(*e.sub[0]);
        T b = type(*e.sub[1]);
        return binop_type(e.op, a, b);
      }
      case ExprKind::UnaryOp: {
        T a = type(*e.sub[0]);
        if (e.op == Op::Not) return T::Bool;
        if (a == T::Never) return T::Never;
        // -x of a SmallInt may not fit (-(-2**63)), unless x is a literal.
        if (e.op == Op::USub && a == T::SmallInt && e.sub[0]->kind == ExprKind::Int) return a;
        if ((e.op == Op::USub || e.op == Op::UAdd) && number(a)) return e.op == Op::UAdd ? a : widen(a);
        if (e.op == Op::Invert && widen(a) == T::Int) return T::Int;
        return T::Object;
      }
      case ExprKind::BoolOp: {
        T t = T::Never;
        for (auto& x : e.sub) t = join(t, type(*x));
        return t;
      }
      case ExprKind::Compare: {
        std::vector<T> ts;
        for (auto& x : e.sub) ts.push_back(type(*x));
        for (size_t i = 0; i < e.ops.size(); ++i) {
          if (ts[i] == T::Never || ts[i + 1] == T::Never) return T::Never;
          Op op = e.ops[i];
          // `is` compares identities and `in` converts __contains__'s result: always a bool.
          bool always = op == Op::Is || op == Op::IsNot || op == Op::In || op == Op::NotIn;
          if (!always && !(scalar(ts[i]) && scalar(ts[i + 1]))) return T::Object;
        }
        return T::Bool;
      }
      case ExprKind::IfExp: {
        type(*e.sub[0]);
        T a = type(*e.sub[1]);
        return join(a, type(*e.sub[2]));
      }
      case ExprKind::Call: {
        type(*e.sub[0]);
        std::vector<T> args;
        for (size_t i = 1; i < e.sub.size(); ++i) args.push_back(type(*e.sub[i]));
        for (auto& k : e.keywords) type(*k.value);
        if (e.namespace_of == Expr::Namespace::Function && !in_class_) reads_namespace_ = true;
        if (const Function* d = e.sub[0]->kind == ExprKind::Name ? e.sub[0]->direct : nullptr) {
          auto sig = st_.sigs.find(d);
          if (sig != st_.sigs.end()) {  // every call of it passes one argument per parameter
            for (size_t i = 0; i < args.size(); ++i) st_.join_into(sig->second.params[i], args[i]);
            return st_.final && sig->second.result == T::Never ? T::Object : sig->second.result;
          }
        }
        for (T a : args) {
          if (a == T::Never) return T::Never;
        }
        return builtin_call_type(e, args);
      }
      case ExprKind::NamedExpr: {
        T v = type(*e.sub[1]);
        store(*e.sub[0], v);
        return v;
      }
      case ExprKind::Lambda: function_value(*e.func); return T::Object;
      case ExprKind::ListComp:
      case ExprKind::SetComp:
      case ExprKind::DictComp:
        for (auto& g : e.generators) {
          type(*g.iter);
          store(*g.target, T::Object);
          for (auto& c : g.ifs) type(*c);
        }
        for (auto& x : e.sub) type(*x);
        return T::Object;
      default:
        for (auto& x : e.sub) {
          if (x) type(*x);
        }
        for (auto& k : e.keywords) type(*k.value);
        for (auto& g : e.generators) {
          type(*g.iter);
          for (auto& c : g.ifs) type(*c);
        }
        return T::Object;
    }
  }

  // ---- certainly bound ----------------------------------------------------------------------
  // Where a name is mentioned: the chain of (block, statement index) from the function body
  // down to the statement.
  using Path = std::vector<std::pair<const StmtList*, size_t>>;

  struct Mentions {
    const std::string& name;
    bool seen = false;
    bool ok = true;
    const StmtList* def_block = nullptr;
    size_t def_index = 0;
  };

  bool certainly_bound(const std::string& name) {
    Mentions m{name};
    Path path;
    walk_block(f_->body, path, m);
    return m.seen && m.ok;
  }

  void walk_block(const StmtList& body, Path& path, Mentions& m) {
    for (size_t i = 0; i < body.size() && m.ok; ++i) {
      path.push_back({&body, i});
      walk_stmt(*body[i], path, m);
      path.pop_back();
    }
  }

  // A mention at `path`: the first must be a plain assignment; each later one must follow it
  // in the same block.
  void mention(const Path& path, Mentions& m, bool clean_def) {
    if (!m.seen) {
      m.seen = true;
      m.ok = clean_def;
      m.def_block = path.back().first;
      m.def_index = path.back().second;
      return;
    }
    for (auto& [b, i] : path) {
      if (b == m.def_block && i > m.def_index) return;
    }
    m.ok = false;
  }

  static bool mentions(const Expr& e, const std::string& name) {
    if (e.kind == ExprKind::Name && e.str == name) return true;
    for (auto& x : e.sub) {
      if (x && mentions(*x, name)) return true;
    }
    for (auto& k : e.keywords) {
      if (mentions(*k.value, name)) return true;
    }
    for (auto& g : e.generators) {
      if (mentions(*g.target, name) || mentions(*g.iter, name)) return true;
      for (auto& c : g.ifs) {
        if (mentions(*c, name)) return true;
      }
    }
    if (e.kind == ExprKind::Lambda) {
      for (auto& p : e.func->params) {
        if (p.default_value && mentions(*p.default_value, name)) return true;
      }
    }
    return false;
  }

  // Whether the statement's own parts (not its nested blocks) mention the name.
  static bool mentioned_here(const Stmt& s, const std::string& n) {
    bool here = false;
    each_part(s, [&](const Expr& e) { here = here || mentions(e, n); });
    for (auto& h : s.handlers) {
      if (h.name == n) here = true;
    }
    for (auto& c : s.cases) {
      std::vector<std::string> names;
      pattern_names(*c.pattern, names);
      for (auto& x : names) {
        if (x == n) here = true;
      }
    }
    if ((s.kind == StmtKind::FunctionDef || s.kind == StmtKind::ClassDef) && s.binds() == n) here = true;
    for (auto& imp : s.imports) {
      if (imp.name == n || imp.asname == n) here = true;
    }
    return here;
  }

  // ---- loop counters --------------------------------------------------------------------------
  // A name every mention of which is a counted range loop binding it (Stmt::counted_step), or
  // inside the body of one (not its else block, which also runs after no iteration at all).
  bool loop_counter(const std::string& name) {
    bool seen = false;
    return counter_block(f_->body, name, false, seen) && seen;
  }

  bool counter_block(const StmtList& body, const std::string& n, bool bound, bool& seen) {
    for (auto& s : body) {
      if (!counter_stmt(*s, n, bound, seen)) return false;
    }
    return true;
  }

  bool counter_stmt(const Stmt& s, const std::string& n, bool bound, bool& seen) {
    if (s.kind == StmtKind::For && s.counted_step && s.targets[0]->str == n) {
      if (mentions(*s.value, n) && !bound) return false;
      seen = true;
      return counter_block(s.body, n, true, seen) && counter_block(s.orelse, n, bound, seen);
    }
    if (!bound && mentioned_here(s, n)) return false;
    if (s.kind == StmtKind::FunctionDef || s.kind == StmtKind::ClassDef) return true;  // other scopes
    if (!counter_block(s.body, n, bound, seen) || !counter_block(s.orelse, n, bound, seen)) return false;
    for (auto& h : s.handlers) {
      if (!counter_block(h.body, n, bound, seen)) return false;
    }
    for (auto& c : s.cases) {
      if (!counter_block(c.body, n, bound, seen)) return false;
    }
    return counter_block(s.finalbody, n, bound, seen);
  }

  void walk_stmt(const Stmt& s, Path& path, Mentions& m) {
    const std::string& n = m.name;
    if (s.kind == StmtKind::Assign || s.kind == StmtKind::AnnAssign) {
      bool as_target = false, elsewhere = false;
      for (auto& t : s.targets) {
        if (t->kind == ExprKind::Name && t->str == n) {
          as_target = true;
        } else if (s.kind == StmtKind::Assign && parallel(s)) {
          for (auto& x : t->sub) {
            if (x->kind == ExprKind::Name && x->str == n) as_target = true;
            else if (mentions(*x, n)) elsewhere = true;
          }
        } else if (mentions(*t, n)) {
          elsewhere = true;
        }
      }
      if (s.value && mentions(*s.value, n)) elsewhere = true;
      if (as_target || elsewhere) mention(path, m, as_target && !elsewhere && s.value);
      return;
    }
    if (mentioned_here(s, n)) mention(path, m, false);
    if (s.kind == StmtKind::FunctionDef || s.kind == StmtKind::ClassDef) return;  // other scopes
    walk_block(s.body, path, m);
    walk_block(s.orelse, path, m);
    for (auto& h : s.handlers) walk_block(h.body, path, m);
    walk_block(s.finalbody, path, m);
    for (auto& c : s.cases) walk_block(c.body, path, m);
  }
};

}  // namespace

void infer_function(Function* f, StmtList& body, ModuleState& st) { FunctionTypes(f, st).run(body); }

}  // namespace aiocc::semantic::types
