// Expressions: one runtime call per operation, with names, constants (interned once per
// program) and each attribute or method site's inline cache. Short-circuit operators and
// comparison chains use temporaries; comprehensions are in emit_comprehension.cpp.
#include <algorithm>
#include <functional>
#include <set>

#include "aiocc/frontend/builtins_table.h"
#include "aiocc/frontend/diagnostics.h"
#include "constant_folding.h"
#include "emitter.h"
#include "names.h"

namespace aiocc::codegen {

// ---- constants ------------------------------------------------------------------------------
std::string Emitter::str_const(const std::string& s) {
  auto it = str_consts_.find(s);
  if (it != str_consts_.end()) return it->second;
  std::string name = "kStr" + std::to_string(n_consts_++);
  constants_ += "const aiocc::Object " + name + " = aiocc::py_str(std::string(" +
                names::string_literal(s) + ", " + std::to_string(s.size()) + "));\n";
  str_consts_[s] = name;
  return name;
}

// A bytes constant, once per program (C++ literals hold any bytes, NUL included).
std::string Emitter::bytes_const(const std::string& s) {
  auto it = bytes_consts_.find(s);
  if (it != bytes_consts_.end()) return it->second;
  std::string name = "kBytes" + std::to_string(n_consts_++);
  constants_ += "const aiocc::Object " + name + " = aiocc::py_bytes(std::string(" +
                names::string_literal(s) + ", " + std::to_string(s.size()) + "));\n";
  bytes_consts_[s] = name;
  return name;
}

// An interned attribute name, once per program.
std::string Emitter::name_const(const std::string& s) {
  auto it = name_consts_.find(s);
  if (it != name_consts_.end()) return it->second;
  std::string name = "kName" + std::to_string(n_consts_++);
  constants_ += "const aiocc::Name& " + name + " = aiocc::intern(" + names::string_literal(s) + ");\n";
  name_consts_[s] = name;
  return name;
}

// A site's own inline cache (AttrCache, StoreCache or MethodCache).
std::string Emitter::site_cache(const char* type) {
  std::string name = "kCache" + std::to_string(n_consts_++);
  constants_ += std::string("aiocc::") + type + " " + name + ";\n";
  return name;
}

std::string Emitter::load_attr(const std::string& obj, const std::string& attr, int k) {
  return "aiocc::getattr(" + obj + ", " + name_const(attr) + ", " + site_cache("AttrCache") +
         at_arg(k) + ")";
}

std::string Emitter::store_attr(const std::string& obj, const std::string& attr,
                                const std::string& v, int k) {
  return "aiocc::setattr(" + obj + ", " + name_const(attr) + ", " + v + ", " +
         site_cache("StoreCache") + at_arg(k) + ")";
}

std::string Emitter::int_const(const std::string& digits) {
  if (digits.size() <= 18) return "aiocc::Object::from_int(" + digits + ")";
  std::string name = "kInt" + std::to_string(n_consts_++);
  constants_ += "const aiocc::Object " + name + " = aiocc::int_from_decimal(\"" + digits + "\");\n";
  return name;
}

// ---- names ----------------------------------------------------------------------------------
// Where a name bound by a def / except-as / import-from in the current scope lives.
Emitter::Slot Emitter::slot_of(const std::string& name) const {
  const Function* f = fs_->f;
  if (!f) return Slot::Global;
  const Symbol* s = f->scope.find(name);
  if (!s) return Slot::Local;
  switch (s->binding) {
    case Binding::Global: return Slot::Global;
    case Binding::Cell:
    case Binding::Free: return Slot::Cell;  // `nonlocal f` then `def f` stores into the cell
    default: return Slot::Local;
  }
}

std::string Emitter::slot_ref(const std::string& name) const {
  if (fs_->f) {
    if (const Symbol* s = fs_->f->scope.find(name); s && s->native) internal_error(s->defined, "a native local stored as an object");
  }
  switch (slot_of(name)) {
    case Slot::Local: return names::local(name);
    case Slot::Cell: return names::cell(name) + ".get()";
    case Slot::Global: return names::global(name);
  }
  return "";
}

std::string Emitter::comp_name(const std::string& name) const {
  for (auto it = fs_->comp_names.rbegin(); it != fs_->comp_names.rend(); ++it) {
    auto f = it->find(name);
    if (f != it->end()) return f->second;
  }
  return "";
}

std::string Emitter::load(const Expr& e) {
  // In a class body, a name the body binds is looked up in the namespace being built first
  // (CPython's LOAD_NAME), then where it would be found otherwise.
  if (!class_ns_.empty() && class_scope_->find(e.str)) {
    std::string ns = class_ns_;
    class_ns_.clear();
    std::string fallback = load(e);
    class_ns_ = ns;
    return "({ const aiocc::Object* _cn = aiocc::class_local(" + ns + ", " + str_const(e.str) +
           "); _cn ? *_cn : aiocc::Object(" + fallback + "); })";
  }
  return load_scoped(e);
}

// `, _f, K`: the position a failed read of `e` reports.
std::string Emitter::at(const Expr& e) { return ", _f, " + std::to_string(pos(e.span)); }

std::string Emitter::load_scoped(const Expr& e) {
  const std::string q = names::string_literal(e.str);
  switch (e.binding) {
    case Binding::Local:
      if (native_local(e)) return box(typed(e));
      if (fs_->params.count(e.str)) return names::local(e.str);
      return "aiocc::load_local(" + names::local(e.str) + ", " + q + at(e) + ")";
    case Binding::Cell: return "aiocc::load_local(" + names::cell(e.str) + ".get(), " + q + at(e) + ")";
    case Binding::Free: return "aiocc::load_free(" + names::cell(e.str) + ".get(), " + q + at(e) + ")";
    case Binding::Global: {
      // A global named like a builtin reads the builtin while it is unbound (LOAD_GLOBAL looks
      // in the module, then in builtins): `BlockingIOError = BlockingIOError`.
      const int b = find_builtin("", e.str);
      if (b >= 0) {
        return "({ const aiocc::Object& _g = " + names::global(e.str) + "; _g.is_unbound() ? aiocc::Object(" +
               builtin_entry(b).value + ") : _g; })";
      }
      return "aiocc::load_global(" + names::global(e.str) + ", " + q + at(e) + ")";
    }
    case Binding::CompLocal: return comp_name(e.str);
    case Binding::Builtin: return builtin_entry(e.entry).value;
    case Binding::Module: return module_value(e.str);
    case Binding::Unresolved: break;
  }
  internal_error(e.span, "name '" + e.str + "' has no value binding");
}

std::string Emitter::store_ref(const Expr& e) {
  if (native_local(e)) internal_error(e.span, "a native local stored as an object");
  switch (e.binding) {
    case Binding::Local: return names::local(e.str);
    case Binding::Cell: return names::cell(e.str) + ".get()";
    case Binding::Global: return names::global(e.str);
    case Binding::CompLocal: return comp_name(e.str);
    case Binding::Free: return names::cell(e.str) + ".get()";  // `nonlocal x` then `x = ...`
    default: internal_error(e.span, "assignment to '" + e.str + "'");
  }
}

// ---- expressions ----------------------------------------------------------------------------
const char* Emitter::binop_fn(Op op) {
  switch (op) {
    case Op::Add: return "aiocc::add";
    case Op::Sub: return "aiocc::sub";
    case Op::Mul: return "aiocc::mul";
    case Op::Div: return "aiocc::truediv";
    case Op::FloorDiv: return "aiocc::floordiv";
    case Op::Mod: return "aiocc::mod";
    case Op::Pow: return "aiocc::pow";
    case Op::LShift: return "aiocc::lshift";
    case Op::RShift: return "aiocc::rshift";
    case Op::BitOr: return "aiocc::bitor_";
    case Op::BitXor: return "aiocc::bitxor_";
    case Op::BitAnd: return "aiocc::bitand_";
    case Op::MatMul: return "aiocc::matmul";
    default: return "aiocc::add";
  }
}

// `x op= y`: lists extend in place; user objects try __iop__ first.
std::string Emitter::inplace_fn(Op op) {
  if (op == Op::Add) return "aiocc::inplace_add";
  const char* slot = "";
  switch (op) {
    case Op::Sub: slot = "isub"; break;
    case Op::Mul: slot = "imul"; break;
    case Op::Div: slot = "itruediv"; break;
    case Op::FloorDiv: slot = "ifloordiv"; break;
    case Op::Mod: slot = "imod"; break;
    case Op::Pow: slot = "ipow"; break;
    case Op::LShift: slot = "ilshift"; break;
    case Op::RShift: slot = "irshift"; break;
    case Op::BitOr: slot = "ior"; break;
    case Op::BitXor: slot = "ixor"; break;
    case Op::BitAnd: slot = "iand"; break;
    case Op::MatMul: slot = "imatmul"; break;
    default: return binop_fn(op);
  }
  return std::string("aiocc::inplace<aiocc::Slot::") + slot + ", " + binop_fn(op) + ">";
}

const char* Emitter::cmp_fn(Op op) {
  switch (op) {
    case Op::Eq: return "aiocc::cmp_eq";
    case Op::NotEq: return "aiocc::cmp_ne";
    case Op::Lt: return "aiocc::cmp_lt";
    case Op::LtE: return "aiocc::cmp_le";
    case Op::Gt: return "aiocc::cmp_gt";
    case Op::GtE: return "aiocc::cmp_ge";
    case Op::Is: return "aiocc::cmp_is";
    case Op::IsNot: return "aiocc::cmp_is_not";
    case Op::In: return "aiocc::cmp_in";
    default: return "aiocc::cmp_not_in";
  }
}

std::string Emitter::join(const std::vector<std::string>& v) {
  std::string out;
  for (size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + v[i];
  return out;
}

bool Emitter::has_star(const std::vector<ExprPtr>& elts, size_t from) {
  for (size_t i = from; i < elts.size(); ++i) {
    if (elts[i]->kind == ExprKind::Starred) return true;
  }
  return false;
}

// `{a, b}` or `aiocc::star_args({{a, false}, {xs, true}}[, callee])`: with the callee (a C++
// expression naming it, evaluated already), errors name the function as CPython's do.
std::string Emitter::positional(const std::vector<ExprPtr>& elts, size_t from, const std::string& callee,
                                const std::string& at) {
  std::vector<std::string> parts;
  if (!has_star(elts, from)) {
    for (size_t i = from; i < elts.size(); ++i) parts.push_back(expr(*elts[i]));
    return "{" + join(parts) + "}";
  }
  for (size_t i = from; i < elts.size(); ++i) {
    const Expr& x = *elts[i];
    if (x.kind == ExprKind::Starred) {
      parts.push_back("{" + expr(*x.sub[0]) + ", true}");
    } else {
      parts.push_back("{" + expr(x) + ", false}");
    }
  }
  return "aiocc::star_args({" + join(parts) + "}" + (callee.empty() ? "" : ", " + callee) +
         (callee.empty() || at.empty() ? "" : ", " + at) + ")";
}

std::string Emitter::keywords(const std::vector<Keyword>& kws, const std::string& callee, const std::string& at) {
  std::vector<std::string> parts;
  bool splat = false;
  for (const Keyword& k : kws) {
    splat |= k.name.empty();
    parts.push_back("{" + names::string_literal(k.name) + ", " + expr(*k.value) + "}");
  }
  if (splat) {
    return "aiocc::star_kwargs({" + join(parts) + "}" + (callee.empty() ? "" : ", " + callee) +
           (callee.empty() || at.empty() ? "" : ", " + at) + ")";
  }
  return "{" + join(parts) + "}";
}

namespace {
// A display of many elements is built by a lambda whose parts each push a run of them: as one
// braced list, the C++ compiler's time grows superlinearly with the count (a table of 1000
// numbers took seconds). Not where an element awaits (a lambda cannot).
std::string long_display(const std::string& make, const std::vector<std::string>& parts) {
  constexpr size_t kLong = 32, kRun = 64;
  if (parts.size() <= kLong) return "";
  for (auto& p : parts) {
    if (p.find("co_await") != std::string::npos || p.find("co_yield") != std::string::npos) return "";
  }
  std::string s = "[&]() -> aiocc::Object { std::vector<aiocc::Object> _e; _e.reserve(" +
                  std::to_string(parts.size()) + ");";
  for (size_t i = 0; i < parts.size(); i += kRun) {
    s += " [&]() __attribute__((noinline)) {";
    for (size_t k = i; k < std::min(parts.size(), i + kRun); ++k) s += " _e.push_back(" + parts[k] + ");";
    s += " }();";
  }
  return s + " return " + make + "(std::move(_e)); }()";
}
}  // namespace

std::string Emitter::elements(const char* plain, const char* starred,
                              const std::vector<ExprPtr>& elts) {
  if (!has_star(elts)) {
    std::vector<std::string> parts;
    for (auto& x : elts) parts.push_back(expr(*x));
    const std::string p = plain;
    const char* make = p == "aiocc::py_list_of" ? "aiocc::py_list" : p == "aiocc::py_tuple_of" ? "aiocc::py_tuple"
                     : p == "aiocc::py_set_of" ? "aiocc::py_set" : plain;
    if (std::string s = long_display(make, parts); !s.empty()) return s;
    return std::string(plain) + "({" + join(parts) + "})";
  }
  std::vector<std::string> parts;
  for (auto& x : elts) {
    if (x->kind == ExprKind::Starred) {
      parts.push_back("{" + expr(*x->sub[0]) + ", true}");
    } else {
      parts.push_back("{" + expr(*x) + ", false}");
    }
  }
  return std::string(starred) + "({" + join(parts) + "})";
}

// A direct call to a module-level def: every parameter given positionally.
const Function* Emitter::direct_target(const Expr& call) { return ast::direct_callee(call); }

bool Emitter::has_walrus(const Expr& e) {
  if (e.kind == ExprKind::NamedExpr) return true;
  for (auto& x : e.sub) {
    if (x && has_walrus(*x)) return true;
  }
  return false;
}

// Arguments of a direct call. The callee may read parameters by reference, so a variable it
// could change while running (a global), or one a later argument rebinds (`:=`), is copied.
std::string Emitter::direct_args(const Expr& call, const Function& d) {
  bool walrus = false;
  for (size_t i = 1; i < call.sub.size(); ++i) walrus = walrus || has_walrus(*call.sub[i]);
  std::vector<std::string> parts;
  for (size_t i = 1; i < call.sub.size(); ++i) {
    const Expr& a = *call.sub[i];
    const Symbol* p = d.scope.find(d.params[i - 1].name);
    if (p && p->native) {  // a typed parameter: every argument has its type (sema)
      if (a.type != p->type) internal_error(a.span, "an argument of another type than its typed parameter");
      parts.push_back(unboxed_expr(a, p->type));
      continue;
    }
    std::string v = expr(a);
    if (a.kind == ExprKind::Name && (walrus || a.binding != Binding::Local)) v = "aiocc::Object(" + v + ")";
    parts.push_back(v);
  }
  return join(parts);
}

// Zero-argument super(): CPython's __class__ cell (free in every function under a class body
// that uses super, see sema) and the function's first argument; without them, CPython's
// RuntimeError at the call.
std::string Emitter::super_class() {
  const Function* f = fs_->f;
  if (!f || f->params.empty()) return "aiocc::super_error(\"super(): no arguments\")";
  const Symbol* c = f->scope.find("__class__");
  if (!c || c->binding != Binding::Free) return "aiocc::super_error(\"super(): __class__ cell not found\")";
  return "aiocc::super_class(" + names::cell("__class__") + ".get())";
}

std::string Emitter::super_self() {
  const Function* f = fs_->f;
  if (!f || f->params.empty()) return "aiocc::Object()";
  const Symbol* p = f->scope.find(f->params[0].name);
  if (p && p->native) return box({names::local(p->name), p->type});  // a typed parameter
  return slot_ref(f->params[0].name);
}

// locals(), vars() or dir() without arguments (sema's namespace_of): the dict of the names of
// the code they are in, or its sorted keys for dir().
std::string Emitter::namespace_call(const Expr& e) {
  const bool dir = e.sub[0]->str == "dir";
  const std::string k = std::to_string(pos(e.span));
  std::string ns;
  switch (e.namespace_of) {
    case Expr::Namespace::Module: ns = "aiocc::call_builtin(aiocc::builtins::globals, {}, {}, _f.at(" + k + "))"; break;
    case Expr::Namespace::Class: ns = class_ns_; break;
    default: {
      // CPython's order: the parameters and other locals (co_varnames), the cells that are no
      // parameters, then the free variables, each of those two sorted.
      const Function& f = *fs_->f;
      std::vector<std::string> items, cells, frees;
      auto item = [](const std::string& name, const std::string& value) {
        return "{" + names::string_literal(name) + ", &" + value + "}";
      };
      auto value_of = [&](const std::string& name) {
        return f.scope.is(name, Binding::Cell) ? names::cell(name) + ".get()" : names::local(name);
      };
      for (size_t i = 0; i < f.params.size(); ++i) {
        if (static_cast<int>(i) != f.vararg_index && static_cast<int>(i) != f.kwarg_index) {
          items.push_back(item(f.params[i].name, value_of(f.params[i].name)));
        }
      }
      if (f.vararg_index >= 0) items.push_back(item(f.params[f.vararg_index].name, value_of(f.params[f.vararg_index].name)));
      if (f.kwarg_index >= 0) items.push_back(item(f.params[f.kwarg_index].name, value_of(f.params[f.kwarg_index].name)));
      std::vector<std::string> cell_names, free_names;
      for (auto& sym : f.scope.symbols) {
        if (sym.parameter) continue;
        if (sym.binding == Binding::Local) items.push_back(item(sym.name, names::local(sym.name)));
        if (sym.binding == Binding::Cell) cell_names.push_back(sym.name);
        if (sym.binding == Binding::Free) free_names.push_back(sym.name);
      }
      std::sort(cell_names.begin(), cell_names.end());
      std::sort(free_names.begin(), free_names.end());
      for (auto& n : cell_names) items.push_back(item(n, names::cell(n) + ".get()"));
      for (auto& n : free_names) items.push_back(item(n, names::cell(n) + ".get()"));
      ns = "aiocc::builtins::function_locals({" + join(items) + "})";
    }
  }
  return dir ? "aiocc::builtins::namespace_dir(" + ns + ")" : ns;
}

// A call of a def sema resolved (Expr::direct): its C++ function called by name. A typed
// result (Function::native_result) stays unboxed here.
std::string Emitter::direct_call(const Expr& e, const Function* d) {
  const Expr& fn = *e.sub[0];
  std::string args = direct_args(e, *d);
  int k = pos(e.span);
  std::string name = names::function(d->id, d->name);
  // Unless sema proved the def has run, reading the name first raises NameError as CPython.
  std::string direct;
  if (d->is_async) {
    direct = std::string(d->is_generator ? "aiocc::make_async_generator(" : "aiocc::make_coroutine(") + name +
             "(" + args + "), " + names::string_literal(d->qualname) + ", &" + names::code(d->id) + ")";
  } else if (d->is_generator) {
    direct = "aiocc::make_generator(" + name + "(" + args + "), " + names::string_literal(d->qualname) + ")";
  } else {
    direct = name + "(" + args + (args.empty() ? "" : ", ") + "_f.at(" + std::to_string(k) + "))";
  }
  return fn.direct_bound ? direct : "((void)" + load_scoped(fn) + ", " + direct + ")";
}

std::string Emitter::call(const Expr& e) {
  const Expr& fn = *e.sub[0];
  if (e.namespace_of != Expr::Namespace::None) return namespace_call(e);
  if (fn.kind == ExprKind::Name && fn.str == "super" && fn.binding == Binding::Builtin &&
      e.sub.size() == 3 && e.keywords.empty()) {
    return "aiocc::make_super(" + expr(*e.sub[1]) + ", " + expr(*e.sub[2]) + ")";
  }
  if (fn.kind == ExprKind::Name && fn.str == "super" && fn.binding == Binding::Builtin &&
      e.sub.size() == 1 && e.keywords.empty()) {
    return "(_f.at(" + std::to_string(pos(e.span)) + "), aiocc::make_super(" + super_class() + ", " + super_self() +
           "))";
  }
  if (const Function* d = direct_target(e)) {
    std::string c = direct_call(e, d);
    return d->native_result ? box({c, d->result}) : c;
  }
  if (fn.binding == Binding::Builtin && builtin_entry(fn.entry).function) {
    const std::string callee = builtin_entry(fn.entry).value;
    int k = pos(e.span);
    const std::string at_call = "_f.at(" + std::to_string(k) + ")";
    std::string args = positional(e.sub, 1, callee, at_call), kw = keywords(e.keywords, callee, at_call);
    return "aiocc::call_builtin(" + std::string(builtin_entry(fn.entry).function) + ", " + args + ", " + kw + ", " +
           at_call + ")";
  }
  if (fn.kind == ExprKind::Attribute && fn.binding != Binding::Builtin && !has_star(e.sub, 1)) {
    // super().m(args) / super(C, self).m(args): the method is looked up and called directly.
    const Expr& recv = *fn.sub[0];
    if (recv.kind == ExprKind::Call && recv.keywords.empty() && recv.sub[0]->kind == ExprKind::Name &&
        recv.sub[0]->str == "super" && recv.sub[0]->binding == Binding::Builtin &&
        (recv.sub.size() == 1 || recv.sub.size() == 3)) {
      std::string cls, self;
      if (recv.sub.size() == 3) {
        cls = expr(*recv.sub[1]);
        self = expr(*recv.sub[2]);
      } else {
        cls = "(_f.at(" + std::to_string(pos(recv.span)) + "), " + super_class() + ")";
        self = super_self();
      }
      std::string args = positional(e.sub, 1), kw = keywords(e.keywords);
      int k = pos(e.span);
      return "aiocc::call_super(" + cls + ", " + self + ", " + name_const(fn.str) + ", " + args + ", " +
             kw + ", _f.at(" + std::to_string(k) + "))";
    }
  }
  if (fn.kind == ExprKind::Attribute && fn.binding != Binding::Builtin) {
    std::string obj = expr(*fn.sub[0]);
    if (has_star(e.sub, 1) || has_splat(e.keywords)) {
      // As CPython: the bound method first, then the arguments (whose errors name it).
      std::string t = temp();
      const std::string at = "_f.at(" + std::to_string(pos(e.span)) + ")";
      std::string args = positional(e.sub, 1, t, at), kw = keywords(e.keywords, t, at);
      return "(" + at + ", " + t + " = aiocc::getattr(" + obj + ", " + names::string_literal(fn.str) +
             "), aiocc::call(" + t + ", " + args + ", " + kw + ", " + at + "))";
    }
    // CPython finds the method (LOAD_METHOD) before it evaluates the arguments: when they may
    // run code or raise, the site checks first that the method exists.
    const int kattr = pos(fn.span);
    const std::string cache = site_cache("MethodCache");
    if (!simple_arguments(e)) {
      std::string recv = temp(), loaded = temp();
      std::string args = positional(e.sub, 1), kw = keywords(e.keywords);
      std::string all = with_receiver(recv, args);
      return "(" + recv + " = " + obj + ", " + loaded + " = aiocc::load_method(" + name_const(fn.str) + ", " +
             cache + ", " + recv + ", _f.at(" + std::to_string(kattr) + ")), aiocc::call_loaded(" + loaded + ", " +
             name_const(fn.str) + ", " + cache + ", " + all + ", " + kw + ", _f.at(" + std::to_string(pos(e.span)) +
             "), _f, " + std::to_string(kattr) + "))";
    }
    std::string args = positional(e.sub, 1), kw = keywords(e.keywords);
    int k = pos(e.span);
    // The receiver travels as the first argument: a cached site calls the method directly.
    std::string all = with_receiver(obj, args);
    return "aiocc::call_method(" + name_const(fn.str) + ", " + cache + ", " + all + ", " + kw + ", _f.at(" +
           std::to_string(k) + "), _f, " + std::to_string(kattr) + ")";
  }
  if (fn.kind == ExprKind::Lambda && fn.func->is_genexpr) {
    // The caller takes iter() (aiter() for an `async for`) of the first iterable: a
    // non-iterable fails here, not at next().
    const bool async_first = fn.func->body[0]->is_async;
    std::string it = std::string(async_first ? "aiocc::async_iter(" : "aiocc::make_iterator(") + expr(*e.sub[1]) + ")";
    return "aiocc::call(" + expr(fn) + ", {" + it + "}, {}, _f.at(" + std::to_string(pos(e.span)) + "))";
  }
  std::string f = expr(fn);
  if (has_star(e.sub, 1) || has_splat(e.keywords)) {  // the callee first, named by errors
    std::string t = temp();
    int k = pos(e.span);
    const std::string at = "_f.at(" + std::to_string(k) + ")";
    std::string args = positional(e.sub, 1, t, at), kw = keywords(e.keywords, t, at);
    return "(" + t + " = " + f + ", aiocc::call(" + t + ", " + args + ", " + kw + ", " + at + "))";
  }
  std::string args = positional(e.sub, 1), kw = keywords(e.keywords);
  int k = pos(e.span);
  return "aiocc::call(" + f + ", " + args + ", " + kw + ", _f.at(" + std::to_string(k) + "))";
}

// `yield v`: the frame records the yield's position (where throw() raises) once v is computed.
std::string Emitter::yield_expr(const Expr& e) {
  std::string v = e.sub[0] ? expr(*e.sub[0]) : "aiocc::None";
  return "(co_yield aiocc::at_pos(_f, " + std::to_string(pos(e.span)) + ", " + v + "))";
}

// `yield from src`: the subiterator's values are yielded one by one, with what is sent or
// thrown in passed on to it; the expression's value is the subiterator's return value.
std::string Emitter::yield_from(const Expr& e) {
  std::string n = std::to_string(next_label());
  std::string yf = "_yf" + n, r = "_r" + n, k = std::to_string(pos(e.span));
  return "({ aiocc::YieldFrom " + yf + "(" + expr(*e.sub[0]) + "); aiocc::Resumed " + r + "; while ((_f.pos = " +
         k + ", " + yf + ".advance(" + r + "))) " + r + " = co_await aiocc::delegate(" + yf + ".value); " + yf +
         ".value; })";
}

std::string Emitter::await_expr(const Expr& e) {
  const Expr& v = *e.sub[0];
  if (v.kind == ExprKind::Call) {
    const Expr& fn = *v.sub[0];
    if (fn.binding == Binding::Builtin && std::string(builtin_entry(fn.entry).module) == "asyncio" &&
        std::string(builtin_entry(fn.entry).name) == "sleep") {
      std::string args = positional(v.sub, 1), kw = keywords(v.keywords);
      int k = pos(e.span);
      return "(co_await aiocc::asyncio::await_sleep(_f, " + std::to_string(k) + ", " + args +
             ", " + kw + "))";
    }
    if (const Function* d = direct_target(v); d && d->never_suspends) {
      want_sync(*d);
      std::string args = direct_args(v, *d);
      int k = pos(e.span);
      return function_name(*d, true) + "(" + args + (args.empty() ? "" : ", ") + "_f.at(" +
             std::to_string(k) + "))";
    }
    if (const Function* d = direct_target(v); d && d->is_async && !d->is_generator) {
      std::string args = direct_args(v, *d);
      int k = pos(e.span);
      return "(co_await aiocc::await_(_f, " + std::to_string(k) + ", " +
             names::function(d->id, d->name) + "(" + args + ")))";
    }
  }
  if (std::string m = awaited_method_call(v, pos(e.span)); !m.empty()) return m;
  std::string x = expr(v);
  int k = pos(e.span);
  return "(co_await aiocc::await_(_f, " + std::to_string(k) + ", " + x + "))";
}

// A method call's argument list with the receiver first: `{recv, a, b}` from `{a, b}`.
std::string Emitter::with_receiver(const std::string& recv, const std::string& args) {
  return args == "{}" ? "{" + recv + "}" : "{" + recv + ", " + args.substr(1);
}

// `await recv.name(args)` with arguments that call nothing: the receiver may run the method
// without a coroutine (aiocc::await_method); else it is called, and what it returns awaited.
// Empty when the call is not of that form.
std::string Emitter::awaited_method_call(const Expr& call, int k) {
  if (call.kind != ExprKind::Call) return "";
  const Expr& fn = *call.sub[0];
  if (fn.kind != ExprKind::Attribute || fn.binding == Binding::Builtin || has_star(call.sub, 1) ||
      has_splat(call.keywords) || !simple_arguments(call)) {
    return "";
  }
  const Expr& recv = *fn.sub[0];
  if (recv.kind == ExprKind::Call && recv.sub[0]->kind == ExprKind::Name && recv.sub[0]->str == "super" &&
      recv.sub[0]->binding == Binding::Builtin) {
    return "";
  }
  std::string obj = expr(recv);
  std::string args = positional(call.sub, 1), kw = keywords(call.keywords);
  std::string all = with_receiver(obj, args);
  return "(co_await aiocc::await_method(_f, " + std::to_string(k) + ", " + name_const(fn.str) + ", " +
         site_cache("MethodCache") + ", " + all + ", " + kw + ", _f.at(" + std::to_string(pos(call.span)) +
         "), " + std::to_string(pos(fn.span)) + "))";
}

// Arguments that call nothing: a method call may evaluate them after finding the method, as
// the lookup could only tell apart by its AttributeError, which they cannot precede with output.
// Calls (and awaits, yields, walrus stores) run code that may print or raise: with such an
// argument the method is looked up first, as CPython's LOAD_METHOD.
bool Emitter::simple_arguments(const Expr& call) {
  std::function<bool(const Expr&)> calls = [&](const Expr& x) -> bool {
    switch (x.kind) {
      case ExprKind::Call:
      case ExprKind::Await:
      case ExprKind::Yield:
      case ExprKind::YieldFrom:
      case ExprKind::NamedExpr: return true;
      case ExprKind::Lambda: return false;  // its body runs later
      default: break;
    }
    for (auto& y : x.sub) {
      if (y && calls(*y)) return true;
    }
    for (auto& k : x.keywords) {
      if (calls(*k.value)) return true;
    }
    for (auto& g : x.generators) {
      if (calls(*g.iter)) return true;
      for (auto& c : g.ifs) {
        if (calls(*c)) return true;
      }
    }
    return false;
  };
  for (size_t i = 1; i < call.sub.size(); ++i) {
    if (calls(*call.sub[i])) return false;
  }
  for (auto& k : call.keywords) {
    if (calls(*k.value)) return false;
  }
  return true;
}

std::string Emitter::fstring(const Expr& e) {
  std::vector<std::string> parts;
  for (auto& p : e.sub) {
    if (p->kind == ExprKind::Str) {
      parts.push_back(str_const(p->str));
    } else {
      std::string v = expr(*p->sub[0]);
      std::string spec = p->sub[1] ? fstring(*p->sub[1]) : "aiocc::Object()";
      std::string conv = p->ival ? std::string("'") + static_cast<char>(p->ival) + "'" : "'\\0'";
      parts.push_back("aiocc::format_value(" + v + ", " + spec + ", " + conv + ", _f.at(" +
                      std::to_string(pos(p->span)) + "))");
    }
  }
  if (parts.empty()) return str_const("");
  return "aiocc::concat_strings({" + join(parts) + "})";
}

std::string Emitter::function_value(const Function& f) {
  std::vector<std::string> defaults, cells;
  for (auto& p : f.params) {
    defaults.push_back(p.default_value ? expr(*p.default_value) : "aiocc::Object()");
  }
  for (auto& v : f.scope.names(Binding::Free)) {
    // A comprehension target the function captures, or a cell of the enclosing function.
    auto c = fs_->comp_cells.find(v);
    cells.push_back(c != fs_->comp_cells.end() && !c->second.empty() ? c->second.back() : names::cell(v));
  }
  std::string fn = "aiocc::make_function(&" + names::info(f.id) + ", {" + join(defaults) + "}, {" +
                   join(cells) + "})";
  if (!f.annotations_evaluated) return fn;
  // After the defaults, as CPython: {parameter: annotation, ..., 'return': annotation}.
  std::vector<std::string> items;
  for (auto& p : f.params) {
    if (p.annotation) items.push_back(str_const(p.name) + ", " + expr(*p.annotation));
  }
  if (f.returns) items.push_back(str_const("return") + ", " + expr(*f.returns));
  return "aiocc::with_annotations(" + fn + ", aiocc::py_dict_of({" + join(items) + "}))";
}

std::string Emitter::bool_op(const Expr& e) {
  std::string t = temp();
  std::string out = expr(*e.sub.back());
  for (size_t i = e.sub.size() - 1; i-- > 0;) {
    std::string test = e.op == Op::And ? "!aiocc::truthy(" + t + ")" : "aiocc::truthy(" + t + ")";
    out = "(" + t + " = " + expr(*e.sub[i]) + ", " + test + " ? " + t + " : aiocc::Object(" + out + "))";
  }
  return out;
}

std::string Emitter::compare(const Expr& e) {
  // Every comparison of a chain is at the whole expression, as in CPython 3.11.
  std::string k = at_arg(pos(e.span));
  if (e.ops.size() == 1) {
    return std::string(cmp_fn(e.ops[0])) + "(" + expr(*e.sub[0]) + ", " + expr(*e.sub[1]) + k + ")";
  }
  // a < b < c: each operand evaluated once, left to right, stopping at the first false.
  std::vector<std::string> t;
  for (size_t i = 0; i < e.sub.size(); ++i) t.push_back(temp());
  std::string r = temp();
  std::string out = std::string(cmp_fn(e.ops.back())) + "(" + t[e.ops.size() - 1] + ", (" +
                    t.back() + " = " + expr(*e.sub.back()) + ")" + k + ")";
  for (size_t i = e.ops.size() - 1; i-- > 0;) {
    std::string cmp = std::string(cmp_fn(e.ops[i])) + "(" + t[i] + ", (" + t[i + 1] + " = " +
                      expr(*e.sub[i + 1]) + ")" + k + ")";
    out = "(" + r + " = " + cmp + ", aiocc::truthy(" + r + ") ? aiocc::Object(" + out + ") : " + r + ")";
  }
  return "(" + t[0] + " = " + expr(*e.sub[0]) + ", " + out + ")";
}

std::string Emitter::subscript_index(const Expr& index) {
  if (index.kind != ExprKind::Slice) return expr(index);
  auto part = [&](int i) { return index.sub[i] ? expr(*index.sub[i]) : std::string("aiocc::None"); };
  return part(0) + ", " + part(1) + ", " + part(2);
}

std::string Emitter::object_expr(const Expr& e) {
  switch (e.kind) {
    case ExprKind::Name: return load(e);
    case ExprKind::Int: return int_const(e.str);
    case ExprKind::Float: return "aiocc::Object::from_float(" + names::float_literal(e.fval) + ")";
    case ExprKind::Imaginary: return "aiocc::py_complex(0.0, " + names::float_literal(e.fval) + ")";
    case ExprKind::Str: return str_const(e.str);
    case ExprKind::Bytes: return bytes_const(e.str);
    case ExprKind::Bool: return e.ival ? "aiocc::True()" : "aiocc::False()";
    case ExprKind::None: return "aiocc::None";
    case ExprKind::Ellipsis: return "aiocc::Ellipsis";
    case ExprKind::FString: return fstring(e);
    case ExprKind::FormattedValue: break;  // only inside an FString, emitted by fstring()
    case ExprKind::List: return elements("aiocc::py_list_of", "aiocc::make_list", e.sub);
    case ExprKind::Tuple: return elements("aiocc::py_tuple_of", "aiocc::make_tuple", e.sub);
    case ExprKind::Set:
      if (e.sub.size() > 2 && std::all_of(e.sub.begin(), e.sub.end(), [](auto& x) { return folds_to_constant(*x); })) {
        return elements("aiocc::py_set_of_constants", "", e.sub);
      }
      return elements("aiocc::py_set_of", "aiocc::make_set", e.sub);
    case ExprKind::Dict: {
      // Items in source order (a braced list is evaluated left to right); an unbound key
      // merges the mapping that follows it (`**m`).
      std::vector<std::string> parts;
      bool merges = false;
      for (auto& x : e.sub) {
        merges |= !x;
        parts.push_back(x ? expr(*x) : "aiocc::Object()");
      }
      if (!merges) {
        if (std::string s = long_display("aiocc::py_dict_of", parts); !s.empty()) return s;
      }
      return std::string(merges ? "aiocc::dict_display" : "aiocc::py_dict_of") + "({" + join(parts) + "})";
    }
    case ExprKind::BinOp: {
      std::string l = expr(*e.sub[0]), r = expr(*e.sub[1]);
      int k = binop_pos(e);
      return std::string(binop_fn(e.op)) + "(" + l + ", " + r + ", _f.at(" + std::to_string(k) + "))";
    }
    case ExprKind::UnaryOp: {
      std::string x = expr(*e.sub[0]);
      if (e.op == Op::Not) return "aiocc::not_(" + x + ")";
      std::string k = at_arg(pos(e.span));
      switch (e.op) {
        case Op::USub: return "aiocc::neg(" + x + k + ")";
        case Op::UAdd: return "aiocc::pos(" + x + k + ")";
        default: return "aiocc::invert(" + x + k + ")";
      }
    }
    case ExprKind::BoolOp: return bool_op(e);
    case ExprKind::Compare: return compare(e);
    case ExprKind::IfExp:
      return "(" + condition(*e.sub[0]) + " ? aiocc::Object(" + expr(*e.sub[1]) +
             ") : aiocc::Object(" + expr(*e.sub[2]) + "))";
    case ExprKind::Call: return call(e);
    case ExprKind::Attribute:
      if (e.binding == Binding::Builtin) return builtin_entry(e.entry).value;
      return load_attr(expr(*e.sub[0]), e.str, pos(e.span));
    case ExprKind::Subscript: {
      std::string v = expr(*e.sub[0]), i = subscript_index(*e.sub[1]);
      int k = subscript_pos(e);
      const char* fn = e.sub[1]->kind == ExprKind::Slice ? "aiocc::getitem_slice(" : "aiocc::getitem(";
      return fn + v + ", " + i + ", _f.at(" + std::to_string(k) + "))";
    }
    case ExprKind::Slice: return "aiocc::make_slice(" + subscript_index(e) + ")";
    case ExprKind::Lambda: return function_value(*e.func);
    case ExprKind::Await: return await_expr(e);
    case ExprKind::Starred: break;
    case ExprKind::ListComp:
    case ExprKind::SetComp:
    case ExprKind::DictComp: return list_comp(e);
    case ExprKind::Yield: return yield_expr(e);
    case ExprKind::YieldFrom: return yield_from(e);
    case ExprKind::NamedExpr: {
      std::string v = expr(*e.sub[1]);
      return "aiocc::Object(" + store_ref(*e.sub[0]) + " = " + v + ")";
    }
  }
  internal_error(e.span, "expression left unchecked by sema");
}

}  // namespace aiocc::codegen
