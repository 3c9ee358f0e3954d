// Parse tree -> aiocc AST. This is the only file that walks ANTLR's parse tree.
//
// Constructs the grammar accepts but aiocc does not compile (class, yield, with, decorators,
// set literals, ...) are rejected here with a "not supported" CompileError naming them, so
// later stages only ever see the subset.
#include <cmath>
#include <cstdlib>

#include "AioPyLexer.h"
#include "AioPyParser.h"
#include "aiocc/frontend/parser.h"
#include "indenting_token_source.h"
#include "literals.h"

namespace aiocc {
namespace {

using namespace ast;
using P = AioPyParser;
using antlr4::ParserRuleContext;
using antlr4::tree::ParseTree;
using antlr4::tree::TerminalNode;

Span token_span(antlr4::Token* t) {
  Span s;
  s.line = static_cast<int>(t->getLine());
  s.col = static_cast<int>(t->getCharPositionInLine());
  const std::string text = t->getText();
  s.end_line = s.line;
  s.end_col = s.col;
  for (size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      ++s.end_line;
      s.end_col = 0;
      ++i;
      continue;
    }
    ++s.end_col;
    i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  }
  return s;
}

Span span_of(ParserRuleContext* ctx) {
  Span a = token_span(ctx->getStart());
  Span b = token_span(ctx->getStop() ? ctx->getStop() : ctx->getStart());
  return {a.line, a.col, b.end_line, b.end_col};
}

Span join(const Span& a, const Span& b) { return {a.line, a.col, b.end_line, b.end_col}; }

class SyntaxErrorListener : public antlr4::BaseErrorListener {
 public:
  void syntaxError(antlr4::Recognizer*, antlr4::Token* tok, size_t line, size_t col,
                   const std::string&, std::exception_ptr) override {
    std::string msg = "invalid syntax";
    if (tok && tok->getType() == AioPyParser::INDENT) msg = "unexpected indent";
    if (tok && tok->getType() == antlr4::Token::EOF) msg = "unexpected EOF while parsing";
    throw CompileError(CompileError::Kind::Syntax, static_cast<int>(line), static_cast<int>(col),
                       msg);
  }
};

// Owns one lexer/parser pipeline over a piece of text. Used for the whole module and for the
// expressions inside f-string fields.
struct Pipeline {
  antlr4::ANTLRInputStream input;
  AioPyLexer lexer;
  frontend::IndentingTokenSource source;
  antlr4::CommonTokenStream tokens;
  AioPyParser parser;
  SyntaxErrorListener listener;

  Pipeline(const std::string& text, const std::vector<std::string>& lines)
      : input(text), lexer(&input), source(lexer, lines), tokens(&source), parser(&tokens) {
    lexer.removeErrorListeners();
    lexer.addErrorListener(&listener);
    parser.removeErrorListeners();
    parser.addErrorListener(&listener);
  }
};

class Builder {
 public:
  explicit Builder(const std::vector<std::string>& lines) : lines_(lines) {}

  StmtList file(P::File_inputContext* ctx) {
    StmtList out;
    for (auto* s : ctx->stmt()) stmt(s, out);
    return out;
  }

  ExprPtr test(P::TestContext* ctx) {
    if (ctx->lambdef()) return lambda(ctx->lambdef());
    if (ctx->NAME()) {
      auto e = std::make_unique<Expr>(ExprKind::NamedExpr, span_of(ctx));
      auto target = std::make_unique<Expr>(ExprKind::Name, token_span(ctx->NAME()->getSymbol()));
      target->str = ctx->NAME()->getText();
      e->sub.push_back(std::move(target));
      e->sub.push_back(test(ctx->test()));
      return e;
    }
    ExprPtr body = or_test(ctx->or_test(0));
    if (!ctx->test()) return body;
    auto e = std::make_unique<Expr>(ExprKind::IfExp, span_of(ctx));
    e->sub.push_back(or_test(ctx->or_test(1)));
    e->sub.push_back(std::move(body));
    e->sub.push_back(test(ctx->test()));
    return e;
  }

 private:
  const std::vector<std::string>& lines_;

  // ---- statements ------------------------------------------------------------------------
  void stmt(P::StmtContext* ctx, StmtList& out) {
    if (ctx->simple_stmts()) {
      simple_stmts(ctx->simple_stmts(), out);
    } else {
      out.push_back(compound(ctx->compound_stmt()));
    }
  }

  void simple_stmts(P::Simple_stmtsContext* ctx, StmtList& out) {
    for (auto* s : ctx->simple_stmt()) out.push_back(simple(s));
  }

  StmtList block(P::BlockContext* ctx) {
    StmtList out;
    if (ctx->simple_stmts()) {
      simple_stmts(ctx->simple_stmts(), out);
    } else {
      for (auto* s : ctx->stmt()) stmt(s, out);
    }
    return out;
  }

  StmtPtr simple(P::Simple_stmtContext* ctx) {
    const Span sp = span_of(ctx);
    if (ctx->assign_stmt()) return assign(ctx->assign_stmt());
    if (ctx->import_stmt()) return import(ctx->import_stmt());
    if (ctx->yield_expr()) {
      auto s = std::make_unique<Stmt>(StmtKind::Expr, sp);
      s->value = yield_expr(ctx->yield_expr());
      return s;
    }
    const std::string kw = ctx->getStart()->getText();
    if (kw == "pass") return std::make_unique<Stmt>(StmtKind::Pass, sp);
    if (kw == "break") return std::make_unique<Stmt>(StmtKind::Break, sp);
    if (kw == "continue") return std::make_unique<Stmt>(StmtKind::Continue, sp);
    if (kw == "return") {
      auto s = std::make_unique<Stmt>(StmtKind::Return, sp);
      if (ctx->testlist_star()) s->value = testlist_star(ctx->testlist_star());
      return s;
    }
    if (kw == "raise") {
      auto s = std::make_unique<Stmt>(StmtKind::Raise, sp);
      if (!ctx->test().empty()) s->value = test(ctx->test(0));
      if (ctx->test().size() > 1) s->cause = test(ctx->test(1));
      return s;
    }
    if (kw == "global" || kw == "nonlocal") {
      auto s = std::make_unique<Stmt>(kw == "global" ? StmtKind::Global : StmtKind::Nonlocal, sp);
      for (auto* n : ctx->NAME()) s->names.push_back(n->getText());
      return s;
    }
    if (kw == "assert") {
      auto s = std::make_unique<Stmt>(StmtKind::Assert, sp);
      s->test = test(ctx->test(0));
      if (ctx->test().size() > 1) s->value = test(ctx->test(1));
      return s;
    }
    if (kw == "del") {
      auto s = std::make_unique<Stmt>(StmtKind::Del, sp);
      ExprPtr t = exprlist(ctx->exprlist());
      if (t->kind == ExprKind::Tuple && t->span.line == sp.line && t->span.col == ctx->exprlist()->getStart()->getCharPositionInLine()) {
        for (auto& x : t->sub) s->targets.push_back(std::move(x));
      } else {
        s->targets.push_back(std::move(t));
      }
      return s;
    }
    unsupported(sp, kw);
  }

