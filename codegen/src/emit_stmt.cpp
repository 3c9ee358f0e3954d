// Statements: assignment and unpacking, loops, try/except/finally and with (lowered as
// emitter.h describes), and the jumps (return, break, continue) that leave them.
#include <algorithm>

#include "aiocc/frontend/builtins_table.h"
#include "aiocc/frontend/diagnostics.h"
#include "emitter.h"
#include "names.h"

namespace aiocc::codegen {

// ---- assignment -----------------------------------------------------------------------------
// A target that only binds names (`a`, `(a, [b, c])`): storing to it cannot change a list.
bool Emitter::binds_names_only(const Expr& t) {
  if (t.kind == ExprKind::Name) return true;
  if (t.kind != ExprKind::Tuple && t.kind != ExprKind::List) return false;
  return std::all_of(t.sub.begin(), t.sub.end(), [](const ExprPtr& x) { return binds_names_only(*x); });
}

bool Emitter::plain_sequence(const Expr& e) {
  if (e.kind != ExprKind::Tuple && e.kind != ExprKind::List) return false;
  for (auto& x : e.sub) {
    if (x->kind == ExprKind::Starred) return false;
  }
  return true;
}

// `a, b = b, a`: the values go to temporaries, then to the targets; no tuple is built.
bool Emitter::parallel_assign(const Stmt& s) {
  if (s.targets.size() != 1 || !plain_sequence(*s.targets[0]) || !plain_sequence(*s.value) ||
      s.targets[0]->sub.size() != s.value->sub.size()) {
    return false;
  }
  std::vector<std::string> temps;
  open("");
  for (size_t i = 0; i < s.value->sub.size(); ++i) {
    const Expr& x = *s.value->sub[i];
    if (const Symbol* n = native_local(*s.targets[0]->sub[i])) {  // a typed local: a typed temporary
      std::string t = "_n" + std::to_string(next_label());
      line(ctype(n->type) + " " + t + " = " + unboxed_expr(x, n->type) + ";");
      temps.push_back(t);
      continue;
    }
    std::string t = temp();
    line(t + " = " + expr(x) + ";");
    temps.push_back(t);
  }
  for (size_t i = 0; i < temps.size(); ++i) {
    const Expr& target = *s.targets[0]->sub[i];
    if (native_local(target)) line(names::local(target.str) + " = " + temps[i] + ";");
    else assign(target, temps[i]);
  }
  close();
  return true;
}

void Emitter::assign(const Expr& target, const std::string& value) {
  switch (target.kind) {
    case ExprKind::Name:
      if (target.binding != Binding::CompLocal) return store_name(target.str, value, &target.span);
      line(store_ref(target) + " = " + value + ";");
      return;
    case ExprKind::Attribute:
      if (target.sub[0]->binding == Binding::Module) {  // sys.stdout: a variable of the runtime's
        line(std::string(builtin_entry(target.entry).value) + " = " + value + ";");
        return;
      }
      line(store_attr(expr(*target.sub[0]), target.str, value, pos(target.span)) + ";");
      return;
    case ExprKind::Subscript: {
      std::string o = expr(*target.sub[0]), i = subscript_index(*target.sub[1]);
      const char* fn = target.sub[1]->kind == ExprKind::Slice ? "aiocc::setitem_slice(" : "aiocc::setitem(";
      line(fn + o + ", " + i + ", " + value + at_arg(subscript_pos(target)) + ");");
      return;
    }
    case ExprKind::Tuple:
    case ExprKind::List: {
      int star = -1;
      for (size_t i = 0; i < target.sub.size(); ++i) {
        if (target.sub[i]->kind == ExprKind::Starred) {
          star = static_cast<int>(i);
        }
      }
      std::string u = "_u" + std::to_string(next_label());
      open("");
      if (star < 0) {
        // Targets that are all names cannot change the source list while it is read, so the
        // values may be read from it in place.
        bool names_only = std::all_of(target.sub.begin(), target.sub.end(),
                                      [](const ExprPtr& t) { return binds_names_only(*t); });
        line("aiocc::Unpacked " + u + "(" + value + ", " + std::to_string(target.sub.size()) + ", " +
             (names_only ? "true" : "false") + at_arg(pos(target.span)) + ");");
      } else {
        line("std::vector<aiocc::Object> " + u + " = aiocc::unpack(" + value + ", " +
             std::to_string(target.sub.size()) + ", " + std::to_string(star) +
             at_arg(pos(target.span)) + ");");
      }
      for (size_t i = 0; i < target.sub.size(); ++i) {
        const Expr& t = *target.sub[i];
        assign(t.kind == ExprKind::Starred ? *t.sub[0] : t, u + "[" + std::to_string(i) + "]");
      }
      close();
      return;
    }
    default: internal_error(target.span, "assignment target left unchecked by sema");
  }
}

// ---- control flow ---------------------------------------------------------------------------
void Emitter::emit_return(const std::string& value) {
  for (auto it = fs_->control.rbegin(); it != fs_->control.rend(); ++it) {
    if (it->kind == Control::Finally) {
      it->saw_return = true;
      std::string id = std::to_string(it->id);
      line("_ret" + id + " = " + value + ";");
      line("_why" + id + " = 1;");
      line("goto _fin" + id + ";");
      return;
    }
  }
  line(std::string(fs_->is_coroutine ? "co_return " : "return ") + value + ";");
}

void Emitter::emit_jump(bool is_break) {
  for (auto it = fs_->control.rbegin(); it != fs_->control.rend(); ++it) {
    if (it->kind == Control::Loop) {
      if (is_break && it->loop_has_else) {
        line("goto _brk" + std::to_string(it->id) + ";");
      } else {
        line(is_break ? "break;" : "continue;");
      }
      return;
    }
    (is_break ? it->saw_break : it->saw_continue) = true;
    std::string id = std::to_string(it->id);
    line("_why" + id + " = " + (is_break ? "2" : "3") + ";");
    line("goto _fin" + id + ";");
    return;
  }
}

// Replays the jump recorded by a finally / async with whose body just finished.
void Emitter::dispatch(const Control& c) {
  std::string id = std::to_string(c.id);
  if (c.saw_return) {
    open("if (_why" + id + " == 1)");
    emit_return("_ret" + id);
    close();
  }
  if (c.saw_break) {
    open("if (_why" + id + " == 2)");
    emit_jump(true);
    close();
  }
  if (c.saw_continue) {
    open("if (_why" + id + " == 3)");
    emit_jump(false);
    close();
  }
}

// ---- long code in parts ---------------------------------------------------------------------
// clang's optimizer takes time superlinear in a function's size: a module of thousands of
// statements, or a long if/elif chain, would compile for minutes as one function. Module code
// outside loops and class bodies uses no C++ locals across statements (its variables are
// globals, its temporaries live within a statement), so a long run of it moves into functions
// of its own, called in order, each of at most about kPartSize statements. A plain function's
// long body is split the same way into lambdas that capture its locals by reference (a
// statement that may `return` stays in the function).
namespace {
constexpr int kPartSize = 64;

int weight(const Stmt& s);
// A statement weighs one, and one more for every 8 expression nodes it holds.
int nodes(const Expr* e) {
  if (!e) return 0;
  int n = 1;
  for (auto& sub : e->sub) n += nodes(sub.get());
  for (auto& k : e->keywords) n += nodes(k.value.get());
  for (auto& g : e->generators) n += nodes(g.iter.get()) + nodes(g.target.get());
  return n;
}
int expression_weight(const Stmt& s) {
  int n = nodes(s.value.get()) + nodes(s.test.get());
  for (auto& t : s.targets) n += nodes(t.get());
  return n / 8;
}
int weight(const StmtList& body) {
  int w = 0;
  for (auto& s : body) w += weight(*s);
  return w;
}
int weight(const Stmt& s) {
  int w = 1 + expression_weight(s) + weight(s.body) + weight(s.orelse) + weight(s.finalbody);
  for (auto& h : s.handlers) w += weight(h.body);
  for (auto& c : s.cases) w += weight(c.body);
  return w;
}

}  // namespace

// Module code, and the code of a plain function outside loops and try blocks: there a run of
// statements can become a function of its own (the C++ compiler's time is superlinear in a
// function's size). A plain function's parts are lambdas that share its locals.
bool Emitter::can_outline() const {
  if (!fs_ || !fs_->control.empty() || !class_ns_.empty() || !fs_->comp_names.empty()) return false;
  return !fs_->f || !fs_->f->is_coroutine();
}

void Emitter::block(const StmtList& body) {
  if (!can_outline()) {
    for (auto& s : body) {
      part_weight_ += 1 + expression_weight(*s);
      stmt(*s);
    }
    return;
  }
  std::vector<int> rest(body.size() + 1, 0);  // weight of body[i..]
  for (size_t i = body.size(); i-- > 0;) rest[i] = rest[i + 1] + weight(*body[i]);
  for (size_t i = 0; i < body.size(); ++i) {
    if (part_weight_ >= kPartSize / 2 && rest[i] > kPartSize / 2) {
      // Each part takes statements while it stays within kPartSize (at least one); in a
      // function, a statement that may return stays in place and ends the part.
      auto stays = [&](size_t k) { return fs_->f && contains_statement(*body[k], StmtKind::Return); };
      while (i < body.size()) {
        if (stays(i)) {
          stmt(*body[i++]);
          continue;
        }
        size_t end = i + 1;
        int w = weight(*body[i]);
        while (end < body.size() && !stays(end) && w + weight(*body[end]) <= kPartSize) w += weight(*body[end++]);
        outline_part(body, i, end);
        i = end;
      }
      return;
    }
    part_weight_ += 1 + expression_weight(*body[i]);
    stmt(*body[i]);
  }
}

void Emitter::outline_part(const StmtList& body, size_t begin, size_t end) {
  if (fs_->f) {  // a lambda sharing the function's locals, temporaries and frame
    const int saved_weight = part_weight_;
    part_weight_ = 0;
    open("[&]() __attribute__((noinline))");
    for (size_t i = begin; i < end; ++i) {
      part_weight_ += 1 + expression_weight(*body[i]);
      stmt(*body[i]);
    }
    close("();");
    part_weight_ = saved_weight;
    return;
  }
  const std::string name = "module_part" + std::to_string(next_label());
  std::string saved = std::move(body_);
  const int saved_indent = indent_, saved_weight = part_weight_;
  body_.clear();
  indent_ = 1;
  part_weight_ = 0;
  last_line_ = -1;
  for (size_t i = begin; i < end; ++i) {
    part_weight_ += 1 + expression_weight(*body[i]);
    stmt(*body[i]);
  }
  module_parts_ += "[[gnu::noinline]] void " + name + "([[maybe_unused]] aiocc::Frame& _f) {\n" +
                   "  AIOCC_MODULE_TEMPS\n" + body_ + "}\n\n";
  body_ = std::move(saved);
  indent_ = saved_indent;
  part_weight_ = saved_weight;
  last_line_ = -1;  // the next statement names its line again
  line(name + "(_f);");
}

// ---- statements -----------------------------------------------------------------------------
// A simple statement lets go of the values its temporaries hold when it completes, as CPython's
// value stack does: a finalizer (__del__) runs then, not when the temporary is next reused.
void Emitter::stmt(const Stmt& s) {
  const int first_temp = fs_->temps;
  stmt_of_kind(s);
  const bool simple = s.kind == StmtKind::Expr || s.kind == StmtKind::Assign || s.kind == StmtKind::AugAssign ||
                      s.kind == StmtKind::AnnAssign || s.kind == StmtKind::Del || s.kind == StmtKind::Assert;
  if (simple) {
    for (int i = first_temp; i < fs_->temps; ++i) line("_t" + std::to_string(i) + " = aiocc::Object();");
  }
}

void Emitter::stmt_of_kind(const Stmt& s) {
  line_directive(s.span.line);
  switch (s.kind) {
    case StmtKind::Expr:
      set_pos(pos(s.span));
      line(expr(*s.value) + ";");
      return;
    case StmtKind::Assign: {
      set_pos(pos(s.span));
      if (parallel_assign(s) || assign_native(s.targets, *s.value)) return;
      std::string v = expr(*s.value);
      if (s.targets.size() == 1 && s.targets[0]->kind == ExprKind::Name) {
        assign(*s.targets[0], v);
        return;
      }
      std::string t = temp();
      line(t + " = " + v + ";");
      for (auto& target : s.targets) assign(*target, t);
      return;
    }
    case StmtKind::AugAssign: return aug_assign(s);
    case StmtKind::Return: {
      set_pos(pos(s.span));
      if (fs_->f && fs_->f->native_result) {
        emit_return(unboxed_expr(*s.value, fs_->f->result));
      } else {
        emit_return(s.value ? expr(*s.value) : "aiocc::None");
      }
      return;
    }
    case StmtKind::If: {
      set_pos(pos(s.test->span));
      open("if (" + condition(*s.test) + ")");
      block(s.body);
      if (!s.orelse.empty()) {
        close(" else {");
        ++indent_;
        block(s.orelse);
      }
      close();
      return;
    }
    case StmtKind::While: return while_stmt(s);
    case StmtKind::For: return for_stmt(s);
    case StmtKind::Break: emit_jump(true); return;
    case StmtKind::Continue: emit_jump(false); return;
    case StmtKind::Pass: return;
    case StmtKind::Raise: {
      int k = line_pos(s.span);
      if (!s.value) {
        set_pos(k);
        line("aiocc::reraise();");
        return;
      }
      std::string v = expr(*s.value);
      std::string c = s.cause ? expr(*s.cause) : "aiocc::Object()";
      line("aiocc::raise_stmt(_f, " + std::to_string(k) + ", " + v + ", " + c + ", " +
           (s.cause ? "true" : "false") + ");");
      return;
    }
    case StmtKind::Global:
    case StmtKind::Nonlocal:
    case StmtKind::Import:
      return import_stmt(s);
    case StmtKind::ImportFrom:
      if (s.from_module >= 0 || s.from_missing) return import_from_stmt(s);
      implied_imports(s);
      for (auto& imp : s.imports) {
        std::string local = imp.asname.empty() ? imp.name : imp.asname;
        if (fs_->f || m_.scope.find(local)) {
          store_name(local, builtin_entry(find_builtin(s.module, imp.name)).value);
        }
      }
      return;
    case StmtKind::Try: return try_stmt(s);
    case StmtKind::FunctionDef:
    {
      set_pos(line_pos(s.span));
      std::vector<std::string> decorators = eval_decorators(s);
      store_name(s.binds(), decorated(s, decorators, function_value(*s.func)));
      return;
    }
    case StmtKind::AnnAssign: return ann_assign(s);
    case StmtKind::With: return with_stmt(s, 0);
    case StmtKind::Assert: {
      set_pos(line_pos(s.span));
      std::string msg = s.value ? expr(*s.value) : "aiocc::None";
      line("if (!" + condition(*s.test) + ") aiocc::assert_failed(" + msg + ", " +
           (s.value ? "true" : "false") + ", _f.at(" + std::to_string(pos(s.test->span)) + "));");
      return;
    }
    case StmtKind::Del:
      set_pos(pos(s.span));
      for (auto& t : s.targets) del_target(*t);
      return;
    case StmtKind::ClassDef: return class_def(s);
    case StmtKind::Match: return match_stmt(s);
  }
}

// Binds a name of the scope being emitted: a variable, or an entry of the class namespace.
void Emitter::store_name(const std::string& name, const std::string& value, const Span* at) {
  if (!class_ns_.empty() && class_scope_->find(name)) {
    // STORE_NAME is located at the target (an enum's namespace may refuse the store).
    std::string pos_arg = at ? ", _f.at(" + std::to_string(pos(*at)) + ")" : "";
    line("aiocc::class_store(" + class_ns_ + ", " + str_const(name) + ", " + value + pos_arg + ");");
  } else {
    line(slot_ref(name) + " = " + value + ";");
  }
}

void Emitter::del_name(const std::string& name) {
  if (!class_ns_.empty() && class_scope_->find(name)) {
    line("aiocc::delitem(" + class_ns_ + ", " + str_const(name) + ");");
  } else {
    line(slot_ref(name) + " = aiocc::Object();");
  }
}

// `value` passed through the statement's decorators, innermost first. The decorator
// expressions were evaluated, outermost first, before the def or class statement ran.
std::string Emitter::decorated(const Stmt& s, const std::vector<std::string>& decorators, std::string value) {
  for (size_t i = s.decorators.size(); i-- > 0;) {
    value = "aiocc::call(" + decorators[i] + ", {" + value + "}, {}, _f.at(" +
            std::to_string(line_pos(s.decorators[i]->span)) + "))";
  }
  return value;
}

std::vector<std::string> Emitter::eval_decorators(const Stmt& s) {
  std::vector<std::string> temps;
  for (auto& d : s.decorators) {
    std::string t = temp();
    line(t + " = " + expr(*d) + ";");
    temps.push_back(t);
  }
  return temps;
}

// `target: annotation = value`. Module and class bodies keep a simple name's annotation in
// __annotations__ (after the assignment, as CPython); other evaluated ones are computed and
// dropped. Without a value, an attribute or subscript target's operands are still evaluated.
void Emitter::ann_assign(const Stmt& s) {
  const Expr& target = *s.targets[0];
  set_pos(pos(s.span));
  if (s.value && assign_native(s.targets, *s.value)) {
  } else if (s.value) {
    assign(target, expr(*s.value));
  } else if (!s.simple && target.kind == ExprKind::Attribute) {
    line(expr(*target.sub[0]) + ";");
  } else if (!s.simple && target.kind == ExprKind::Subscript) {
    line(expr(*target.sub[0]) + ";");
    line(expr(*target.sub[1]) + ";");
  }
  if (!s.annotation_evaluated) return;
  std::string ann = expr(*s.annotation);
  if (!s.simple) {
    line(ann + ";");
    return;
  }
  std::string dict = !class_ns_.empty() ? "aiocc::getitem(" + class_ns_ + ", " + str_const("__annotations__") + ")"
                                  : "aiocc::load_global(" + names::global("__annotations__") + ", \"__annotations__\")";
  line("aiocc::setitem(" + dict + ", " + str_const(target.str) + ", " + ann + ");");
}

void Emitter::del_target(const Expr& t) {
  if (t.kind == ExprKind::Name && t.binding != Binding::CompLocal) {
    line(load(t) + ";");
    del_name(t.str);
  } else if (t.kind == ExprKind::Name) {
    line(load(t) + ";");
    line(store_ref(t) + " = aiocc::Object();");
  } else if (t.kind == ExprKind::Subscript) {
    std::string o = expr(*t.sub[0]), i = expr(*t.sub[1]);
    line("aiocc::delitem(" + o + ", " + i + at_arg(subscript_pos(t)) + ");");
  } else if (t.kind == ExprKind::Attribute) {
    std::string o = expr(*t.sub[0]);
    line("aiocc::delattr_name(" + o + ", " + name_const(t.str) + at_arg(pos(t.span)) + ");");
  } else if (t.kind == ExprKind::Tuple || t.kind == ExprKind::List) {
    for (auto& x : t.sub) del_target(*x);
  } else {
    internal_error(t.span, "del target left unchecked by sema");
  }
}

void Emitter::aug_assign(const Stmt& s) {
  const Expr& t = *s.targets[0];
  std::string fn = inplace_fn(s.op);
  set_pos(pos(s.span));
  if (aug_assign_native(s)) return;
  if (t.kind == ExprKind::Name) {
    std::string cur = load(t);
    std::string v = expr(*s.value);
    int k = pos(s.span);
    line(store_ref(t) + " = " + fn + "(" + cur + ", " + v + ", _f.at(" + std::to_string(k) + "));");
    return;
  }
  if (t.kind == ExprKind::Attribute) {
    std::string o = temp();
    line(o + " = " + expr(*t.sub[0]) + ";");
    std::string v = expr(*s.value);
    std::string result = fn + "(" + load_attr(o, t.str, pos(t.span)) + ", " + v + at_arg(pos(s.span)) + ")";
    line(store_attr(o, t.str, result, pos(t.span)) + ";");
    return;
  }
  std::string o = temp(), i = temp();
  line(o + " = " + expr(*t.sub[0]) + ";");
  line(i + " = " + expr(*t.sub[1]) + ";");
  int k = subscript_pos(t);
  std::string v = expr(*s.value);
  line("aiocc::setitem(" + o + ", " + i + ", " + fn + "(aiocc::getitem(" + o + ", " + i +
       at_arg(k) + "), " + v + at_arg(pos(s.span)) + ")" + at_arg(k) + ");");
}

void Emitter::while_stmt(const Stmt& s) {
  int id = next_label();
  // `while True:` (or 1) has no test in CPython's bytecode: its back-edge is at the statement's
  // line, shown without carets.
  const Expr& t = *s.test;
  const bool always = (t.kind == ExprKind::Bool && t.ival) ||
                      (t.kind == ExprKind::Int && t.str.find_first_not_of("0_") != std::string::npos);
  int k = always ? line_pos(s.span) : pos(t.span);
  fs_->control.push_back({Control::Loop, id, !s.orelse.empty()});
  // Each test is a back-edge, where CPython runs pending signal handlers (KeyboardInterrupt).
  open("while ((_f.pos = " + std::to_string(k) + ", aiocc::check_signals(), " + condition(*s.test) + "))");
  block(s.body);
  close();
  fs_->control.pop_back();
  if (!s.orelse.empty()) {
    open("");
    block(s.orelse);
    close();
    line("_brk" + std::to_string(id) + ":;");
  }
}

// `for x in src`: an aiocc::Iter. `async for`: __aiter__ once, then each item is the awaited
// __anext__() until it raises StopAsyncIteration (caught around the await only: the body runs
// outside the try). Each fetch may run Python code: its errors name the `for` line.
void Emitter::for_stmt(const Stmt& s) {
  if (s.counted_step) return counted_for(s);
  int id = next_label();
  std::string n = std::to_string(id);
  set_pos(pos(s.value->span));
  open("");
  const std::string it = (s.is_async ? "_ait" : "_it") + n, v = "_v" + n;
  // A generator expression's outermost loop runs over `.0`, the iterator its caller made.
  const bool over_iterator = s.genexpr_loop && s.value->kind == ExprKind::Name && s.value->str == ".0";
  if (s.is_async) {
    line("aiocc::Object " + it + " = " + (over_iterator ? expr(*s.value) : "aiocc::async_iter(" + expr(*s.value) + ")") + ";");
  } else {
    line("aiocc::Iter " + it + "(" + (over_iterator ? "aiocc::Iter::FromIterator{}, " : "") + expr(*s.value) + ");");
  }
  line("aiocc::Object " + v + ";");
  fs_->control.push_back({Control::Loop, id, !s.orelse.empty()});
  // A generator expression's loops fetch at the whole expression (carets), a `for` statement at its line.
  std::string at = std::to_string(s.genexpr_loop ? pos(s.span) : line_pos(s.span));
  if (s.is_async) {
    open("for (;;)");
    line("_f.pos = " + at + ";");
    line("aiocc::Object _aw" + n + " = aiocc::async_next(" + it + ");");
    open("try");
    line(v + " = co_await aiocc::await_(_f, " + at + ", std::move(_aw" + n + "));");
    close(" catch (aiocc::PyException& _e) {");
    line("  if (!aiocc::is_stop_async_iteration(_e.exc)) throw;");
    line("  break;");
    line("}");
  } else {
    // A signal is handled at the back-edge, still at the body's last position (as CPython).
    open("while ((aiocc::check_signals(), _f.pos = " + at + ", " + it + ".next(" + v + ")))");
  }
  assign(*s.targets[0], v);
  loop_rest(s, n);
}

// The rest of a `for` whose loop header is open: the body, then the else block (a break
// jumps past it, to _brkN) and the end of the block around the loop.
void Emitter::loop_rest(const Stmt& s, const std::string& n) {
  block(s.body);
  close();
  fs_->control.pop_back();
  block(s.orelse);
  close();
  if (!s.orelse.empty()) line("_brk" + n + ":;");
}

// `for name in range(...)` with a counter sema proved fits in 64 bits (Stmt::counted_step): a
// C++ counted loop, no range object. The arguments are evaluated in order, then the stop is
// converted as range() converts it (range_stop: __index__, its TypeError at the call).
void Emitter::counted_for(const Stmt& s) {
  int id = next_label();
  std::string n = std::to_string(id);
  const Expr& call = *s.value;
  const size_t nargs = call.sub.size() - 1;
  set_pos(pos(call.span));
  open("");
  const std::string c = "_c" + n, stop = "_e" + n, step = std::to_string(s.counted_step);
  std::string start = "0";
  if (nargs >= 2) {
    const Expr& a = *call.sub[1];
    std::string tree = a.type == StaticType::SmallInt ? "" : int_tree(a);
    start = a.type == StaticType::SmallInt ? int_expr(a) : "aiocc::range_start(" + (tree.empty() ? expr(a) : tree) + ")";
  }
  line("int64_t " + c + " = " + start + ";");
  const Expr& stop_arg = *call.sub[nargs >= 2 ? 2 : 1];
  if (stop_arg.type == StaticType::SmallInt && int_native(stop_arg)) {
    line("const int64_t " + stop + " = " + int_expr(stop_arg) + ";");
  } else {
    line("const int64_t " + stop + " = aiocc::range_stop(" + expr(stop_arg) + ", " + step + ", _f.at(" +
         std::to_string(pos(call.span)) + "));");
  }
  fs_->control.push_back({Control::Loop, id, !s.orelse.empty()});
  // As for_stmt: signals at the back-edge, the fetch at the `for` line.
  std::string at = std::to_string(line_pos(s.span));
  open("for (; (aiocc::check_signals(), _f.pos = " + at + ", " + c + (s.counted_step > 0 ? " < " : " > ") + stop +
       "); aiocc::range_step(" + c + ", " + step + "))");
  const Expr& target = *s.targets[0];
  if (native_local(target)) line(names::local(target.str) + " = " + c + ";");
  else assign(target, "aiocc::Object::from_int(" + c + ")");
  loop_rest(s, n);
}

// A try statement's body, its exception caught into _excN (C++ allows no co_await in a catch
// block, where handlers may await), then `if (!_excN.is_unbound()) {` handling it, left open.
void Emitter::body_then_handling(const Stmt& s, const std::string& n) {
  const std::string exc = "_exc" + n;
  line("aiocc::Object " + exc + ";");
  open("try");
  block(s.body);
  close(" catch (aiocc::PyException& _e) {");
  line("  " + exc + " = std::move(_e.exc);");
  line("}");
  open("if (!" + exc + ".is_unbound())");
  line("aiocc::Handling _hd" + n + "(_f, &" + exc + ");");
}

void Emitter::try_stmt(const Stmt& s) {
  int id = next_label();
  std::string n = std::to_string(id);
  const bool has_finally = !s.finalbody.empty();
  open("");
  if (has_finally) {
    line("aiocc::Object _fexc" + n + ";");
    line("int _why" + n + " = 0;");
    line("aiocc::Object _ret" + n + ";");
    fs_->control.push_back({Control::Finally, id});
    open("try");
  }
  if (s.handlers.empty()) {
    block(s.body);
  } else if (s.handlers[0].star) {
    except_star(s, n);
  } else {
    std::string exc = "_exc" + n;
    body_then_handling(s, n);
    bool first = true;
    bool has_bare = false;
    for (const ExceptHandler& h : s.handlers) {
      std::string cond;
      if (h.type) {
        set_pos(pos(h.type->span));
        cond = "aiocc::exception_matches(" + exc + ", " + expr(*h.type) + ")";
      } else {
        cond = "true";
        has_bare = true;
      }
      if (first) {
        open("if (" + cond + ")");
      } else {
        close(" else if (" + cond + ") {");
        ++indent_;
      }
      first = false;
      if (!h.name.empty()) store_name(h.name, exc);
      open("try");
      block(h.body);
      close(" catch (aiocc::PyException& _e) {");
      line("  aiocc::chain_context(_e.exc, " + exc + ");");
      line("  throw;");
      line("}");
      if (!h.name.empty()) del_name(h.name);
    }
    if (!has_bare) {
      close(" else {");
      ++indent_;
      line("throw aiocc::PyException{" + exc + "};");
    }
    close();
    if (!s.orelse.empty()) {
      close(" else {");
      ++indent_;
      block(s.orelse);
    }
    close();
  }
  if (has_finally) {
    close(" catch (aiocc::PyException& _e) {");
    line("  _fexc" + n + " = std::move(_e.exc);");
    line("}");
    Control c = fs_->control.back();
    fs_->control.pop_back();
    --indent_;
    line("_fin" + n + ":");
    ++indent_;
    open("try");
    line("aiocc::Handling _hd" + n + "(_f, _fexc" + n + ".is_unbound() ? nullptr : &_fexc" + n + ");");
    block(s.finalbody);
    close(" catch (aiocc::PyException& _e) {");
    line("  aiocc::chain_context(_e.exc, _fexc" + n + ");");
    line("  throw;");
    line("}");
    line("if (!_fexc" + n + ".is_unbound()) throw aiocc::PyException{_fexc" + n + "};");
    dispatch(c);
  }
  close();
}

// The body and `except*` clauses of a try statement (aiocc::ExceptStar): each clause's type
// is evaluated and matched against what is left, each handler's exception is kept, and what
// is left with what the handlers raised is raised after the last clause. `else` runs when the
// body raised nothing.
void Emitter::except_star(const Stmt& s, const std::string& n) {
  std::string exc = "_exc" + n, es = "_es" + n;
  body_then_handling(s, n);
  line("aiocc::ExceptStar " + es + "(" + exc + ");");
  for (const ExceptHandler& h : s.handlers) {
    set_pos(pos(h.type->span));
    open("if (" + es + ".match(" + expr(*h.type) + "))");
    line("aiocc::Handling _hm" + n + "(_f, &" + es + ".matched);");
    if (!h.name.empty()) store_name(h.name, es + ".matched");
    open("try");
    block(h.body);
    close(" catch (aiocc::PyException& _e) {");
    line("  aiocc::chain_context(_e.exc, " + es + ".matched);");
    line("  " + es + ".handler_raised(std::move(_e.exc));");
    line("}");
    if (!h.name.empty()) del_name(h.name);
    close();
  }
  line(es + ".finish();");
  if (!s.orelse.empty()) {
    close(" else {");
    ++indent_;
    block(s.orelse);
  }
  close();
}

// `with` / `async with`: __enter__/__aenter__, the body protected like a finally, then
// __exit__/__aexit__ with the exception (which it may suppress) or three Nones.
void Emitter::with_stmt(const Stmt& s, size_t item_index) {
  if (item_index >= s.items.size()) {
    block(s.body);
    return;
  }
  const WithItem& item = s.items[item_index];
  int id = next_label();
  std::string n = std::to_string(id);
  Span with_span = s.span;
  int k = line_pos(with_span);
  open("");
  set_pos(k);
  line("aiocc::Object _mgr" + n + " = " + expr(*item.context) + ";");
  line("aiocc::Object _fexc" + n + ";");
  line("int _why" + n + " = 0;");
  line("aiocc::Object _ret" + n + ";");
  // Awaited (async with) or plain (with) calls of the manager's methods.
  auto method = [&](const char* sync_name, const char* async_name, const std::string& args) {
    std::string c = "aiocc::call_method(_mgr" + n + ", \"" + (s.is_async ? async_name : sync_name) +
                    "\", " + args + ", {}, _f.at(" + std::to_string(k) + "))";
    return s.is_async ? "(co_await aiocc::await_(_f, " + std::to_string(k) + ", " + c + "))" : c;
  };
  std::string enter = method("__enter__", "__aenter__", "{}");
  if (item.target) {
    assign(*item.target, enter);
  } else {
    line(enter + ";");
  }
  fs_->control.push_back({Control::Finally, id});
  open("try");
  with_stmt(s, item_index + 1);
  close(" catch (aiocc::PyException& _e) {");
  line("  _fexc" + n + " = std::move(_e.exc);");
  line("}");
  Control c = fs_->control.back();
  fs_->control.pop_back();
  --indent_;
  line("_fin" + n + ":");
  ++indent_;
  open("if (!_fexc" + n + ".is_unbound())");
  // What __exit__ raises while the body's exception is being handled has it as __context__.
  line("aiocc::Object _exit" + n + ";");
  open("try");
  line("aiocc::Handling _hd" + n + "(_f, &_fexc" + n + ");");
  line("_exit" + n + " = " +
       method("__exit__", "__aexit__",
              "{aiocc::Object(aiocc::type_of(_fexc" + n + ")), _fexc" + n + ", aiocc::getattr(_fexc" + n + ", \"__traceback__\")}") +
       ";");
  close(" catch (aiocc::PyException& _e) {");
  line("  aiocc::chain_context(_e.exc, _fexc" + n + ");");
  line("  throw;");
  line("}");
  line("if (!aiocc::truthy(_exit" + n + ")) throw aiocc::PyException{_fexc" + n + "};");
  close(" else {");
  ++indent_;
  line(method("__exit__", "__aexit__", "{aiocc::None, aiocc::None, aiocc::None}") + ";");
  close();
  dispatch(c);
  close();
}

}  // namespace aiocc::codegen
