// Typed expressions: what sema's type inference proved (sema_types.cpp) written as unboxed C++.
// A Float expression is a C++ double, a Bool one a C++ bool, a SmallInt one an int64_t,
// wherever the operation can be written natively with CPython's result (float + float,
// float < float, `not x`, i < n); any other expression of those types is computed as
// an object and unboxed, and every other type is an aiocc::Object. Native locals
// (Symbol::native) are declared as double, bool or int64_t; a typed value is boxed where an
// object is needed. Int arithmetic over SmallInt locals and literals is done natively and
// checked (aiocc::I64): an overflow computes the expression again on objects.
#include <algorithm>

#include "aiocc/frontend/diagnostics.h"
#include "emitter.h"
#include "names.h"

namespace aiocc::codegen {

namespace {

// The representation of a value of static type t: double, bool, int64_t, or an object.
StaticType unboxed(StaticType t) {
  return t == StaticType::Float || t == StaticType::Bool || t == StaticType::SmallInt ? t : StaticType::Object;
}

bool is_int(const Expr& e) { return e.type == StaticType::Int || e.type == StaticType::SmallInt; }
bool is_float_operand(const Expr& e) { return e.type == StaticType::Float || is_int(e); }

const char* i64_op(Op op) {
  switch (op) {
    case Op::Add: return "aiocc::i64_add(";
    case Op::Sub: return "aiocc::i64_sub(";
    case Op::Mul: return "aiocc::i64_mul(";
    case Op::FloorDiv: return "aiocc::i64_floordiv(";
    case Op::Mod: return "aiocc::i64_mod(";
    default: return nullptr;
  }
}

}  // namespace

const Symbol* Emitter::native_local(const Expr& name) const {
  if (!fs_ || !fs_->f || name.kind != ExprKind::Name || name.binding != Binding::Local) return nullptr;
  const Symbol* s = fs_->f->scope.find(name.str);
  return s && s->native ? s : nullptr;
}

std::string Emitter::ctype(StaticType t) {
  switch (t) {
    case StaticType::Float: return "double";
    case StaticType::Bool: return "bool";
    case StaticType::SmallInt: return "int64_t";
    default: return "aiocc::Object";
  }
}

std::string Emitter::native_decl(const Symbol& s) { return ctype(s.type) + " " + names::local(s.name) + "{};"; }

// Whether a SmallInt expression has a native form: a native local, a literal, a call of a def
// with a typed result.
bool Emitter::int_native(const Expr& e) const {
  switch (e.kind) {
    case ExprKind::Name: return native_local(e) != nullptr;
    case ExprKind::Int: return true;
    case ExprKind::NamedExpr: return native_local(*e.sub[0]) != nullptr;
    case ExprKind::Call: {
      const Expr& fn = *e.sub[0];
      return fn.kind == ExprKind::Name && fn.direct && fn.direct->native_result;
    }
    default: return false;
  }
}

// Int arithmetic (+ - * // % and unary -) over SmallInt natives, as an aiocc::I64, or "".
std::string Emitter::int_tree(const Expr& e) {
  if (!is_int(e)) return "";
  switch (e.kind) {
    // Native locals (certainly bound) and literals: no leaf can raise before an operation's
    // error, and nothing runs twice on the slow path.
    case ExprKind::Name:
    case ExprKind::Int:
      return e.type == StaticType::SmallInt && int_native(e) ? "aiocc::I64{" + int_expr(e) + "}" : "";
    case ExprKind::BinOp: {
      const char* op = i64_op(e.op);
      if (!op) return "";
      std::string a = int_tree(*e.sub[0]);
      std::string b = a.empty() ? "" : int_tree(*e.sub[1]);
      return b.empty() ? "" : op + a + ", " + b + ")";
    }
    case ExprKind::UnaryOp: {
      if (e.op != Op::USub) return "";
      std::string a = int_tree(*e.sub[0]);
      return a.empty() ? "" : "aiocc::i64_neg(" + a + ")";
    }
    default: return "";
  }
}

// The object form of an int operation written natively, as a lambda: without native trees of
// its own, it runs when the native one overflows.
std::string Emitter::slow_path(const Expr& e) {
  slow_ints_ = true;
  std::string slow = object_expr(e);
  slow_ints_ = false;
  return "[&] { return " + slow + "; }";
}

// An int operation over natives (int_tree), as `wrap(tree, slow path...)`.
std::string Emitter::int_tree_call(const Expr& e, const std::string& wrap, const std::string& extra) {
  if (slow_ints_ || e.kind == ExprKind::Name || e.kind == ExprKind::Int) return "";
  std::string tree = int_tree(e);
  if (tree.empty()) return "";
  return wrap + "(" + tree + ", " + slow_path(e) + extra + ")";
}

// Two operands compared natively: two floats, or two SmallInts that have native forms.
bool Emitter::native_operands(const Expr& a, const Expr& b) const {
  if (a.type == StaticType::Float && b.type == StaticType::Float) return true;
  return a.type == StaticType::SmallInt && b.type == StaticType::SmallInt && int_native(a) && int_native(b) &&
         (a.kind != ExprKind::Int || b.kind != ExprKind::Int);
}

// Whether a Bool expression computes from unboxed values (a native local, floats, a typed
// call): only then is it written natively. Any other (`x is None`, `not s`, isinstance) stays
// the dynamic path's object, which is as fast.
bool Emitter::unboxes(const Expr& e) const {
  auto unboxed_part = [&](const Expr& x) { return x.type == StaticType::Float || (x.type == StaticType::Bool && unboxes(x)); };
  switch (e.kind) {
    case ExprKind::Name: return native_local(e) != nullptr;
    case ExprKind::Compare: return e.ops.size() == 1 && native_operands(*e.sub[0], *e.sub[1]);
    case ExprKind::UnaryOp: return e.op == Op::Not && unboxed_part(*e.sub[0]);
    case ExprKind::BoolOp:
      return std::any_of(e.sub.begin(), e.sub.end(), [&](const ExprPtr& x) { return unboxed_part(*x); });
    case ExprKind::IfExp: return unboxed_part(*e.sub[0]) || unboxed_part(*e.sub[1]) || unboxed_part(*e.sub[2]);
    case ExprKind::NamedExpr: return native_local(*e.sub[0]) != nullptr;
    case ExprKind::Call: {
      const Expr& fn = *e.sub[0];
      return fn.kind == ExprKind::Name && fn.direct && fn.direct->native_result;
    }
    default: return false;
  }
}

// Unboxed where the operation has a native form; an object (boxed where needed) otherwise.
CExpr Emitter::typed(const Expr& e) {
  StaticType t = unboxed(e.type);
  if (e.kind == ExprKind::Float || e.kind == ExprKind::Bool || e.kind == ExprKind::Int) {
    t = StaticType::Object;  // a constant object
  }
  if (t == StaticType::Bool && !unboxes(e)) t = StaticType::Object;
  if (t == StaticType::SmallInt && !int_native(e)) t = StaticType::Object;
  std::string s = t == StaticType::Float      ? native_float(e)
                  : t == StaticType::Bool     ? native_bool(e)
                  : t == StaticType::SmallInt ? int_expr(e)
                                              : "";
  if (!s.empty()) return {s, t};
  if (is_int(e)) {
    std::string native = int_tree_call(e, "aiocc::i64_object", "");
    if (!native.empty()) return {native, StaticType::Object};
  }
  return {object_expr(e), StaticType::Object};
}

std::string Emitter::float_expr(const Expr& e) {
  std::string s = native_float(e);
  return s.empty() ? "(" + object_expr(e) + ").as_float()" : s;
}

std::string Emitter::bool_expr(const Expr& e) {
  std::string s = native_bool(e);
  return s.empty() ? "(" + object_expr(e) + ").as_bool()" : s;
}

// A SmallInt expression as an int64_t.
std::string Emitter::int_expr(const Expr& e) {
  if (e.kind == ExprKind::Int) return e.str;
  std::string s = native_shared(e, StaticType::SmallInt);
  return s.empty() ? "aiocc::typed_small_int(" + object_expr(e) + ")" : s;
}

std::string Emitter::box(const CExpr& c) {
  switch (c.type) {
    case StaticType::Float: return "aiocc::Object::from_float(" + c.text + ")";
    case StaticType::Bool: return "aiocc::Object::from_bool(" + c.text + ")";
    case StaticType::SmallInt: return "aiocc::Object::from_int(" + c.text + ")";
    default: return c.text;
  }
}

std::string Emitter::expr(const Expr& e) { return box(typed(e)); }

std::string Emitter::condition(const Expr& e) {
  CExpr c = typed(e);
  switch (c.type) {
    case StaticType::Bool: return c.text;
    case StaticType::Float: return "(" + c.text + " != 0.0)";
    case StaticType::SmallInt: return "(" + c.text + " != 0)";
    default: return "aiocc::truthy(" + c.text + ")";
  }
}

// An operand of a float operation: a float as it is, an int converted as CPython's float slots
// convert it (OverflowError at the operation, position k, when it is too large).
std::string Emitter::float_operand(const Expr& e, int k) {
  if (e.type == StaticType::Float) return float_expr(e);
  // A literal a double holds exactly: its value.
  if (e.kind == ExprKind::Int && e.str.size() <= 15) return names::float_literal(std::stod(e.str));
  if (e.type == StaticType::SmallInt && int_native(e)) return "static_cast<double>(" + int_expr(e) + ")";
  std::string at = "_f.at(" + std::to_string(k) + ")";
  std::string native = int_tree_call(e, "aiocc::i64_double", ", " + at);
  if (!native.empty()) return native;
  return "aiocc::int_as_double(" + expr(e) + ", " + at + ")";
}

std::string Emitter::float_arith(Op op, const std::string& l, const std::string& r, int k) {
  std::string at = ", _f.at(" + std::to_string(k) + ")";
  switch (op) {
    case Op::Add: return "(" + l + " + " + r + ")";
    case Op::Sub: return "(" + l + " - " + r + ")";
    case Op::Mul: return "(" + l + " * " + r + ")";
    case Op::Div: return "aiocc::float_div(" + l + ", " + r + at + ")";
    case Op::FloorDiv: return "aiocc::float_floor_div(" + l + ", " + r + at + ")";
    case Op::Mod: return "aiocc::float_modulo(" + l + ", " + r + at + ")";
    default: return "";
  }
}

// A Float, Bool or SmallInt expression as a double, bool or int64_t.
std::string Emitter::unboxed_expr(const Expr& e, StaticType t) {
  return t == StaticType::Float ? float_expr(e) : t == StaticType::Bool ? bool_expr(e) : int_expr(e);
}

// The native forms of either unboxed type: a native local, a conditional expression, `:=`
// into a native local, a call of a def with a typed result.
std::string Emitter::native_shared(const Expr& e, StaticType t) {
  switch (e.kind) {
    case ExprKind::Name:
      if (native_local(e)) return names::local(e.str);
      break;
    case ExprKind::IfExp:
      return "(" + condition(*e.sub[0]) + " ? " + unboxed_expr(*e.sub[1], t) + " : " + unboxed_expr(*e.sub[2], t) + ")";
    case ExprKind::NamedExpr:
      if (native_local(*e.sub[0])) return "(" + names::local(e.sub[0]->str) + " = " + unboxed_expr(*e.sub[1], t) + ")";
      break;
    case ExprKind::Call:
      if (const Function* d = direct_target(e); d && d->native_result) return direct_call(e, d);
      break;
    default: break;
  }
  return "";
}

// The native form of a Float expression, or "" when it has none.
std::string Emitter::native_float(const Expr& e) {
  switch (e.kind) {
    case ExprKind::Float: return names::float_literal(e.fval);
    case ExprKind::BinOp: {
      const Expr& l = *e.sub[0];
      const Expr& r = *e.sub[1];
      if (e.op == Op::Div && is_int(l) && is_int(r) && !slow_ints_) {
        // int / int over natives: CPython's exact quotient when both fit in 53 bits.
        std::string a = int_tree(l);
        std::string b = a.empty() ? "" : int_tree(r);
        if (b.empty()) break;
        return "aiocc::i64_truediv(" + a + ", " + b + ", " + slow_path(e) + ", _f.at(" + std::to_string(binop_pos(e)) +
               "))";
      }
      if (!is_float_operand(l) || !is_float_operand(r) ||
          (l.type != StaticType::Float && r.type != StaticType::Float)) {
        break;  // int / int: the int division's correctly rounded quotient
      }
      int k = binop_pos(e);
      std::string a = float_operand(l, k);
      std::string b = float_operand(r, k);
      std::string out = float_arith(e.op, a, b, k);
      if (!out.empty()) return out;
      break;
    }
    case ExprKind::UnaryOp:
      if (e.sub[0]->type == StaticType::Float && e.op == Op::USub) return "(-" + float_expr(*e.sub[0]) + ")";
      if (e.sub[0]->type == StaticType::Float && e.op == Op::UAdd) return float_expr(*e.sub[0]);
      break;
    default: break;
  }
  return native_shared(e, StaticType::Float);
}

// The native form of a Bool expression, or "" when it has none.
std::string Emitter::native_bool(const Expr& e) {
  switch (e.kind) {
    case ExprKind::Bool: return e.ival ? "true" : "false";
    case ExprKind::UnaryOp:
      if (e.op == Op::Not) return "(!" + condition(*e.sub[0]) + ")";
      break;
    case ExprKind::Compare: {
      if (e.ops.size() != 1 || !native_operands(*e.sub[0], *e.sub[1])) break;
      const char* op = nullptr;
      switch (e.ops[0]) {
        case Op::Eq: op = " == "; break;
        case Op::NotEq: op = " != "; break;
        case Op::Lt: op = " < "; break;
        case Op::LtE: op = " <= "; break;
        case Op::Gt: op = " > "; break;
        case Op::GtE: op = " >= "; break;
        default: break;
      }
      if (!op) break;
      StaticType t = e.sub[0]->type;
      std::string a = unboxed_expr(*e.sub[0], t);
      return "(" + a + op + unboxed_expr(*e.sub[1], t) + ")";
    }
    case ExprKind::BoolOp: {
      // Every operand is a bool: `a and b` is the first false one, or the last.
      std::string out;
      for (auto& x : e.sub) out += (out.empty() ? "" : e.op == Op::And ? " && " : " || ") + bool_expr(*x);
      return "(" + out + ")";
    }
    default: break;
  }
  return native_shared(e, StaticType::Bool);
}

// `target = value` (and `target: ann = value`) for a target that is a native local.
bool Emitter::assign_native(const std::vector<ExprPtr>& targets, const Expr& value) {
  const Symbol* native = nullptr;
  for (auto& t : targets) {
    if (const Symbol* s = native_local(*t)) {
      if (native && native->type != s->type) internal_error(t->span, "a typed value of another type");
      native = s;
    }
  }
  if (!native) return false;
  if (unboxed(value.type) != native->type) internal_error(value.span, "a typed value of another type");
  CExpr v{unboxed_expr(value, native->type), native->type};
  if (targets.size() == 1) {
    line(names::local(targets[0]->str) + " = " + v.text + ";");
    return true;
  }
  std::string n = "_n" + std::to_string(next_label());
  open("");
  line(ctype(v.type) + " " + n + " = " + v.text + ";");
  for (auto& t : targets) {
    if (native_local(*t)) line(names::local(t->str) + " = " + n + ";");
    else assign(*t, box({n, v.type}));
  }
  close();
  return true;
}

// `x op= value` for a native float local x (a bool one is never augmented: its type would be
// an int's).
bool Emitter::aug_assign_native(const Stmt& s) {
  const Expr& t = *s.targets[0];
  const Symbol* sym = native_local(t);
  if (!sym) return false;
  int k = pos(s.span);
  std::string r = is_float_operand(*s.value) ? float_operand(*s.value, k) : "";
  std::string out = r.empty() || sym->type != StaticType::Float ? "" : float_arith(s.op, names::local(t.str), r, k);
  if (out.empty()) internal_error(s.span, "augmented assignment of a typed local");
  line(names::local(t.str) + " = " + out + ";");
  return true;
}

}  // namespace aiocc::codegen
