// Semantic analysis, internals: the Analyzer that sema.h's analyze() runs. Declared here and
// defined by pass: sema.cpp (the run, `from __future__`, pass 1: what each scope binds),
// sema_resolve.cpp (pass 2: every name's binding, functions, classes, comprehensions) and
// sema_checks.cpp (CPython's compile-time checks, match patterns, refused constructs).
#pragma once

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "aiocc/frontend/ast.h"
#include "aiocc/frontend/builtins_table.h"
#include "aiocc/frontend/diagnostics.h"

namespace aiocc::semantic {

using namespace ast;

inline bool contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}
inline void add_unique(std::vector<std::string>& v, const std::string& s) {
  if (!contains(v, s)) v.push_back(s);
}

// Type inference (sema_types.cpp): the exact types of values in each function of `m`.
void infer_types(Module& m);

// Per-scope facts gathered by the declare pass.
struct Scope {
  Function* func = nullptr;  // null for the module
  std::vector<std::string> bound;     // names bound in this scope, in first-binding order
  std::map<std::string, Span> defined;  // where each was first bound
  std::set<std::string> rebound;      // names bound again after their first binding (params)
  std::vector<std::string> globals;   // declared global
  std::vector<std::string> nonlocals; // declared nonlocal
  std::map<std::string, std::string> module_aliases;  // local name -> module ("aio" -> asyncio)
  std::map<std::string, int> import_entries;          // from-imports: name -> builtin entry
  std::vector<std::string> cellvars;  // locals captured by inner functions
  std::vector<std::string> freevars;  // variables of enclosing functions used here
  // For a function defined inside comprehensions: their targets (name -> binding generator),
  // innermost last. The function reads them as free variables (the comprehension makes cells).
  std::vector<std::map<std::string, Comprehension*>> outer_comps;
  Stmt* class_owner = nullptr;  // the class statement whose body defines this function
};

class Analyzer {
 public:
  explicit Analyzer(Module& m) : m_(m) {}
  void run();
 private:
  Module& m_;
  Scope* module_ = nullptr;
  std::map<Function*, Scope> scopes_;
  std::map<std::string, int> module_binding_count_;
  std::map<std::string, std::string> module_imports_;  // module-level name -> what it imports
  std::map<std::string, Function*> module_defs_;
  std::map<std::string, size_t> module_def_index_;  // module-level def name -> its statement
  std::vector<std::string> m_globals_;              // module-level variables, in binding order
  size_t top_index_ = 0;                            // the module statement being resolved
  bool in_function_ = false;                        // resolving a function body
  std::set<std::string> future_names_;              // names of `from __future__ import` features
  // Attributes named as event loop or task methods aiocc lacks (unsupported_method_owner),
  // refused at the end unless the program stores or defines an attribute of that name itself.
  std::vector<std::pair<std::string, Span>> loop_method_uses_;
  std::set<std::string> stored_names_;
  std::set<std::string> metaclass_names_;  // classes of the script deriving from type
  const Expr* callee_ = nullptr;            // the callee of the call being resolved
  const Expr* globals_read_ = nullptr;      // the globals() call a read in place may be
  std::set<const Expr*> store_targets_;     // subscripts assigned to or deleted
  void note_stores(const Expr& target);
  void check_loop_method_uses() const;
  void future_imports();
  static bool has_annotations(const StmtList& body);

  // ---- pass 1: declare --------------------------------------------------------------------
  static void bind_name(Scope& s, const std::string& n, const Span& where);
  void bind_target(const Expr& t, Scope& s);
  void declare_block(const StmtList& body, Scope& s);
  void declare_named(const Expr& e, Scope& s);
  void declare_stmt(Stmt& st, Scope& s);
  void count_module_bindings(const StmtList& body);
  bool is_type_checking(const Expr& test, const Scope& s) const;
  static void skip_imports(StmtList& body, Scope& s);

  // ---- pass 2: resolve ----------------------------------------------------------------------
  struct Ctx {
    int loop_depth = 0;
    int star_handler_loop = -1;  // in an except* handler: loop_depth where it began
    bool in_function = false;
    bool in_async = false;
    bool in_lambda = false;
    Function* func = nullptr;                          // the innermost function, if any
    std::vector<std::map<std::string, Comprehension*>> comp_targets;  // innermost last
    // In a class body: the class statement, its name and qualified name.
    bool in_class = false;
    Stmt* class_stmt = nullptr;
    std::string class_name, class_qualname;
    bool namedtuple_class = false;  // a `class P(NamedTuple)` body
  };
  Scope& scope_of(Function* f);
  static bool local_module(const Scope& s, Expr& e);
  static bool is_local(const Scope& s, const std::string& name);
  void resolve_name(Expr& e, std::vector<Scope*>& chain, Ctx& ctx);
  void resolve_global(Expr& e, const std::string& name);
  static bool capture_class_cell(std::vector<Scope*>& chain);
  void resolve_function(Function& f, std::vector<Scope*>& chain, Ctx outer_ctx);
  // Whether code awaits (or has an async with / async for of its own). With `quiet`, an await
  // of a direct call of one of those async defs does not count (it runs as a plain call).
  using QuietDefs = std::set<const Function*>;
  static bool suspends(const StmtList& body, const QuietDefs* quiet = nullptr);
  static bool expr_suspends(const Expr& e, const QuietDefs* quiet = nullptr);
  void find_never_suspending();
  void prescan_captures(const StmtList& body, std::vector<Scope*>& chain);
  void resolve_block(StmtList& body, std::vector<Scope*>& chain, Ctx& ctx);
  void resolve_stmt(Stmt& st, std::vector<Scope*>& chain, Ctx& ctx);
  static void refuse_module_attribute_store(const Expr& t, bool assignment);
  void resolve_expr(Expr& e, std::vector<Scope*>& chain, Ctx& ctx);
  void resolve_annotation(ExprPtr& a, std::vector<Scope*>& chain, Ctx& ctx);
  void resolve_class(Stmt& st, std::vector<Scope*>& chain, Ctx& ctx);

  // ---- match patterns -----------------------------------------------------------------------
  static std::vector<std::pair<std::string, Span>> pattern_names(const Pattern& p);
  static void collect_pattern_names(const Pattern& p, std::vector<std::pair<std::string, Span>>& out);
  template <typename F>
  static void for_each_pattern_expr(const Pattern& p, F&& f) {
    if (p.value) f(*p.value);
    for (auto& k : p.keys) f(*k);
    for (auto& s : p.sub) for_each_pattern_expr(*s, f);
  }
  static bool irrefutable(const Pattern& p);
  static void check_pattern(const Pattern& p);

  // ---- checks CPython's compiler makes, and constructs aiocc refuses ------------------------
  void check_store_target(const Expr& t);
  void check_del_target(const Expr& t);
  static void fold_iter(Expr& iter);
  void check_builtin_call(const Expr& call);
  static void check_super(const Expr& call, const Ctx& ctx);
  static void check_base(const Expr& b);
  void check_metaclass_body(const StmtList& body);
  static bool dict_reader(const std::string& method);
  static bool reads_its_arguments(const Expr& fn);
  void check_globals_call(const Expr& call);
  void check_namespace_call(Expr& call, const Ctx& ctx);
  static void collect_names(const Expr& t, std::set<std::string>& out);
  using NestingChecked = std::set<std::pair<const StmtList*, int>>;
  static void check_block_nesting(const StmtList& body, int depth, NestingChecked& done);
  static void mangle_private_names(StmtList& module_body);
  void collect_syntax_warnings();  // sema_warnings.cpp
};

}  // namespace aiocc::semantic
