// Type inference (sema pass 4), shared by its two files: the type rules of scalar values, the
// state of the module's fixpoint, and the inference of one function's body.
//   sema_types.cpp           the rules, and the module driver: typed signatures, globals, the fixpoint
//   sema_function_types.cpp  one function (or the module body): its locals, calls and returns
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "sema_analyzer.h"

namespace aiocc::semantic::types {

using T = StaticType;

T join(T a, T b);  // the least type holding both (Never: nothing known yet)
T widen(T t);      // SmallInt as Int: what arithmetic on it gives
bool small_literal(const Expr& e);  // an int literal that fits in 64 bits
bool number(T t);  // int or float
bool scalar(T t);  // None, bool, int, float or str
// The type of `a op b` for operands of exact types a and b (CPython's int, float and str
// slots; Object when a user class or anything else could decide).
T binop_type(Op op, T a, T b);
// Builtins whose result has one exact type (for the given argument types).
T builtin_call_type(const Expr& call, const std::vector<T>& args);
// `a, b = x, y`: a sequence of targets given a display of as many values, none starred; each
// target gets its own value (codegen builds no tuple).
bool parallel(const Stmt& s);
bool is_range_call(const Expr& e);
// For `for name in range(...)`: the step of a counted loop (Stmt::counted_step), or 0. Its
// start (0 or a SmallInt argument) and small literal step keep the counter in 64 bits.
int counted_step(const Expr& call);
void pattern_names(const Pattern& p, std::vector<std::string>& out);
// Whether the end of `body` can be reached (a def falling off its end returns None).
bool may_fall_off(const StmtList& body);
// A try/finally or with statement in the def's own body: its returns go through an object.
bool returns_through_finally(const StmtList& body);

// The expressions a statement evaluates itself, not those of the statements in its blocks (a
// def's defaults and annotations, not its body): f(expr) for each, pattern values included.
template <typename S, typename F>
void each_part(S& s, F&& f) {
  auto e = [&](auto& x) {
    if (x) f(*x);
  };
  e(s.value);
  e(s.test);
  e(s.cause);
  e(s.annotation);
  for (auto& t : s.targets) e(t);
  for (auto& d : s.decorators) e(d);
  for (auto& k : s.keywords) e(k.value);
  for (auto& item : s.items) {
    e(item.context);
    e(item.target);
  }
  for (auto& h : s.handlers) e(h.type);
  std::function<void(decltype(*s.cases[0].pattern)&)> pattern = [&](auto& p) {
    e(p.value);
    for (auto& k : p.keys) e(k);
    for (auto& x : p.sub) pattern(*x);
  };
  for (auto& c : s.cases) {
    pattern(*c.pattern);
    e(c.guard);
  }
  if (s.func) {
    for (auto& p : s.func->params) {
      e(p.default_value);
      e(p.annotation);
    }
    e(s.func->returns);
  }
}

// The typed signature of a def called only directly.
struct Signature {
  std::vector<T> params;
  T result = T::Never;
};

struct ModuleState {
  std::map<const Function*, Signature> sigs;
  // The script's globals that only module-level code binds (no `global` declaration names
  // them): the join of what it binds to them.
  std::map<std::string, T> globals;
  bool changed = false;  // a signature grew in this round
  bool final = false;    // the second phase: what is still unknown is Object

  void join_into(T& slot, T t) {
    T j = join(slot, t);
    if (j != slot) {
      slot = j;
      changed = true;
    }
  }
};

// One round of inference over a function's body (`f` null: the module body, whose names are
// globals, never typed, and whose calls are call sites).
void infer_function(Function* f, StmtList& body, ModuleState& st);

}  // namespace aiocc::semantic::types
