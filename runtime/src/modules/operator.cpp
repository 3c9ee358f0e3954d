// The operator module (aiocc/py/operator.h): each function is the runtime's operation that
// the operator's syntax compiles to, so results and errors are the operators' own; the three
// callable classes as Modules/_operator.c makes them (their reprs, their argument checks).
#include "aiocc/py/operator.h"

#include "aiocc/py/builtins.h"
#include "aiocc/py/bytes.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/int.h"
#include "aiocc/py/list.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/protocols.h"
#include "aiocc/py/str.h"
#include "internal.h"
#include "method_catalog.h"

namespace aiocc::operator_module {
namespace {

using Binary = Object (*)(const Object&, const Object&, Pos);
template <Binary F>
Object binary(const Object&, const Object* a, Args, Kwargs) {
  return F(a[0], a[1], {});
}
using Unary = Object (*)(const Object&, Pos);
template <Unary F>
Object unary(const Object&, const Object* a, Args, Kwargs) {
  return F(a[0], {});
}

Object abs_impl(const Object&, const Object* a, Args, Kwargs) { return builtins::abs({a[0]}, {}); }
Object index_impl(const Object&, const Object* a, Args, Kwargs) { return number_index(a[0]); }
Object not_impl(const Object&, const Object* a, Args, Kwargs) { return not_(a[0]); }
Object truth_impl(const Object&, const Object* a, Args, Kwargs) { return Object::from_bool(truthy(a[0])); }
Object contains_impl(const Object&, const Object* a, Args, Kwargs) { return cmp_in(a[1], a[0]); }
Object getitem_impl(const Object&, const Object* a, Args, Kwargs) { return getitem(a[0], a[1]); }
Object setitem_impl(const Object&, const Object* a, Args, Kwargs) {
  setitem(a[0], a[1], a[2]);
  return None;
}
Object delitem_impl(const Object&, const Object* a, Args, Kwargs) {
  delitem(a[0], a[1]);
  return None;
}

// concat/iconcat: sequences only ("'int' object can't be concatenated").
bool is_sequence(const Object& o) {
  return as_list(o) || as_tuple(o) || is_str(o) || is_bytes_like(o) || has_special(o, Slot::getitem);
}
Object concat_impl(const Object&, const Object* a, Args, Kwargs) {
  if (!is_sequence(a[0])) raise(&exc::TypeError, "'" + type_of(a[0])->name + "' object can't be concatenated");
  return add(a[0], a[1]);
}
Object iconcat_impl(const Object&, const Object* a, Args, Kwargs) {
  if (!is_sequence(a[0])) raise(&exc::TypeError, "'" + type_of(a[0])->name + "' object can't be concatenated");
  return inplace_add(a[0], a[1]);
}

// countOf/indexOf: `==` (or identity) over the iteration of a.
Object count_of_impl(const Object&, const Object* a, Args, Kwargs) {
  if (!is_iterable(a[0])) raise(&exc::TypeError, "argument of type '" + type_of(a[0])->name + "' is not iterable");
  int64_t n = 0;
  Iter it(a[0]);
  for (Object x; it.next(x);) n += x.same(a[1]) || eq(x, a[1]);
  return py_int(n);
}
Object index_of_impl(const Object&, const Object* a, Args, Kwargs) {
  if (!is_iterable(a[0])) raise(&exc::TypeError, "argument of type '" + type_of(a[0])->name + "' is not iterable");
  int64_t i = 0;
  Iter it(a[0]);
  for (Object x; it.next(x); ++i) {
    if (x.same(a[1]) || eq(x, a[1])) return py_int(i);
  }
  raise(&exc::ValueError, "sequence.index(x): x not in sequence");
}

// length_hint(obj, default=0, /): PyObject_LengthHint: len(obj), else what
// type(obj).__length_hint__ says, else default.
Object length_hint_impl(const Object&, const Object* a, Args, Kwargs) {
  const Object fallback = a[1].is_unbound() ? py_int(0) : a[1];
  if (!is_int(fallback)) {
    raise(&exc::TypeError, "'" + type_of(fallback)->name + "' object cannot be interpreted as an integer");
  }
  try {
    return py_int(length(a[0]));
  } catch (PyException& e) {  // no len(), or a __len__ that raises TypeError
    if (!type_of(e.exc)->is_subtype_of(&exc::TypeError)) throw;
  }
  Object hint;
  try {
    hint = aiocc::getattr(a[0], "__length_hint__");
  } catch (PyException& e) {
    if (!type_of(e.exc)->is_subtype_of(&exc::AttributeError)) throw;
    return fallback;
  }
  Object r;
  try {
    r = aiocc::call(hint, {});
  } catch (PyException& e) {
    if (!type_of(e.exc)->is_subtype_of(&exc::TypeError)) throw;
    return fallback;
  }
  if (r.same(NotImplemented)) return fallback;
  if (!is_int(r)) raise(&exc::TypeError, "__length_hint__ must be an integer, not " + type_of(r)->name);
  if (lt(r, py_int(0))) raise(&exc::ValueError, "__length_hint__() should return >= 0");
  return r;
}

// call(obj, /, *args, **kwargs)
Object call_impl(const Object&, const Object*, Args args, Kwargs kw) {
  if (args.size() < 1) raise(&exc::TypeError, "call expected at least 1 argument, got 0");
  return aiocc::call(args[0], Args(&args[0] + 1, args.size() - 1), kw);
}

template <Slot S, Binary F>
Object inplace_impl(const Object&, const Object* a, Args, Kwargs) {
  return inplace<S, F>(a[0], a[1], {});
}
Object iadd_impl(const Object&, const Object* a, Args, Kwargs) { return inplace_add(a[0], a[1]); }

constexpr Param kA{"a"}, kB{"b"};
#define BIN(name, f) {name, binary<f>, ArgStyle::Positional, {kA, kB}, 2}
#define UN(name, f) {name, f, ArgStyle::OneArg, {kA}, 1}
#define INPLACE(name, slot, f) {name, inplace_impl<Slot::slot, f>, ArgStyle::Positional, {kA, kB}, 2}
constexpr MethodDef kDefs[] = {
    UN("abs", abs_impl),
    BIN("add", add),
    BIN("and_", bitand_),
    {"call", call_impl, ArgStyle::Varargs},
    {"concat", concat_impl, ArgStyle::Positional, {kA, kB}, 2},
    {"contains", contains_impl, ArgStyle::Positional, {kA, kB}, 2},
    {"countOf", count_of_impl, ArgStyle::Positional, {kA, kB}, 2},
    {"delitem", delitem_impl, ArgStyle::Positional, {kA, kB}, 2},
    BIN("eq", cmp_eq),
    BIN("floordiv", floordiv),
    BIN("ge", cmp_ge),
    {"getitem", getitem_impl, ArgStyle::Positional, {kA, kB}, 2},
    BIN("gt", cmp_gt),
    {"iadd", iadd_impl, ArgStyle::Positional, {kA, kB}, 2},
    INPLACE("iand", iand, bitand_),
    {"iconcat", iconcat_impl, ArgStyle::Positional, {kA, kB}, 2},
    INPLACE("ifloordiv", ifloordiv, floordiv),
    INPLACE("ilshift", ilshift, lshift),
    INPLACE("imatmul", imatmul, matmul),
    INPLACE("imod", imod, mod),
    INPLACE("imul", imul, mul),
    UN("index", index_impl),
    {"indexOf", index_of_impl, ArgStyle::Positional, {kA, kB}, 2},
    UN("inv", unary<invert>),
    UN("invert", unary<invert>),
    INPLACE("ior", ior, bitor_),
    INPLACE("ipow", ipow, pow),
    INPLACE("irshift", irshift, rshift),
    BIN("is_", cmp_is),
    BIN("is_not", cmp_is_not),
    INPLACE("isub", isub, sub),
    INPLACE("itruediv", itruediv, truediv),
    INPLACE("ixor", ixor, bitxor_),
    BIN("le", cmp_le),
    {"length_hint", length_hint_impl, ArgStyle::Positional, {Param{"obj"}, Param{"default", Param::Absent}}, 2},
    BIN("lshift", lshift),
    BIN("lt", cmp_lt),
    BIN("matmul", matmul),
    BIN("mod", mod),
    BIN("mul", mul),
    BIN("ne", cmp_ne),
    UN("neg", unary<neg>),
    UN("not_", not_impl),
    BIN("or_", bitor_),
    UN("pos", unary<pos>),
    BIN("pow", pow),
    BIN("rshift", rshift),
    {"setitem", setitem_impl, ArgStyle::Positional, {kA, kB, Param{"c"}}, 3},
    BIN("sub", sub),
    BIN("truediv", truediv),
    UN("truth", truth_impl),
    BIN("xor", bitxor_),
};
#undef BIN
#undef UN
#undef INPLACE
static_assert(sorted_by_name(kDefs));
constexpr MethodCatalog kOperator{"_operator", kDefs};

// ---- itemgetter, attrgetter, methodcaller ---------------------------------------------------
struct Getter final : HeapObject {
  TypeObject* ty;
  std::vector<Object> items;                   // itemgetter's keys; attrgetter's names as given
  std::vector<std::vector<std::string>> paths;  // attrgetter: each name split at its dots
  std::string method;                           // methodcaller
  std::vector<Object> args;
  std::vector<std::pair<std::string, Object>> kwargs;
  explicit Getter(TypeObject* t) : ty(t) {}
  TypeObject* type() const override { return ty; }
  bool is_callable() const override { return true; }
  std::string repr() const override {
    std::string parts;
    auto add_part = [&](const std::string& p) { parts += (parts.empty() ? "" : ", ") + p; };
    if (ty == &methodcaller_type) {
      add_part(aiocc::repr(py_str(method)));
      for (const Object& a : args) add_part(aiocc::repr(a));
      for (const auto& [k, v] : kwargs) add_part(k + "=" + aiocc::repr(v));
    } else {
      for (const Object& i : items) add_part(aiocc::repr(i));
    }
    return "operator." + ty->name + "(" + parts + ")";
  }
  Object one(const Object& obj, size_t i) const {
    if (ty == &itemgetter_type) return getitem(obj, items[i]);
    Object v = obj;
    for (const std::string& name : paths[i]) v = aiocc::getattr(v, name);
    return v;
  }
  Object call(Args a, Kwargs kw) override {
    const std::string fname = ty->name;
    if (kw.size()) raise(&exc::TypeError, fname + "() takes no keyword arguments");
    if (a.size() != 1) {
      raise(&exc::TypeError, fname + " expected 1 argument, got " + std::to_string(a.size()));
    }
    if (ty == &methodcaller_type) {
      std::vector<Kw> kws;
      for (const auto& [k, v] : kwargs) kws.push_back({k, v});
      return aiocc::call_method(a[0], method, Args(args.data(), args.size()), Kwargs(kws));
    }
    const size_t n = ty == &itemgetter_type ? items.size() : paths.size();
    if (n == 1) return one(a[0], 0);
    std::vector<Object> out;
    for (size_t i = 0; i < n; ++i) out.push_back(one(a[0], i));
    return py_tuple(std::move(out));
  }
};

Object make_itemgetter(TypeObject* t, Args args, Kwargs kw) {
  if (kw.size()) raise(&exc::TypeError, "itemgetter() takes no keyword arguments");
  if (args.size() < 1) raise(&exc::TypeError, "itemgetter expected 1 argument, got 0");
  auto* g = new Getter(t);
  for (size_t i = 0; i < args.size(); ++i) g->items.push_back(args[i]);
  return Object(g);
}

Object make_attrgetter(TypeObject* t, Args args, Kwargs kw) {
  if (kw.size()) raise(&exc::TypeError, "attrgetter() takes no keyword arguments");
  if (args.size() < 1) raise(&exc::TypeError, "attrgetter expected 1 argument, got 0");
  auto* g = new Getter(t);
  Object keep(g);
  for (size_t i = 0; i < args.size(); ++i) {
    if (!is_str(args[i])) raise(&exc::TypeError, "attribute name must be a string");
    g->items.push_back(args[i]);
    std::vector<std::string> path;
    const std::string& name = str_value(args[i]);
    for (size_t start = 0;;) {
      const size_t dot = name.find('.', start);
      path.push_back(name.substr(start, dot == std::string::npos ? std::string::npos : dot - start));
      if (dot == std::string::npos) break;
      start = dot + 1;
    }
    g->paths.push_back(std::move(path));
  }
  return keep;
}

Object make_methodcaller(TypeObject* t, Args args, Kwargs kw) {
  if (args.size() < 1) raise(&exc::TypeError, "methodcaller needs at least one argument, the method name");
  if (!is_str(args[0])) raise(&exc::TypeError, "method name must be a string");
  auto* g = new Getter(t);
  Object keep(g);
  g->method = str_value(args[0]);
  for (size_t i = 1; i < args.size(); ++i) g->args.push_back(args[i]);
  for (const auto& [k, v] : kw) g->kwargs.emplace_back(std::string(k), v);
  return keep;
}

}  // namespace

TypeObject itemgetter_type("itemgetter", &types::object, make_itemgetter, "operator");
TypeObject attrgetter_type("attrgetter", &types::object, make_attrgetter, "operator");
TypeObject methodcaller_type("methodcaller", &types::object, make_methodcaller, "operator");

#define AIOCC_DEFINE_OPERATOR(name)                                                       \
  Object op_##name(Args args, Kwargs kw) {                                                \
    return call_catalog_method(kOperator, def_named(kDefs, #name), None, args, kw);        \
  }                                                                                       \
  BuiltinFunction op_##name##_fn(#name, op_##name);
AIOCC_OPERATOR_FUNCTIONS(AIOCC_DEFINE_OPERATOR)
#undef AIOCC_DEFINE_OPERATOR

}  // namespace aiocc::operator_module
