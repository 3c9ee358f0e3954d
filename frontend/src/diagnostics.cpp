#include "aiocc/frontend/diagnostics.h"

namespace aiocc {

const char* ast::op_symbol(ast::Op op) {
  using ast::Op;
  switch (op) {
    case Op::Add: return "+";
    case Op::Sub: return "-";
    case Op::Mul: return "*";
    case Op::Div: return "/";
    case Op::FloorDiv: return "//";
    case Op::Mod: return "%";
    case Op::Pow: return "**";
    case Op::MatMul: return "@";
    case Op::LShift: return "<<";
    case Op::RShift: return ">>";
    case Op::BitOr: return "|";
    case Op::BitXor: return "^";
    case Op::BitAnd: return "&";
    case Op::UAdd: return "+";
    case Op::USub: return "-";
    case Op::Invert: return "~";
    case Op::Not: return "not";
    case Op::And: return "and";
    case Op::Or: return "or";
    case Op::Eq: return "==";
    case Op::NotEq: return "!=";
    case Op::Lt: return "<";
    case Op::LtE: return "<=";
    case Op::Gt: return ">";
    case Op::GtE: return ">=";
    case Op::Is: return "is";
    case Op::IsNot: return "is not";
    case Op::In: return "in";
    case Op::NotIn: return "not in";
  }
  return "?";
}

std::string format_diagnostic(const std::string& path, const std::vector<std::string>& lines,
                              const CompileError& err) {
  std::string out = path + ":" + std::to_string(err.line) + ":" + std::to_string(err.col + 1) +
                    ": error: " + err.what() + "\n";
  if (err.line >= 1 && static_cast<size_t>(err.line) <= lines.size()) {
    const std::string& src = lines[err.line - 1];
    out += "    " + src + "\n    ";
    // Columns count code points; copy tabs so the caret lines up under them.
    int col = 0;
    for (size_t i = 0; i < src.size() && col < err.col; ++i) {
      unsigned char c = static_cast<unsigned char>(src[i]);
      if ((c & 0xC0) == 0x80) continue;
      out += c == '\t' ? '\t' : ' ';
      ++col;
    }
    out += "^\n";
  }
  return out;
}

}  // namespace aiocc
