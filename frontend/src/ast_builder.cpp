// Parse tree -> aiocc AST: the entry point, statements, functions and classes (see
// ast_builder.h for how the builder is split).
#include <cmath>
#include <cstdlib>

#include "ast_builder.h"
#include "source_encoding.h"
#include "aiocc/frontend/limits.h"
#include "aiocc/frontend/parser.h"

namespace aiocc::build {

namespace {
// What CPython calls the compound statement whose header starts at token `i`, for "expected an
// indented block after ...".
std::string header_kind(antlr4::TokenStream* tokens, size_t i) {
  std::string first = tokens->get(i)->getText();
  if (first == "async" && i + 1 < tokens->size()) first = tokens->get(i + 1)->getText();
  if (first == "def") return "function definition";
  if (first == "class") return "class definition";
  return "'" + first + "' statement";
}

// A block that does not start with an INDENT: the header is the logical line before the
// offending token's NEWLINE (it starts after the previous NEWLINE, INDENT or DEDENT).
std::string missing_block_message(antlr4::Parser* parser, antlr4::Token* tok) {
  antlr4::TokenStream* tokens = parser->getTokenStream();
  size_t i = tok->getTokenIndex();
  if (i < 2 || tokens->get(i - 1)->getType() != AioPyParser::NEWLINE) return "";
  size_t start = i - 2;
  while (start > 0) {
    const size_t t = tokens->get(start - 1)->getType();
    if (t == AioPyParser::NEWLINE || t == AioPyParser::INDENT || t == AioPyParser::DEDENT) break;
    --start;
  }
  return "expected an indented block after " + header_kind(tokens, start) + " on line " +
         std::to_string(tokens->get(start)->getLine());
}
}  // namespace

void SyntaxErrorListener::syntaxError(antlr4::Recognizer* recognizer, antlr4::Token* tok,
                                      size_t line, size_t col, const std::string&,
                                      std::exception_ptr) {
  std::string msg = "invalid syntax";
  if (tok && tok->getType() == AioPyParser::INDENT) msg = "unexpected indent";
  if (tok && tok->getType() == antlr4::Token::EOF) msg = "unexpected EOF while parsing";
  auto* parser = dynamic_cast<antlr4::Parser*>(recognizer);
  if (tok && parser && tok->getType() != AioPyParser::INDENT &&
      parser->getExpectedTokens().contains(static_cast<size_t>(AioPyParser::INDENT))) {
    if (std::string m = missing_block_message(parser, tok); !m.empty()) msg = m;
  }
  throw CompileError(CompileError::Kind::Syntax, static_cast<int>(line), static_cast<int>(col),
                     msg);
}

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

// From the first token's start (no need for its text) to the last token's end.
Span span_of(ParserRuleContext* ctx) {
  antlr4::Token* first = ctx->getStart();
  Span b = token_span(ctx->getStop() ? ctx->getStop() : first);
  return {static_cast<int>(first->getLine()), static_cast<int>(first->getCharPositionInLine()), b.end_line,
          b.end_col};
}

Span join(const Span& a, const Span& b) { return {a.line, a.col, b.end_line, b.end_col}; }

StmtList Builder::file(P::File_inputContext* ctx) {
  StmtList out;
  for (auto* s : ctx->stmt()) stmt(s, out);
  return out;
}

ExprPtr Builder::test(P::TestContext* ctx) {
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

void Builder::stmt(P::StmtContext* ctx, StmtList& out) {
  if (ctx->simple_stmts()) {
    simple_stmts(ctx->simple_stmts(), out);
  } else {
    out.push_back(compound(ctx->compound_stmt()));
  }
}

void Builder::simple_stmts(P::Simple_stmtsContext* ctx, StmtList& out) {
  for (auto* s : ctx->simple_stmt()) out.push_back(simple(s));
}

StmtList Builder::block(P::BlockContext* ctx) {
  StmtList out;
  if (ctx->simple_stmts()) {
    simple_stmts(ctx->simple_stmts(), out);
  } else {
    for (auto* s : ctx->stmt()) stmt(s, out);
  }
  return out;
}

StmtPtr Builder::simple(P::Simple_stmtContext* ctx) {
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

StmtPtr Builder::assign(P::Assign_stmtContext* ctx) {
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
void Builder::check_target(const Expr& e, bool augmented) {
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

StmtPtr Builder::import(P::Import_stmtContext* ctx) {
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
  for (auto* t : ctx->children) {
    if (t == ctx->dotted_name() || t->getText() == "import") break;
    if (t->getText() == ".") s->level += 1;
    if (t->getText() == "...") s->level += 3;
  }
  if (ctx->dotted_name()) s->module = ctx->dotted_name()->getText();
  if (!ctx->import_as_names()) {  // `from m import *`
    ImportName in;
    in.name = "*";
    in.span = sp;
    s->imports.push_back(std::move(in));
    return s;
  }
  for (auto* n : ctx->import_as_names()->import_as_name()) {
    ImportName in;
    in.name = n->NAME(0)->getText();
    if (n->NAME().size() > 1) in.asname = n->NAME(1)->getText();
    in.span = span_of(n);
    s->imports.push_back(std::move(in));
  }
  return s;
}

StmtPtr Builder::compound(P::Compound_stmtContext* ctx) {
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

StmtPtr Builder::if_stmt(P::If_stmtContext* c) {
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

StmtPtr Builder::for_stmt(P::For_stmtContext* c, bool is_async) {
  auto s = std::make_unique<Stmt>(StmtKind::For, span_of(is_async ? static_cast<ParserRuleContext*>(c->parent) : c));
  s->is_async = is_async;
  s->targets.push_back(exprlist(c->exprlist()));
  check_target(*s->targets[0], false);
  s->value = testlist(c->testlist());
  s->body = block(c->block(0));
  if (c->block().size() > 1) s->orelse = block(c->block(1));
  return s;
}

StmtPtr Builder::try_stmt(P::Try_stmtContext* c) {
  auto s = std::make_unique<Stmt>(StmtKind::Try, span_of(c));
  // Children come as: 'try' ':' block, then (except_clause ':' block)*, 'else' ':' block,
  // 'finally' ':' block. Walk them in order to tell the blocks apart.
  enum { Body, Handler, Else, Finally } where = Body;
  P::Except_clauseContext* clause = nullptr;
  P::Except_clauseContext* first_clause = nullptr;
  for (auto* child : c->children) {
    if (auto* ec = dynamic_cast<P::Except_clauseContext*>(child)) {
      where = Handler;
      clause = ec;
      if (!first_clause) first_clause = ec;
      if (!ec->STAR() != !first_clause->STAR()) {
        // The keyword, `except` or `except*`, is where CPython points.
        Span at = span_of(ec);
        at.end_line = at.line;
        at.end_col = at.col + (ec->STAR() ? 7 : 6);
        syntax_error(at, "cannot have both 'except' and 'except*' on the same 'try'");
      }
      continue;
    }
    if (auto* t = dynamic_cast<TerminalNode*>(child)) {
      const std::string text = t->getText();
      if (text == ":" && where == Handler && clause->STAR() && !clause->test()) {  // `except*:`
        syntax_error(token_span(t->getSymbol()), "expected one or more exception types");
      }
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
        h.star = clause->STAR() != nullptr;
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

StmtPtr Builder::with_stmt(P::With_stmtContext* c, bool is_async) {
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
StmtPtr Builder::decorated(P::DecoratedContext* c) {
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

StmtPtr Builder::classdef(P::ClassdefContext* c) {
  const Span sp = span_of(c);
  auto s = std::make_unique<Stmt>(StmtKind::ClassDef, sp);
  s->names.push_back(c->NAME()->getText());
  if (c->arglist()) {
    auto call = std::make_unique<Expr>(ExprKind::Call, sp);
    call->sub.emplace_back();
    arguments(c->arglist(), *call);
    for (size_t i = 1; i < call->sub.size(); ++i) {
      if (call->sub[i]->kind == ExprKind::Starred) unsupported(call->sub[i]->span, "*bases in a class statement");
      s->targets.push_back(std::move(call->sub[i]));
    }
    for (auto& k : call->keywords) {
      if (k.name.empty()) unsupported(k.span, "**keywords in a class statement");
    }
    s->keywords = std::move(call->keywords);
  }
  s->body = block(c->block());
  return s;
}

StmtPtr Builder::funcdef(P::FuncdefContext* c, bool is_async) {
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
          if (dynamic_cast<TerminalNode*>(ch) && ch->getText() == "=") after_eq = true;
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

// The parameters of a def or lambda, with CPython's syntax errors for misplaced markers,
// defaults and duplicates.
void Builder::build_params(Function& f, std::vector<RawParam>& raw) {
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

}  // namespace aiocc::build

namespace aiocc {

using build::Builder;
using build::Pipeline;


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
      if (stack.size() >= static_cast<size_t>(kMaxBracketDepth)) {
        throw CompileError(CompileError::Kind::Syntax, line, col, "too many nested parentheses");
      }
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

ast::Module parse_module(const std::string& path, const std::string& bytes) {
  const std::string source = universal_newlines(decode_source(bytes));
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
  check_nesting(m);
  return m;
}

}  // namespace aiocc