  StmtPtr assign(P::Assign_stmtContext* ctx) {
    const Span sp = span_of(ctx);
    if (auto* ann = ctx->annassign()) {
      auto s = std::make_unique<Stmt>(StmtKind::AnnAssign, sp);
      s->targets.push_back(testlist_star(ctx->testlist_star(0)));
      const Expr& t = *s->targets[0];
      if (t.kind == ExprKind::Tuple || t.kind == ExprKind::List) {
        syntax_error(t.span, std::string("only single target (not ") +
                                 (t.kind == ExprKind::Tuple ? "tuple" : "list") + ") can be annotated");
      }
      if (t.kind != ExprKind::Name && t.kind != ExprKind::Attribute && t.kind != ExprKind::Subscript) {
        syntax_error(t.span, "illegal target for annotation");
      }
      // `(x): int` is an annotated expression, not a simple name.
      s->simple = t.kind == ExprKind::Name && ctx->testlist_star(0)->getStart()->getText() != "(";
      s->annotation = test(ann->test());
      if (ann->yield_expr()) s->value = yield_expr(ann->yield_expr());
      if (ann->testlist_star()) s->value = testlist_star(ann->testlist_star());
      return s;
    }
    if (ctx->augassign()) {
      auto s = std::make_unique<Stmt>(StmtKind::AugAssign, sp);
      s->targets.push_back(testlist_star(ctx->testlist_star(0)));
      std::string op = ctx->augassign()->getText();
      op.pop_back();
      s->op = binop_from(op);
      s->value = ctx->yield_expr().empty() ? testlist(ctx->testlist()) : yield_expr(ctx->yield_expr(0));
      check_target(*s->targets[0], true);
      return s;
    }
    auto parts = ctx->testlist_star();
    if (!ctx->yield_expr().empty()) {  // targets = yield ...
      auto s = std::make_unique<Stmt>(StmtKind::Assign, sp);
      for (auto* t : parts) {
        s->targets.push_back(testlist_star(t));
        check_target(*s->targets.back(), false);
      }
      s->value = yield_expr(ctx->yield_expr(0));
      return s;
    }
    if (parts.size() == 1) {
      auto s = std::make_unique<Stmt>(StmtKind::Expr, sp);
      s->value = testlist_star(parts[0]);
      return s;
    }
    auto s = std::make_unique<Stmt>(StmtKind::Assign, sp);
    for (size_t i = 0; i + 1 < parts.size(); ++i) {
      s->targets.push_back(testlist_star(parts[i]));
      check_target(*s->targets.back(), false);
    }
    s->value = testlist_star(parts.back());
    return s;
  }

  // CPython's messages for the common invalid targets.
  void check_target(const Expr& e, bool augmented) {
    switch (e.kind) {
      case ExprKind::Name:
      case ExprKind::Attribute:
      case ExprKind::Subscript:
        return;
      case ExprKind::Tuple:
      case ExprKind::List:
        if (augmented) {
          syntax_error(e.span, std::string("'") + (e.kind == ExprKind::Tuple ? "tuple" : "list") +
                                   "' is an illegal expression for augmented assignment");
        }
        for (auto& x : e.sub) check_target(*x, false);
        return;
      case ExprKind::Starred:
        if (augmented) syntax_error(e.span, "invalid syntax");
        check_target(*e.sub[0], false);
        return;
      case ExprKind::Call:
        syntax_error(e.span, augmented
                                 ? "'function call' is an illegal expression for augmented assignment"
                                 : "cannot assign to function call here. Maybe you meant '==' "
                                   "instead of '='?");
      default:
        syntax_error(e.span, augmented ? "illegal expression for augmented assignment"
                                       : "cannot assign to expression here. Maybe you meant '==' "
                                         "instead of '='?");
    }
  }

  StmtPtr import(P::Import_stmtContext* ctx) {
    const Span sp = span_of(ctx);
    if (ctx->getStart()->getText() == "import") {
      auto s = std::make_unique<Stmt>(StmtKind::Import, sp);
      for (auto* d : ctx->dotted_as_name()) {
        ImportName n;
        n.name = d->dotted_name()->getText();
        if (d->NAME()) n.asname = d->NAME()->getText();
        n.span = span_of(d);
        s->imports.push_back(std::move(n));
      }
      return s;
    }
    auto s = std::make_unique<Stmt>(StmtKind::ImportFrom, sp);
    if (!ctx->dotted_name()) unsupported(sp, "relative import");
    for (auto* t : ctx->children) {
      if (t->getText() == ".") unsupported(sp, "relative import");
      if (t == ctx->dotted_name()) break;
    }
    s->module = ctx->dotted_name()->getText();
    if (!ctx->import_as_names()) unsupported(sp, "from ... import *");
    for (auto* n : ctx->import_as_names()->import_as_name()) {
      ImportName in;
      in.name = n->NAME(0)->getText();
      if (n->NAME().size() > 1) in.asname = n->NAME(1)->getText();
      in.span = span_of(n);
      s->imports.push_back(std::move(in));
    }
    return s;
  }

  StmtPtr compound(P::Compound_stmtContext* ctx) {
    if (auto* c = ctx->if_stmt()) return if_stmt(c);
    if (auto* c = ctx->while_stmt()) {
      auto s = std::make_unique<Stmt>(StmtKind::While, span_of(c));
      s->test = test(c->test());
      s->body = block(c->block(0));
      if (c->block().size() > 1) s->orelse = block(c->block(1));
      return s;
    }
    if (auto* c = ctx->for_stmt()) return for_stmt(c, false);
    if (auto* c = ctx->try_stmt()) return try_stmt(c);
    if (auto* c = ctx->with_stmt()) return with_stmt(c, false);
    if (auto* c = ctx->funcdef()) return funcdef(c, false);
    if (auto* c = ctx->classdef()) return classdef(c);
    if (auto* c = ctx->decorated()) return decorated(c);
    if (auto* c = ctx->match_stmt()) return match_stmt(c);
    auto* a = ctx->async_stmt();
    if (a->funcdef()) return funcdef(a->funcdef(), true);
    if (a->with_stmt()) return with_stmt(a->with_stmt(), true);
    return for_stmt(a->for_stmt(), true);
  }

  // ---- match ----------------------------------------------------------------------------
  StmtPtr match_stmt(P::Match_stmtContext* c) {
    auto s = std::make_unique<Stmt>(StmtKind::Match, span_of(c));
    s->value = testlist_star(c->testlist_star());
    for (auto* cb : c->case_block()) {
      MatchCase mc;
      mc.span = span_of(cb);
      mc.pattern = patterns(cb->patterns());
      if (cb->test()) mc.guard = test(cb->test());
      mc.body = block(cb->block());
      s->cases.push_back(std::move(mc));
    }
    return s;
  }

  PatternPtr patterns(P::PatternsContext* c) {
    if (c->pattern()) return pattern(c->pattern());
    return open_sequence(c->open_sequence_pattern(), span_of(c));
  }

  PatternPtr pattern(P::PatternContext* c) {
    PatternPtr inner = or_pattern(c->or_pattern());
    if (!c->NAME()) return inner;
    auto p = std::make_unique<Pattern>(PatternKind::As, span_of(c));
    p->name = c->NAME()->getText();
    if (p->name == "_") syntax_error(token_span(c->NAME()->getSymbol()), "cannot use '_' as a target");
    p->sub.push_back(std::move(inner));
    return p;
  }

  PatternPtr or_pattern(P::Or_patternContext* c) {
    auto alts = c->closed_pattern();
    if (alts.size() == 1) return closed_pattern(alts[0]);
    auto p = std::make_unique<Pattern>(PatternKind::Or, span_of(c));
    for (auto* a : alts) p->sub.push_back(closed_pattern(a));
    return p;
  }

  PatternPtr sequence_of(const std::vector<P::Maybe_star_patternContext*>& items, const Span& sp) {
    auto p = std::make_unique<Pattern>(PatternKind::Sequence, sp);
    for (auto* it : items) {
      if (it->STAR()) {
        auto star = std::make_unique<Pattern>(PatternKind::Star, span_of(it));
        star->name = it->NAME()->getText() == "_" ? "" : it->NAME()->getText();
        p->sub.push_back(std::move(star));
      } else {
        p->sub.push_back(pattern(it->pattern()));
      }
    }
    return p;
  }

