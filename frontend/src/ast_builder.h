// The AST builder: the only code that walks ANTLR's parse tree. It turns it into aiocc's AST
// (aiocc/frontend/ast.h), rejecting constructs aiocc does not compile with a "not supported"
// CompileError naming them, so that later stages only ever see what they can handle.
//
// The Builder is declared here and defined by construct family: ast_builder.cpp (the entry
// point, statements, functions and classes), ast_expressions.cpp (expressions, literals and
// f-strings) and ast_patterns.cpp (match patterns).
#pragma once

#include <string>
#include <vector>

#include "AioPyLexer.h"
#include "AioPyParser.h"
#include "aiocc/frontend/ast.h"
#include "aiocc/frontend/diagnostics.h"
#include "aiocc/frontend/limits.h"
#include "indenting_token_source.h"
#include "literals.h"

namespace aiocc::build {

using namespace ast;
using P = AioPyParser;
using antlr4::ParserRuleContext;
using antlr4::tree::ParseTree;
using antlr4::tree::TerminalNode;

Span token_span(antlr4::Token* t);
Span span_of(ParserRuleContext* ctx);
Span join(const Span& a, const Span& b);

class SyntaxErrorListener : public antlr4::BaseErrorListener {
 public:
  void syntaxError(antlr4::Recognizer* recognizer, antlr4::Token* tok, size_t line, size_t col,
                   const std::string&, std::exception_ptr) override;
};

// Owns one lexer/parser pipeline over a piece of text. Used for the whole module and for the
// expressions inside f-string fields.
// Bounds the ANTLR parser's recursion before CPython's limits can be checked on the tree: a
// rule nesting far beyond any the limits allow (limits.h) stops the parse as CPython's
// parser stops at its own stack limit.
struct DepthGuard : antlr4::tree::ParseTreeListener {
  static constexpr int kMaxRuleDepth = 4 * kMaxParserLevel;
  int depth = 0;
  void enterEveryRule(antlr4::ParserRuleContext* ctx) override {
    if (++depth > kMaxRuleDepth) {
      throw CompileError(CompileError::Kind::Syntax, static_cast<int>(ctx->getStart()->getLine()),
                         static_cast<int>(ctx->getStart()->getCharPositionInLine()),
                         "MemoryError: too deeply nested for CPython's parser");
    }
  }
  void exitEveryRule(antlr4::ParserRuleContext*) override { --depth; }
  void visitTerminal(antlr4::tree::TerminalNode*) override {}
  void visitErrorNode(antlr4::tree::ErrorNode*) override {}
};

struct Pipeline {
  antlr4::ANTLRInputStream input;
  AioPyLexer lexer;
  frontend::IndentingTokenSource source;
  antlr4::CommonTokenStream tokens;
  AioPyParser parser;
  SyntaxErrorListener listener;
  DepthGuard guard;

  Pipeline(const std::string& text, const std::vector<std::string>& lines)
      : input(text), lexer(&input), source(lexer, lines), tokens(&source), parser(&tokens) {
    lexer.removeErrorListeners();
    lexer.addErrorListener(&listener);
    parser.removeErrorListeners();
    parser.addErrorListener(&listener);
    parser.addParseListener(&guard);
  }
};

class Builder {
 public:
  explicit Builder(const std::vector<std::string>& lines) : lines_(lines) {}
  StmtList file(P::File_inputContext* ctx);
  ExprPtr test(P::TestContext* ctx);
 private:
  const std::vector<std::string>& lines_;

  // ---- statements, functions, classes (ast_builder.cpp) ---------------------------------
  void stmt(P::StmtContext* ctx, StmtList& out);
  void simple_stmts(P::Simple_stmtsContext* ctx, StmtList& out);
  StmtList block(P::BlockContext* ctx);
  StmtPtr simple(P::Simple_stmtContext* ctx);
  StmtPtr assign(P::Assign_stmtContext* ctx);
  void check_target(const Expr& e, bool augmented);
  StmtPtr import(P::Import_stmtContext* ctx);
  StmtPtr compound(P::Compound_stmtContext* ctx);

  StmtPtr if_stmt(P::If_stmtContext* c);
  StmtPtr for_stmt(P::For_stmtContext* c, bool is_async);
  StmtPtr try_stmt(P::Try_stmtContext* c);
  StmtPtr with_stmt(P::With_stmtContext* c, bool is_async);
  StmtPtr decorated(P::DecoratedContext* c);
  StmtPtr classdef(P::ClassdefContext* c);
  StmtPtr funcdef(P::FuncdefContext* c, bool is_async);
  // One entry of a parameter list as written: `name[: ann][= default]`, `*[name]`, `**name`, `/`.
  struct RawParam {
    enum Kind { Plain, Star, Kwargs, Slash } kind = Plain;
    std::string name;
    ExprPtr default_value, annotation;
    Span span;
  };
  void build_params(Function& f, std::vector<RawParam>& raw);

