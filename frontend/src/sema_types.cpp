// Type inference, first stage: the exact types of scalar values inside each function.
//
// A type here is an exact built-in type (StaticType: None, bool, int, float, str), or Object
// (anything). Only what CPython guarantees is inferred: a literal's type, an operation whose
// result type follows from its operands' exact types (int + int is an int, float * int a
// float, `not x` a bool whatever x is), the builtins whose result is always exact (len, ord,
// isinstance, float of a number), a `for` target over range(). A user class can take part in
// none of those, so no method of one can change an inferred type.
//
// SmallInt, below Int, is an int proven to fit in 64 bits: a literal below 10**18, ord(),
// and the counter of a counted loop: `for name in range(...)` whose start is 0, a
// SmallInt or a SmallInt name plus or minus a short literal, and whose step is a literal of at
// most 1000 (Stmt::counted_step). Its values run from the start towards the stop, so reaching
// the 64-bit limits would take 2**53 steps whatever the stop; codegen clamps a bigger stop and
// the unreachable case raises. Arithmetic on SmallInts gives an Int (it may overflow).
//
// Each local variable of a function (not a parameter, not captured by an inner function) gets
// the join of the types of every value bound to it, found by iterating to a fixpoint (x = x +
// 1.0 depends on x). A binding inference does not follow (a tuple target, `with ... as`, an
// import) makes it Object. A float, bool or SmallInt local also becomes native (a C++ double,
// bool or int64_t) when it is certainly bound wherever it is read: its first mention is a
// plain assignment (not reading it), and every other mention comes after that statement in
// the same block; or every mention is a counted loop binding it or inside such a loop's body.
// A function that reads its own namespace (locals(), vars(), dir()) keeps every local boxed.
//
// Across functions: a module-level def of the script that is only ever called directly (its
// name never read as a value, so nothing else can call it) has a typed signature. Each
// parameter's type is the join of the arguments' types over its call sites, and its result's
// type the join over its return statements (with None when it can end without one). The
// whole module iterates to a fixpoint, first leaving types unknown (Never) where nothing is
// known yet, then with every unknown made Object. The script's globals that only
// module-level code binds (no `global` statement names them) are typed the same way, from
// every binding of them in the module body.
//
// AIOCC_NO_INFER=1 in the environment skips this pass: every type stays Object, which the
// test suite uses to check that typed code prints what the dynamic path prints.
#include <cstdlib>
#include <map>
#include <set>

#include "aiocc/frontend/builtins_table.h"
#include "sema_types.h"

