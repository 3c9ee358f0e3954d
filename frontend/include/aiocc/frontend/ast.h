// aiocc's own syntax tree. Everything after the frontend sees only these plain structs; the
// ANTLR parse tree never leaves frontend/src/ast_builder.cpp.
//
// Nodes are "fat": one Expr and one Stmt struct with a kind tag and the fields that kind uses
// (documented per kind below). That keeps the builder and the passes short, at the price of
// some unused fields per node.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace aiocc::ast {

// Lines are 1-based, columns 0-based code-point offsets, like CPython's AST.
struct Span {
  int line = 0, col = 0, end_line = 0, end_col = 0;
};

enum class Op {
  // binary
  Add, Sub, Mul, Div, FloorDiv, Mod, Pow, MatMul, LShift, RShift, BitOr, BitXor, BitAnd,
  // unary
  UAdd, USub, Invert, Not,
  // boolean
  And, Or,
  // comparison
  Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn,
};
const char* op_symbol(Op op);

struct Expr;
struct Stmt;
struct Function;
using ExprPtr = std::unique_ptr<Expr>;
using StmtPtr = std::unique_ptr<Stmt>;
using StmtList = std::vector<StmtPtr>;

enum class ExprKind {
  Name,       // str = identifier
  Int,        // str = decimal digits
  Float,      // fval
  Imaginary,  // fval: the imaginary part of a literal such as 2.5j
  Str,        // str = UTF-8 value
  Bytes,      // str = the bytes of a bytes literal
  Bool,       // ival = 0/1
  None,
  Ellipsis,
  FString,    // sub = parts: Str pieces and FormattedValue
  FormattedValue,  // sub[0] = value, sub[1] = format spec (FString) or null; ival = conversion char or 0
  List,       // sub = elements (may be Starred)
  Tuple,      // sub = elements
  Dict,       // sub = k0, v0, k1, v1, ... (a null key: `**v`, merged in)
  Set,        // sub = elements
  BinOp,      // op, sub = left, right
  UnaryOp,    // op, sub = operand
  BoolOp,     // op (And/Or), sub = values
  Compare,    // ops, sub = left, comparators...
  IfExp,      // sub = test, body, orelse
  Call,       // sub = func, positional args (may be Starred); keywords
  Attribute,  // sub = value; str = attribute name
  Subscript,  // sub = value, index
  Slice,      // sub = lower, upper, step (each may be null)
  Lambda,     // func
  Await,      // sub = value
  Starred,    // sub = value
  ListComp,   // sub = element; generators
  SetComp,    // sub = element; generators
  DictComp,   // sub = key, value; generators
  NamedExpr,  // sub = target (Name), value: `target := value`
  Yield,      // sub = value (may be null)
  YieldFrom,  // sub = iterable
};

struct Keyword {
  std::string name;  // empty for `**mapping`
  ExprPtr value;
  Span span;
};

struct Comprehension {
  ExprPtr target;
  ExprPtr iter;
  std::vector<ExprPtr> ifs;
  std::vector<std::string> captured;  // sema: targets a nested lambda or generator reads (cells)
  bool is_async = false;              // `async for`: items are awaited __anext__() results
  Span span;
};

// How sema resolved a Name (and module attributes such as `asyncio.sleep`).
enum class Binding {
  Unresolved,
  Local,      // a local of the current function (or a parameter)
  Cell,       // a local of the current function captured by an inner function
  Free,       // a variable of an enclosing function
  Global,     // a module-level variable
  CompLocal,  // a comprehension's own target variable
  Builtin,    // an entry of the builtin table (print, asyncio.sleep, ...)
  Module,     // an imported module (asyncio, time, sys)
};

// The static type of a binding or an expression, from type inference (sema_types.cpp):
// `Object` is any Python value; the others are exact built-in types (never a subclass), which
// codegen may hold unboxed. `Never` is inference's bottom (no value yet) and never reaches
// codegen. Codegen reads types from the tree and never infers one itself. `SmallInt` is an int
// proven to fit in 64 bits (a literal, len(), a range() loop's counter), below Int in the
// lattice: codegen may hold it as a C++ int64_t.
enum class StaticType { Object, Never, None, Bool, Int, Float, Str, SmallInt };