  PatternPtr open_sequence(P::Open_sequence_patternContext* c, const Span& sp) {
    std::vector<P::Maybe_star_patternContext*> items{c->maybe_star_pattern()};
    if (auto* rest = c->maybe_sequence_pattern()) {
      for (auto* it : rest->maybe_star_pattern()) items.push_back(it);
    }
    return sequence_of(items, sp);
  }

  // A literal pattern's value (numbers with an optional sign, strings); `a + bj` is refused.
  ExprPtr literal_value(P::Closed_patternContext* c) {
    const Span sp = span_of(c);
    if (auto* n = dynamic_cast<P::NumberPatternContext*>(c)) {
      if (n->NUMBER().size() > 1) unsupported(sp, "complex number");
      ExprPtr v = number(n->NUMBER(0)->getText(), sp);
      if (n->getStart()->getText() != "-") return v;
      auto neg = std::make_unique<Expr>(ExprKind::UnaryOp, sp);
      neg->op = Op::USub;
      neg->sub.push_back(std::move(v));
      return neg;
    }
    auto* s = dynamic_cast<P::StringPatternContext*>(c);
    ExprPtr v = strings(sp, s->STRING());
    if (v->kind == ExprKind::FString) syntax_error(sp, "patterns may only match literals and attribute lookups");
    return v;
  }

  ExprPtr dotted(P::Name_or_attrContext* c) {
    auto names = c->NAME();
    ExprPtr e = std::make_unique<Expr>(ExprKind::Name, token_span(names[0]->getSymbol()));
    e->str = names[0]->getText();
    for (size_t i = 1; i < names.size(); ++i) {
      auto a = std::make_unique<Expr>(ExprKind::Attribute, span_of(c));
      a->str = names[i]->getText();
      a->sub.push_back(std::move(e));
      e = std::move(a);
    }
    return e;
  }

  PatternPtr closed_pattern(P::Closed_patternContext* c) {
    const Span sp = span_of(c);
    if (dynamic_cast<P::NumberPatternContext*>(c) || dynamic_cast<P::StringPatternContext*>(c)) {
      auto p = std::make_unique<Pattern>(PatternKind::Value, sp);
      p->value = literal_value(c);
      return p;
    }
    if (dynamic_cast<P::NonePatternContext*>(c) || dynamic_cast<P::TruePatternContext*>(c) ||
        dynamic_cast<P::FalsePatternContext*>(c)) {
      auto p = std::make_unique<Pattern>(PatternKind::Singleton, sp);
      if (dynamic_cast<P::NonePatternContext*>(c)) {
        p->value = std::make_unique<Expr>(ExprKind::None, sp);
      } else {
        p->value = std::make_unique<Expr>(ExprKind::Bool, sp);
        p->value->ival = dynamic_cast<P::TruePatternContext*>(c) != nullptr;
      }
      return p;
    }
    if (auto* n = dynamic_cast<P::NamePatternContext*>(c)) {
      if (n->name_or_attr()->NAME().size() > 1) {
        auto p = std::make_unique<Pattern>(PatternKind::Value, sp);
        p->value = dotted(n->name_or_attr());
        return p;
      }
      std::string name = n->getText();
      auto p = std::make_unique<Pattern>(name == "_" ? PatternKind::Wildcard : PatternKind::Capture, sp);
      if (name != "_") p->name = name;
      return p;
    }
    if (auto* k = dynamic_cast<P::ClassPatternContext*>(c)) {
      auto p = std::make_unique<Pattern>(PatternKind::Class, sp);
      p->value = dotted(k->name_or_attr());
      if (auto* args = k->pattern_args()) {
        for (auto* a : args->pattern_arg()) {
          if (a->NAME()) {
            p->kwd_names.push_back(a->NAME()->getText());
          } else if (!p->kwd_names.empty()) {
            syntax_error(span_of(a), "positional patterns follow keyword patterns");
          }
          p->sub.push_back(pattern(a->pattern()));
        }
      }
      return p;
    }
    if (dynamic_cast<P::EmptyTuplePatternContext*>(c)) return std::make_unique<Pattern>(PatternKind::Sequence, sp);
    if (auto* g = dynamic_cast<P::GroupPatternContext*>(c)) return pattern(g->pattern());
    if (auto* t = dynamic_cast<P::TuplePatternContext*>(c)) return open_sequence(t->open_sequence_pattern(), sp);
    if (auto* l = dynamic_cast<P::ListPatternContext*>(c)) {
      if (!l->maybe_sequence_pattern()) return std::make_unique<Pattern>(PatternKind::Sequence, sp);
      return sequence_of(l->maybe_sequence_pattern()->maybe_star_pattern(), sp);
    }
    auto* m = dynamic_cast<P::MappingPatternContext*>(c);
    auto p = std::make_unique<Pattern>(PatternKind::Mapping, sp);
    if (auto* items = m->mapping_items()) {
      auto list = items->mapping_item();
      for (size_t i = 0; i < list.size(); ++i) {
        auto* it = list[i];
        if (it->POWER()) {
          if (i + 1 != list.size()) syntax_error(span_of(it), "invalid syntax");
          p->name = it->NAME()->getText();
          continue;
        }
        PatternPtr key = closed_pattern(it->closed_pattern());
        bool dotted_value = key->kind == PatternKind::Value && key->value->kind == ExprKind::Attribute;
        bool literal = (key->kind == PatternKind::Value && !dotted_value) || key->kind == PatternKind::Singleton;
        if (!literal && !dotted_value) {
          syntax_error(key->span, "mapping pattern keys may only match literals and attribute lookups");
        }
        p->keys.push_back(std::move(key->value));
        p->sub.push_back(pattern(it->pattern()));
      }
    }
    return p;
  }

  StmtPtr if_stmt(P::If_stmtContext* c) {
    // elif chains become nested If statements in orelse, as in CPython's AST.
    auto tests = c->test();
    auto blocks = c->block();
    StmtList tail;
    if (blocks.size() > tests.size()) tail = block(blocks.back());
    for (size_t i = tests.size(); i-- > 0;) {
      Span sp = span_of(tests[i]);
      if (i == 0) sp = span_of(c);
      auto s = std::make_unique<Stmt>(StmtKind::If, sp);
      if (i > 0) s->span.line = static_cast<int>(tests[i]->getStart()->getLine());
      s->test = test(tests[i]);
      s->body = block(blocks[i]);
      s->orelse = std::move(tail);
      tail.clear();
      tail.push_back(std::move(s));
    }
    return std::move(tail[0]);
  }

  StmtPtr for_stmt(P::For_stmtContext* c, bool is_async) {
    auto s = std::make_unique<Stmt>(StmtKind::For, span_of(is_async ? static_cast<ParserRuleContext*>(c->parent) : c));
    s->is_async = is_async;
    s->targets.push_back(exprlist(c->exprlist()));
    check_target(*s->targets[0], false);
    s->value = testlist(c->testlist());
    s->body = block(c->block(0));
    if (c->block().size() > 1) s->orelse = block(c->block(1));
    return s;
  }

