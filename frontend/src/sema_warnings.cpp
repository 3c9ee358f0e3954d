// The SyntaxWarnings CPython 3.11's compiler gives (compile.c: check_compare, check_caller,
// check_subscripter, check_index, compiler_assert), in its compile order: a def's decorators,
// defaults and annotations before its body, a class body before its bases, a comprehension's
// body before its outermost iterable. A constant is what CPython's AST optimizer folds into
// one: literals, unary operators and binary operators on constants, tuples of constants.
// The compiled program prints them when it starts, as CPython does when it compiles the script.
#include "sema_analyzer.h"

namespace aiocc::semantic {
namespace {

class Warner {
 public:
  explicit Warner(std::vector<ast::SyntaxWarningAt>& out) : out_(out) {}

  void block(const StmtList& body) {
    for (auto& st : body) stmt(*st);
  }

 private:
  std::vector<ast::SyntaxWarningAt>& out_;

  void warn(const Span& at, std::string message) { out_.push_back({at.line, std::move(message)}); }

  // The type name of a constant the optimizer folds `e` into, or "" when it is not one.
  static std::string constant_type(const Expr& e) {
    switch (e.kind) {
      case ExprKind::Int: return "int";
      case ExprKind::Bool: return "bool";
      case ExprKind::Float: return "float";
      case ExprKind::Imaginary: return "complex";
      case ExprKind::Str: return "str";
      case ExprKind::Bytes: return "bytes";
      case ExprKind::None: return "NoneType";
      case ExprKind::Ellipsis: return "ellipsis";
      case ExprKind::Tuple:
        for (auto& x : e.sub) {
          if (constant_type(*x).empty()) return "";
        }
        return "tuple";
      case ExprKind::UnaryOp: {
        std::string t = constant_type(*e.sub[0]);
        if (t.empty()) return "";
        if (e.op == Op::Not) return "bool";
        if (t == "bool") return "int";
        return t == "int" || t == "float" || t == "complex" ? t : "";
      }
      case ExprKind::BinOp: {
        std::string a = constant_type(*e.sub[0]), b = constant_type(*e.sub[1]);
        if (a.empty() || b.empty()) return "";
        auto number = [](const std::string& t) { return t == "int" || t == "bool" || t == "float" || t == "complex"; };
        if (number(a) && number(b)) {
          if (a == "complex" || b == "complex") return "complex";
          if (a == "float" || b == "float" || e.op == Op::Div) return "float";
          return "int";
        }
        if ((a == "str" || a == "bytes" || a == "tuple") && (e.op == Op::Add ? a == b : e.op == Op::Mul && number(b)))
          return a;
        if (e.op == Op::Mul && number(a) && (b == "str" || b == "bytes" || b == "tuple")) return b;
        if (e.op == Op::Mod && (a == "str" || a == "bytes")) return a;
        return "";
      }
      default: return "";
    }
  }

  static bool is_genexpr_call(const Expr& e) {
    return e.kind == ExprKind::Call && e.sub[0]->kind == ExprKind::Lambda && e.sub[0]->func->is_genexpr;
  }

  // compile.c's infer_type: the type of a display, comprehension, lambda, f-string or constant.
  static std::string infer_type(const Expr& e) {
    if (std::string t = constant_type(e); !t.empty()) return t;
    switch (e.kind) {
      case ExprKind::Tuple: return "tuple";
      case ExprKind::List:
      case ExprKind::ListComp: return "list";
      case ExprKind::Dict:
      case ExprKind::DictComp: return "dict";
      case ExprKind::Set:
      case ExprKind::SetComp: return "set";
      case ExprKind::Lambda: return "function";
      case ExprKind::FString:
      case ExprKind::FormattedValue: return "str";
      default: return is_genexpr_call(e) ? "generator" : "";
    }
  }

  // check_is_arg: anything but a constant other than None, True, False and `...`.
  static bool is_arg_ok(const Expr& e) {
    std::string t = constant_type(e);
    return t.empty() || t == "NoneType" || t == "bool" || t == "ellipsis";
  }

  void check_compare(const Expr& e) {
    bool left = is_arg_ok(*e.sub[0]);
    for (size_t i = 0; i < e.ops.size(); ++i) {
      bool right = is_arg_ok(*e.sub[i + 1]);
      if ((e.ops[i] == Op::Is || e.ops[i] == Op::IsNot) && (!left || !right)) {
        warn(e.span, e.ops[i] == Op::Is ? "\"is\" with a literal. Did you mean \"==\"?"
                                        : "\"is not\" with a literal. Did you mean \"!=\"?");
        return;
      }
      left = right;
    }
  }

  void check_caller(const Expr& call) {
    const Expr& f = *call.sub[0];
    if (f.kind == ExprKind::Lambda) return;
    std::string t = infer_type(f);
    if (!t.empty()) warn(call.span, "'" + t + "' object is not callable; perhaps you missed a comma?");
  }

