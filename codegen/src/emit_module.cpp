// The translation unit as a whole: run() writes the bodies first, then assembles the sections
// (see emit.h); each function becomes a C++ function, its descriptor (FunctionInfo) and its
// table of source positions; a class body becomes a namespace dict handed to make_class.
#include <algorithm>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "aiocc/frontend/builtins_table.h"
#include "aiocc/frontend/diagnostics.h"
#include "emitter.h"
#include "names.h"

namespace aiocc::codegen {

std::string Emitter::run() {
  if (m_.is_library) map_cpython_lines();
  // Bodies first (they register positions and constants), then assemble the sections.
  for (const Function* f : m_.functions) emit_function(*f, false);
  std::string module_body = emit_module_body();
  // `await f(...)` of an async def that never suspends runs it as a plain call: the variants
  // the code asked for, and those they ask for in turn.
  for (size_t i = 0; i < sync_queue_.size(); ++i) emit_function(*sync_queue_[i], true);

  std::ostringstream out;
  // The script's code sits in an unnamed namespace; each module it imports in its own,
  // mod<index>, which other units of the program reach (emit_units); a library module in its
  // namespace of the runtime.
  const bool imported = m_.index != 0;
  if (m_.is_library) {
    out << "namespace " << library_namespace(m_.name) << " {\n";
  } else if (imported) {
    out << "namespace mod" << m_.index << " {\n";
  } else {
    out << "namespace {\n";
  }
  out << "\n// ---- " << m_.display_path << ": source, for tracebacks and warnings\n";
  out << "const char* const kLines[] = {\n";
  size_t nlines = m_.lines.size();
  if (!cpython_source_.empty()) {  // CPython's lines that positions name, the others empty
    std::set<int> used;
    for (const auto& [ours, c] : cpython_lines_) used.insert(c.line);
    nlines = cpython_source_.size();
    for (size_t i = 0; i < nlines; ++i) {
      out << "    " << names::string_literal(used.count(static_cast<int>(i) + 1) ? cpython_source_[i] : "") << ",\n";
    }
  } else {
    for (const auto& l : m_.lines) out << "    " << names::string_literal(l) << ",\n";
  }
  out << "    nullptr};\n";
  out << "\n// ---- module globals, and every name the module binds (imports too), in order\n";
  for (const auto& g : m_.scope.names(Binding::Global)) out << "aiocc::Object " << names::global(g) << ";\n";
  std::vector<std::string> slots;
  for (const auto& b : m_.bindings) {
    std::string value = "nullptr";
    if (m_.scope.is(b, Binding::Global)) {
      value = "&" + names::global(b);
    } else if (auto e = m_.import_entries.find(b); e != m_.import_entries.end()) {
      value += ", [] { return aiocc::Object(" + std::string(builtin_entry(e->second).value) + "); }";
    } else if (auto a = m_.module_aliases.find(b); a != m_.module_aliases.end()) {
      value += ", [] { return aiocc::builtins::module_object(" + names::string_literal(a->second) + "); }";
    }
    slots.push_back("{" + names::string_literal(b) + ", " + value + "}");
  }
  if (!slots.empty()) out << "const aiocc::GlobalSlot kGlobalSlots[] = {" << join(slots) << "};\n";
  // The docstring: the module's __doc__.
  std::string doc = ", nullptr, 0";
  if (!m_.body.empty() && m_.body[0]->kind == StmtKind::Expr && m_.body[0]->value->kind == ExprKind::Str) {
    const std::string& text = m_.body[0]->value->str;
    doc = ", " + names::string_literal(text) + ", " + std::to_string(text.size());
  }
  // __package__: None in the script, the package a module is in ("" for a top-level one).
  std::string package = "nullptr";
  if (imported) {
    size_t dot = m_.name.rfind('.');
    package = names::string_literal(m_.is_package ? m_.name : dot == std::string::npos ? "" : m_.name.substr(0, dot));
  }
  out << "const aiocc::ModuleInfo kModule{" << names::string_literal(m_.display_path) << ", kLines, "
      << nlines << (slots.empty() ? ", nullptr, 0" : ", kGlobalSlots, " + std::to_string(slots.size()))
      << doc << ", " << names::string_literal(m_.name) << ", " << package << "};\n\n";
  out << positions_;
  out << "\n// ---- constants\n" << constants_;
  if (!module_tables_.empty()) out << "\n// ---- aiocc's modules used as values: what each offers\n" << module_tables_;
  out << "\n// ---- functions\n" << forwards_ << "\n" << infos_ << "\n" << bodies_;
  out << module_body << "#undef AIOCC_MODULE_TEMPS\n";
  if (imported) {
    // What importing it runs (its package first).
    std::string parent = "nullptr";
    const std::string pkg = m_.name.substr(0, m_.name.rfind('.') == std::string::npos ? 0 : m_.name.rfind('.'));
    for (const Module* p : program_) {
      if (!pkg.empty() && p->name == pkg) parent = "&" + user_module(p->index);
    }
    std::vector<std::string> vars;
    for (const auto& g : m_.scope.names(Binding::Global)) {
      vars.push_back("{" + names::string_literal(g) + ", &" + names::global(g) + "}");
    }
    if (!vars.empty()) out << "const aiocc::GlobalSlot kModuleVars[] = {" << join(vars) << "};\n";
    out << "aiocc::UserModule kUserModule{" << names::string_literal(m_.name) << ", &kCodeModule, module_body, "
        << parent << ", " << (m_.is_package ? "true" : "false") << ", "
        << (vars.empty() ? "nullptr" : "kModuleVars") << ", " << vars.size() << "};\n";
    if (m_.is_library) {
      out << "}  // namespace " << library_namespace(m_.name) << "\n\n";
    } else {
      out << "}  // namespace mod" << m_.index << "\n\n";
    }
    return out.str();
  }
  std::string warnings = "nullptr, 0";
  if (!m_.syntax_warnings.empty()) {
    out << "\n// ---- CPython's compile-time SyntaxWarnings, printed at start\n";
    out << "const aiocc::CompileWarning kSyntaxWarnings[] = {\n";
    for (const auto& w : m_.syntax_warnings) {
      out << "    {" << w.line << ", " << names::string_literal(w.message) << "},\n";
    }
    out << "};\n";
    warnings = "kSyntaxWarnings, " + std::to_string(m_.syntax_warnings.size());
  }
  out << "}  // namespace\n\n";
  out << "int main(int argc, char** argv) {\n"
         "  return aiocc::run_program(argc, argv, &kCodeModule, module_body, " << warnings << ");\n}\n";
  return out.str();
}

// ---- positions ------------------------------------------------------------------------------
std::string Emitter::line_text(int line) const {
  return line >= 1 && static_cast<size_t>(line) <= m_.lines.size() ? m_.lines[line - 1] : "";
}

// Code point at column `col` of a line (ASCII-only fidelity is enough for anchors).
const std::vector<std::string>& Emitter::line_code_points(int line) {
  auto [it, added] = line_code_points_.try_emplace(line);
  if (!added) return it->second;
  const std::string s = line_text(line);
  std::vector<std::string>& out = it->second;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    out.push_back(s.substr(i, n));
    i += n;
  }
  return out;
}

