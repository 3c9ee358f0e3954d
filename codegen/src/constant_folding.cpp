// Constant folding as far as set displays need it (see constant_folding.h): folding is refused
// where ast_opt.c refuses it, for errors and for int results past 128 bits; operations whose
// operands are not literals small enough to check are taken as not folded.
#include "constant_folding.h"

#include <cstdint>
#include <string>

namespace aiocc::codegen {

using ast::Expr;
using ast::ExprKind;
using ast::Op;

namespace {
struct Folded {
  enum Kind { No, Int, Float, Other } kind = No;
  int64_t value = 0;  // an Int's value when `known`
  bool known = false;
};

int bit_length(int64_t v) {
  uint64_t u = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  return u ? 64 - __builtin_clzll(u) : 0;
}

Folded fold(const Expr& e) {
  Folded f;
  switch (e.kind) {
    case ExprKind::Int:
      f.kind = Folded::Int;
      if (e.str.size() <= 18) f.known = true, f.value = std::stoll(e.str);
      return f;
    case ExprKind::Bool:
      f.kind = Folded::Int;
      f.known = true;
      f.value = e.ival;
      return f;
    case ExprKind::Float: f.kind = Folded::Float; return f;
    case ExprKind::Str:
    case ExprKind::Bytes:
    case ExprKind::None:
    case ExprKind::Ellipsis: f.kind = Folded::Other; return f;
    case ExprKind::Tuple:
      for (auto& x : e.sub) {
        if (x->kind == ExprKind::Starred || fold(*x).kind == Folded::No) return f;
      }
      f.kind = Folded::Other;
      return f;
    case ExprKind::UnaryOp: {
      Folded a = fold(*e.sub[0]);
      if (a.kind == Folded::No) return f;
      if (e.op == Op::Not) return Folded{Folded::Int, 0, false};
      if (a.kind == Folded::Other || (e.op == Op::Invert && a.kind == Folded::Float)) return f;
      a.value = e.op == Op::USub ? -a.value : e.op == Op::Invert ? ~a.value : a.value;
      return a;
    }
    case ExprKind::BinOp: {
      Folded a = fold(*e.sub[0]), b = fold(*e.sub[1]);
      if (a.kind == Folded::No || b.kind == Folded::No) return f;
      if (a.kind == Folded::Other || b.kind == Folded::Other) {
        // Strings and tuples: their hashes are not CPython's, so their order cannot match anyway.
        f.kind = e.op == Op::Add ? Folded::Other : Folded::No;
        return f;
      }
      const bool ints = a.kind == Folded::Int && b.kind == Folded::Int;
      const bool zero_divisor = b.known && b.value == 0;
      switch (e.op) {
        case Op::Div: f.kind = zero_divisor ? Folded::No : Folded::Float; return f;
        case Op::FloorDiv:
        case Op::Mod: f.kind = zero_divisor ? Folded::No : ints ? Folded::Int : Folded::Float; return f;
        case Op::Add:
        case Op::Sub: f.kind = ints ? Folded::Int : Folded::Float; return f;
        case Op::Mul:
          if (!ints) return Folded{Folded::Float, 0, false};
          if (!a.known || !b.known) return f;
          if (a.value && b.value && bit_length(a.value) + bit_length(b.value) > 128) return f;
          return Folded{Folded::Int, 0, false};
        case Op::Pow:
          if (!ints) return Folded{Folded::Float, 0, false};
          if (!a.known || !b.known || (b.value < 0 && a.value == 0)) return f;
          if (b.value < 0) return Folded{Folded::Float, 0, false};
          if (a.value && b.value > 0 && bit_length(a.value) > 128 / b.value) return f;
          return Folded{Folded::Int, 0, false};
        case Op::LShift:
        case Op::RShift:
        case Op::BitOr:
        case Op::BitXor:
        case Op::BitAnd:
          if (!ints) return f;
          if (e.op == Op::LShift || e.op == Op::RShift) {
            if (!b.known || b.value < 0) return f;
            if (e.op == Op::LShift && (!a.known || (a.value && b.value && bit_length(a.value) > 128 - b.value))) return f;
          }
          f.kind = Folded::Int;
          return f;
        default: return f;
      }
    }
    default: return f;
  }
}
}  // namespace

bool folds_to_constant(const Expr& e) { return fold(e).kind != Folded::No; }

}  // namespace aiocc::codegen
