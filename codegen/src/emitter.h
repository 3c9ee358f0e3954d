// The emitter. See emit.h for the shape of the output. Lowerings worth knowing:
//
// - try/except/else: C++ forbids co_await in a catch handler, so the C++ handler only moves the
//   exception into a local (`_excN`); the Python handlers run after the C++ try statement,
//   where they may await.
// - finally and `async with`: the protected body runs inside a C++ try; `return`, `break` and
//   `continue` leaving it record why (`_whyN`) and `goto _finN`; after the finally body (or
//   __aexit__) the exception is re-thrown or the recorded jump is replayed outward.
// - Expressions that need statements (comprehensions) become statement expressions ({...});
//   short-circuit operators and comparison chains use function-level temporaries (`_tN`).
//
// The Emitter is declared here and defined by construct family: emit_module.cpp (the output
// sections, functions and their descriptors, position tables, class definitions),
// emit_stmt.cpp (statements) and emit_expr.cpp (expressions, names, constants and caches).
#pragma once

#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "aiocc/codegen/emit.h"
#include "names.h"

namespace aiocc::codegen {

using namespace ast;

struct Control {
  enum Kind { Loop, Finally } kind;
  int id;
  bool loop_has_else = false;
  // Finally: which jumps were routed through it.
  bool saw_return = false, saw_break = false, saw_continue = false;
};

// A C++ expression and how it holds its value: a double (Float), a bool (Bool), an int64_t
// (SmallInt) or an aiocc::Object (Object, for every other static type).
struct CExpr {
  std::string text;
  StaticType type = StaticType::Object;
};

struct FnState {
  const Function* f = nullptr;  // null: module body
  bool is_coroutine = false;  // the C++ body is a coroutine (async def or generator)
  std::vector<std::string> positions;  // SrcPos initializers
  std::map<std::string, int> position_index;  // each initializer's index (shared by equal ones)
  int temps = 0;
  std::vector<Control> control;
  std::vector<std::map<std::string, std::string>> comp_names;
  std::map<std::string, std::vector<std::string>> comp_cells;  // captured comprehension targets' Cells
  std::set<std::string> params;
};

class Emitter {
 public:
  // `program`: every module of the program by index (the script's first), for imports.
  Emitter(const Module& m, const EmitOptions& o, const std::vector<const Module*>& program)
      : m_(m), opt_(o), program_(program) {}
  std::string run();

 private:
  const Module& m_;
  const std::vector<const Module*>& program_;
  const EmitOptions& opt_;
  std::string positions_, constants_, forwards_, infos_, bodies_, module_tables_;
  std::set<std::string> module_tables_made_;
  std::map<std::string, std::string> str_consts_, bytes_consts_, name_consts_;
  int n_consts_ = 0;
  FnState* fs_ = nullptr;
  std::string body_;  // the function body being written
  int indent_ = 1;
  int label_ = 0;
  int last_line_ = -1;
  int part_weight_ = 0;       // statements written into the current module function
  std::string module_parts_;  // the functions long module code was split into (emit_stmt.cpp)
  std::string class_ns_;                // while a class body is emitted: its namespace dict
  const SymbolTable* class_scope_ = nullptr;  // and sema's table of the names it binds

  // ---- output helpers -----------------------------------------------------------------------
  void line(const std::string& s) { body_ += std::string(indent_ * 2, ' ') + s + "\n"; }
  // A nested Python frame (a comprehension's, a class body's) around the code emitted between
  // the two calls: it shadows `_f`, shares the enclosing code's positions, and adds the
  // enclosing frame's traceback entry when an exception leaves it.
  void open_frame(const std::string& name_literal) {
    open("");
    line("static const aiocc::CodeInfo _code{" + name_literal + ", _f.code->module, _f.code->positions};");
    line("aiocc::PlainFrame _fc(&_code);");
    line("[[maybe_unused]] aiocc::Frame& _f = _fc;");
    open("try");
  }
  void close_frame() {
    --indent_;
    open("} catch (aiocc::PyException& _e)");
    line("aiocc::add_traceback(_e.exc, _fc.parent);");
    line("throw;");
    close();  // the catch
    close();  // the frame's block
  }
  void open(const std::string& s) {
    line(s + " {");
    ++indent_;
  }
  void close(const std::string& tail = "") {
    --indent_;
    line("}" + tail);
  }
  void line_directive(int py_line) {
    if (!opt_.line_directives || m_.is_library || py_line == last_line_) return;
    last_line_ = py_line;
    body_ += "#line " + std::to_string(py_line) + " " + names::string_literal(m_.path) + "\n";
  }
  std::string temp() { return "_t" + std::to_string(fs_->temps++); }
  int next_label() { return ++label_; }

