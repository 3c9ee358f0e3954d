// Comprehensions (list, set and dict displays with `for`): GNU statement expressions with a
// C++ scope of their own, in a <listcomp> frame of their own when sema says so, as CPython's
// comprehension functions. Generator expressions are functions (emit_stmt.cpp's loops).
#include <algorithm>
#include <set>

#include "emitter.h"
#include "names.h"

namespace aiocc::codegen {

std::string Emitter::list_comp(const Expr& e) {
  // A GNU statement expression (clang): comprehensions get their own C++ scope, as they have
  // their own scope in Python 3, and may contain co_await (a lambda could not).
  std::string saved_body = std::move(body_);
  int saved_indent = indent_;
  body_.clear();
  indent_ = 0;
  fs_->comp_names.emplace_back();
  // A comprehension is a scope of its own: a class body's names are not visible in it, except
  // in the outermost iterable, which the class body itself evaluates.
  std::string class_ns = class_ns_;
  class_ns_.clear();
  std::string result = "_r" + std::to_string(next_label());
  std::vector<std::string> captured_cells;  // to take out of fs_->comp_cells at the end
  line("({");
  ++indent_;
  const char* init = e.kind == ExprKind::DictComp ? "aiocc::py_dict()"
                     : e.kind == ExprKind::SetComp ? "aiocc::py_set_of({})"
                                                   : "aiocc::py_list_of({})";
  line("aiocc::Object " + result + " = " + init + ";");
  // In a frame of its own (sema's comp_frame), as CPython's <listcomp> function: the first
  // iterable is evaluated outside it, the outer frame's entry points at the comprehension, and
  // the inner `_f` shadows the outer one so positions inside are recorded in the new frame
  // (which shares the enclosing code's position table).
  std::string first_iter;
  if (e.comp_frame) {
    class_ns_ = class_ns;
    first_iter = "_i" + std::to_string(next_label());
    line("aiocc::Object " + first_iter + " = " + expr(*e.generators[0].iter) + ";");
    class_ns_.clear();
    const char* kind = e.kind == ExprKind::DictComp ? "<dictcomp>"
                       : e.kind == ExprKind::SetComp ? "<setcomp>"
                                                     : "<listcomp>";
    line("_f.pos = " + std::to_string(pos(e.span)) + ";");
    open_frame(std::string("\"") + kind + "\"");
  }
  int depth = 0;
  for (size_t gi = 0; gi < e.generators.size(); ++gi) {
    const Comprehension& g = e.generators[gi];
    if (gi > 0) fs_->comp_names.emplace_back();
    std::set<std::string> targets;
    collect(*g.target, targets);
    if (gi == 0) class_ns_ = class_ns;
    std::string iter = gi == 0 && e.comp_frame ? first_iter : expr(*g.iter);
    class_ns_.clear();
    int n = next_label();
    open("");
    for (auto& t : targets) {
      // A target a nested lambda or generator expression reads is a cell they share.
      std::string var = "q" + std::to_string(n) + "_" + names::ident(t);
      bool cell = std::find(g.captured.begin(), g.captured.end(), t) != g.captured.end();
      line((cell ? "aiocc::Cell " : "aiocc::Object ") + var + ";");
      fs_->comp_names.back()[t] = cell ? var + ".get()" : var;
      if (cell) {
        fs_->comp_cells[t].push_back(var);
        captured_cells.push_back(t);
      }
    }
    const std::string v = "_v" + std::to_string(n);
    if (g.is_async) {
      // `async for`: each item is the awaited __anext__(), until StopAsyncIteration.
      const std::string ait = "_ait" + std::to_string(n), at = std::to_string(pos(g.span));
      line("aiocc::Object " + ait + " = aiocc::async_iter(" + iter + ");");
      line("aiocc::Object " + v + ";");
      open("for (;;)");
      line("try { " + v + " = co_await aiocc::await_(_f, " + at + ", aiocc::async_next(" + ait +
           ")); } catch (aiocc::PyException& _e) { if (!aiocc::is_stop_async_iteration(_e.exc)) throw; break; }");
    } else {
      line("aiocc::Iter _it" + std::to_string(n) + "(" + iter + ");");
      line("aiocc::Object " + v + ";");
      // Each fetch happens at the whole comprehension, as CPython's FOR_ITER in <listcomp>.
      open("while ((aiocc::check_signals(), _f.pos = " + std::to_string(pos(e.span)) + ", _it" + std::to_string(n) + ".next(" + v + ")))");
    }
    assign(*g.target, "_v" + std::to_string(n));
    for (auto& c : g.ifs) line("if (!" + condition(*c) + ") continue;");
    depth += 2;
  }
  if (e.kind == ExprKind::DictComp) {
    std::string k = expr(*e.sub[0]);
    line("aiocc::setitem(" + result + ", " + k + ", " + expr(*e.sub[1]) + ");");
  } else if (e.kind == ExprKind::SetComp) {
    line("aiocc::as_set(" + result + ")->add(" + expr(*e.sub[0]) + ");");
  } else {
    line("aiocc::as_list(" + result + ")->items.push_back(" + expr(*e.sub[0]) + ");");
  }
  for (int i = 0; i < depth; ++i) close();
  if (e.comp_frame) close_frame();
  for (auto& t : captured_cells) fs_->comp_cells[t].pop_back();
  line(result + ";");
  --indent_;
  line("})");
  for (size_t gi = 0; gi < e.generators.size(); ++gi) fs_->comp_names.pop_back();
  class_ns_ = class_ns;
  std::string lambda = body_;
  while (!lambda.empty() && lambda.back() == '\n') lambda.pop_back();
  body_ = std::move(saved_body);
  indent_ = saved_indent;
  return lambda;
}

void Emitter::collect(const Expr& t, std::set<std::string>& out) {
  if (t.kind == ExprKind::Name) out.insert(t.str);
  if (t.kind == ExprKind::Tuple || t.kind == ExprKind::List || t.kind == ExprKind::Starred) {
    for (auto& x : t.sub) collect(*x, out);
  }
}

}  // namespace aiocc::codegen