  StmtPtr try_stmt(P::Try_stmtContext* c) {
    auto s = std::make_unique<Stmt>(StmtKind::Try, span_of(c));
    // Children come as: 'try' ':' block, then (except_clause ':' block)*, 'else' ':' block,
    // 'finally' ':' block. Walk them in order to tell the blocks apart.
    enum { Body, Handler, Else, Finally } where = Body;
    P::Except_clauseContext* clause = nullptr;
    for (auto* child : c->children) {
      if (auto* ec = dynamic_cast<P::Except_clauseContext*>(child)) {
        where = Handler;
        clause = ec;
        if (ec->STAR()) unsupported(span_of(ec), "except*");
        continue;
      }
      if (auto* t = dynamic_cast<TerminalNode*>(child)) {
        const std::string text = t->getText();
        if (text == "else") where = Else;
        if (text == "finally") where = Finally;
        continue;
      }
      auto* b = dynamic_cast<P::BlockContext*>(child);
      if (!b) continue;
      switch (where) {
        case Body: s->body = block(b); break;
        case Handler: {
          ExceptHandler h;
          h.span = span_of(clause);
          if (clause->test()) h.type = test(clause->test());
          if (clause->NAME()) h.name = clause->NAME()->getText();
          h.body = block(b);
          s->handlers.push_back(std::move(h));
          break;
        }
        case Else: s->orelse = block(b); break;
        case Finally: s->finalbody = block(b); break;
      }
    }
    for (size_t i = 0; i + 1 < s->handlers.size(); ++i) {
      if (!s->handlers[i].type) syntax_error(s->handlers[i].span, "default 'except:' must be last");
    }
    return s;
  }

  StmtPtr with_stmt(P::With_stmtContext* c, bool is_async) {
    auto s = std::make_unique<Stmt>(StmtKind::With, span_of(is_async ? static_cast<ParserRuleContext*>(c->parent) : c));
    s->is_async = is_async;
    for (auto* item : c->with_item()) {
      WithItem w;
      w.context = test(item->test());
      if (item->expr()) w.target = expr(item->expr());
      s->items.push_back(std::move(w));
    }
    s->body = block(c->block());
    return s;
  }

  // Decorators of a def, async def or class: any expressions, applied innermost first.
  StmtPtr decorated(P::DecoratedContext* c) {
    StmtPtr s;
    if (c->funcdef()) {
      s = funcdef(c->funcdef(), false);
    } else if (c->classdef()) {
      s = classdef(c->classdef());
    } else if (c->async_stmt()->funcdef()) {
      s = funcdef(c->async_stmt()->funcdef(), true);
    } else {
      syntax_error(span_of(c->async_stmt()), "invalid syntax");
    }
    for (auto* d : c->decorator()) s->decorators.push_back(test(d->test()));
    // CPython's def/class position (tracebacks, co_firstlineno) is its first decorator's line.
    s->span = span_of(c->decorator(0));
    if (s->func) s->func->span.line = s->span.line;
    return s;
  }

  StmtPtr classdef(P::ClassdefContext* c) {
    const Span sp = span_of(c);
    auto s = std::make_unique<Stmt>(StmtKind::ClassDef, sp);
    s->names.push_back(c->NAME()->getText());
    if (c->arglist()) {
      auto call = std::make_unique<Expr>(ExprKind::Call, sp);
      call->sub.emplace_back();
      arguments(c->arglist(), *call);
      if (!call->keywords.empty()) unsupported(sp, "class keyword arguments");
      for (size_t i = 1; i < call->sub.size(); ++i) s->targets.push_back(std::move(call->sub[i]));
    }
    s->body = block(c->block());
    return s;
  }

  StmtPtr funcdef(P::FuncdefContext* c, bool is_async) {
    auto* outer = is_async ? static_cast<ParserRuleContext*>(c->parent) : c;
    auto s = std::make_unique<Stmt>(StmtKind::FunctionDef, span_of(outer));
    auto f = std::make_shared<Function>();
    f->name = c->NAME()->getText();
    f->is_async = is_async;
    f->span = span_of(outer);
    if (c->parameters()) {
      std::vector<RawParam> raw;
      for (auto* p : c->parameters()->param()) {
        RawParam r;
        r.span = span_of(p);
        if (auto* pp = dynamic_cast<P::PlainParamContext*>(p)) {
          r.name = pp->NAME()->getText();
          // `name: annotation = default`, each part optional.
          bool after_eq = false;
          for (auto* ch : pp->children) {
            if (ch->getText() == "=" && dynamic_cast<TerminalNode*>(ch)) after_eq = true;
            if (auto* t = dynamic_cast<P::TestContext*>(ch)) (after_eq ? r.default_value : r.annotation) = test(t);
          }
        } else if (auto* sp = dynamic_cast<P::StarParamContext*>(p)) {
          r.kind = RawParam::Star;
          if (sp->NAME()) r.name = sp->NAME()->getText();
          if (sp->test()) r.annotation = test(sp->test());
        } else if (auto* kp = dynamic_cast<P::KwargsParamContext*>(p)) {
          r.kind = RawParam::Kwargs;
          r.name = kp->NAME()->getText();
          if (kp->test()) r.annotation = test(kp->test());
        } else {
          r.kind = RawParam::Slash;
        }
        raw.push_back(std::move(r));
      }
      build_params(*f, raw);
    }
    if (c->test()) f->returns = test(c->test());
    f->body = block(c->block());
    s->func = f;
    return s;
  }

  // One entry of a parameter list as written: `name[: ann][= default]`, `*[name]`, `**name`, `/`.
  struct RawParam {
    enum Kind { Plain, Star, Kwargs, Slash } kind = Plain;
    std::string name;
    ExprPtr default_value, annotation;
    Span span;
  };

  // The parameters of a def or lambda, with CPython's syntax errors for misplaced markers,
  // defaults and duplicates.
  void build_params(Function& f, std::vector<RawParam>& raw) {
    bool seen_default = false, seen_star = false;
    for (size_t i = 0; i < raw.size(); ++i) {
      RawParam& r = raw[i];
      const int index = static_cast<int>(f.params.size());
      if (f.kwarg_index >= 0) syntax_error(r.span, "arguments cannot follow var-keyword argument");
      switch (r.kind) {
        case RawParam::Slash:
          if (f.posonly_count > 0) syntax_error(r.span, "/ may appear only once");
          if (seen_star) syntax_error(r.span, "/ must be ahead of *");
          if (index == 0) syntax_error(r.span, "at least one argument must precede /");
          f.posonly_count = index;
          continue;
        case RawParam::Star:
          if (seen_star) syntax_error(r.span, "* argument may appear only once");
          seen_star = true;
          if (r.name.empty()) {
            bool named_follows = i + 1 < raw.size() && raw[i + 1].kind == RawParam::Plain;
            if (!named_follows) syntax_error(r.span, "named arguments must follow bare *");
            f.kwonly_index = index;
            continue;
          }
          f.vararg_index = index;
          f.kwonly_index = index + 1;
          break;
        case RawParam::Kwargs:
          f.kwarg_index = index;
          break;
        case RawParam::Plain:
          if (r.default_value) {
            seen_default = true;
          } else if (seen_default && !seen_star) {
            syntax_error(r.span, "non-default argument follows default argument");
          }
          break;
      }
      for (auto& q : f.params) {
        if (q.name == r.name) syntax_error(r.span, "duplicate argument '" + r.name + "' in function definition");
      }
      Param p;
      p.name = std::move(r.name);
      p.default_value = std::move(r.default_value);
      p.annotation = std::move(r.annotation);
      p.span = r.span;
      f.params.push_back(std::move(p));
    }
    if (f.kwonly_index == static_cast<int>(f.params.size())) f.kwonly_index = -1;  // `*args` last
  }