  // ---- positions (emit_module.cpp) ----------------------------------------------------------
  std::string line_text(int line) const;
  // The code points of a source line, split once per line (a line may hold thousands of
  // operators, each of which looks for its own).
  const std::vector<std::string>& line_code_points(int line);
  std::unordered_map<int, std::vector<std::string>> line_code_points_;
  int pos(const Span& s, int anchor_l = -1, int anchor_r = -1);
  // A position's table entry; in a library module, moved to CPython's line (map_cpython_lines).
  std::string position_entry(int line, int col, int end, int anchor_l, int anchor_r) const;
  // A library module's tracebacks show CPython's file: each line of its source that ends with
  // `# cpython: N` stands for line N of CPython's module (read from the CPython found at build
  // time), its columns moved when the two lines read the same.
  struct CPythonLine {
    int line;
    int shift;       // columns to add, when the texts match
    bool same_text;
    int indent;      // CPython's line's indentation, when they do not
  };
  std::map<int, CPythonLine> cpython_lines_;
  std::vector<std::string> cpython_source_;
  void map_cpython_lines();
  int line_pos(const Span& s);
  bool one_line(const Expr& e) const;
  int binop_pos(const Expr& e);
  int subscript_pos(const Expr& e);

  // ---- constants (emit_expr.cpp) ------------------------------------------------------------
  std::string str_const(const std::string& s);
  std::string bytes_const(const std::string& s);
  std::string name_const(const std::string& s);
  std::string site_cache(const char* type);
  // `k` >= 0: the traceback position recorded once `obj` (and `v`) are evaluated.
  std::string load_attr(const std::string& obj, const std::string& attr, int k = -1);
  std::string store_attr(const std::string& obj, const std::string& attr, const std::string& v,
                         int k = -1);
  static std::string at_arg(int k) { return k < 0 ? "" : ", _f.at(" + std::to_string(k) + ")"; }
  std::string int_const(const std::string& digits);

  // ---- names (emit_expr.cpp) ----------------------------------------------------------------
  enum class Slot { Local, Cell, Global };
  Slot slot_of(const std::string& name) const;
  std::string slot_ref(const std::string& name) const;
  std::string comp_name(const std::string& name) const;
  std::string load(const Expr& e);
  std::string load_scoped(const Expr& e);
  std::string at(const Expr& e);
  std::string namespace_call(const Expr& e);
  std::string store_ref(const Expr& e);

  // ---- expressions (emit_expr.cpp) ----------------------------------------------------------
  static const char* binop_fn(Op op);
  static std::string inplace_fn(Op op);
  static const char* cmp_fn(Op op);
  std::string join(const std::vector<std::string>& v);
  bool has_star(const std::vector<ExprPtr>& elts, size_t from = 0);
  std::string positional(const std::vector<ExprPtr>& elts, size_t from, const std::string& callee = "",
                         const std::string& at = "");
  std::string keywords(const std::vector<Keyword>& kws, const std::string& callee = "", const std::string& at = "");
  static bool has_splat(const std::vector<Keyword>& kws) {
    for (const Keyword& k : kws) {
      if (k.name.empty()) return true;
    }
    return false;
  }
  std::string elements(const char* plain, const char* starred, const std::vector<ExprPtr>& elts);
  const Function* direct_target(const Expr& call);
  // The plain-call variants of async defs that never suspend, made for the `await f(...)`
  // sites that call them (in the order first asked for).
  std::set<const Function*> sync_wanted_;
  std::vector<const Function*> sync_queue_;
  void want_sync(const Function& f) {
    if (sync_wanted_.insert(&f).second) sync_queue_.push_back(&f);
  }
  static bool has_walrus(const Expr& e);
  std::string direct_args(const Expr& call, const Function& d);
  std::string direct_call(const Expr& e, const Function* d);
  std::string call(const Expr& e);
  std::string await_expr(const Expr& e);
  std::string awaited_method_call(const Expr& call, int k);
  static std::string with_receiver(const std::string& recv, const std::string& args);
  std::string yield_expr(const Expr& e);
  std::string yield_from(const Expr& e);
  std::string fstring(const Expr& e);
  bool simple_arguments(const Expr& call);
  std::string function_value(const Function& f);
  std::string bool_op(const Expr& e);
  std::string compare(const Expr& e);
  std::string list_comp(const Expr& e);
  static void collect(const Expr& t, std::set<std::string>& out);
  std::string expr(const Expr& e);    // the expression as an aiocc::Object
  std::string object_expr(const Expr& e);
  // The arguments after the object of a subscript's runtime call: the index, or for a slice
  // (x[a:b:c], written with getitem_slice/setitem_slice) its three parts, None where absent.
  std::string subscript_index(const Expr& index);