namespace aiocc::semantic {
namespace types {

T join(T a, T b) {
  if (a == T::Never) return b;
  if (b == T::Never) return a;
  if (a == b) return a;
  return widen(a) == widen(b) ? widen(a) : T::Object;  // SmallInt and Int: Int
}

T widen(T t) { return t == T::SmallInt ? T::Int : t; }
bool number(T t) { return widen(t) == T::Int || t == T::Float; }
bool scalar(T t) { return t == T::None || t == T::Bool || number(t) || t == T::Str; }

// An int literal below 10**18 fits in 64 bits.
bool small_literal(const Expr& e) { return e.kind == ExprKind::Int && e.str.size() <= 18; }

T binop_type(Op op, T a, T b) {
  if (a == T::Never || b == T::Never) return T::Never;
  a = widen(a);  // a SmallInt's sum may not fit: arithmetic gives an Int
  b = widen(b);
  if (a == T::Int && b == T::Int) {
    switch (op) {
      case Op::Add: case Op::Sub: case Op::Mul: case Op::FloorDiv: case Op::Mod:
      case Op::LShift: case Op::RShift: case Op::BitOr: case Op::BitXor: case Op::BitAnd:
        return T::Int;
      case Op::Div: return T::Float;
      default: return T::Object;  // ** gives a float for a negative exponent
    }
  }
  if (number(a) && number(b)) {  // at least one float
    switch (op) {
      case Op::Add: case Op::Sub: case Op::Mul: case Op::Div: case Op::FloorDiv: case Op::Mod:
        return T::Float;
      default: return T::Object;  // ** of a negative base gives a complex
    }
  }
  if (a == T::Str && b == T::Str && op == Op::Add) return T::Str;
  if (op == Op::Mul && ((a == T::Str && b == T::Int) || (a == T::Int && b == T::Str))) return T::Str;
  return T::Object;
}

T builtin_call_type(const Expr& call, const std::vector<T>& args) {
  static const int len = find_builtin("", "len"), ord = find_builtin("", "ord"),
                   isinstance = find_builtin("", "isinstance"), issubclass = find_builtin("", "issubclass"),
                   callable = find_builtin("", "callable"), hasattr = find_builtin("", "hasattr"),
                   float_ = find_builtin("", "float"), int_ = find_builtin("", "int"),
                   abs = find_builtin("", "abs"), chr = find_builtin("", "chr");
  const Expr& fn = *call.sub[0];
  if (fn.kind != ExprKind::Name || fn.binding != Binding::Builtin || !call.keywords.empty()) return T::Object;
  for (size_t i = 1; i < call.sub.size(); ++i) {
    if (call.sub[i]->kind == ExprKind::Starred) return T::Object;
  }
  const int e = fn.entry;
  const size_t n = args.size();
  // ord() is below 0x110000. len() fits in 64 bits too, but a __len__ may give 2**63 - 1,
  // too near the limit for a counted loop's start: an Int.
  if (e == ord && n == 1) return T::SmallInt;
  if (e == len && n == 1) return T::Int;
  if ((e == isinstance || e == issubclass || e == hasattr) && n == 2) return T::Bool;
  if (e == callable && n == 1) return T::Bool;
  if (e == chr && n == 1) return T::Str;
  // float(x) and int(x) of a number or a str (a user class's __float__/__int__ result is
  // converted too, but is not worth the argument).
  if (e == float_ && n == 1 && (number(args[0]) || args[0] == T::Str || args[0] == T::Bool)) return T::Float;
  if (e == int_ && n == 1 && (number(args[0]) || args[0] == T::Str || args[0] == T::Bool)) return T::Int;
  if (e == abs && n == 1 && number(args[0])) return widen(args[0]);  // abs(-2**63) does not fit
  return T::Object;
}

bool parallel(const Stmt& s) {
  if (s.targets.size() != 1) return false;
  const Expr& t = *s.targets[0];
  const Expr& v = *s.value;
  auto plain = [](const Expr& e) {
    if (e.kind != ExprKind::Tuple && e.kind != ExprKind::List) return false;
    for (auto& x : e.sub) {
      if (x->kind == ExprKind::Starred) return false;
    }
    return true;
  };
  return plain(t) && plain(v) && t.sub.size() == v.sub.size();
}

bool is_range_call(const Expr& e) {
  static const int range = find_builtin("", "range");
  if (e.kind != ExprKind::Call || !e.keywords.empty() || e.sub.size() < 2 || e.sub.size() > 4) return false;
  const Expr& fn = *e.sub[0];
  if (fn.kind != ExprKind::Name || fn.binding != Binding::Builtin || fn.entry != range) return false;
  for (size_t i = 1; i < e.sub.size(); ++i) {
    if (e.sub[i]->kind == ExprKind::Starred) return false;
  }
  return true;
}

// A SmallInt, or a SmallInt name plus or minus a literal of at most 4 digits (`i + 1`): a
// SmallInt is never within 10**4 of the 64-bit limits (literals are below 10**18, ord() below
// 0x110000, and a counter starting from those would need 2**52 steps).
static bool counted_start(const Expr& e) {
  auto small = [](const Expr& x) { return x.type == T::SmallInt || x.type == T::Never; };
  if (small(e)) return true;
  if (e.kind != ExprKind::BinOp || (e.op != Op::Add && e.op != Op::Sub)) return false;
  const Expr& a = *e.sub[0];
  const Expr& b = *e.sub[1];
  return a.kind == ExprKind::Name && small(a) && b.kind == ExprKind::Int && b.str.size() <= 4;
}

int counted_step(const Expr& call) {
  if (!is_range_call(call)) return 0;
  const size_t n = call.sub.size() - 1;
  if (n >= 2 && !counted_start(*call.sub[1])) return 0;
  if (n < 3) return 1;
  const Expr& step = *call.sub[3];
  const bool negative = step.kind == ExprKind::UnaryOp && step.op == Op::USub;
  const Expr& digits = negative ? *step.sub[0] : step;
  if (digits.kind != ExprKind::Int || digits.str.size() > 4) return 0;
  int v = std::stoi(digits.str);
  if (v == 0 || v > 1000) return 0;
  return negative ? -v : v;
}

void pattern_names(const Pattern& p, std::vector<std::string>& out) {
  if (!p.name.empty()) out.push_back(p.name);
  for (auto& s : p.sub) pattern_names(*s, out);
}

bool may_fall_off(const StmtList& body) {
  if (body.empty()) return true;
  const Stmt& last = *body.back();
  switch (last.kind) {
    case StmtKind::Return:
    case StmtKind::Raise: return false;
    case StmtKind::If: return may_fall_off(last.body) || last.orelse.empty() || may_fall_off(last.orelse);
    default: return true;
  }
}

bool returns_through_finally(const StmtList& body) {
  for (auto& st : body) {
    if (st->kind == StmtKind::With || (st->kind == StmtKind::Try && !st->finalbody.empty())) return true;
    if (st->kind == StmtKind::FunctionDef || st->kind == StmtKind::ClassDef) continue;
    for (const StmtList* b : {&st->body, &st->orelse, &st->finalbody}) {
      if (returns_through_finally(*b)) return true;
    }
    for (auto& h : st->handlers) {
      if (returns_through_finally(h.body)) return true;
    }
    for (auto& c : st->cases) {
      if (returns_through_finally(c.body)) return true;
    }
  }
  return false;
}

}  // namespace types

namespace {
using namespace types;

// Every expression of the module, nested scopes included.
template <typename F>
void each_expr(Expr& e, F&& f);
template <typename F>
void each_expr(StmtList& body, F&& f);
template <typename F>
void each_expr(Function& fn, F&& f) {
  for (auto& p : fn.params) {
    if (p.default_value) each_expr(*p.default_value, f);
    if (p.annotation) each_expr(*p.annotation, f);
  }
  if (fn.returns) each_expr(*fn.returns, f);
  each_expr(fn.body, f);
}
template <typename F>
void each_expr(Expr& e, F&& f) {
  f(e);
  for (auto& x : e.sub) {
    if (x) each_expr(*x, f);
  }
  for (auto& k : e.keywords) each_expr(*k.value, f);
  for (auto& g : e.generators) {
    each_expr(*g.target, f);
    each_expr(*g.iter, f);
    for (auto& c : g.ifs) each_expr(*c, f);
  }
  if (e.func) each_expr(*e.func, f);
}
template <typename F>
void each_expr(StmtList& body, F&& f) {
  for (auto& sp : body) {
    Stmt& s = *sp;
    each_part(s, [&](Expr& x) { each_expr(x, f); });
    if (s.func) each_expr(s.func->body, f);
    for (auto& h : s.handlers) each_expr(h.body, f);
    for (auto& c : s.cases) each_expr(c.body, f);
    each_expr(s.body, f);
    each_expr(s.orelse, f);
    each_expr(s.finalbody, f);
  }
}

// The names `global` statements declare, in every scope of `body`.
void global_declarations(const StmtList& body, std::set<std::string>& out) {
  for (auto& st : body) {
    if (st->kind == StmtKind::Global) out.insert(st->names.begin(), st->names.end());
    if (st->func) global_declarations(st->func->body, out);
    for (const StmtList* b : {&st->body, &st->orelse, &st->finalbody}) global_declarations(*b, out);
    for (auto& h : st->handlers) global_declarations(h.body, out);
    for (auto& c : st->cases) global_declarations(c.body, out);
  }
}

// The defs of the script that get typed signatures: module-level, plain (no async, generator,
// *args, keyword-only or **kwargs), and never used but as the callee of a direct call with
// one positional argument per parameter. globals() (or vars()/dir() at module level) could
// reach any of them, so a module calling it has none.
void find_signatures(Module& m, ModuleState& st) {
  if (m.index != 0) return;
  std::map<std::string, Function*> defs;
  for (Function* f : m.functions) {
    if (!f->parent && f->class_name.empty() && !f->is_lambda && !f->is_async && !f->is_generator &&
        f->vararg_index < 0 && f->kwonly_index < 0 && f->kwarg_index < 0) {
      defs[f->name] = f;
    }
  }
  std::set<const Expr*> callees;  // Names called directly with a fitting argument list
  std::set<std::string> escaped;
  bool namespace_read = false;
  each_expr(m.body, [&](Expr& e) {
    if (e.kind == ExprKind::Call) {
      if (e.namespace_of == Expr::Namespace::Module) namespace_read = true;
      const Expr& fn = *e.sub[0];
      bool positional = e.keywords.empty();
      for (size_t i = 1; i < e.sub.size(); ++i) positional = positional && e.sub[i]->kind != ExprKind::Starred;
      if (fn.kind == ExprKind::Name && fn.direct && positional && fn.direct->params.size() == e.sub.size() - 1) {
        callees.insert(&fn);
      }
    } else if (e.kind == ExprKind::Name && e.binding == Binding::Global && defs.count(e.str)) {
      if (!callees.count(&e) || e.direct != defs[e.str]) escaped.insert(e.str);
    }
  });
  if (namespace_read) return;
  for (auto& [name, f] : defs) {
    if (!escaped.count(name)) st.sigs[f].params.assign(f->params.size(), T::Never);
  }
  std::set<std::string> declared;
  global_declarations(m.body, declared);
  for (auto& s : m.scope.symbols) {
    // A global named like a builtin reads the builtin until the module binds it: untyped.
    if (s.binding == Binding::Global && !declared.count(s.name) && find_builtin("", s.name) < 0) {
      st.globals[s.name] = T::Never;
    }
  }
}

}  // namespace

void infer_types(Module& m) {
  if (const char* off = std::getenv("AIOCC_NO_INFER"); off && *off && std::string(off) != "0") return;
  ModuleState st;
  find_signatures(m, st);
  for (bool final : {false, true}) {
    st.final = final;
    do {
      st.changed = false;
      for (Function* f : m.functions) infer_function(f, f->body, st);
      infer_function(nullptr, m.body, st);
    } while (st.changed);
  }
}

}  // namespace aiocc::semantic