  // ---- expressions ----------------------------------------------------------------------
  ExprPtr lambda(P::LambdefContext* c) {
    auto e = std::make_unique<Expr>(ExprKind::Lambda, span_of(c));
    auto f = std::make_shared<Function>();
    f->name = "<lambda>";
    f->is_lambda = true;
    f->span = span_of(c);
    if (c->lambda_params()) {
      std::vector<RawParam> raw;
      for (auto* p : c->lambda_params()->lambda_param()) {
        RawParam r;
        r.span = span_of(p);
        r.kind = p->STAR() ? RawParam::Star : p->POWER() ? RawParam::Kwargs : p->NAME() ? RawParam::Plain : RawParam::Slash;
        if (p->NAME()) r.name = p->NAME()->getText();
        if (p->test()) r.default_value = test(p->test());
        raw.push_back(std::move(r));
      }
      build_params(*f, raw);
    }
    auto ret = std::make_unique<Stmt>(StmtKind::Return, span_of(c->test()));
    ret->value = test(c->test());
    f->body.push_back(std::move(ret));
    e->func = f;
    return e;
  }

  ExprPtr or_test(P::Or_testContext* c) {
    if (c->and_test().size() == 1) return and_test(c->and_test(0));
    auto e = std::make_unique<Expr>(ExprKind::BoolOp, span_of(c));
    e->op = Op::Or;
    for (auto* a : c->and_test()) e->sub.push_back(and_test(a));
    return e;
  }

  ExprPtr and_test(P::And_testContext* c) {
    if (c->not_test().size() == 1) return not_test(c->not_test(0));
    auto e = std::make_unique<Expr>(ExprKind::BoolOp, span_of(c));
    e->op = Op::And;
    for (auto* a : c->not_test()) e->sub.push_back(not_test(a));
    return e;
  }

  ExprPtr not_test(P::Not_testContext* c) {
    if (c->comparison()) return comparison(c->comparison());
    auto e = std::make_unique<Expr>(ExprKind::UnaryOp, span_of(c));
    e->op = Op::Not;
    e->sub.push_back(not_test(c->not_test()));
    return e;
  }

  ExprPtr comparison(P::ComparisonContext* c) {
    if (c->expr().size() == 1) return expr(c->expr(0));
    auto e = std::make_unique<Expr>(ExprKind::Compare, span_of(c));
    for (auto* x : c->expr()) e->sub.push_back(expr(x));
    for (auto* o : c->comp_op()) {
      const std::string t = o->getText();
      Op op = t == "<"      ? Op::Lt
              : t == ">"    ? Op::Gt
              : t == "=="   ? Op::Eq
              : t == ">="   ? Op::GtE
              : t == "<="   ? Op::LtE
              : t == "!="   ? Op::NotEq
              : t == "in"   ? Op::In
              : t == "notin" ? Op::NotIn
              : t == "is"   ? Op::Is
                            : Op::IsNot;
      e->ops.push_back(op);
    }
    return e;
  }

  static Op binop_from(const std::string& t) {
    if (t == "+") return Op::Add;
    if (t == "-") return Op::Sub;
    if (t == "*") return Op::Mul;
    if (t == "/") return Op::Div;
    if (t == "//") return Op::FloorDiv;
    if (t == "%") return Op::Mod;
    if (t == "**") return Op::Pow;
    if (t == "@") return Op::MatMul;
    if (t == "<<") return Op::LShift;
    if (t == ">>") return Op::RShift;
    if (t == "|") return Op::BitOr;
    if (t == "^") return Op::BitXor;
    return Op::BitAnd;
  }

  ExprPtr binary(ExprPtr left, const std::string& op, ExprPtr right) {
    auto e = std::make_unique<Expr>(ExprKind::BinOp, join(left->span, right->span));
    e->op = binop_from(op);
    e->sub.push_back(std::move(left));
    e->sub.push_back(std::move(right));
    return e;
  }

  // Left-associative chains: operands and operators alternate among the children.
  template <typename Ctx, typename Sub>
  ExprPtr chain(Ctx* c, Sub sub) {
    ExprPtr acc;
    std::string op;
    for (auto* child : c->children) {
      if (auto* rule = dynamic_cast<ParserRuleContext*>(child)) {
        if (auto operand = sub(rule)) {
          acc = acc ? binary(std::move(acc), op, std::move(operand)) : std::move(operand);
          continue;
        }
        op = rule->getText();
      } else {
        op = child->getText();
      }
    }
    return acc;
  }

  ExprPtr expr(P::ExprContext* c) {
    return chain(c, [&](ParserRuleContext* r) -> ExprPtr {
      auto* x = dynamic_cast<P::Xor_exprContext*>(r);
      return x ? xor_expr(x) : nullptr;
    });
  }
  ExprPtr xor_expr(P::Xor_exprContext* c) {
    return chain(c, [&](ParserRuleContext* r) -> ExprPtr {
      auto* x = dynamic_cast<P::And_exprContext*>(r);
      return x ? and_expr(x) : nullptr;
    });
  }
  ExprPtr and_expr(P::And_exprContext* c) {
    return chain(c, [&](ParserRuleContext* r) -> ExprPtr {
      auto* x = dynamic_cast<P::Shift_exprContext*>(r);
      return x ? shift_expr(x) : nullptr;
    });
  }
  ExprPtr shift_expr(P::Shift_exprContext* c) {
    return chain(c, [&](ParserRuleContext* r) -> ExprPtr {
      auto* x = dynamic_cast<P::Arith_exprContext*>(r);
      return x ? arith_expr(x) : nullptr;
    });
  }
  ExprPtr arith_expr(P::Arith_exprContext* c) {
    return chain(c, [&](ParserRuleContext* r) -> ExprPtr {
      auto* x = dynamic_cast<P::TermContext*>(r);
      return x ? term(x) : nullptr;
    });
  }
  ExprPtr term(P::TermContext* c) {
    return chain(c, [&](ParserRuleContext* r) -> ExprPtr {
      auto* x = dynamic_cast<P::FactorContext*>(r);
      return x ? factor(x) : nullptr;
    });
  }

  ExprPtr factor(P::FactorContext* c) {
    if (c->power()) return power(c->power());
    auto e = std::make_unique<Expr>(ExprKind::UnaryOp, span_of(c));
    const std::string t = c->unary_op()->getText();
    e->op = t == "+" ? Op::UAdd : t == "-" ? Op::USub : Op::Invert;
    e->sub.push_back(factor(c->factor()));
    return e;
  }

  ExprPtr power(P::PowerContext* c) {
    ExprPtr base = await_primary(c->await_primary());
    if (!c->factor()) return base;
    return binary(std::move(base), "**", factor(c->factor()));
  }

  ExprPtr await_primary(P::Await_primaryContext* c) {
    ExprPtr e = atom(c->atom());
    for (auto* t : c->trailer()) {
      const Span sp = join(e->span, span_of(t));
      if (auto* call = dynamic_cast<P::CallTrailerContext*>(t)) {
        auto x = std::make_unique<Expr>(ExprKind::Call, sp);
        x->sub.push_back(std::move(e));
        if (call->arglist()) arguments(call->arglist(), *x);
        e = std::move(x);
      } else if (auto* sub = dynamic_cast<P::SubscriptTrailerContext*>(t)) {
        auto x = std::make_unique<Expr>(ExprKind::Subscript, sp);
        x->sub.push_back(std::move(e));
        x->sub.push_back(subscript(sub->subscript()));
        e = std::move(x);
      } else {
        auto* attr = dynamic_cast<P::AttrTrailerContext*>(t);
        auto x = std::make_unique<Expr>(ExprKind::Attribute, sp);
        x->str = attr->NAME()->getText();
        x->sub.push_back(std::move(e));
        e = std::move(x);
      }
    }
    if (!c->AWAIT()) return e;
    auto a = std::make_unique<Expr>(ExprKind::Await, span_of(c));
    a->sub.push_back(std::move(e));
    return a;
  }

