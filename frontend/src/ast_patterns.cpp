// Parse tree -> aiocc AST: `match` statements and their patterns (PEP 634).
#include "ast_builder.h"

namespace aiocc::build {

StmtPtr Builder::match_stmt(P::Match_stmtContext* c) {
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

PatternPtr Builder::patterns(P::PatternsContext* c) {
  if (c->pattern()) return pattern(c->pattern());
  return open_sequence(c->open_sequence_pattern(), span_of(c));
}

PatternPtr Builder::pattern(P::PatternContext* c) {
  PatternPtr inner = or_pattern(c->or_pattern());
  if (!c->NAME()) return inner;
  auto p = std::make_unique<Pattern>(PatternKind::As, span_of(c));
  p->name = c->NAME()->getText();
  if (p->name == "_") syntax_error(token_span(c->NAME()->getSymbol()), "cannot use '_' as a target");
  p->sub.push_back(std::move(inner));
  return p;
}

PatternPtr Builder::or_pattern(P::Or_patternContext* c) {
  auto alts = c->closed_pattern();
  if (alts.size() == 1) return closed_pattern(alts[0]);
  auto p = std::make_unique<Pattern>(PatternKind::Or, span_of(c));
  for (auto* a : alts) p->sub.push_back(closed_pattern(a));
  return p;
}

PatternPtr Builder::sequence_of(const std::vector<P::Maybe_star_patternContext*>& items, const Span& sp) {
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

PatternPtr Builder::open_sequence(P::Open_sequence_patternContext* c, const Span& sp) {
  std::vector<P::Maybe_star_patternContext*> items{c->maybe_star_pattern()};
  if (auto* rest = c->maybe_sequence_pattern()) {
    for (auto* it : rest->maybe_star_pattern()) items.push_back(it);
  }
  return sequence_of(items, sp);
}

// A literal pattern's value (numbers with an optional sign, strings); `a + bj` is refused.
ExprPtr Builder::literal_value(P::Closed_patternContext* c) {
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

ExprPtr Builder::dotted(P::Name_or_attrContext* c) {
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

PatternPtr Builder::closed_pattern(P::Closed_patternContext* c) {
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

}  // namespace aiocc::build
