// Private name mangling (CPython's _Py_Mangle): in a class body, and in the functions and
// comprehensions inside it, an identifier `__x` (not ending in `__`) is the class's own
// `_Class__x`, the class name taken without its leading underscores. Names, attribute names,
// parameters, the names defs and classes bind, global/nonlocal, except-as, import-as and
// match captures are renamed; keyword arguments of calls, strings and dunder names are not.
// A nested class mangles with its own name.
#include "sema_analyzer.h"

namespace aiocc::semantic {
namespace {

class Mangler {
 public:
  explicit Mangler(std::string owner) : owner_(std::move(owner)) {}

  std::string mangle(const std::string& n) const {
    if (owner_.empty() || n.size() < 3 || n.compare(0, 2, "__") != 0) return n;
    if (n.size() >= 4 && n.compare(n.size() - 2, 2, "__") == 0) return n;
    if (n.find('.') != std::string::npos) return n;
    return "_" + owner_ + n;
  }
  void rename(std::string& n) const { n = mangle(n); }

  void block(StmtList& body) const {
    for (auto& st : body) stmt(*st);
  }

  void stmt(Stmt& st) const {
    auto e = [&](ExprPtr& x) {
      if (x) expr(*x);
    };
    e(st.value);
    e(st.test);
    e(st.cause);
    e(st.annotation);
    for (auto& t : st.targets) e(t);
    for (auto& d : st.decorators) e(d);
    for (auto& k : st.keywords) e(k.value);
    for (auto& item : st.items) {
      e(item.context);
      e(item.target);
    }
    for (auto& h : st.handlers) {
      e(h.type);
      if (!h.name.empty()) rename(h.name);
      block(h.body);
    }
    for (auto& c : st.cases) {
      pattern(*c.pattern);
      e(c.guard);
      block(c.body);
    }
    switch (st.kind) {
      case StmtKind::FunctionDef:
        if (std::string m = mangle(st.func->name); m != st.func->name) st.mangled = m;
        function(*st.func);
        return;
      case StmtKind::ClassDef: {
        if (std::string m = mangle(st.names[0]); m != st.names[0]) st.mangled = m;
        size_t i = st.names[0].find_first_not_of('_');
        Mangler inner(i == std::string::npos ? std::string() : st.names[0].substr(i));
        inner.block(st.body);
        return;
      }
      case StmtKind::Global:
      case StmtKind::Nonlocal:
        for (auto& n : st.names) rename(n);
        break;
      case StmtKind::Import:
      case StmtKind::ImportFrom:
        for (auto& imp : st.imports) {
          const std::string& bound = !imp.asname.empty() ? imp.asname : imp.name;
          if (std::string m = mangle(bound); m != bound) imp.asname = m;
        }
        break;
      default: break;
    }
    block(st.body);
    block(st.orelse);
    block(st.finalbody);
  }

  void function(Function& f) const {
    for (auto& p : f.params) {
      rename(p.name);
      if (p.default_value) expr(*p.default_value);
      if (p.annotation) expr(*p.annotation);
    }
    if (f.returns) expr(*f.returns);
    block(f.body);
  }

  void expr(Expr& x) const {
    if (x.kind == ExprKind::Name || x.kind == ExprKind::Attribute) rename(x.str);
    for (auto& s : x.sub) {
      if (s) expr(*s);
    }
    for (auto& k : x.keywords) expr(*k.value);  // the keyword's own name is not mangled
    for (auto& g : x.generators) {
      expr(*g.target);
      expr(*g.iter);
      for (auto& c : g.ifs) expr(*c);
    }
    if (x.func) function(*x.func);
  }

  void pattern(Pattern& p) const {
    if (!p.name.empty() && p.kind != PatternKind::Value) rename(p.name);
    if (p.value) expr(*p.value);
    for (auto& k : p.keys) expr(*k);
    for (auto& s : p.sub) pattern(*s);
  }

 private:
  std::string owner_;  // the class name without leading underscores; empty: no mangling
};

}  // namespace

void Analyzer::mangle_private_names(StmtList& module_body) { Mangler(std::string()).block(module_body); }

}  // namespace aiocc::semantic