  void arguments(P::ArglistContext* c, Expr& call) {
    bool seen_keyword = false;
    for (auto* a : c->argument()) {
      if (auto* p = dynamic_cast<P::PositionalArgContext*>(a)) {
        if (seen_keyword) {
          syntax_error(span_of(p), "positional argument follows keyword argument");
        }
        if (p->comp_for()) {
          if (c->argument().size() > 1) {
            syntax_error(span_of(p), "Generator expression must be parenthesized");
          }
          call.sub.push_back(generator(span_of(p), test(p->test()), p->comp_for()));
          continue;
        }
        call.sub.push_back(test(p->test()));
      } else if (auto* k = dynamic_cast<P::KeywordArgContext*>(a)) {
        seen_keyword = true;
        Keyword kw;
        kw.name = k->NAME()->getText();
        kw.span = span_of(k);
        for (auto& other : call.keywords) {
          if (!other.name.empty() && other.name == kw.name) {
            syntax_error(kw.span, "keyword argument repeated: " + kw.name);
          }
        }
        kw.value = test(k->test());
        call.keywords.push_back(std::move(kw));
      } else if (auto* s = dynamic_cast<P::StarArgContext*>(a)) {
        if (seen_keyword) unsupported(span_of(s), "*args after keyword arguments");
        auto st = std::make_unique<Expr>(ExprKind::Starred, span_of(s));
        st->sub.push_back(test(s->test()));
        call.sub.push_back(std::move(st));
      } else {
        auto* d = dynamic_cast<P::DoubleStarArgContext*>(a);
        seen_keyword = true;
        Keyword kw;
        kw.span = span_of(d);
        kw.value = test(d->test());
        call.keywords.push_back(std::move(kw));
      }
    }
  }

  ExprPtr slice_part(ParserRuleContext* c) {
    // A slice `lo:hi:step`: tests are attached to the positions between the colons.
    auto e = std::make_unique<Expr>(ExprKind::Slice, span_of(c));
    e->sub.resize(3);
    int slot = 0;
    for (auto* child : c->children) {
      if (dynamic_cast<TerminalNode*>(child)) {
        ++slot;
      } else if (auto* t = dynamic_cast<P::TestContext*>(child)) {
        e->sub[slot] = test(t);
      }
    }
    return e;
  }

  ExprPtr subscript(P::SubscriptContext* c) {
    if (auto* i = dynamic_cast<P::IndexSubscriptContext*>(c)) return test(i->test());
    if (dynamic_cast<P::SliceSubscriptContext*>(c)) return slice_part(c);
    auto t = std::make_unique<Expr>(ExprKind::Tuple, span_of(c));
    std::vector<P::Subscript_itemContext*> items;
    if (auto* m = dynamic_cast<P::TupleSubscriptContext*>(c)) items = m->subscript_item();
    if (auto* o = dynamic_cast<P::TupleSubscript1Context*>(c)) items.push_back(o->subscript_item());
    for (auto* it : items) {
      bool is_slice = false;
      for (auto* ch : it->children) is_slice |= ch->getText() == ":";
      t->sub.push_back(is_slice ? slice_part(it) : test(it->test(0)));
    }
    return t;
  }

  ExprPtr element(ParseTree* t) {
    if (auto* x = dynamic_cast<P::TestContext*>(t)) return test(x);
    auto* s = dynamic_cast<P::Star_exprContext*>(t);
    auto e = std::make_unique<Expr>(ExprKind::Starred, span_of(s));
    e->sub.push_back(expr(s->expr()));
    return e;
  }

  // Elements of a testlist_comp / exprlist / testlist_star in source order.
  void elements(ParserRuleContext* c, Expr& out) {
    for (auto* child : c->children) {
      if (dynamic_cast<P::TestContext*>(child) || dynamic_cast<P::Star_exprContext*>(child)) {
        out.sub.push_back(element(child));
      } else if (auto* x = dynamic_cast<P::ExprContext*>(child)) {
        out.sub.push_back(expr(x));
      }
    }
  }

  static bool has_comma(ParserRuleContext* c) {
    for (auto* child : c->children) {
      if (child->getText() == "," && dynamic_cast<TerminalNode*>(child)) return true;
    }
    return false;
  }

  ExprPtr sequence(ParserRuleContext* c) {
    auto t = std::make_unique<Expr>(ExprKind::Tuple, span_of(c));
    elements(c, *t);
    if (!has_comma(c) && t->sub.size() == 1 && t->sub[0]->kind != ExprKind::Starred) {
      return std::move(t->sub[0]);
    }
    if (!has_comma(c)) syntax_error(t->span, "can't use starred expression here");
    return t;
  }

  ExprPtr testlist_star(P::Testlist_starContext* c) { return sequence(c); }
  ExprPtr testlist(P::TestlistContext* c) { return sequence(c); }
  ExprPtr exprlist(P::ExprlistContext* c) { return sequence(c); }

  std::vector<Comprehension> comp_for(P::Comp_forContext* c) {
    std::vector<Comprehension> out;
    while (c) {
      if (c->ASYNC()) unsupported(span_of(c), "async comprehension");
      Comprehension g;
      g.target = exprlist(c->exprlist());
      check_target(*g.target, false);
      g.iter = or_test(c->or_test());
      P::Comp_iterContext* it = c->comp_iter();
      c = nullptr;
      while (it) {
        if (it->comp_for()) {
          c = it->comp_for();
          break;
        }
        auto* cif = it->comp_if();
        auto* tn = cif->test_nocond();
        g.ifs.push_back(tn->lambdef() ? lambda(tn->lambdef()) : or_test(tn->or_test()));
        it = cif->comp_iter();
      }
      out.push_back(std::move(g));
    }
    return out;
  }

  // Generator expressions are evaluated eagerly, into an iterator over the list of their values:
  // the same values in the same order for the consumers scripts use them with (sum, join, any,
  // all, min, max, sorted, list, next...). `str` marks them for the emitter.
  // A generator expression is a call of an implicit generator function, as in CPython:
  // `(f(x) for x in xs if c)` is `<genexpr>(iter(xs))` with the body
  // `for x in .0: if c: yield f(x)`; only the first iterable is evaluated by the caller.
  ExprPtr generator(const Span& sp, ExprPtr element, P::Comp_forContext* cf) {
    std::vector<Comprehension> gens = comp_for(cf);
    auto f = std::make_shared<Function>();
    f->name = "<genexpr>";
    f->is_genexpr = true;
    f->span = sp;
    Param arg;
    arg.name = ".0";
    arg.span = gens[0].iter->span;
    f->params.push_back(std::move(arg));
    auto yield = std::make_unique<Expr>(ExprKind::Yield, element->span);
    yield->sub.push_back(std::move(element));
    auto body = std::make_unique<Stmt>(StmtKind::Expr, yield->span);
    body->value = std::move(yield);
    ExprPtr first_iter;
    for (size_t i = gens.size(); i-- > 0;) {
      Comprehension& g = gens[i];
      for (size_t j = g.ifs.size(); j-- > 0;) {
        auto cond = std::make_unique<Stmt>(StmtKind::If, g.ifs[j]->span);
        cond->test = std::move(g.ifs[j]);
        cond->body.push_back(std::move(body));
        body = std::move(cond);
      }
      auto loop = std::make_unique<Stmt>(StmtKind::For, g.target->span);
      loop->targets.push_back(std::move(g.target));
      if (i == 0) {
        first_iter = std::move(g.iter);
        loop->value = std::make_unique<Expr>(ExprKind::Name, first_iter->span);
        loop->value->str = ".0";
      } else {
        loop->value = std::move(g.iter);
      }
      loop->body.push_back(std::move(body));
      body = std::move(loop);
    }
    f->body.push_back(std::move(body));
    auto fn = std::make_unique<Expr>(ExprKind::Lambda, sp);
    fn->func = f;
    auto call = std::make_unique<Expr>(ExprKind::Call, sp);
    call->sub.push_back(std::move(fn));
    call->sub.push_back(std::move(first_iter));
    return call;
  }