  // ---- match patterns (ast_patterns.cpp) ------------------------------------------------
  StmtPtr match_stmt(P::Match_stmtContext* c);
  PatternPtr patterns(P::PatternsContext* c);
  PatternPtr pattern(P::PatternContext* c);
  PatternPtr or_pattern(P::Or_patternContext* c);
  PatternPtr sequence_of(const std::vector<P::Maybe_star_patternContext*>& items, const Span& sp);
  PatternPtr open_sequence(P::Open_sequence_patternContext* c, const Span& sp);
  ExprPtr literal_value(P::Closed_patternContext* c);
  ExprPtr dotted(P::Name_or_attrContext* c);
  PatternPtr closed_pattern(P::Closed_patternContext* c);

  // ---- expressions, literals, f-strings (ast_expressions.cpp) ----------------------------
  ExprPtr lambda(P::LambdefContext* c);
  ExprPtr or_test(P::Or_testContext* c);
  ExprPtr and_test(P::And_testContext* c);
  ExprPtr not_test(P::Not_testContext* c);
  ExprPtr comparison(P::ComparisonContext* c);
  static Op binop_from(const std::string& t);
  ExprPtr binary(ExprPtr left, const std::string& op, ExprPtr right);
  // Left-associative chains: operands and operators alternate among the children.
  template <typename Ctx, typename Sub>
  ExprPtr chain(Ctx* c, Sub sub) {
    ExprPtr acc;
    Span start;  // the first operand's tokens, parentheses included
    std::string op;
    for (auto* child : c->children) {
      if (auto* rule = dynamic_cast<ParserRuleContext*>(child)) {
        if (auto operand = sub(rule)) {
          if (!acc) {
            acc = std::move(operand);
            start = span_of(rule);
            continue;
          }
          acc = binary(std::move(acc), op, std::move(operand));
          // A binary operation spans its operands' tokens: a parenthesized operand's parentheses
          // are part of it (CPython's BinOp positions), while the operands keep their own.
          acc->span = join(start, span_of(rule));
          continue;
        }
        op = rule->getText();
      } else {
        op = child->getText();
      }
    }
    return acc;
  }
  ExprPtr expr(P::ExprContext* c);
  ExprPtr xor_expr(P::Xor_exprContext* c);
  ExprPtr and_expr(P::And_exprContext* c);
  ExprPtr shift_expr(P::Shift_exprContext* c);
  ExprPtr arith_expr(P::Arith_exprContext* c);
  ExprPtr term(P::TermContext* c);
  ExprPtr factor(P::FactorContext* c);
  ExprPtr power(P::PowerContext* c);
  ExprPtr await_primary(P::Await_primaryContext* c);
  void arguments(P::ArglistContext* c, Expr& call);
  ExprPtr slice_part(ParserRuleContext* c);
  ExprPtr subscript(P::SubscriptContext* c);
  ExprPtr element(ParseTree* t);
  void elements(ParserRuleContext* c, Expr& out);
  static bool has_comma(ParserRuleContext* c);
  ExprPtr sequence(ParserRuleContext* c);
  ExprPtr testlist_star(P::Testlist_starContext* c) { return sequence(c); }
  ExprPtr testlist(P::TestlistContext* c) { return sequence(c); }
  ExprPtr exprlist(P::ExprlistContext* c) { return sequence(c); }
  std::vector<Comprehension> comp_for(P::Comp_forContext* c);
  ExprPtr generator(const Span& sp, ExprPtr element, P::Comp_forContext* cf);
  ExprPtr yield_expr(P::Yield_exprContext* c);
  ExprPtr atom(P::AtomContext* c);
  ExprPtr number(std::string text, const Span& sp);
  // Adjacent string literals concatenate; any f-string among them makes the whole an FString.
  ExprPtr strings(P::StringAtomContext* c) { return strings(span_of(c), c->STRING()); }
  ExprPtr strings(const Span& sp, const std::vector<TerminalNode*>& tokens);
  void fstring_parts(const literals::StringToken& st, const Span& ts, std::vector<ExprPtr>& out);
  size_t fstring_field(const literals::StringToken& st, const Span& ts, size_t i,
                       std::vector<ExprPtr>& out);
  ExprPtr parse_field_expr(const std::string& text, const Span& ts, int offset);
  void relocate(Expr& e, const Span& ts, int offset);
};

}  // namespace aiocc::build