enum class ScopeKind { Module, Class, Function };

// One name a scope binds or refers to, as sema decided it.
struct Symbol {
  std::string name;
  Binding binding = Binding::Local;  // Local, Cell, Free or Global (Global at module level)
  Span defined;                      // its first binding (or the `global`/use that made it)
  bool parameter = false;
  bool rebound = false;              // bound again after its first binding
  StaticType type = StaticType::Object;  // the type of every value bound to it (inference)
  // A Float, Bool or SmallInt local that is certainly bound wherever it is read: codegen
  // declares it as a C++ double, bool or int64_t (inference).
  bool native = false;
};

// Every name of one scope, in first-binding order: parameters first, then the locals, then
// the free variables and the names declared global.
struct SymbolTable {
  ScopeKind kind = ScopeKind::Module;
  std::vector<Symbol> symbols;

  const Symbol* find(const std::string& name) const {
    for (auto& s : symbols) {
      if (s.name == name) return &s;
    }
    return nullptr;
  }
  bool is(const std::string& name, Binding b) const {
    const Symbol* s = find(name);
    return s && s->binding == b;
  }
  // The names with binding `b`, in table order.
  std::vector<std::string> names(Binding b) const {
    std::vector<std::string> out;
    for (auto& s : symbols) {
      if (s.binding == b) out.push_back(s.name);
    }
    return out;
  }
};

struct Expr {
  ExprKind kind;
  Span span;
  Binding binding = Binding::Unresolved;
  StaticType type = StaticType::Object;
  int entry = -1;                 // Builtin: index into the builtin table
  Function* direct = nullptr;     // Name: the module-level def it always names, if any
  bool direct_bound = false;
  // ListComp/SetComp/DictComp: runs in a frame of its own (<listcomp>...) for tracebacks, as
  // CPython's comprehension functions do; false when it awaits (it runs in the coroutine's).
  bool comp_frame = false;      // and that def has certainly run when this name is read
  // Call of locals(), vars() or dir() without arguments: whose namespace it reads (sema).
  enum class Namespace : uint8_t { None, Function, Class, Module } namespace_of = Namespace::None;
  std::string str;
  double fval = 0;
  long ival = 0;
  Op op = Op::Add;
  std::vector<Op> ops;
  std::vector<ExprPtr> sub;
  std::vector<Keyword> keywords;
  std::vector<Comprehension> generators;
  std::shared_ptr<Function> func;

  Expr(ExprKind k, Span s) : kind(k), span(s) {}
  Expr* at(size_t i) const { return sub[i].get(); }
};

struct Param {
  std::string name;
  ExprPtr default_value;  // null when required
  ExprPtr annotation;     // null when none
  Span span;
};

// A def, async def or lambda. Lambdas have a single Return statement as body.
struct Function {
  std::string name;      // "<lambda>" for lambdas
  std::string qualname;  // filled by sema
  bool is_async = false;
  bool is_lambda = false;
  bool is_genexpr = false;  // a generator expression's implicit function (one parameter, ".0")
  std::vector<Param> params;  // in order; `*` and `/` markers are not parameters
  int posonly_count = 0;      // params[0, posonly_count) are positional-only (before `/`)
  int vararg_index = -1;      // position of `*name` in params, or -1
  int kwonly_index = -1;      // first keyword-only parameter (after `*` or `*name`), or -1
  int kwarg_index = -1;       // position of `**name` in params (always last), or -1
  StmtList body;
  Span span;
  ExprPtr returns;  // the return annotation, or null
  // Filled by sema.
  int id = -1;                         // index into Module::functions
  Function* parent = nullptr;          // enclosing function, null at module level
  SymbolTable scope;                   // its parameters, locals, cells, free and global names
  bool never_suspends = false;         // async def without await / async with in its body
  bool is_generator = false;           // its body yields (with is_async: an async generator)
  const Span* value_return = nullptr;  // its first `return <value>` (an error in an async generator)
  bool is_coroutine() const { return is_async || is_generator; }  // compiled to an aiocc::Coro
  std::string class_name;              // for methods: the class statement's name
  bool annotations_evaluated = false;  // parameter/return annotations are evaluated at def time
  bool in_namedtuple_class = false;    // a method of a `class P(NamedTuple)` body
  // Type inference: a def called only directly (never used as a value) has its parameters
  // typed from its call sites (their Symbols); `result` is the type of what every call returns,
  // and `native_result` says the C++ function returns it unboxed (a double, bool or int64_t).
  StaticType result = StaticType::Object;
  bool native_result = false;
};