  ExprPtr yield_expr(P::Yield_exprContext* c) {
    const Span sp = span_of(c);
    if (c->test()) {
      auto e = std::make_unique<Expr>(ExprKind::YieldFrom, sp);
      e->sub.push_back(test(c->test()));
      return e;
    }
    auto e = std::make_unique<Expr>(ExprKind::Yield, sp);
    e->sub.push_back(c->testlist_star() ? testlist_star(c->testlist_star()) : nullptr);
    return e;
  }

  ExprPtr atom(P::AtomContext* c) {
    const Span sp = span_of(c);
    if (auto* p = dynamic_cast<P::ParenAtomContext*>(c)) {
      if (p->yield_expr()) return yield_expr(p->yield_expr());
      if (!p->testlist_comp()) return std::make_unique<Expr>(ExprKind::Tuple, sp);
      auto* tc = p->testlist_comp();
      if (tc->comp_for()) {
        if (!dynamic_cast<P::TestContext*>(tc->children[0])) {
          syntax_error(sp, "iterable unpacking cannot be used in comprehension");
        }
        return generator(sp, element(tc->children[0]), tc->comp_for());
      }
      ExprPtr inner = sequence(tc);
      if (inner->kind == ExprKind::Tuple) {
        inner->span = sp;
        return inner;
      }
      // Parentheses don't change an expression's position for tracebacks, except that CPython
      // reports the parenthesized span for tuples only.
      return inner;
    }
    if (auto* l = dynamic_cast<P::ListAtomContext*>(c)) {
      auto tc = l->testlist_comp();
      if (tc && tc->comp_for()) {
        auto e = std::make_unique<Expr>(ExprKind::ListComp, sp);
        e->sub.push_back(element(tc->children[0]));
        if (e->sub[0]->kind == ExprKind::Starred) {
          syntax_error(e->sub[0]->span, "iterable unpacking cannot be used in comprehension");
        }
        e->generators = comp_for(tc->comp_for());
        return e;
      }
      auto e = std::make_unique<Expr>(ExprKind::List, sp);
      if (tc) elements(tc, *e);
      return e;
    }
    if (auto* b = dynamic_cast<P::BraceAtomContext*>(c)) {
      auto* m = b->dictorsetmaker();
      if (!m) return std::make_unique<Expr>(ExprKind::Dict, sp);
      if (m->dict_item().empty()) {
        if (m->comp_for()) {
          auto e = std::make_unique<Expr>(ExprKind::SetComp, sp);
          e->sub.push_back(element(m->children[0]));
          if (e->sub[0]->kind == ExprKind::Starred) {
            syntax_error(e->sub[0]->span, "iterable unpacking cannot be used in comprehension");
          }
          e->generators = comp_for(m->comp_for());
          return e;
        }
        auto e = std::make_unique<Expr>(ExprKind::Set, sp);
        elements(m, *e);
        return e;
      }
      if (m->comp_for()) {
        auto* item = m->dict_item(0);
        if (item->POWER()) syntax_error(span_of(item), "dict unpacking cannot be used in dict comprehension");
        auto e = std::make_unique<Expr>(ExprKind::DictComp, sp);
        e->sub.push_back(test(item->test(0)));
        e->sub.push_back(test(item->test(1)));
        e->generators = comp_for(m->comp_for());
        return e;
      }
      auto e = std::make_unique<Expr>(ExprKind::Dict, sp);
      for (auto* item : m->dict_item()) {
        if (item->POWER()) unsupported(span_of(item), "dict unpacking (**)");
        e->sub.push_back(test(item->test(0)));
        e->sub.push_back(test(item->test(1)));
      }
      return e;
    }
    if (auto* n = dynamic_cast<P::NameAtomContext*>(c)) {
      auto e = std::make_unique<Expr>(ExprKind::Name, sp);
      e->str = n->NAME()->getText();
      return e;
    }
    if (auto* n = dynamic_cast<P::NumberAtomContext*>(c)) return number(n->NUMBER()->getText(), sp);
    if (auto* s = dynamic_cast<P::StringAtomContext*>(c)) return strings(s);
    if (dynamic_cast<P::NoneAtomContext*>(c)) return std::make_unique<Expr>(ExprKind::None, sp);
    if (dynamic_cast<P::EllipsisAtomContext*>(c)) {
      return std::make_unique<Expr>(ExprKind::Ellipsis, sp);
    }
    auto e = std::make_unique<Expr>(ExprKind::Bool, sp);
    e->ival = dynamic_cast<P::TrueAtomContext*>(c) != nullptr;
    return e;
  }

  ExprPtr number(std::string text, const Span& sp) {
    std::string clean;
    for (char ch : text) {
      if (ch != '_') clean += ch;
    }
    const char last = clean.back();
    if (last == 'j' || last == 'J') unsupported(sp, "complex number");
    const bool is_hex = clean.size() > 1 && (clean[1] == 'x' || clean[1] == 'X');
    if (!is_hex && clean.find_first_of(".eE") != std::string::npos) {
      auto e = std::make_unique<Expr>(ExprKind::Float, sp);
      e->fval = std::strtod(clean.c_str(), nullptr);
      return e;
    }
    auto e = std::make_unique<Expr>(ExprKind::Int, sp);
    e->str = literals::integer_to_decimal(clean);
    return e;
  }

  // Adjacent string literals concatenate; any f-string among them makes the whole an FString.
  ExprPtr strings(P::StringAtomContext* c) { return strings(span_of(c), c->STRING()); }

  ExprPtr strings(const Span& sp, const std::vector<TerminalNode*>& tokens) {
    std::vector<ExprPtr> parts;
    bool any_f = false;
    for (auto* tok : tokens) {
      literals::StringToken st = literals::split_string_token(tok->getText());
      const Span ts = token_span(tok->getSymbol());
      if (st.is_bytes) unsupported(ts, "bytes literal");
      if (!st.is_f) {
        auto e = std::make_unique<Expr>(ExprKind::Str, ts);
        e->str = st.raw ? st.body : literals::unescape(st.body, ts);
        parts.push_back(std::move(e));
        continue;
      }
      any_f = true;
      fstring_parts(st, ts, parts);
    }
    if (!any_f) {
      auto e = std::make_unique<Expr>(ExprKind::Str, sp);
      for (auto& p : parts) e->str += p->str;
      return e;
    }
    auto e = std::make_unique<Expr>(ExprKind::FString, sp);
    for (auto& p : parts) {
      if (p->kind == ExprKind::Str && !e->sub.empty() && e->sub.back()->kind == ExprKind::Str) {
        e->sub.back()->str += p->str;
      } else if (p->kind != ExprKind::Str || !p->str.empty()) {
        e->sub.push_back(std::move(p));
      }
    }
    return e;
  }

