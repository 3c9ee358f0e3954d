// Compile-time errors. Every stage reports problems by throwing CompileError; the driver prints
// it in the `file:line:col: error: message` form editors parse, followed by the source line and
// a caret, and exits with status 1.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

#include "aiocc/frontend/ast.h"

namespace aiocc {

struct CompileError : std::runtime_error {
  enum class Kind { Syntax, Unsupported };
  Kind kind;
  int line, col;
  // The file, when it is a module the script imports (empty: the script itself).
  std::string path;
  std::vector<std::string> lines;
  CompileError(Kind k, int line_, int col_, const std::string& msg)
      : std::runtime_error(msg), kind(k), line(line_), col(col_) {}
};

[[noreturn]] inline void syntax_error(const ast::Span& at, const std::string& msg) {
  throw CompileError(CompileError::Kind::Syntax, at.line, at.col, msg);
}

[[noreturn]] inline void unsupported(const ast::Span& at, const std::string& construct) {
  throw CompileError(CompileError::Kind::Unsupported, at.line, at.col,
                     "'" + construct + "' is not supported by aiocc");
}

// A case sema should have rejected reached a later stage: a bug in aiocc, not in the script.
[[noreturn]] inline void internal_error(const ast::Span& at, const std::string& what) {
  throw std::logic_error(std::to_string(at.line) + ":" + std::to_string(at.col) + ": " + what);
}

// Renders `path:line:col: error: msg`, the offending source line and a caret under the column.
std::string format_diagnostic(const std::string& path, const std::vector<std::string>& lines,
                              const CompileError& err);

}  // namespace aiocc
