// Parse tree -> aiocc AST: expressions, number and string literals, f-strings.
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <functional>

#include "aiocc/frontend/parser.h"
#include "ast_builder.h"

namespace aiocc::build {

ExprPtr Builder::lambda(P::LambdefContext* c) {
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

ExprPtr Builder::or_test(P::Or_testContext* c) {
  if (c->and_test().size() == 1) return and_test(c->and_test(0));
  auto e = std::make_unique<Expr>(ExprKind::BoolOp, span_of(c));
  e->op = Op::Or;
  for (auto* a : c->and_test()) e->sub.push_back(and_test(a));
  return e;
}

ExprPtr Builder::and_test(P::And_testContext* c) {
  if (c->not_test().size() == 1) return not_test(c->not_test(0));
  auto e = std::make_unique<Expr>(ExprKind::BoolOp, span_of(c));
  e->op = Op::And;
  for (auto* a : c->not_test()) e->sub.push_back(not_test(a));
  return e;
}

ExprPtr Builder::not_test(P::Not_testContext* c) {
  if (c->comparison()) return comparison(c->comparison());
  auto e = std::make_unique<Expr>(ExprKind::UnaryOp, span_of(c));
  e->op = Op::Not;
  e->sub.push_back(not_test(c->not_test()));
  return e;
}

ExprPtr Builder::comparison(P::ComparisonContext* c) {
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

Op Builder::binop_from(const std::string& t) {
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

ExprPtr Builder::binary(ExprPtr left, const std::string& op, ExprPtr right) {
  auto e = std::make_unique<Expr>(ExprKind::BinOp, join(left->span, right->span));
  e->op = binop_from(op);
  e->sub.push_back(std::move(left));
  e->sub.push_back(std::move(right));
  return e;
}

ExprPtr Builder::expr(P::ExprContext* c) {
  return chain(c, [&](ParserRuleContext* r) -> ExprPtr {
    auto* x = dynamic_cast<P::Xor_exprContext*>(r);
    return x ? xor_expr(x) : nullptr;
  });
}

ExprPtr Builder::xor_expr(P::Xor_exprContext* c) {
  return chain(c, [&](ParserRuleContext* r) -> ExprPtr {
    auto* x = dynamic_cast<P::And_exprContext*>(r);
    return x ? and_expr(x) : nullptr;
  });
}

ExprPtr Builder::and_expr(P::And_exprContext* c) {
  return chain(c, [&](ParserRuleContext* r) -> ExprPtr {
    auto* x = dynamic_cast<P::Shift_exprContext*>(r);
    return x ? shift_expr(x) : nullptr;
  });
}

ExprPtr Builder::shift_expr(P::Shift_exprContext* c) {
  return chain(c, [&](ParserRuleContext* r) -> ExprPtr {
    auto* x = dynamic_cast<P::Arith_exprContext*>(r);
    return x ? arith_expr(x) : nullptr;
  });
}

ExprPtr Builder::arith_expr(P::Arith_exprContext* c) {
  return chain(c, [&](ParserRuleContext* r) -> ExprPtr {
    auto* x = dynamic_cast<P::TermContext*>(r);
    return x ? term(x) : nullptr;
  });
}

ExprPtr Builder::term(P::TermContext* c) {
  return chain(c, [&](ParserRuleContext* r) -> ExprPtr {
    auto* x = dynamic_cast<P::FactorContext*>(r);
    return x ? factor(x) : nullptr;
  });
}

ExprPtr Builder::factor(P::FactorContext* c) {
  if (c->power()) return power(c->power());
  auto e = std::make_unique<Expr>(ExprKind::UnaryOp, span_of(c));
  const std::string t = c->unary_op()->getText();
  e->op = t == "+" ? Op::UAdd : t == "-" ? Op::USub : Op::Invert;
  e->sub.push_back(factor(c->factor()));
  return e;
}

ExprPtr Builder::power(P::PowerContext* c) {
  ExprPtr base = await_primary(c->await_primary());
  if (!c->factor()) return base;
  return binary(std::move(base), "**", factor(c->factor()));
}

ExprPtr Builder::await_primary(P::Await_primaryContext* c) {
  ExprPtr e = atom(c->atom());
  // A trailer's node starts at the atom's first token, parenthesis included: `(3).real`.
  Span sp = span_of(c->atom());
  for (auto* t : c->trailer()) {
    sp = join(sp, span_of(t));
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

void Builder::arguments(P::ArglistContext* c, Expr& call) {
  bool seen_keyword = false, seen_double_star = false;
  for (auto* a : c->argument()) {
    if (auto* p = dynamic_cast<P::PositionalArgContext*>(a)) {
      if (seen_keyword) {
        // CPython reports it at the token after the argument.
        Span after = span_of(p);
        after.line = after.end_line;
        after.col = after.end_col;
        syntax_error(after, seen_double_star ? "positional argument follows keyword argument unpacking"
                                             : "positional argument follows keyword argument");
      }
      if (p->comp_for()) {
        if (c->argument().size() > 1) {
          syntax_error(span_of(p), "Generator expression must be parenthesized");
        }
        // The sole argument: CPython's node spans the call's parentheses too.
        auto* parens = dynamic_cast<antlr4::ParserRuleContext*>(c->parent);
        call.sub.push_back(generator(parens ? span_of(parens) : span_of(p), test(p->test()), p->comp_for()));
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
      // After `x=1` a *iterable is fine (its items go before the keywords); after **mapping not.
      if (seen_double_star) syntax_error(span_of(s), "iterable argument unpacking follows keyword argument unpacking");
      auto st = std::make_unique<Expr>(ExprKind::Starred, span_of(s));
      st->sub.push_back(test(s->test()));
      call.sub.push_back(std::move(st));
    } else {
      auto* d = dynamic_cast<P::DoubleStarArgContext*>(a);
      seen_keyword = seen_double_star = true;
      Keyword kw;
      kw.span = span_of(d);
      kw.value = test(d->test());
      call.keywords.push_back(std::move(kw));
    }
  }
}

ExprPtr Builder::slice_part(ParserRuleContext* c) {
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

ExprPtr Builder::subscript(P::SubscriptContext* c) {
  if (auto* i = dynamic_cast<P::IndexSubscriptContext*>(c)) return test(i->test());
  if (dynamic_cast<P::SliceSubscriptContext*>(c)) return slice_part(c);
  auto t = std::make_unique<Expr>(ExprKind::Tuple, span_of(c));
  std::vector<P::Subscript_itemContext*> items;
  if (auto* m = dynamic_cast<P::TupleSubscriptContext*>(c)) items = m->subscript_item();
  if (auto* o = dynamic_cast<P::TupleSubscript1Context*>(c)) items.push_back(o->subscript_item());
  for (auto* it : items) {
    bool is_slice = false;
    for (auto* ch : it->children) is_slice |= dynamic_cast<TerminalNode*>(ch) && ch->getText() == ":";
    t->sub.push_back(is_slice ? slice_part(it) : test(it->test(0)));
  }
  return t;
}

ExprPtr Builder::element(ParseTree* t) {
  if (auto* x = dynamic_cast<P::TestContext*>(t)) return test(x);
  auto* s = dynamic_cast<P::Star_exprContext*>(t);
  auto e = std::make_unique<Expr>(ExprKind::Starred, span_of(s));
  e->sub.push_back(expr(s->expr()));
  return e;
}

// Elements of a testlist_comp / exprlist / testlist_star in source order.
void Builder::elements(ParserRuleContext* c, Expr& out) {
  for (auto* child : c->children) {
    if (dynamic_cast<P::TestContext*>(child) || dynamic_cast<P::Star_exprContext*>(child)) {
      out.sub.push_back(element(child));
    } else if (auto* x = dynamic_cast<P::ExprContext*>(child)) {
      out.sub.push_back(expr(x));
    }
  }
}

bool Builder::has_comma(ParserRuleContext* c) {
  for (auto* child : c->children) {
    if (dynamic_cast<TerminalNode*>(child) && child->getText() == ",") return true;
  }
  return false;
}

ExprPtr Builder::sequence(ParserRuleContext* c) {
  auto t = std::make_unique<Expr>(ExprKind::Tuple, span_of(c));
  elements(c, *t);
  if (!has_comma(c) && t->sub.size() == 1 && t->sub[0]->kind != ExprKind::Starred) {
    return std::move(t->sub[0]);
  }
  if (!has_comma(c)) syntax_error(t->span, "can't use starred expression here");
  return t;
}

std::vector<Comprehension> Builder::comp_for(P::Comp_forContext* c) {
  std::vector<Comprehension> out;
  while (c) {
    Comprehension g;
    g.is_async = c->ASYNC() != nullptr;
    g.span = span_of(c);
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

// A generator expression is a call of an implicit generator function, as in CPython:
// `(f(x) for x in xs if c)` is `<genexpr>(iter(xs))` with the body
// `for x in .0: if c: yield f(x)`; only the first iterable is evaluated by the caller. With an
// `async for` or an await in its body it is an async generator (sema marks it async).
ExprPtr Builder::generator(const Span& sp, ExprPtr element, P::Comp_forContext* cf) {
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
    auto loop = std::make_unique<Stmt>(StmtKind::For, sp);
    loop->genexpr_loop = true;
    loop->is_async = g.is_async;
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

ExprPtr Builder::yield_expr(P::Yield_exprContext* c) {
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

ExprPtr Builder::atom(P::AtomContext* c) {
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
      if (item->POWER()) {  // `**mapping`: a null key before the mapping
        e->sub.emplace_back();
        e->sub.push_back(expr(item->expr()));
        continue;
      }
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

ExprPtr Builder::number(std::string text, const Span& sp) {
  std::string clean;
  for (char ch : text) {
    if (ch != '_') clean += ch;
  }
  const char last = clean.back();
  if (last == 'j' || last == 'J') {
    auto e = std::make_unique<Expr>(ExprKind::Imaginary, sp);
    e->fval = std::strtod(clean.substr(0, clean.size() - 1).c_str(), nullptr);
    return e;
  }
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

namespace {
// The first token after `node` in the parse tree, or null at the end.
antlr4::Token* token_after(ParseTree* node) {
  for (ParseTree* n = node; n->parent; n = n->parent) {
    const auto& siblings = n->parent->children;
    auto it = std::find(siblings.begin(), siblings.end(), n);
    for (++it; it != siblings.end(); ++it) {
      ParseTree* t = *it;
      while (!dynamic_cast<TerminalNode*>(t) && !t->children.empty()) t = t->children[0];
      if (auto* term = dynamic_cast<TerminalNode*>(t)) return term->getSymbol();
    }
  }
  return nullptr;
}
}  // namespace

ExprPtr Builder::strings(const Span& sp, const std::vector<TerminalNode*>& tokens) {
  std::vector<ExprPtr> parts;
  bool any_f = false;
  // CPython reports a bad bytes literal at the token after the literals (where its parser
  // stands when it joins them), else where the last literal ends.
  const Span last = token_span(tokens.back()->getSymbol());
  Span after{last.end_line, last.end_col, last.end_line, last.end_col};
  if (antlr4::Token* next = token_after(tokens.back())) {
    const Span n = token_span(next);
    after = {n.line, n.col, n.line, n.col};
  }
  size_t n_bytes = 0;
  for (auto* tok : tokens) n_bytes += literals::split_string_token(tok->getText()).is_bytes;
  if (n_bytes && n_bytes != tokens.size()) syntax_error(after, "cannot mix bytes and nonbytes literals");
  if (n_bytes) {
    auto e = std::make_unique<Expr>(ExprKind::Bytes, sp);
    for (auto* tok : tokens) {
      literals::StringToken st = literals::split_string_token(tok->getText());
      if (std::any_of(st.body.begin(), st.body.end(), [](char c) { return (c & 0x80) != 0; })) {
        syntax_error(token_span(tok->getSymbol()), "bytes can only contain ASCII literal characters");
      }
      e->str += st.raw ? st.body : literals::unescape_bytes(st.body, after);
    }
    return e;
  }
  for (auto* tok : tokens) {
    literals::StringToken st = literals::split_string_token(tok->getText());
    const Span ts = token_span(tok->getSymbol());
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
  // A field's formatting is located at the whole run of string tokens, as CPython 3.11's
  // FormattedValue (a failing format() underlines the entire literal).
  std::function<void(Expr&)> locate = [&](Expr& x) {
    for (auto& p : x.sub) {
      if (!p || p->kind != ExprKind::FormattedValue) continue;
      p->span = sp;
      if (p->sub[1]) locate(*p->sub[1]);
    }
  };
  for (auto& p : parts) {
    if (p->kind == ExprKind::Str && !e->sub.empty() && e->sub.back()->kind == ExprKind::Str) {
      e->sub.back()->str += p->str;
    } else if (p->kind != ExprKind::Str || !p->str.empty()) {
      e->sub.push_back(std::move(p));
    }
  }
  locate(*e);
  return e;
}

// Splits an f-string body into literal pieces and {fields}; field expressions are parsed by
// a nested pipeline.
void Builder::fstring_parts(const literals::StringToken& st, const Span& ts, std::vector<ExprPtr>& out) {
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
    // An escaped backslash, and a \N{name} escape whose braces are no field.
    if (!st.raw && ch == '\\' && i + 1 < s.size()) {
      size_t end = i + 1;
      if (s[i + 1] == 'N' && i + 2 < s.size() && s[i + 2] == '{' && s.find('}', i) != std::string::npos) end = s.find('}', i);
      if (s[i + 1] == '\\' || end > i + 1) {
        lit.append(s, i, end - i + 1);
        i = end;
        continue;
      }
    }
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
size_t Builder::fstring_field(const literals::StringToken& st, const Span& ts, size_t i,
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
  // `{expr=}` (self-documenting): the text up to and including '=' (spaces kept) is printed
  // before the value, which is repr()'d unless a conversion or a format spec says otherwise.
  bool self_documenting = false;
  {
    size_t end = expr_text.find_last_not_of(" \t");
    if (end != std::string::npos && expr_text[end] == '=' &&
        (end == 0 || std::string("=!<>").find(expr_text[end - 1]) == std::string::npos)) {
      self_documenting = true;
      auto text = std::make_unique<Expr>(ExprKind::Str, ts);
      text->str = expr_text;
      out.push_back(std::move(text));
      expr_text.erase(end, 1);
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
  if (self_documenting && fv->ival == 0 && !fv->sub[1]) fv->ival = 'r';
  out.push_back(std::move(fv));
  return j;
}

ExprPtr Builder::parse_field_expr(const std::string& text, const Span& ts, int offset) {
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
void Builder::relocate(Expr& e, const Span& ts, int offset) {
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

}  // namespace aiocc::build