  // Splits an f-string body into literal pieces and {fields}; field expressions are parsed by
  // a nested pipeline.
  void fstring_parts(const literals::StringToken& st, const Span& ts, std::vector<ExprPtr>& out) {
    const std::string& s = st.body;
    std::string lit;
    auto flush = [&] {
      if (lit.empty()) return;
      auto e = std::make_unique<Expr>(ExprKind::Str, ts);
      e->str = st.raw ? lit : literals::unescape(lit, ts);
      out.push_back(std::move(e));
      lit.clear();
    };
    for (size_t i = 0; i < s.size(); ++i) {
      char ch = s[i];
      if (ch == '{' && i + 1 < s.size() && s[i + 1] == '{') {
        lit += '{';
        ++i;
        continue;
      }
      if (ch == '}') {
        if (i + 1 < s.size() && s[i + 1] == '}') {
          lit += '}';
          ++i;
          continue;
        }
        syntax_error(ts, "f-string: single '}' is not allowed");
      }
      if (ch != '{') {
        lit += ch;
        continue;
      }
      flush();
      i = fstring_field(st, ts, i + 1, out);
    }
    flush();
  }

  // Parses the field starting after '{' at `i`; returns the index of the closing '}'.
  size_t fstring_field(const literals::StringToken& st, const Span& ts, size_t i,
                       std::vector<ExprPtr>& out) {
    const std::string& s = st.body;
    int depth = 0;
    char quote = 0;
    size_t j = i;
    for (; j < s.size(); ++j) {
      char ch = s[j];
      if (quote) {
        if (ch == quote) quote = 0;
        continue;
      }
      if (ch == '\'' || ch == '"') {
        quote = ch;
      } else if (ch == '(' || ch == '[' || ch == '{') {
        ++depth;
      } else if ((ch == ')' || ch == ']' || ch == '}') && depth > 0) {
        --depth;
      } else if (depth == 0 && (ch == '}' || ch == ':' ||
                                (ch == '!' && j + 1 < s.size() && s[j + 1] != '='))) {
        break;
      }
    }
    if (j >= s.size()) syntax_error(ts, "f-string: expecting '}'");
    std::string expr_text = s.substr(i, j - i);
    {
      size_t end = expr_text.find_last_not_of(" \t");
      if (end != std::string::npos && expr_text[end] == '=' &&
          (end == 0 || std::string("=!<>").find(expr_text[end - 1]) == std::string::npos)) {
        unsupported(ts, "f-string '=' specifier");
      }
    }
    if (expr_text.find_first_not_of(" \t\n") == std::string::npos) {
      syntax_error(ts, "f-string: empty expression not allowed");
    }
    auto fv = std::make_unique<Expr>(ExprKind::FormattedValue, ts);
    fv->sub.push_back(parse_field_expr(expr_text, ts, static_cast<int>(st.prefix_len + i)));
    fv->sub.emplace_back();
    if (s[j] == '!') {
      if (j + 1 >= s.size() || std::string("rsa").find(s[j + 1]) == std::string::npos) {
        syntax_error(ts, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
      }
      fv->ival = s[j + 1];
      j += 2;
    }
    if (j < s.size() && s[j] == ':') {
      // The format spec runs to the matching '}' and may itself contain {fields}.
      size_t k = j + 1;
      int d = 0;
      for (; k < s.size(); ++k) {
        if (s[k] == '{') ++d;
        if (s[k] == '}') {
          if (d == 0) break;
          --d;
        }
      }
      literals::StringToken spec = st;
      spec.body = s.substr(j + 1, k - j - 1);
      auto fs = std::make_unique<Expr>(ExprKind::FString, ts);
      fstring_parts(spec, ts, fs->sub);
      fv->sub[1] = std::move(fs);
      j = k;
    }
    if (j >= s.size() || s[j] != '}') syntax_error(ts, "f-string: expecting '}'");
    out.push_back(std::move(fv));
    return j;
  }

  ExprPtr parse_field_expr(const std::string& text, const Span& ts, int offset) {
    std::string wrapped = "(" + text + ")";
    std::vector<std::string> lines = split_lines(wrapped);
    Pipeline pipe(wrapped, lines);
    auto* ctx = pipe.parser.test();
    if (pipe.tokens.LA(1) != antlr4::Token::EOF && pipe.tokens.LA(1) != AioPyLexer::NEWLINE) {
      syntax_error(ts, "f-string: invalid syntax");
    }
    ExprPtr e = test(ctx);
    relocate(*e, ts, offset - 1);
    return e;
  }

  // Moves spans parsed from an f-string field to their place in the source line.
  void relocate(Expr& e, const Span& ts, int offset) {
    auto fix = [&](Span& s) {
      if (s.line == 1) s.col += ts.col + offset;
      if (s.end_line == 1) s.end_col += ts.col + offset;
      s.line += ts.line - 1;
      s.end_line += ts.line - 1;
    };
    fix(e.span);
    for (auto& x : e.sub) {
      if (x) relocate(*x, ts, offset);
    }
    for (auto& k : e.keywords) relocate(*k.value, ts, offset);
  }
};

}  // namespace

std::vector<std::string> split_lines(const std::string& source) {
  std::vector<std::string> lines;
  std::string cur;
  for (size_t i = 0; i < source.size(); ++i) {
    char c = source[i];
    if (c == '\r') {
      if (i + 1 < source.size() && source[i + 1] == '\n') ++i;
      lines.push_back(cur);
      cur.clear();
    } else if (c == '\n') {
      lines.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) lines.push_back(cur);
  return lines;
}

namespace {
// CPython reports unbalanced brackets before other syntax errors: "'(' was never closed",
// "unmatched ')'", "closing parenthesis ']' does not match opening parenthesis '('".
void check_brackets(const std::string& source) {
  antlr4::ANTLRInputStream input(source);
  AioPyLexer lexer(&input);
  lexer.removeErrorListeners();
  struct Open {
    char ch;
    size_t line, col;
  };
  std::vector<Open> stack;
  for (auto tok = lexer.nextToken(); tok->getType() != antlr4::Token::EOF; tok = lexer.nextToken()) {
    const std::string t = tok->getText();
    if (t.size() != 1) continue;
    const char c = t[0];
    const int line = static_cast<int>(tok->getLine());
    const int col = static_cast<int>(tok->getCharPositionInLine());
    if (c == '(' || c == '[' || c == '{') {
      stack.push_back({c, tok->getLine(), tok->getCharPositionInLine()});
    } else if (c == ')' || c == ']' || c == '}') {
      if (stack.empty()) {
        throw CompileError(CompileError::Kind::Syntax, line, col, std::string("unmatched '") + c + "'");
      }
      const char want = stack.back().ch == '(' ? ')' : stack.back().ch == '[' ? ']' : '}';
      if (c != want) {
        std::string msg = std::string("closing parenthesis '") + c +
                          "' does not match opening parenthesis '" + stack.back().ch + "'";
        if (stack.back().line != tok->getLine()) msg += " on line " + std::to_string(stack.back().line);
        throw CompileError(CompileError::Kind::Syntax, line, col, msg);
      }
      stack.pop_back();
    }
  }
  if (!stack.empty()) {
    throw CompileError(CompileError::Kind::Syntax, static_cast<int>(stack.back().line),
                       static_cast<int>(stack.back().col),
                       std::string("'") + stack.back().ch + "' was never closed");
  }
}
}  // namespace

ast::Module parse_module(const std::string& path, const std::string& source) {
  ast::Module m;
  m.path = path;
  m.lines = split_lines(source);
  Pipeline pipe(source, m.lines);
  AioPyParser::File_inputContext* tree = nullptr;
  try {
    tree = pipe.parser.file_input();
  } catch (const CompileError& e) {
    if (e.kind == CompileError::Kind::Syntax) check_brackets(source);
    throw;
  }
  Builder b(m.lines);
  m.body = b.file(tree);
  return m;
}

}  // namespace aiocc