struct ExceptHandler {
  ExprPtr type;  // null for a bare `except:`
  std::string name;
  StmtList body;
  Span span;
  bool star = false;  // `except*`
};

struct WithItem {
  ExprPtr context;
  ExprPtr target;  // may be null
};

// A `case` pattern (PEP 634).
enum class PatternKind {
  Value,      // value: a literal or dotted name, compared with ==
  Singleton,  // value: None, True or False, compared with `is`
  Capture,    // name
  Wildcard,   // `_`
  Sequence,   // sub = items, at most one Star among them
  Star,       // `*name` inside a sequence (name empty for `*_`)
  Mapping,    // keys, sub = their patterns; name = the `**rest` name, if any
  Class,      // value = the class; sub = positional patterns, then keyword ones (kwd_names)
  Or,         // sub = alternatives
  As,         // sub[0] `as` name
};

struct Pattern {
  PatternKind kind;
  Span span;
  ExprPtr value;
  std::string name;
  std::vector<std::unique_ptr<Pattern>> sub;
  std::vector<ExprPtr> keys;
  std::vector<std::string> kwd_names;
  Pattern(PatternKind k, Span s) : kind(k), span(s) {}
};
using PatternPtr = std::unique_ptr<Pattern>;

struct MatchCase {
  PatternPtr pattern;
  ExprPtr guard;  // may be null
  StmtList body;
  Span span;
};

struct ImportName {
  std::string name;    // dotted module name, or the imported attribute for `from` ("*": all)
  std::string asname;  // empty when none
  Span span;
  // Filled by the program loader (frontend/src/program.cpp) when the import names the
  // script's own modules: Import, the module of each prefix of the dotted name (`a`, `a.b`);
  // ImportFrom, the submodule the name is, if it is one. `missing`: no such module exists (an
  // import inside a handler of ImportError, which raises ModuleNotFoundError when it runs).
  std::vector<int> modules;
  bool missing = false;
};

enum class StmtKind {
  Expr,       // value
  Assign,     // targets (a = b = value), value
  AugAssign,  // targets[0], op, value
  Return,     // value (may be null)
  If,         // test, body, orelse
  While,      // test, body, orelse
  For,        // targets[0], value = iter, body, orelse
  Break,
  Continue,
  Pass,
  Raise,      // value (may be null), cause (may be null)
  Global,     // names
  Nonlocal,   // names
  Try,        // body, handlers, orelse, finalbody
  FunctionDef,  // func
  With,       // items, body; is_async
  Import,     // imports
  ImportFrom, // module, imports
  Assert,     // test, value (message, may be null)
  Del,        // targets
  ClassDef,   // names[0] = class name, targets = bases, body
  AnnAssign,  // targets[0] = target, annotation, value (may be null), simple
  Match,      // value = subject, cases
};