void Emitter::map_cpython_lines() {
  std::ifstream in(m_.display_path);
  for (std::string l; std::getline(in, l);) cpython_source_.push_back(l);
  if (cpython_source_.empty()) return;  // no CPython at hand: the module's own lines
  auto indent = [](const std::string& l) { return static_cast<int>(l.find_first_not_of(' ') == std::string::npos ? 0 : l.find_first_not_of(' ')); };
  auto trim = [](std::string l) {  // and a trailing comment of CPython's (no quote in it)
    static const std::regex comment(R"(\s+#[^'"]*$)");
    l = std::regex_replace(l, comment, "");
    l.erase(0, l.find_first_not_of(' '));
    while (!l.empty() && l.back() == ' ') l.pop_back();
    return l;
  };
  static const std::regex marker(R"(^(.*?)\s*# cpython: (\d+)\s*$)");
  for (size_t i = 0; i < m_.lines.size(); ++i) {
    std::smatch mt;
    if (!std::regex_match(m_.lines[i], mt, marker)) continue;
    int n = std::stoi(mt[2]);
    if (n < 1 || n > static_cast<int>(cpython_source_.size())) continue;
    const std::string& theirs = cpython_source_[n - 1];
    const std::string ours = mt[1];
    bool same = trim(ours) == trim(theirs);
    cpython_lines_[static_cast<int>(i) + 1] = {n, indent(theirs) - indent(ours), same, indent(theirs)};
  }
}

