// Queries over the AST that several stages ask (aiocc/frontend/ast.h).
#include "aiocc/frontend/ast.h"

namespace aiocc::ast {

bool contains_statement(const Stmt& s, StmtKind kind) {
  if (s.kind == kind) return true;
  if (s.kind == StmtKind::FunctionDef || s.kind == StmtKind::ClassDef) return false;
  if (contains_statement(s.body, kind) || contains_statement(s.orelse, kind) ||
      contains_statement(s.finalbody, kind)) {
    return true;
  }
  for (auto& h : s.handlers) {
    if (contains_statement(h.body, kind)) return true;
  }
  for (auto& c : s.cases) {
    if (contains_statement(c.body, kind)) return true;
  }
  return false;
}

bool contains_statement(const StmtList& body, StmtKind kind) {
  for (auto& s : body) {
    if (contains_statement(*s, kind)) return true;
  }
  return false;
}

}  // namespace aiocc::ast
