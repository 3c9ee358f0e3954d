#include "unparse.h"

#include <cstdio>

#include "aiocc/frontend/diagnostics.h"

namespace aiocc {
namespace {

using namespace ast;

// repr() of a str (or, with `bytes`, of a bytes value without its b prefix): single quotes
// unless the text has one and no double quote.
std::string str_repr(const std::string& s, bool bytes = false) {
  char q = s.find('\'') != std::string::npos && s.find('"') == std::string::npos ? '"' : '\'';
  std::string out(1, q);
  for (unsigned char c : s) {
    if (c == static_cast<unsigned char>(q) || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c == 0x7F || (bytes && c > 0x7F)) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + q;
}

// Binding strength, as in CPython's ast unparser (larger binds tighter).
int precedence(const Expr& e) {
  switch (e.kind) {
    case ExprKind::BinOp:
      switch (e.op) {
        case Op::BitOr: return 6;
        case Op::BitXor: return 7;
        case Op::BitAnd: return 8;
        case Op::LShift:
        case Op::RShift: return 9;
        case Op::Add:
        case Op::Sub: return 10;
        case Op::Pow: return 13;
        default: return 11;
      }
    case ExprKind::UnaryOp: return e.op == Op::Not ? 3 : 12;
    case ExprKind::BoolOp: return e.op == Op::Or ? 1 : 2;
    case ExprKind::Compare: return 4;
    case ExprKind::IfExp: return 0;
    default: return 20;
  }
}

std::string join(const std::vector<ExprPtr>& items, size_t from = 0) {
  std::string out;
  for (size_t i = from; i < items.size(); ++i) out += (i > from ? ", " : "") + unparse(*items[i]);
  return out;
}

std::string operand(const Expr& e, int parent, bool right) {
  int p = precedence(e);
  bool wrap = p < parent || (right && p == parent);
  return wrap ? "(" + unparse(e) + ")" : unparse(e);
}

}  // namespace

std::string unparse(const Expr& e) {
  switch (e.kind) {
    case ExprKind::Name: return e.str;
    case ExprKind::Int: return e.str;
    case ExprKind::Str: return str_repr(e.str);
    case ExprKind::Bytes: return "b" + str_repr(e.str, true);
    case ExprKind::Bool: return e.ival ? "True" : "False";
    case ExprKind::None: return "None";
    case ExprKind::Ellipsis: return "...";
    case ExprKind::Attribute: return operand(*e.sub[0], 20, false) + "." + e.str;
    case ExprKind::Subscript: {
      const Expr& index = *e.sub[1];
      std::string inner = index.kind == ExprKind::Tuple && !index.sub.empty() ? join(index.sub) : unparse(index);
      return operand(*e.sub[0], 20, false) + "[" + inner + "]";
    }
    case ExprKind::Tuple:
      return e.sub.size() == 1 ? "(" + unparse(*e.sub[0]) + ",)" : "(" + join(e.sub) + ")";
    case ExprKind::List: return "[" + join(e.sub) + "]";
    case ExprKind::BinOp: {
      int p = precedence(e);
      return operand(*e.sub[0], p, false) + " " + op_symbol(e.op) + " " + operand(*e.sub[1], p, true);
    }
    case ExprKind::UnaryOp: {
      std::string sym = e.op == Op::Not ? "not " : op_symbol(e.op);
      return sym + operand(*e.sub[0], precedence(e), false);
    }
    case ExprKind::Call: {
      std::string args = join(e.sub, 1);
      for (auto& k : e.keywords) {
        args += (args.empty() ? "" : ", ") + (k.name.empty() ? "**" : k.name + "=") + unparse(*k.value);
      }
      return operand(*e.sub[0], 20, false) + "(" + args + ")";
    }
    default: break;
  }
  unsupported(e.span, "this annotation under 'from __future__ import annotations'");
}

}  // namespace aiocc