std::string Emitter::position_entry(int line, int col, int end, int anchor_l, int anchor_r) const {
  if (auto it = cpython_lines_.find(line); it != cpython_lines_.end()) {
    const CPythonLine& c = it->second;
    line = c.line;
    if (c.same_text) {
      for (int* x : {&col, &end, &anchor_l, &anchor_r}) {
        if (*x >= 0) *x += c.shift;
      }
    } else {  // the whole line: no carets
      col = c.indent;
      end = anchor_l = anchor_r = -1;
    }
  }
  return "{" + std::to_string(line) + ", " + std::to_string(col) + ", " + std::to_string(end) + ", " +
         std::to_string(anchor_l) + ", " + std::to_string(anchor_r) + "}";
}

int Emitter::pos(const Span& s, int anchor_l, int anchor_r) {
  int end = s.end_line == s.line ? s.end_col : -1;
  std::string entry = position_entry(s.line, s.col, end, anchor_l, anchor_r);
  auto [it, added] = fs_->position_index.emplace(entry, static_cast<int>(fs_->positions.size()));
  if (added) fs_->positions.push_back(entry);
  return it->second;
}

// A statement position that never shows carets (the whole line).
int Emitter::line_pos(const Span& s) {
  fs_->positions.push_back(position_entry(s.line, s.col, -1, -1, -1));
  return static_cast<int>(fs_->positions.size()) - 1;
}

// Anchors are only computed when the expression and both parts sit on one line.
bool Emitter::one_line(const Expr& e) const {
  return e.span.line == e.span.end_line && e.sub[0]->span.end_line == e.span.line &&
         e.sub[1]->span.line == e.span.line && e.sub[1]->span.end_line == e.span.line;
}

// CPython 3.11's caret anchors for a binary operation: the operator between the operands.
int Emitter::binop_pos(const Expr& e) {
  if (!one_line(e)) return pos(e.span);
  const Expr& l = *e.sub[0];
  const Expr& r = *e.sub[1];
  const auto& cps = line_code_points(e.span.line);
  for (int i = l.span.end_col; i < r.span.col && i < static_cast<int>(cps.size()); ++i) {
    const std::string& ch = cps[i];
    if (ch == " " || ch == "\t" || ch == "\f") continue;
    int left = i, right = i + 1;
    if (i + 1 < r.span.col && cps[i + 1] != " " && cps[i + 1] != "\t") ++right;
    if (i + 1 < r.span.col && ch == ")") continue;
    return pos(e.span, left, right);
  }
  return pos(e.span);
}

int Emitter::subscript_pos(const Expr& e) {
  if (!one_line(e)) return pos(e.span);
  const Expr& v = *e.sub[0];
  const Expr& idx = *e.sub[1];
  const auto& cps = line_code_points(e.span.line);
  const int len = std::min<int>(static_cast<int>(cps.size()), e.span.end_col);
  int left = v.span.end_col;
  while (left < len && cps[left] != "[") ++left;
  int right = idx.span.end_col + 1;
  while (right < len && cps[right] != "]") ++right;
  if (right < len) ++right;
  return pos(e.span, left, right);
}

