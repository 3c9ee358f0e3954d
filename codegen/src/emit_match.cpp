// `match` statements. Each case's pattern becomes straight-line checks that jump to the case's
// failure label on the first mismatch; sub-subjects and captured values live in function
// temporaries, so the jumps never cross a declaration. Captures are bound only once the whole
// pattern matched (then the guard runs), as CPython does.
#include "aiocc/frontend/diagnostics.h"
#include "emitter.h"
#include "names.h"

namespace aiocc::codegen {

void Emitter::match_stmt(const Stmt& s) {
  const std::string id = std::to_string(next_label());
  const std::string end = "_mend" + id;
  set_pos(pos(s.value->span));
  std::string subject = temp();
  line(subject + " = " + expr(*s.value) + ";");
  for (size_t i = 0; i < s.cases.size(); ++i) {
    const MatchCase& c = s.cases[i];
    const std::string fail = "_mfail" + id + "_" + std::to_string(i);
    Captures caps;
    line_directive(c.pattern->span.line);
    set_pos(line_pos(c.pattern->span));
    match_pattern(*c.pattern, subject, fail, caps);
    for (auto& [name, value] : caps) store_name(name, value);
    if (c.guard) {
      set_pos(pos(c.guard->span));
      line("if (!" + condition(*c.guard) + ") goto " + fail + ";");
    }
    open("");
    block(c.body);
    close();
    line("goto " + end + ";");
    line(fail + ":;");
  }
  line(end + ":;");
}

// Checks `subject` against `p`, jumping to `fail` on a mismatch; the values to bind are
// collected in `caps` (alternatives of an or-pattern share one temporary per name).
void Emitter::match_pattern(const Pattern& p, const std::string& subject, const std::string& fail, Captures& caps) {
  auto capture = [&](const std::string& name, const std::string& value) {
    for (auto& [n, t] : caps) {
      if (n == name) {
        line(t + " = " + value + ";");
        return;
      }
    }
    std::string t = temp();
    line(t + " = " + value + ";");
    caps.emplace_back(name, t);
  };
  auto sub_subject = [&](const std::string& value) {
    std::string t = temp();
    line(t + " = " + value + ";");
    return t;
  };
  const std::string jump = " goto " + fail + ";";
  switch (p.kind) {
    case PatternKind::Wildcard: return;
    case PatternKind::Capture: return capture(p.name, subject);
    case PatternKind::Value:
      line("if (!aiocc::eq(" + subject + ", " + expr(*p.value) + "))" + jump);
      return;
    case PatternKind::Singleton:
      line("if (!" + subject + ".same(" + expr(*p.value) + "))" + jump);
      return;
    case PatternKind::As:
      match_pattern(*p.sub[0], subject, fail, caps);
      return capture(p.name, subject);
    case PatternKind::Or: {
      const std::string ok = "_mor" + std::to_string(next_label());
      for (size_t i = 0; i < p.sub.size(); ++i) {
        bool last = i + 1 == p.sub.size();
        std::string next = last ? fail : ok + "_" + std::to_string(i);
        match_pattern(*p.sub[i], subject, next, caps);
        line("goto " + ok + ";");
        if (!last) line(next + ":;");
      }
      line(ok + ":;");
      return;
    }
    case PatternKind::Sequence: {
      line("if (!aiocc::match_sequence(" + subject + "))" + jump);
      int star = -1;
      for (size_t i = 0; i < p.sub.size(); ++i) {
        if (p.sub[i]->kind == PatternKind::Star) star = static_cast<int>(i);
      }
      const int n = static_cast<int>(p.sub.size());
      if (star < 0) {
        line("if (aiocc::match_len(" + subject + ") != " + std::to_string(n) + ")" + jump);
      } else {
        line("if (aiocc::match_len(" + subject + ") < " + std::to_string(n - 1) + ")" + jump);
      }
      for (int i = 0; i < n; ++i) {
        const Pattern& item = *p.sub[i];
        if (item.kind == PatternKind::Star) {
          if (!item.name.empty()) {
            capture(item.name, "aiocc::match_star(" + subject + ", " + std::to_string(i) + ", " +
                                   std::to_string(n - 1 - i) + ")");
          }
          continue;
        }
        if (item.kind == PatternKind::Wildcard) continue;
        // Items after the star are counted from the end.
        int index = star >= 0 && i > star ? i - n : i;
        std::string t = sub_subject("aiocc::match_item(" + subject + ", " + std::to_string(index) + ")");
        match_pattern(item, t, fail, caps);
      }
      return;
    }
    case PatternKind::Mapping: {
      line("if (!aiocc::match_mapping(" + subject + "))" + jump);
      std::vector<std::string> keys;
      for (size_t i = 0; i < p.keys.size(); ++i) {
        keys.push_back(expr(*p.keys[i]));
        std::string t = sub_subject("aiocc::match_key(" + subject + ", " + keys.back() + ")");
        line("if (" + t + ".is_unbound())" + jump);
        match_pattern(*p.sub[i], t, fail, caps);
      }
      if (!p.name.empty()) capture(p.name, "aiocc::match_rest(" + subject + ", {" + join(keys) + "})");
      return;
    }
    case PatternKind::Class: {
      std::string cls = sub_subject(expr(*p.value));
      // The class check and each attribute lookup are at the class pattern (a sub-pattern may
      // have moved the position in between).
      const int k = pos(p.span);
      set_pos(k);
      line("if (!aiocc::match_class(" + subject + ", " + cls + "))" + jump);
      const size_t npos = p.sub.size() - p.kwd_names.size();
      for (size_t i = 0; i < p.sub.size(); ++i) {
        if (i > 0) set_pos(k);
        std::string value = i < npos ? "aiocc::match_positional(" + subject + ", " + cls + ", " + std::to_string(i) +
                                           ", " + std::to_string(npos) + ")"
                                     : "aiocc::match_attribute(" + subject + ", " + name_const(p.kwd_names[i - npos]) + ")";
        std::string t = sub_subject(value);
        line("if (" + t + ".is_unbound())" + jump);
        match_pattern(*p.sub[i], t, fail, caps);
      }
      return;
    }
    case PatternKind::Star: break;  // handled by its sequence
  }
  internal_error(p.span, "pattern left unchecked by sema");
}

}  // namespace aiocc::codegen