struct Stmt {
  StmtKind kind;
  Span span;
  ExprPtr value;
  ExprPtr test;
  ExprPtr cause;
  std::vector<ExprPtr> targets;
  Op op = Op::Add;
  StmtList body, orelse, finalbody;
  std::vector<ExceptHandler> handlers;
  std::vector<std::string> names;
  std::vector<WithItem> items;
  std::vector<ImportName> imports;
  std::string module;        // ImportFrom: the dotted name after the dots
  int level = 0;             // ImportFrom: the leading dots (a relative import)
  int from_module = -1;      // ImportFrom of the script's own module: Program index (loader)
  std::vector<std::string> star_names;  // `from m import *` of such a module: what it binds
  bool from_missing = false;  // ImportFrom: no such module (inside an ImportError handler)
  std::vector<int> from_found;  // ... the modules of the dotted name's prefix that exist
  // Import/ImportFrom of one of aiocc's modules written in C++ whose CPython counterpart imports
  // a library module (typing imports collections.abc): those modules, imported first (loader).
  std::vector<int> implied_modules;
  bool is_async = false;
  bool genexpr_loop = false;           // For: a generator expression's loop (FOR_ITER at the whole expression)
  // For: nonzero for `name in range(...)` with a counter proven to fit in 64 bits (inference,
  // sema_types.cpp): codegen writes a C++ counted loop with this step, and no range object.
  int counted_step = 0;
  std::shared_ptr<Function> func;
  std::vector<ExprPtr> decorators;     // FunctionDef, ClassDef: outermost first
  std::vector<Keyword> keywords;       // ClassDef: `metaclass=...` and __init_subclass__'s
  std::vector<MatchCase> cases;        // Match
  ExprPtr annotation;                  // AnnAssign
  bool simple = false;                 // AnnAssign: the target is a bare name
  bool annotation_evaluated = false;   // AnnAssign, by sema: evaluated (module or class level)
  std::shared_ptr<SymbolTable> scope;  // ClassDef, filled by sema: the names its body binds
  // FunctionDef/ClassDef in a class body: the private name `__x` it binds, mangled by sema to
  // `_Class__x` (the function's or class's own __name__ stays `__x`); empty: its own name.
  std::string mangled;
  const std::string& binds() const { return !mangled.empty() ? mangled : func ? func->name : names[0]; }
  // ClassDef, by sema: a function in the body (at any depth) uses super() or __class__, so the
  // body holds CPython's implicit __class__ cell, set to the class once it is made.
  bool class_cell = false;

  Stmt(StmtKind k, Span s) : kind(k), span(s) {}
};

// A SyntaxWarning CPython's compiler gives: the line and the message.
struct SyntaxWarningAt {
  int line;
  std::string message;
};

// Whether a statement of `kind` is among these statements, in their own scope: a nested def or
// class is looked at, but not into (its body is another scope).
bool contains_statement(const Stmt& s, StmtKind kind);
bool contains_statement(const StmtList& body, StmtKind kind);
// The def a call calls directly (a C++ call, no function object): the module's only binding
// of the name called, given exactly its positional parameters (no keywords, no stars, no
// *args, keyword-only or **kwargs parameters). Null otherwise.
const Function* direct_callee(const Expr& call);

struct Module {
  std::string name = "__main__";   // its __name__: the dotted name of an imported module
  bool is_package = false;         // a package's __init__.py
  bool is_library = false;         // one of aiocc's library modules (runtime/lib): in the runtime
  int index = 0;                   // its place in the Program (0: the script)
  std::string path;                // as given to aiocc
  std::string display_path;        // what tracebacks print (absolute, like CPython 3.11)
  std::vector<std::string> lines;  // source lines without their line ends
  StmtList body;
  bool future_annotations = false;  // `from __future__ import annotations`: annotations are strings
  // Filled by sema.
  std::vector<Function*> functions;  // every def and lambda, outer before inner
  SymbolTable scope;                 // module-level variables (all Global)
  std::vector<std::string> bindings;  // every name bound at module level (imports too), in order
  bool analyzed = false;               // sema has run (bindings is known)
  std::map<std::string, int> import_entries;         // `from m import x`: x's builtin entry
  std::map<std::string, std::string> module_aliases;  // `import m as n`: n's module
  // `import m` of one of aiocc's library modules (filled by the loader): the name bound, and the
  // module, whose bindings sema checks `m.name` against.
  std::map<std::string, const Module*> library_imports;
  std::vector<SyntaxWarningAt> syntax_warnings;  // by sema, in CPython's compile order
};

}  // namespace aiocc::ast