// ---- classes --------------------------------------------------------------------------------
// class C(Base): the body runs with its names in a namespace dict, then the runtime builds the
// class, which the decorators receive.
void Emitter::class_def(const Stmt& s) {
  set_pos(line_pos(s.span));
  std::vector<std::string> decorators = eval_decorators(s);
  std::string ns = "_ns" + std::to_string(next_label());
  open("");
  // The bases and keywords are evaluated before the body runs, as __build_class__ receives them.
  std::vector<std::string> bases;
  for (auto& b : s.targets) {
    std::string t = "_base" + std::to_string(next_label());
    line("aiocc::Object " + t + " = " + expr(*b) + ";");
    bases.push_back(t);
  }
  std::string kw;
  if (!s.keywords.empty()) {
    std::vector<std::string> parts;
    bool splat = false;
    for (const Keyword& k : s.keywords) {
      std::string t = "_kw" + std::to_string(next_label());
      line("aiocc::Object " + t + " = " + expr(*k.value) + ";");
      splat |= k.name.empty();
      parts.push_back("{" + names::string_literal(k.name) + ", " + t + "}");
    }
    kw = ", " + (splat ? "aiocc::star_kwargs({" + join(parts) + "})" : "{" + join(parts) + "}");
  }
  line("aiocc::Object " + ns + " = aiocc::class_namespace(" + names::string_literal(s.names[0]) + ", {" +
       join(bases) + "}" + kw + ");");
  // The body's namespace starts with __module__ and __qualname__, as __build_class__ runs it.
  line("aiocc::setitem(" + ns + ", " + str_const("__module__") + ", " + str_const(m_.name) + ");");
  line("aiocc::setitem(" + ns + ", " + str_const("__qualname__") + ", " + str_const(s.names[1]) + ");");
  // CPython's __class__ cell: the methods using super() capture it; it is set to the class
  // before the decorators run (type.__new__ sets it from __classcell__).
  if (s.class_cell) line("aiocc::Cell " + names::cell("__class__") + ";");
  const StmtList& body = s.body;
  if (!body.empty() && body[0]->kind == StmtKind::Expr && body[0]->value->kind == ExprKind::Str) {
    line("aiocc::setitem(" + ns + ", " + str_const("__doc__") + ", " + str_const(body[0]->value->str) + ");");
  }
  if (s.scope->find("__annotations__")) {
    line("aiocc::setitem(" + ns + ", " + str_const("__annotations__") + ", aiocc::py_dict());");
  }
  std::string saved_ns = class_ns_;
  const SymbolTable* saved_scope = class_scope_;
  class_ns_ = ns;
  class_scope_ = s.scope.get();
  // The body runs in a frame named after the class, as CPython's class body code does (the
  // traceback shows `class A:` then `in A`); it shares the enclosing code's positions.
  open_frame(names::string_literal(s.names[0]));
  block(body);
  close_frame();
  class_ns_ = saved_ns;
  class_scope_ = saved_scope;
  set_pos(line_pos(s.span));
  std::string cls = "aiocc::make_class(" + names::string_literal(s.names[0]) + ", " +
                    names::string_literal(s.names[1]) + ", {" + join(bases) + "}, " + ns + kw + ")";
  if (s.class_cell) {
    line(names::cell("__class__") + ".get() = " + cls + ";");
    cls = names::cell("__class__") + ".get()";
  }
  store_name(s.binds(), decorated(s, decorators, cls));
  close();
}

// ---- functions ------------------------------------------------------------------------------
std::string Emitter::function_name(const Function& f, bool sync) {
  return names::function(f.id, f.name) + (sync ? "_sync" : "");
}

std::string Emitter::code_name(const Function& f, bool sync) {
  return names::code(f.id) + (sync ? "s" : "");
}

std::string Emitter::signature(const Function& f, bool sync, bool with_default) {
  std::vector<std::string> params;
  for (auto& p : f.params) {
    const Symbol* sym = f.scope.find(p.name);
    bool is_cell = sym->binding == Binding::Cell;
    // A plain function's parameter that the body never rebinds is read through a reference:
    // no reference count traffic per call. (A coroutine keeps copies in its frame.)
    bool by_ref = !is_cell && !sym->rebound && !(f.is_coroutine() && !sync);
    if (sym->native) {  // typed from its call sites (sema_types.cpp)
      params.push_back(ctype(sym->type) + " " + names::local(p.name));
      continue;
    }
    params.push_back((by_ref ? "const aiocc::Object& " : "aiocc::Object ") +
                     (is_cell ? "p_" + names::ident(p.name) : names::local(p.name)));
  }
  for (auto& v : f.scope.names(Binding::Free)) params.push_back("aiocc::Cell " + names::cell(v));
  params.push_back(with_default ? "aiocc::Pos = {}" : "aiocc::Pos");
  std::string result = f.is_coroutine() && !sync ? "aiocc::Coro" : f.native_result ? ctype(f.result) : "aiocc::Object";
  return result + " " + function_name(f, sync) + "(" + join(params) + ")";
}

