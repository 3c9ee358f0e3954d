// CPython's nesting limits on a parsed module (see limits.h).
//
// Two counters follow every path from the module down to a leaf:
//  - `depth`, the number of statement and expression nodes, as ast_opt.c's astfold_stmt and
//    astfold_expr count them before anything else walks the tree; past kMaxCompileDepth
//    CPython raises "RecursionError: maximum recursion depth exceeded during compilation".
//  - `level`, the PEG parser's rule nesting, which grows only along the right-recursive
//    rules: one level per unary operator, `not`, `x if c else` and `elif`, two per `**` and
//    `lambda:`, from a base of 33 for a module-level statement and 6 more per enclosing block
//    (7 for a def). Calibrated against CPython 3.11's parser: past kMaxParserLevel it stops
//    with MemoryError before the compiler runs, so that answer wins.
#include "aiocc/frontend/limits.h"

#include <string>

#include "aiocc/frontend/diagnostics.h"

namespace aiocc {
namespace {

using namespace ast;

constexpr int kStatementLevel = 33;
constexpr int kBlockLevel = 6;

// One walk per limit: CPython's parser finishes (or fails) before its compiler starts.
enum class Limit { Parser, Compiler };

class NestingCheck {
 public:
  explicit NestingCheck(Limit limit) : limit_(limit) {}

  void stmts(const StmtList& body, int depth, int level) {
    for (auto& s : body) stmt(*s, depth, level);
  }

 private:
  const Limit limit_;

  void too_deep(const Span& at) const {
    if (limit_ == Limit::Parser) return;
    throw CompileError(CompileError::Kind::Syntax, at.line, at.col,
                       "RecursionError: maximum recursion depth exceeded during compilation");
  }
  void parser_overflow(const Span& at) const {
    if (limit_ == Limit::Compiler) return;
    throw CompileError(CompileError::Kind::Syntax, at.line, at.col,
                       "MemoryError: too deeply nested for CPython's parser");
  }

  void expr(const Expr* e, int depth, int level) {
    if (!e) return;
    if (level > kMaxParserLevel) parser_overflow(e->span);
    if (++depth > kMaxCompileDepth) too_deep(e->span);
    for (size_t i = 0; i < e->sub.size(); ++i) {
      int cost = 0;
      if (e->kind == ExprKind::UnaryOp) cost = 1;
      if (e->kind == ExprKind::BinOp && e->op == Op::Pow && i == 1) cost = 2;
      if (e->kind == ExprKind::IfExp && i == 2) cost = 1;
      expr(e->at(i), depth, level + cost);
    }
    for (auto& k : e->keywords) expr(k.value.get(), depth, level);
    for (auto& g : e->generators) {
      expr(g.target.get(), depth, level);
      expr(g.iter.get(), depth, level);
      for (auto& c : g.ifs) expr(c.get(), depth, level);
    }
    if (e->func) function(*e->func, depth, level + 2);
  }

  // A def's or a lambda's defaults and annotations, then its body. A lambda's body is one
  // expression in CPython's tree (aiocc wraps it in a return); a generator expression's is its
  // element and loops, counted as the expressions they are.
  void function(const Function& f, int depth, int level) {
    for (auto& p : f.params) {
      expr(p.default_value.get(), depth, level);
      expr(p.annotation.get(), depth, level);
    }
    expr(f.returns.get(), depth, level);
    if (f.is_lambda || f.is_genexpr) {
      for (auto& s : f.body) inline_body(*s, depth, level);
    } else {
      stmts(f.body, depth, level + kBlockLevel + 1);
    }
  }
  void inline_body(const Stmt& s, int depth, int level) {
    expr(s.value.get(), depth, level);
    expr(s.test.get(), depth, level);
    for (auto& t : s.targets) expr(t.get(), depth, level);
    for (auto& b : s.body) inline_body(*b, depth, level);
  }

  void stmt(const Stmt& s, int depth, int level) {
    if (++depth > kMaxCompileDepth) too_deep(s.span);
    for (auto& d : s.decorators) expr(d.get(), depth, level);
    expr(s.value.get(), depth, level);
    expr(s.test.get(), depth, level);
    expr(s.cause.get(), depth, level);
    expr(s.annotation.get(), depth, level);
    for (auto& t : s.targets) expr(t.get(), depth, level);
    for (auto& k : s.keywords) expr(k.value.get(), depth, level);
    for (auto& w : s.items) {
      expr(w.context.get(), depth, level);
      expr(w.target.get(), depth, level);
    }
    if (s.func) function(*s.func, depth, level);
    const int block = level + kBlockLevel;
    stmts(s.body, depth, block);
    // `elif`: the nested If is one parser level deeper than the one it continues.
    const bool elif = s.kind == StmtKind::If && s.orelse.size() == 1 &&
                      s.orelse[0]->kind == StmtKind::If && s.orelse[0]->span.line > s.span.line;
    if (elif) {
      if (level + 2 > kMaxParserLevel) parser_overflow(s.orelse[0]->span);
      stmt(*s.orelse[0], depth, level + 1);
    } else {
      stmts(s.orelse, depth, block);
    }
    stmts(s.finalbody, depth, block);
    for (auto& h : s.handlers) {
      expr(h.type.get(), depth, level);
      stmts(h.body, depth, block);
    }
    for (auto& c : s.cases) {
      pattern(c.pattern.get(), depth, level);
      expr(c.guard.get(), depth, level);
      stmts(c.body, depth, block);
    }
  }

  void pattern(const Pattern* p, int depth, int level) {
    if (!p) return;
    expr(p->value.get(), depth, level);
    for (auto& k : p->keys) expr(k.get(), depth, level);
    for (auto& sub : p->sub) pattern(sub.get(), depth, level);
  }
};

}  // namespace

void check_nesting(const ast::Module& m) {
  NestingCheck(Limit::Parser).stmts(m.body, 0, kStatementLevel);
  NestingCheck(Limit::Compiler).stmts(m.body, 0, kStatementLevel);
}

}  // namespace aiocc