  void check_subscript(const Expr& e) {
    const Expr& v = *e.sub[0];
    std::string t = infer_type(v);
    static const std::set<std::string> unsubscriptable = {"NoneType", "ellipsis", "int", "bool", "float", "complex",
                                                          "set", "generator", "function"};
    if (unsubscriptable.count(t) && (t != "set" || v.kind == ExprKind::Set || v.kind == ExprKind::SetComp)) {
      warn(e.span, "'" + t + "' object is not subscriptable; perhaps you missed a comma?");
      return;
    }
    const Expr& index = *e.sub[1];
    if (index.kind == ExprKind::Slice) return;
    std::string it = infer_type(index);
    if (it.empty() || it == "int" || it == "bool") return;
    if (t == "str" || t == "bytes" || t == "tuple" || t == "list") {
      warn(e.span, t + " indices must be integers or slices, not " + it + "; perhaps you missed a comma?");
    }
  }

  void function(const Function& f, bool annotations) {
    for (auto& p : f.params) {
      if (p.default_value) expr(*p.default_value);
    }
    if (annotations) {
      for (auto& p : f.params) {
        if (p.annotation) expr(*p.annotation);
      }
      if (f.returns) expr(*f.returns);
    }
    block(f.body);
  }

  void comprehension(const Expr& e) {
    for (size_t i = 0; i < e.generators.size(); ++i) {
      if (i > 0) expr(*e.generators[i].iter);
      for (auto& c : e.generators[i].ifs) expr(*c);
    }
    for (auto& x : e.sub) expr(*x);
    expr(*e.generators[0].iter);
  }

  void expr(const Expr& e) {
    switch (e.kind) {
      case ExprKind::Compare: check_compare(e); break;
      case ExprKind::Call:
        if (is_genexpr_call(e)) {  // the generator's body, then its outermost iterable
          block(e.sub[0]->func->body);
          expr(*e.sub[1]);
          return;
        }
        check_caller(e);
        break;
      case ExprKind::Subscript: check_subscript(e); break;
      case ExprKind::Lambda: function(*e.func, false); return;
      case ExprKind::ListComp:
      case ExprKind::SetComp:
      case ExprKind::DictComp: comprehension(e); return;
      default: break;
    }
    for (auto& x : e.sub) {
      if (x) expr(*x);
    }
    for (auto& k : e.keywords) expr(*k.value);
  }

  // A store target: only the parts it loads (a subscript's value and index, an attribute's object).
  void target(const Expr& t) {
    switch (t.kind) {
      case ExprKind::Subscript:
      case ExprKind::Attribute:
        for (auto& x : t.sub) expr(*x);
        return;
      case ExprKind::Tuple:
      case ExprKind::List:
      case ExprKind::Starred:
        for (auto& x : t.sub) target(*x);
        return;
      default: return;
    }
  }

  void pattern(const Pattern& p) {
    if (p.value) expr(*p.value);
    for (auto& k : p.keys) expr(*k);
    for (auto& s : p.sub) pattern(*s);
  }

  void stmt(const Stmt& st) {
    auto opt = [&](const ExprPtr& x) {
      if (x) expr(*x);
    };
    switch (st.kind) {
      case StmtKind::Assign:
        expr(*st.value);
        for (auto& t : st.targets) target(*t);
        return;
      case StmtKind::AugAssign:
        target(*st.targets[0]);
        expr(*st.value);
        return;
      case StmtKind::AnnAssign:
        opt(st.value);
        target(*st.targets[0]);
        if (st.annotation_evaluated) opt(st.annotation);
        return;
      case StmtKind::For:
        expr(*st.value);
        target(*st.targets[0]);
        block(st.body);
        block(st.orelse);
        return;
      case StmtKind::Assert:
        if (st.test->kind == ExprKind::Tuple && !st.test->sub.empty()) {
          warn(st.span, "assertion is always true, perhaps remove parentheses?");
        }
        expr(*st.test);
        opt(st.value);
        return;
      case StmtKind::Del:
        for (auto& t : st.targets) target(*t);
        return;
      case StmtKind::FunctionDef:
        for (auto& d : st.decorators) expr(*d);
        function(*st.func, st.func->annotations_evaluated);
        return;
      case StmtKind::ClassDef:
        for (auto& d : st.decorators) expr(*d);
        block(st.body);
        for (auto& b : st.targets) expr(*b);
        for (auto& k : st.keywords) expr(*k.value);
        return;
      case StmtKind::With:
        for (auto& item : st.items) {
          expr(*item.context);
          if (item.target) target(*item.target);
        }
        block(st.body);
        return;
      case StmtKind::Try:
        block(st.body);
        for (auto& h : st.handlers) {
          opt(h.type);
          block(h.body);
        }
        block(st.orelse);
        block(st.finalbody);
        return;
      case StmtKind::Match:
        expr(*st.value);
        for (auto& c : st.cases) {
          pattern(*c.pattern);
          opt(c.guard);
          block(c.body);
        }
        return;
      default:
        opt(st.value);
        opt(st.test);
        opt(st.cause);
        block(st.body);
        block(st.orelse);
        block(st.finalbody);
        return;
    }
  }
};

}  // namespace

void Analyzer::collect_syntax_warnings() {
  m_.syntax_warnings.clear();
  Warner(m_.syntax_warnings).block(m_.body);
}

}  // namespace aiocc::semantic
