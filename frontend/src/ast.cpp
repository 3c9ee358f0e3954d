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

const Function* direct_callee(const Expr& call) {
  const Expr& fn = *call.sub[0];
  if (fn.kind != ExprKind::Name || !fn.direct || !call.keywords.empty()) return nullptr;
  for (size_t i = 1; i < call.sub.size(); ++i) {
    if (call.sub[i]->kind == ExprKind::Starred) return nullptr;
  }
  const Function& d = *fn.direct;
  if (call.sub.size() - 1 != d.params.size() || d.vararg_index >= 0 || d.kwonly_index >= 0 || d.kwarg_index >= 0) {
    return nullptr;
  }
  return &d;
}

}  // namespace aiocc::ast