void Emitter::emit_function(const Function& f, bool sync) {
  FnState st;
  st.f = &f;
  st.is_coroutine = f.is_coroutine() && !sync;
  for (auto& p : f.params) st.params.insert(p.name);
  fs_ = &st;
  body_.clear();
  indent_ = st.is_coroutine ? 1 : 2;
  last_line_ = -1;
  part_weight_ = 0;
  pos(f.span);  // position 0: the def line

  std::string sig = signature(f, sync);
  line_directive(f.span.line);
  block(f.body);

  // Declarations: locals, cells, temporaries.
  std::string decl;
  std::string ind(indent_ * 2, ' ');
  for (auto& p : f.params) {
    if (f.scope.is(p.name, Binding::Cell)) {
      decl += ind + "aiocc::Cell " + names::cell(p.name) + ";\n";
      decl += ind + names::cell(p.name) + ".get() = p_" + names::ident(p.name) + ";\n";
    }
  }
  for (auto& sym : f.scope.symbols) {
    if (sym.parameter || (sym.binding != Binding::Local && sym.binding != Binding::Cell)) continue;
    const std::string& l = sym.name;
    bool is_cell = sym.binding == Binding::Cell;
    if (sym.native) {
      decl += ind + native_decl(sym) + "\n";
      continue;
    }
    decl += ind + (is_cell ? "aiocc::Cell " + names::cell(l) : "aiocc::Object " + names::local(l)) + ";\n";
  }
  for (int i = 0; i < st.temps; ++i) decl += ind + "aiocc::Object _t" + std::to_string(i) + ";\n";

  std::string out = sig + " {\n";
  if (st.is_coroutine) {
    out += "  aiocc::Frame& _f = co_await aiocc::enter(&" + code_name(f, sync) + ");\n";
    out += decl + body_;
    out += "  co_return aiocc::None;\n";
  } else {
    out += "  aiocc::PlainFrame _f(&" + code_name(f, sync) + ");\n  try {\n";
    out += decl + body_;
    // A typed result: sema proved every path returns or raises.
    out += f.native_result ? "    __builtin_trap();\n" : "    return aiocc::None;\n";
    out += "  } catch (aiocc::PyException& _e) {\n"
           "    aiocc::add_traceback(_e.exc, _f.parent);\n"
           "    throw;\n  }\n";
  }
  out += "}\n\n";
  bodies_ += out;
  forwards_ += signature(f, sync, true) + ";\n";
  emit_positions(code_name(f, sync), names::positions(f.id) + (sync ? "s" : ""), f.name, st, &f);
  fs_ = nullptr;
  if (sync) return;

  // Function descriptor: how a function object calls it.
  std::string params = "kParams" + std::to_string(f.id);
  std::vector<std::string> pnames;
  for (auto& p : f.params) pnames.push_back(names::string_literal(p.name));
  pnames.push_back("nullptr");
  infos_ += "const char* const " + params + "[] = {" + join(pnames) + "};\n";
  std::vector<std::string> args;
  for (size_t i = 0; i < f.params.size(); ++i) {
    // A typed parameter: only direct calls reach the function (sema), never this.
    const Symbol* p = f.scope.find(f.params[i].name);
    std::string a = "a[" + std::to_string(i) + "]";
    if (p->native) {
      a = std::string(p->type == StaticType::Float  ? "aiocc::typed_float("
                      : p->type == StaticType::Bool ? "aiocc::typed_bool("
                                                    : "aiocc::typed_small_int(") +
          a + ")";
    }
    args.push_back(a);
  }
  for (size_t i = 0; i < f.scope.names(Binding::Free).size(); ++i) args.push_back("self.cells[" + std::to_string(i) + "]");
  args.push_back("aiocc::Pos{}");
  std::string callexpr = names::function(f.id, f.name) + "(" + join(args) + ")";
  if (f.native_result) callexpr = box({callexpr, f.result});
  if (f.is_async) {
    callexpr = std::string(f.is_generator ? "aiocc::make_async_generator(" : "aiocc::make_coroutine(") + callexpr +
               ", " + names::string_literal(f.qualname) + ", &" + names::code(f.id) + ")";
  } else if (f.is_generator) {
    callexpr = "aiocc::make_generator(" + callexpr + ", " + names::string_literal(f.qualname) + ")";
  }
  infos_ += "aiocc::Object " + names::invoke(f.id) +
            "([[maybe_unused]] aiocc::FunctionObject& self, [[maybe_unused]] const aiocc::Object* a) {\n  return " +
            callexpr + ";\n}\n";
  infos_ += "const aiocc::FunctionInfo " + names::info(f.id) + "{" + names::string_literal(f.name) + ", " +
            names::string_literal(f.qualname) + ", " + params + ", " + std::to_string(f.params.size()) +
            ", " + std::to_string(f.vararg_index) + ", " + std::to_string(f.kwarg_index) + ", " +
            (f.is_async && !f.is_generator ? "true" : "false") + ", " + names::invoke(f.id);
  // The docstring: a string literal as the body's first statement (never for lambdas).
  bool docstring = f.name != "<lambda>" && !f.body.empty() && f.body[0]->kind == StmtKind::Expr &&
                   f.body[0]->value && f.body[0]->value->kind == ExprKind::Str;
  infos_ += ", " + (docstring ? names::string_literal(f.body[0]->value->str) : std::string("nullptr"));
  infos_ += ", " + std::to_string(f.posonly_count) + ", " + std::to_string(f.kwonly_index) + ", &" +
            names::code(f.id) + (f.is_async && f.is_generator ? ", true" : "") + "};\n\n";
}

