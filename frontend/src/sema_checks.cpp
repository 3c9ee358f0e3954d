// Semantic analysis: CPython's compile-time checks, match patterns, refused constructs.
#include "sema_analyzer.h"
#include "unparse.h"

namespace aiocc::semantic {

// The names a pattern binds, in order, with CPython's error for a name bound twice.
std::vector<std::pair<std::string, Span>> Analyzer::pattern_names(const Pattern& p) {
  std::vector<std::pair<std::string, Span>> out;
  collect_pattern_names(p, out);
  for (size_t i = 0; i < out.size(); ++i) {
    for (size_t j = 0; j < i; ++j) {
      if (out[i].first == out[j].first) {
        syntax_error(out[i].second, "multiple assignments to name '" + out[i].first + "' in pattern");
      }
    }
  }
  return out;
}

void Analyzer::collect_pattern_names(const Pattern& p, std::vector<std::pair<std::string, Span>>& out) {
  if (p.kind == PatternKind::Or) {  // every alternative binds the same names: the first's
    collect_pattern_names(*p.sub[0], out);
    return;
  }
  for (auto& s : p.sub) collect_pattern_names(*s, out);
  bool binds = p.kind == PatternKind::Capture || p.kind == PatternKind::As || p.kind == PatternKind::Star ||
               p.kind == PatternKind::Mapping;
  if (binds && !p.name.empty()) out.emplace_back(p.name, p.span);
}

bool Analyzer::irrefutable(const Pattern& p) {
  if (p.kind == PatternKind::Wildcard || p.kind == PatternKind::Capture) return true;
  if (p.kind == PatternKind::As) return irrefutable(*p.sub[0]);
  if (p.kind == PatternKind::Or) return std::any_of(p.sub.begin(), p.sub.end(), [](auto& s) { return irrefutable(*s); });
  return false;
}

// CPython's compile-time checks of a pattern's shape.
void Analyzer::check_pattern(const Pattern& p) {
  switch (p.kind) {
    case PatternKind::Or: {
      auto first = pattern_names(*p.sub[0]);
      std::set<std::string> names;
      for (auto& n : first) names.insert(n.first);
      for (size_t i = 0; i < p.sub.size(); ++i) {
        if (i + 1 < p.sub.size() && irrefutable(*p.sub[i])) {
          syntax_error(p.sub[i]->span, p.sub[i]->kind == PatternKind::Capture
                                           ? "name capture '" + p.sub[i]->name + "' makes remaining patterns unreachable"
                                           : std::string("wildcard makes remaining patterns unreachable"));
        }
        std::set<std::string> alt;
        for (auto& n : pattern_names(*p.sub[i])) alt.insert(n.first);
        if (alt != names) syntax_error(p.sub[i]->span, "alternative patterns bind different names");
      }
      break;
    }
    case PatternKind::Sequence: {
      int stars = 0;
      for (auto& s : p.sub) stars += s->kind == PatternKind::Star;
      if (stars > 1) syntax_error(p.span, "multiple starred names in sequence pattern");
      break;
    }
    case PatternKind::Mapping:
      for (size_t i = 0; i < p.keys.size(); ++i) {
        const Expr& k = *p.keys[i];
        for (size_t j = 0; j < i && k.kind != ExprKind::Attribute; ++j) {
          const Expr& o = *p.keys[j];
          if (o.kind == k.kind && o.str == k.str && o.ival == k.ival && o.fval == k.fval &&
              (k.kind != ExprKind::UnaryOp || o.sub[0]->str == k.sub[0]->str)) {
            syntax_error(p.span, "mapping pattern checks duplicate key (" + unparse(k) + ")");
          }
        }
      }
      break;
    case PatternKind::Class:
      for (size_t i = 0; i < p.kwd_names.size(); ++i) {
        for (size_t j = 0; j < i; ++j) {
          if (p.kwd_names[i] == p.kwd_names[j]) {
            syntax_error(p.sub[p.sub.size() - p.kwd_names.size() + i]->span,
                         "attribute name repeated in class pattern: " + p.kwd_names[i]);
          }
        }
      }
      break;
    default: break;
  }
  for (auto& s : p.sub) check_pattern(*s);
}

void Analyzer::check_store_target(const Expr& t) {
  if (t.kind == ExprKind::Subscript) store_targets_.insert(&t);
  if (t.kind != ExprKind::Tuple && t.kind != ExprKind::List) return;
  bool starred = false;
  for (auto& x : t.sub) {
    if (x->kind == ExprKind::Starred) {
      if (starred) syntax_error(t.span, "multiple starred expressions in assignment");
      starred = true;
      check_store_target(*x->sub[0]);
    } else {
      check_store_target(*x);
    }
  }
}

// globals() is a snapshot of the module's names (a compiled module keeps them in variables, not
// in a dict): it may be read in place (subscripted, searched with `in`, iterated, its read-only
// methods called, or given to a builtin that only reads it, such as dict() for a copy), where
// the snapshot shows what CPython's live dict would. Storing through it, or keeping it to
// change it later, is refused.
bool Analyzer::dict_reader(const std::string& method) {
  static const std::set<std::string> readers = {"get", "keys", "values", "items", "copy", "__contains__", "__getitem__",
                                                "__len__", "__iter__"};
  return readers.count(method) > 0;
}

bool Analyzer::reads_its_arguments(const Expr& fn) {
  static const std::set<std::string> readers = {"len", "list", "sorted", "dict", "tuple", "set", "frozenset", "iter",
                                                "print", "repr", "str", "any", "all", "enumerate", "zip", "map",
                                                "filter", "min", "max", "sum", "reversed"};
  if (fn.kind == ExprKind::Lambda && fn.func->is_genexpr) return true;  // its first iterable, iterated
  return fn.kind == ExprKind::Name && fn.binding == Binding::Builtin && readers.count(fn.str) > 0;
}

void Analyzer::check_globals_call(const Expr& call) {
  const Expr& fn = *call.sub[0];
  if (fn.kind != ExprKind::Name || fn.binding != Binding::Builtin || fn.str != "globals") return;
  if (&call != globals_read_) unsupported(call.span, "globals() other than read in place (dict(globals()) copies it)");
}

// locals(), and vars() and dir() without an argument, read the namespace of the code they are
// in: a function's variables (a new dict of those bound, in CPython's order), a class body's
// namespace (the dict itself), or the module's (globals(): read in place only). In a
// comprehension, which CPython runs as a function of its own, they are refused.
void Analyzer::check_namespace_call(Expr& call, const Ctx& ctx) {
  const Expr& fn = *call.sub[0];
  if (fn.kind != ExprKind::Name || fn.binding != Binding::Builtin) return;
  const BuiltinEntry& b = builtin_entry(fn.entry);
  const std::string_view name(b.name);
  if (!std::string_view(b.module).empty() || (name != "locals" && name != "vars" && name != "dir")) return;
  if (call.sub.size() != 1 || !call.keywords.empty()) return;  // vars(x), dir(x); locals(x) fails as CPython's
  if (!ctx.comp_targets.empty() && !(ctx.func && ctx.func->is_genexpr)) {
    unsupported(call.span, std::string(name) + "() in a comprehension");
  }
  if (ctx.in_class) {
    call.namespace_of = Expr::Namespace::Class;
  } else if (ctx.func) {
    call.namespace_of = Expr::Namespace::Function;
  } else {
    call.namespace_of = Expr::Namespace::Module;
    if (name != "dir" && &call != globals_read_) {
      unsupported(call.span, std::string(name) + "() at module level other than read in place (it is globals())");
    }
  }
}

// CPython's AST optimizer (fold_iter): a list display iterated by a `for` or a comprehension
// becomes a tuple, which only shows where its type is named (`async for x in [1, 2]`).
void Analyzer::fold_iter(Expr& iter) {
  if (iter.kind != ExprKind::List) return;
  for (auto& x : iter.sub) {
    if (x->kind == ExprKind::Starred) return;
  }
  iter.kind = ExprKind::Tuple;
}

void Analyzer::check_del_target(const Expr& t) {
  if (t.kind == ExprKind::Subscript) store_targets_.insert(&t);
  switch (t.kind) {
    case ExprKind::Name:
    case ExprKind::Attribute:
    case ExprKind::Subscript:
      return;
    case ExprKind::Tuple:
    case ExprKind::List:
      for (auto& x : t.sub) check_del_target(*x);
      return;
    case ExprKind::Call: syntax_error(t.span, "cannot delete function call");
    case ExprKind::Int:
    case ExprKind::Float:
    case ExprKind::Imaginary:
    case ExprKind::Str:
    case ExprKind::Bytes:
    case ExprKind::Bool:
    case ExprKind::None:
    case ExprKind::Ellipsis: syntax_error(t.span, "cannot delete literal");
    default: syntax_error(t.span, "cannot delete expression");
  }
}

// Options of library calls aiocc refuses, where the call names them.
void Analyzer::check_builtin_call(const Expr& call) {
  const Expr& fn = *call.sub[0];
  if (fn.binding != Binding::Builtin) return;
  const BuiltinEntry& b = builtin_entry(fn.entry);
  // setattr(x, "name", v) defines an attribute as `x.name = v` does.
  if (std::string_view(b.module).empty() && std::string_view(b.name) == "setattr" && call.sub.size() > 2 &&
      call.sub[2]->kind == ExprKind::Str) {
    stored_names_.insert(call.sub[2]->str);
  }
  // asyncio's debug mode (slow-callback reports, where tasks were made) is not built.
  if (std::string_view(b.module) == "asyncio" && (std::string_view(b.name) == "run" || std::string_view(b.name) == "Runner")) {
    for (auto& k : call.keywords) {
      if (k.name == "debug" && k.value->kind == ExprKind::Bool && k.value->ival) {
        unsupported(k.span, "asyncio." + std::string(b.name) + "(debug=True) (asyncio's debug mode)");
      }
    }
  }
  if (std::string_view(b.module) != "dataclasses") return;
  for (auto& k : call.keywords) {
    std::string_view name(b.name);
    if (name == "dataclass" && k.name == "weakref_slot") {
      unsupported(k.span, std::string(b.name) + "(" + k.name + "=...)");
    }
  }
}

// The names a store target binds or sets (names, attributes, in tuples and starred).
void Analyzer::note_stores(const Expr& t) {
  // A class's bases are fixed in a compiled program: its MRO and its instances' layout follow
  // from them.
  if (t.kind == ExprKind::Attribute && t.str == "__bases__") unsupported(t.span, "assigning __bases__");
  if (t.kind == ExprKind::Name || t.kind == ExprKind::Attribute) stored_names_.insert(t.str);
  if (t.kind == ExprKind::Tuple || t.kind == ExprKind::List || t.kind == ExprKind::Starred) {
    for (auto& x : t.sub) note_stores(*x);
  }
}

// An event loop or task method aiocc lacks is refused where it is first named, unless the
// program gives some object an attribute of that name (its own class's method, say).
void Analyzer::check_loop_method_uses() const {
  for (auto& [name, at] : loop_method_uses_) {
    if (!stored_names_.count(name)) unsupported(at, std::string(unsupported_method_owner(name)) + " " + name + "()");
  }
}

// super() without arguments reads the __class__ cell and the first argument (a missing one is
// CPython's RuntimeError, raised by the emitted code).
void Analyzer::check_super(const Expr& call, const Ctx& ctx) {
  const Expr& fn = *call.sub[0];
  if (fn.kind != ExprKind::Name || fn.str != "super" || fn.binding != Binding::Builtin ||
      call.sub.size() != 1 || !call.keywords.empty()) {
    return;
  }
  const Function* f = ctx.func;
  if (!f) return;
  // CPython 3.11 passes a comprehension's function its iterator as first argument, so super()
  // there raises TypeError (or, for a user iterator of the class, uses it): refused instead.
  if (!ctx.comp_targets.empty()) unsupported(call.span, "super() without arguments in a comprehension");
  // CPython raises RuntimeError when such a class is made: NamedTupleMeta drops __classcell__.
  if (f->in_namedtuple_class) unsupported(call.span, "super() in a NamedTuple class body");
}

// The built-in types a class may extend (bool and range are refused at run time with
// CPython's own message); others, such as `type` (metaclasses), are not supported.
void Analyzer::check_base(const Expr& b) {
  static const std::set<std::string> extendable = {"object", "list", "dict", "set", "frozenset", "str",
                                                   "int", "float", "tuple", "bool", "range", "type"};
  // typing's aliases of re's classes, which CPython's re does not let a class extend.
  static const std::set<std::string> foreign_aliases = {"Match", "Pattern"};
  const Expr& alias = b.kind == ExprKind::Subscript ? *b.sub[0] : b;
  if (alias.binding == Binding::Builtin && std::string_view(builtin_entry(alias.entry).module) == "typing" &&
      foreign_aliases.count(builtin_entry(alias.entry).name)) {
    unsupported(b.span, std::string("subclassing typing.") + builtin_entry(alias.entry).name);
  }
  // Metaclasses of the library's classes: aiocc's user metaclasses derive from type alone.
  static const std::set<std::pair<std::string, std::string>> metaclasses = {
      {"abc", "ABCMeta"}, {"enum", "EnumType"}, {"enum", "EnumMeta"}};
  if (b.binding == Binding::Builtin &&
      metaclasses.count({builtin_entry(b.entry).module, builtin_entry(b.entry).name})) {
    unsupported(b.span, std::string("subclassing ") + builtin_entry(b.entry).module + "." + builtin_entry(b.entry).name);
  }
  if (b.kind == ExprKind::Name && b.binding == Binding::Builtin && !extendable.count(b.str)) {
    std::string value = builtin_entry(b.entry).value;
    if (value.rfind("aiocc::Object(&aiocc::types::", 0) == 0) {
      unsupported(b.span, "subclassing built-in type " + b.str);
    }
  }
}

// The special methods a metaclass may define: those the runtime looks up on a class's
// metaclass (class creation, calls, attribute fallback, repr, len, iteration, subscription,
// containment, truth, dir). Operators and comparisons between classes, attribute assignment
// hooks and isinstance hooks of user metaclasses are not dispatched: refused by name.
void Analyzer::check_metaclass_body(const StmtList& body) {
  static const std::set<std::string> supported = {
      "__new__", "__init__", "__call__", "__prepare__", "__repr__", "__str__", "__len__", "__iter__",
      "__getitem__", "__contains__", "__bool__", "__getattr__", "__init_subclass__", "__dir__", "__set_name__",
      "__class_getitem__"};
  for (const StmtPtr& s : body) {
    if (s->kind != StmtKind::FunctionDef) continue;
    const std::string& n = s->func->name;
    if (n.size() > 4 && n.compare(0, 2, "__") == 0 && n.compare(n.size() - 2, 2, "__") == 0 && !supported.count(n)) {
      unsupported(s->span, "special method " + n + " of a metaclass");
    }
  }
}

void Analyzer::collect_names(const Expr& t, std::set<std::string>& out) {
  if (t.kind == ExprKind::Name) out.insert(t.str);
  if (t.kind == ExprKind::Tuple || t.kind == ExprKind::List || t.kind == ExprKind::Starred) {
    for (auto& x : t.sub) collect_names(*x, out);
  }
}

// CPython's compiler keeps at most 20 blocks (CO_MAXBLOCKS) open in one function: each loop,
// each `with` item, a `try` body (two with both handlers and `finally`), an except handler
// (the handler and its cleanup: two) and a `finally` body on the exception path open one
// (3.11 compile.c, compiler_push_fblock). `if`, `match` and `else` bodies open none; a def or
// class body starts again from zero. The first error in CPython's compile order is reported:
// a `finally` body is compiled twice, for the normal path and then for the exception path,
// so bodies already found correct at a depth are remembered in `done`.
void Analyzer::check_block_nesting(const StmtList& body, int depth, NestingChecked& done) {
  constexpr int kMaxBlocks = 20;
  if (body.empty() || !done.emplace(&body, depth).second) return;
  auto push = [&](const Span& at, int d) {
    if (d >= kMaxBlocks) syntax_error(at, "too many statically nested blocks");
    return d + 1;
  };
  auto block = [&](const StmtList& b, int d) { check_block_nesting(b, d, done); };
  for (const StmtPtr& p : body) {
    const Stmt& st = *p;
    switch (st.kind) {
      case StmtKind::For:
      case StmtKind::While:
        block(st.body, push(st.span, depth));
        block(st.orelse, depth);
        break;
      case StmtKind::With: {
        int d = depth;
        for (size_t i = 0; i < st.items.size(); ++i) d = push(st.span, d);
        block(st.body, d);
        break;
      }
      case StmtKind::Try: {
        const bool finally = !st.finalbody.empty();
        const int d = finally ? push(st.span, depth) : depth;  // FINALLY_TRY
        if (!st.handlers.empty()) {
          block(st.body, push(st.span, d));  // TRY_EXCEPT
          for (const ExceptHandler& h : st.handlers) {
            // EXCEPTION_HANDLER (below TRY_EXCEPT's limit, so it never fails), HANDLER_CLEANUP
            block(h.body, push(h.span, d + 1));
          }
        } else {
          block(st.body, d);
        }
        block(st.orelse, d);
        if (finally) {
          block(st.finalbody, depth);      // the normal path
          block(st.finalbody, depth + 1);  // the exception path, under FINALLY_END
        }
        break;
      }
      case StmtKind::If:
        block(st.body, depth);
        block(st.orelse, depth);
        break;
      case StmtKind::Match:
        for (const MatchCase& c : st.cases) block(c.body, depth);
        break;
      case StmtKind::FunctionDef: block(st.func->body, 0); break;
      case StmtKind::ClassDef: block(st.body, 0); break;
      default: break;
    }
  }
}

}  // namespace aiocc::semantic