  // ---- typed code (emit_typed.cpp) ------------------------------------------------------------
  CExpr typed(const Expr& e);         // the expression as sema typed it, unboxed where it can be
  bool unboxes(const Expr& e) const;
  static std::string box(const CExpr& c);
  std::string condition(const Expr& e);  // the expression's truth, as a C++ bool
  std::string float_expr(const Expr& e);  // a Float expression as a double
  std::string bool_expr(const Expr& e);   // a Bool expression as a bool
  std::string unboxed_expr(const Expr& e, StaticType t);
  std::string native_float(const Expr& e);
  std::string native_bool(const Expr& e);
  std::string native_shared(const Expr& e, StaticType t);
  std::string float_operand(const Expr& e, int k);
  static std::string float_arith(Op op, const std::string& l, const std::string& r, int k);
  const Symbol* native_local(const Expr& name) const;
  static std::string ctype(StaticType t);  // double, bool, int64_t or aiocc::Object
  static std::string native_decl(const Symbol& s);
  bool int_native(const Expr& e) const;
  bool native_operands(const Expr& a, const Expr& b) const;
  std::string int_expr(const Expr& e);  // a SmallInt expression as an int64_t
  std::string int_tree(const Expr& e);
  std::string int_tree_call(const Expr& e, const std::string& wrap, const std::string& extra);
  std::string slow_path(const Expr& e);
  bool slow_ints_ = false;  // writing an int tree's object form: no native trees inside
  bool assign_native(const std::vector<ExprPtr>& targets, const Expr& value);
  bool aug_assign_native(const Stmt& s);

  // ---- assignment (emit_stmt.cpp) -----------------------------------------------------------
  static bool binds_names_only(const Expr& t);
  static bool plain_sequence(const Expr& e);
  bool parallel_assign(const Stmt& s);
  void assign(const Expr& target, const std::string& value);

  // ---- control flow (emit_stmt.cpp) ---------------------------------------------------------
  void emit_return(const std::string& value);
  void emit_jump(bool is_break);
  void dispatch(const Control& c);

  // ---- statements (emit_stmt.cpp) -----------------------------------------------------------
  void block(const StmtList& body);
  bool can_outline() const;
  void outline_part(const StmtList& body, size_t begin, size_t end);
  void set_pos(int k) { line("_f.pos = " + std::to_string(k) + ";"); }
  void stmt(const Stmt& s);
  void stmt_of_kind(const Stmt& s);
  void del_target(const Expr& t);
  void store_name(const std::string& name, const std::string& value, const Span* at = nullptr);
  std::string user_module(int index) const;
  // One of aiocc's modules as a value: its table of attributes is written once per program
  // part (module_tables_).
  std::string module_value(const std::string& module);
  void raise_missing(const std::string& dotted, const std::vector<int>& found);
  void implied_imports(const Stmt& s);
  void import_stmt(const Stmt& s);
  void import_from_stmt(const Stmt& s);
  void del_name(const std::string& name);
  std::vector<std::string> eval_decorators(const Stmt& s);
  std::string decorated(const Stmt& s, const std::vector<std::string>& decorators, std::string value);
  void ann_assign(const Stmt& s);
  void aug_assign(const Stmt& s);
  void while_stmt(const Stmt& s);
  void for_stmt(const Stmt& s);
  void counted_for(const Stmt& s);
  void loop_rest(const Stmt& s, const std::string& n);

  // ---- match (emit_match.cpp) -----------------------------------------------------------------
  using Captures = std::vector<std::pair<std::string, std::string>>;  // name, temporary
  void match_stmt(const Stmt& s);
  void match_pattern(const Pattern& p, const std::string& subject, const std::string& fail, Captures& caps);
  void try_stmt(const Stmt& s);
  void except_star(const Stmt& s, const std::string& n);
  void body_then_handling(const Stmt& s, const std::string& n);
  void with_stmt(const Stmt& s, size_t item_index);

  // ---- classes (emit_module.cpp) ------------------------------------------------------------
  void class_def(const Stmt& s);
  std::string super_class();
  std::string super_self();

  // ---- functions (emit_module.cpp) ----------------------------------------------------------
  static std::string function_name(const Function& f, bool sync);
  static std::string code_name(const Function& f, bool sync);
  std::string signature(const Function& f, bool sync, bool with_default = false);
  void emit_function(const Function& f, bool sync);
  void emit_positions(const std::string& code, const std::string& table, const std::string& name,
                      const FnState& st, const Function* f = nullptr);
  std::string emit_module_body();
};

}  // namespace aiocc::codegen