void Emitter::emit_positions(const std::string& code, const std::string& table,
                             const std::string& name, const FnState& st, const Function* f) {
  positions_ += "const aiocc::SrcPos " + table + "[] = {\n";
  for (auto& p : st.positions) positions_ += "    " + p + ",\n";
  positions_ += "};\n";
  std::string varnames, vn = "nullptr", vc = "0", fv = "nullptr", fc = "0";
  if (f) {  // co_varnames: the parameters, then the locals that are not cells, as sema found them
    // The parameters as CPython lists them: the named ones, then *args, then **kwargs.
    std::vector<std::string> v;
    for (size_t i = 0; i < f->params.size(); ++i) {
      if (static_cast<int>(i) != f->vararg_index && static_cast<int>(i) != f->kwarg_index) {
        v.push_back(names::string_literal(f->params[i].name));
      }
    }
    if (f->vararg_index >= 0) v.push_back(names::string_literal(f->params[f->vararg_index].name));
    if (f->kwarg_index >= 0) v.push_back(names::string_literal(f->params[f->kwarg_index].name));
    for (auto& sym : f->scope.symbols) {
      if (!sym.parameter && sym.binding == Binding::Local) v.push_back(names::string_literal(sym.name));
    }
    std::vector<std::string> free;  // as function_value orders the cells
    for (auto& name : f->scope.names(Binding::Free)) free.push_back(names::string_literal(name));
    if (!v.empty() || !free.empty()) {
      if (!v.empty()) positions_ += "const char* const " + table + "_varnames[] = {" + join(v) + "};\n";
      vn = v.empty() ? std::string("nullptr") : table + "_varnames";
      vc = std::to_string(v.size());
      varnames = ", " + vn + ", " + vc;
    }
    if (!free.empty()) {
      positions_ += "const char* const " + table + "_freevars[] = {" + join(free) + "};\n";
      fv = table + "_freevars";
      fc = std::to_string(free.size());
      varnames += ", " + fv + ", " + fc;
    }
    // A library function standing for one of CPython's written in C: no frame in tracebacks.
    // (The def line: a decorated function's span starts at its first decorator.)
    int def_line = f->span.line;
    while (line_text(def_line).find_first_not_of(" \t") != std::string::npos &&
           line_text(def_line)[line_text(def_line).find_first_not_of(" \t")] == '@') {
      ++def_line;
    }
    if (m_.is_library && line_text(def_line).ends_with("# cpython: builtin")) {
      varnames = ", " + vn + ", " + vc + ", " + fv + ", " + fc + ", true";
    }
  }
  positions_ += "const aiocc::CodeInfo " + code + "{" + names::string_literal(name) + ", &kModule, " +
                table + varnames + "};\n";
}

std::string Emitter::emit_module_body() {
  FnState st;
  fs_ = &st;
  body_.clear();
  module_parts_.clear();
  part_weight_ = 0;
  indent_ = 1;
  last_line_ = -1;
  pos(Span{1, 0, 1, 0});
  if (m_.scope.find("__annotations__")) {  // SETUP_ANNOTATIONS
    line(names::global("__annotations__") + " = aiocc::py_dict();");
  }
  block(m_.body);
  std::string decl;
  for (int i = 0; i < st.temps; ++i) decl += " aiocc::Object _t" + std::to_string(i) + ";";
  emit_positions(names::code(-1), names::positions(-1), "<module>", st);
  // The module's temporaries, declared in the body and in each part of it.
  std::string out = "#define AIOCC_MODULE_TEMPS" + decl + "\n\n" + module_parts_ +
                    "void module_body([[maybe_unused]] aiocc::Frame& _f) {\n  AIOCC_MODULE_TEMPS\n" +
                    body_ + "}\n\n";
  fs_ = nullptr;
  return out;
}

}  // namespace aiocc::codegen

namespace aiocc {

namespace {

// The modules the script imports: its own, each in its namespace (in this unit or another),
// and the library's, in the runtime.
std::string module_declarations(const std::vector<const ast::Module*>& modules) {
  std::string user, library;
  for (size_t i = 1; i < modules.size(); ++i) {
    if (modules[i]->is_library) {
      library += "namespace " + library_namespace(modules[i]->name) + " { extern aiocc::UserModule kUserModule; }\n";
    } else {
      user += "namespace mod" + std::to_string(i) + " { extern aiocc::UserModule kUserModule; }  // " + modules[i]->name + "\n";
    }
  }
  std::string out;
  if (!library.empty()) out += "// ---- aiocc's library modules the program imports (in its runtime)\n" + library + "\n";
  if (!user.empty()) out += "// ---- the modules the script imports, each in its namespace\n" + user + "\n";
  return out;
}

std::vector<const ast::Module*> modules_of(const Program& program) {
  std::vector<const ast::Module*> modules;
  for (const auto& m : program.modules) modules.push_back(m.get());
  return modules;
}

}  // namespace

std::string emit_cpp(const Program& program, const EmitOptions& options) {
  std::vector<const ast::Module*> modules = modules_of(program);
  std::string out = "// Generated by aiocc from " + modules[0]->path + ". Do not edit.\n#include \"aiocc/aiocc.h\"\n\n";
  out += module_declarations(modules);
  // The imported modules first: the script's section ends with main().
  for (size_t i = 1; i < modules.size(); ++i) {
    if (!modules[i]->is_library) out += codegen::Emitter(*modules[i], options, modules).run();
  }
  return out + codegen::Emitter(*modules[0], options, modules).run();
}

std::vector<std::string> emit_units(const Program& program, const EmitOptions& options) {
  std::vector<const ast::Module*> modules = modules_of(program);
  const std::string declarations = module_declarations(modules);
  std::vector<std::string> units;
  for (size_t i = 1; i < modules.size(); ++i) {
    if (modules[i]->is_library) continue;
    units.push_back("// Generated by aiocc from " + modules[i]->path + ", a module of " + modules[0]->path +
                    ". Do not edit.\n#include \"aiocc/aiocc.h\"\n\n" + declarations +
                    codegen::Emitter(*modules[i], options, modules).run());
  }
  units.push_back("// Generated by aiocc from " + modules[0]->path + ". Do not edit.\n#include \"aiocc/aiocc.h\"\n\n" +
                  declarations + codegen::Emitter(*modules[0], options, modules).run());
  return units;
}

std::string emit_library(const Program& program, const std::string& name, const EmitOptions& options) {
  std::vector<const ast::Module*> modules = modules_of(program);
  for (size_t i = 1; i < modules.size(); ++i) {
    if (modules[i]->name != name || !modules[i]->is_library) continue;
    std::string out = "// Generated by aiocc from its library module " + name + ". Do not edit.\n#include \"aiocc/aiocc.h\"\n\n";
    return out + module_declarations(modules) + codegen::Emitter(*modules[i], options, modules).run();
  }
  throw std::logic_error("no library module " + name);
}

}  // namespace aiocc
