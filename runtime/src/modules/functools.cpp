// The functools module (CPython 3.11's Lib/functools.py): wraps/update_wrapper, partial,
// reduce, lru_cache/cache, total_ordering and cached_property.
#include "aiocc/py/functools.h"

#include "aiocc/py/builtins.h"
#include "aiocc/py/dict.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/instance.h"
#include "aiocc/py/int.h"
#include "aiocc/py/list.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/protocols.h"
#include "aiocc/py/str.h"
#include "cpython_frames.h"
#include "aiocc/py/types.h"
#include "aiocc/py/typing.h"
#include "internal.h"

namespace aiocc::functools {
extern TypeObject partial_type, cached_property_type;
namespace {

TypeObject lru_wrapper_type("_lru_cache_wrapper", &types::object, nullptr, "functools");
TypeObject cache_info_type("CacheInfo", &types::tuple, nullptr, "functools");
TypeObject wraps_type("partial", &types::object, nullptr, "functools");
TypeObject decorating_function_type("function", &types::object, nullptr);

const char* const kAssigned[] = {"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"};

// Attributes set on a runtime object (update_wrapper's targets), looked up before its own.
struct PartialObject final : HeapObject {
  Object func;
  std::vector<Object> args;
  Object keywords;  // dict
  AttrDict attrs;
  TypeObject* type() const override { return &partial_type; }
  bool is_callable() const override { return true; }
  std::string repr() const override {
    std::string out = "functools.partial(" + aiocc::repr(func);
    for (const Object& a : args) out += ", " + aiocc::repr(a);
    for (auto& e : as_dict(keywords)->entries) {
      if (e.live()) out += ", " + str_value(e.key) + "=" + aiocc::repr(e.value);
    }
    return out + ")";
  }
  Object call(Args a, Kwargs kw) override {
    std::vector<Object> all = args;
    all.insert(all.end(), a.begin(), a.end());
    std::vector<Kw> kws;
    std::vector<std::string> names;
    DictObject* d = as_dict(keywords);
    names.reserve(d->entries.size());
    for (auto& e : d->entries) {
      if (!e.live()) continue;
      bool overridden = false;
      for (const Kw& k : kw) overridden = overridden || k.name == str_value(e.key);
      if (!overridden) {
        names.push_back(str_value(e.key));
        kws.push_back(Kw{names.back(), e.value});
      }
    }
    kws.insert(kws.end(), kw.begin(), kw.end());
    return aiocc::call(func, Args(all), Kwargs(kws));
  }
  Object getattr(const Object& self, std::string_view name) override {
    if (const Object* v = attrs.find(name)) return *v;
    if (name == "func") return func;
    if (name == "args") return py_tuple(args);
    if (name == "keywords") return keywords;
    return HeapObject::getattr(self, name);
  }
  void setattr(std::string_view name, const Object& v) override { attrs.set(name, v); }
};

struct CacheInfoObject final : HeapObject {
  int64_t hits, misses, currsize;
  Object maxsize;
  CacheInfoObject(int64_t h, int64_t m, Object mx, int64_t c) : hits(h), misses(m), currsize(c), maxsize(std::move(mx)) {}
  TypeObject* type() const override { return &cache_info_type; }
  std::string repr() const override {
    return "CacheInfo(hits=" + std::to_string(hits) + ", misses=" + std::to_string(misses) +
           ", maxsize=" + aiocc::repr(maxsize) + ", currsize=" + std::to_string(currsize) + ")";
  }
  Object getattr(const Object& self, std::string_view name) override {
    if (name == "hits") return py_int(hits);
    if (name == "misses") return py_int(misses);
    if (name == "maxsize") return maxsize;
    if (name == "currsize") return py_int(currsize);
    return HeapObject::getattr(self, name);
  }
};

// lru_cache(maxsize)(func): results by arguments; least recently used dropped past maxsize.
struct LruWrapper final : HeapObject {
  Object func;
  Object maxsize;  // None: unbounded
  bool typed;
  Object cache = py_dict();
  int64_t hits = 0, misses = 0;
  AttrDict attrs;
  LruWrapper(Object f, Object m, bool t) : func(std::move(f)), maxsize(std::move(m)), typed(t) {}
  TypeObject* type() const override { return &lru_wrapper_type; }
  bool is_callable() const override { return true; }
  bool is_descriptor() const override { return true; }
  Object descriptor_get(const Object& self, const Object& instance, TypeObject*) override {
    return instance.is_unbound() ? self : make_bound_method(self, instance);
  }
  std::string repr() const override {
    return "<functools._lru_cache_wrapper object at " + detail::address(this) + ">";
  }
  Object key(Args a, Kwargs kw) const {
    // _lru_cache_wrapper's lru_cache_make_key: one positional argument of exact type int or
    // str is its own key (so f(1) and f(1.0) are two entries even untyped).
    if (!typed && kw.size() == 0 && a.size() == 1 &&
        (type_of(a[0]) == &types::int_ || type_of(a[0]) == &types::str)) {
      return a[0];
    }
    std::vector<Object> parts(a.begin(), a.end());
    if (kw.size()) {
      static const Object mark = make<CacheInfoObject>(0, 0, None, 0);  // a unique separator
      parts.push_back(mark);
      for (const Kw& k : kw) {
        parts.push_back(py_str(std::string(k.name)));
        parts.push_back(k.value);
      }
    }
    if (typed) {
      for (const Object& x : a) parts.push_back(Object(type_of(x)));
      for (const Kw& k : kw) parts.push_back(Object(type_of(k.value)));
    }
    return py_tuple(std::move(parts));
  }
  Object call(Args a, Kwargs kw) override {
    NativeCallDepth level;
    if (maxsize.is_small_int() && maxsize.as_int() == 0) {
      ++misses;
      return aiocc::call(func, a, kw);
    }
    Object k = key(a, kw);
    DictObject* d = as_dict(cache);
    if (Object* v = d->find(k)) {
      ++hits;
      Object value = *v;
      if (!maxsize.is_none()) {  // most recently used last
        d->erase(k);
        d->set(k, value);
      }
      return value;
    }
    ++misses;
    Object value = aiocc::call(func, a, kw);
    d->set(k, value);
    if (!maxsize.is_none() && static_cast<int64_t>(d->live_count) > maxsize.as_int()) {
      for (auto& e : d->entries) {
        if (e.live()) {
          Object oldest = e.key;
          d->erase(oldest);
          break;
        }
      }
    }
    return value;
  }
  Object call_method(const Object& self, std::string_view name, Args a, Kwargs kw) override {
    if (name == "cache_info") {
      check_nargs("cache_info", a, 0, 0);
      return make<CacheInfoObject>(hits, misses, maxsize, static_cast<int64_t>(as_dict(cache)->live_count));
    }
    if (name == "cache_clear") {
      check_nargs("cache_clear", a, 0, 0);
      cache = py_dict();
      hits = misses = 0;
      return None;
    }
    return HeapObject::call_method(self, name, a, kw);
  }
  Object getattr(const Object& self, std::string_view name) override {
    if (const Object* v = attrs.find(name)) return *v;
    if (name == "cache_info" || name == "cache_clear") return make<BoundMethod>(self, std::string(name));
    if (name == "__wrapped__") return func;
    if (name == "__dict__") {
      if (attrs.dict.is_unbound()) attrs.dict = py_dict();
      return attrs.dict;
    }
    return HeapObject::getattr(self, name);
  }
  void setattr(std::string_view name, const Object& v) override { attrs.set(name, v); }
};

// `wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}`: an attribute in the
// wrapper's __dict__, so that update_wrapper from another lru wrapper replaces it, as in CPython.
struct CacheParameters final : HeapObject {
  Object maxsize, typed;
  CacheParameters(Object m, Object t) : maxsize(std::move(m)), typed(std::move(t)) {}
  TypeObject* type() const override { return &decorating_function_type; }
  std::string repr() const override {
    return "<function lru_cache.<locals>.decorating_function.<locals>.<lambda> at " + detail::address(this) + ">";
  }
  bool is_callable() const override { return true; }
  Object call(Args a, Kwargs kw) override {
    check_no_kwargs("<lambda>", kw);
    check_nargs("<lambda>", a, 0, 0);
    Object d = py_dict();
    as_dict(d)->set(py_str("maxsize"), maxsize);
    as_dict(d)->set(py_str("typed"), typed);
    return d;
  }
};

// _lru_cache_wrapper(user_function, maxsize, typed) with its cache_parameters, updated from
// the function. maxsize is an int (a bool counts as one) or None.
Object make_lru_wrapper(const Object& func, const Object& maxsize, const Object& typed) {
  Object size = maxsize.is_bool() ? py_int(maxsize.as_bool() ? 1 : 0) : maxsize;
  Object w = make<LruWrapper>(func, size, truthy(typed));
  w.as<LruWrapper>()->attrs.set("cache_parameters", make<CacheParameters>(maxsize, typed));
  return update_wrapper({w, func}, {});
}

// cached_property(func): computed on first read through an instance, then kept in its __dict__.
struct CachedProperty final : HeapObject {
  Object func;
  std::string attr_name;
  explicit CachedProperty(Object f) : func(std::move(f)) {}
  TypeObject* type() const override { return &cached_property_type; }
  bool is_descriptor() const override { return true; }
  // functools.py's __get__: the value lives in the instance's __dict__, written there directly
  // (a frozen dataclass or a __setattr__ is not involved).
  Object descriptor_get(const Object& self, const Object& instance, TypeObject*) override {
    if (instance.is_unbound()) return self;
    if (attr_name.empty()) {
      raise(&exc::TypeError, "Cannot use cached_property instance without calling __set_name__ on it.");
    }
    Object cache;
    try {
      cache = aiocc::getattr(instance, "__dict__");
    } catch (PyException& e) {
      if (!type_of(e.exc)->is_subtype_of(&exc::AttributeError)) throw;
      raise(&exc::TypeError, "No '__dict__' attribute on " +
                                 str_repr(str_value(aiocc::getattr(Object(type_of(instance)), "__name__"))) +
                                 " instance to cache " + str_repr(attr_name) + " property.");
    }
    const Object key = py_str(attr_name);
    if (DictObject* d = as_dict(cache)) {
      if (const Object* v = d->find(key)) return *v;
    }
    Object value = aiocc::call(func, {instance});
    aiocc::setitem(cache, key, value);
    return value;
  }
  Object call_method(const Object& self, std::string_view name, Args a, Kwargs kw) override {
    if (name == "__set_name__") {
      check_nargs("__set_name__", a, 2, 2);
      attr_name = str_value(a[1]);
      return None;
    }
    return HeapObject::call_method(self, name, a, kw);
  }
  Object getattr(const Object& self, std::string_view name) override {
    if (name == "func") return func;
    if (name == "attrname") return attr_name.empty() ? None : py_str(attr_name);
    if (name == "__set_name__") return make<BoundMethod>(self, "__set_name__");
    return HeapObject::getattr(self, name);
  }
};

Object wrapper_assignments() {
  std::vector<Object> v;
  for (const char* n : kAssigned) v.push_back(py_str(n));
  return py_tuple(std::move(v));
}
Object wrapper_updates() { return py_tuple({py_str("__dict__")}); }

// wraps(wrapped, assigned, updated): partial(update_wrapper, wrapped=, assigned=, updated=).
struct WrapsObject final : HeapObject {
  Object wrapped, assigned, updated;
  WrapsObject(Object w, Object a, Object u) : wrapped(std::move(w)), assigned(std::move(a)), updated(std::move(u)) {}
  TypeObject* type() const override { return &wraps_type; }
  bool is_callable() const override { return true; }
  std::string repr() const override {
    return "functools.partial(<function update_wrapper at " + detail::address(this) + ">, wrapped=" +
           aiocc::repr(wrapped) + ", assigned=" + aiocc::repr(assigned) + ", updated=" + aiocc::repr(updated) + ")";
  }
  Object call(Args a, Kwargs kw) override {
    // The partial's keywords first; the call's own may replace them.
    std::vector<Kw> merged{{"wrapped", wrapped}, {"assigned", assigned}, {"updated", updated}};
    for (const Kw& k : kw) {
      auto it = std::find_if(merged.begin(), merged.end(), [&](const Kw& m) { return m.name == k.name; });
      if (it != merged.end()) it->value = k.value; else merged.push_back(k);
    }
    return update_wrapper(a, Kwargs(merged));
  }
};

// total_ordering: the comparison `missing` computed from the class's `root` one.
enum Cmp { Lt, Le, Gt, Ge };
const char* const kCmpNames[] = {"__lt__", "__le__", "__gt__", "__ge__"};

struct DerivedComparison {
  Object root;  // the class's own method
  Cmp root_op, op;
};

// functools.py's _<op>_from_<root>(self, other), in its frame: `op_result = type(self).__<root>__(self,
// other)` (looked up on the instance's class: a subclass's own override counts), then one of
// `not op_result and self != other`, `op_result or self == other`, `not op_result or self == other`,
// `op_result and self != other` or `not op_result`, returning what that expression gives.
Object derived_compare(const DerivedComparison& d, const Object& self, const Object& other) {
  return cpython::run_in(&cpython::total_ordering_code(d.root_op, d.op), [&](PlainFrame& f) {
    f.pos = cpython::kOrderingCall;
    Object root = aiocc::getattr(Object(type_of(self)), kCmpNames[d.root_op]);
    Object r = aiocc::call(root, {self, other});
    if (r.same(NotImplemented)) return r;
    f.pos = cpython::kOrderingReturn;
    const bool v = truthy(r);
    switch (cpython::total_ordering_form(d.root_op, d.op)) {
      case cpython::NotAndNe: return v ? False() : cmp_ne(self, other);
      case cpython::OrEq: return v ? r : cmp_eq(self, other);
      case cpython::NotOrEq: return v ? cmp_eq(self, other) : True();
      case cpython::AndNe: return v ? cmp_ne(self, other) : r;
      case cpython::Not: break;
    }
    return Object::from_bool(!v);
  });
}

struct DerivedMethod final : HeapObject {
  DerivedComparison d;
  std::string name;
  DerivedMethod(DerivedComparison dc, std::string n) : d(std::move(dc)), name(std::move(n)) {}
  TypeObject* type() const override { return &types::builtin_function; }
  bool is_callable() const override { return true; }
  bool is_descriptor() const override { return true; }
  Object descriptor_get(const Object& self, const Object& instance, TypeObject*) override {
    return instance.is_unbound() ? self : make_bound_method(self, instance);
  }
  Object call(Args a, Kwargs kw) override {
    check_no_kwargs(name.c_str(), kw);
    check_nargs(name.c_str(), a, 2, 2);
    return derived_compare(d, a[0], a[1]);
  }
  Object getattr(const Object& self, std::string_view attr) override {
    if (attr == "__name__") return py_str(name);  // total_ordering renames, __qualname__ stays
    if (attr == "__qualname__") return py_str(cpython::total_ordering_code(d.root_op, d.op).name);
    return HeapObject::getattr(self, attr);
  }
};

}  // namespace

// update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES), as
// functools.py: each assigned attribute wrapped has is copied, each updated one merged with
// .update(), then __wrapped__ set.
Object update_wrapper(Args args, Kwargs kw) {
  Object a[4];
  bind_args("update_wrapper", args, kw, {"wrapper", "wrapped", "assigned", "updated"}, a, 2);
  const Object& wrapper = a[0];
  const Object& wrapped = a[1];
  const Object assigned = a[2].is_unbound() ? wrapper_assignments() : a[2];
  const Object updated = a[3].is_unbound() ? wrapper_updates() : a[3];
  for (const Object& name : sequence_items(assigned)) {
    Object v;
    try {
      v = builtins::getattr({wrapped, name}, {});
    } catch (PyException& e) {
      if (!type_of(e.exc)->is_subtype_of(&exc::AttributeError)) throw;
      continue;
    }
    builtins::setattr({wrapper, name, v}, {});
  }
  for (const Object& name : sequence_items(updated)) {
    Object source;
    try {
      source = builtins::getattr({wrapped, name}, {});
    } catch (PyException& e) {
      if (!type_of(e.exc)->is_subtype_of(&exc::AttributeError)) throw;
      source = py_dict();
    }
    if (is_str(name) && str_value(name) == "__dict__" && as_dict(source)) {
      // A function's __dict__ is made on demand: copy the entries as attributes.
      for (auto& e : as_dict(source)->entries) {
        if (e.live()) builtins::setattr({wrapper, e.key, e.value}, {});
      }
    } else {
      aiocc::call_method(builtins::getattr({wrapper, name}, {}), "update", {source});
    }
  }
  aiocc::setattr(wrapper, "__wrapped__", wrapped);
  return wrapper;
}

Object wraps(Args args, Kwargs kw) {
  Object a[3];
  bind_args("wraps", args, kw, {"wrapped", "assigned", "updated"}, a, 1);
  return make<WrapsObject>(a[0], a[1].is_unbound() ? wrapper_assignments() : a[1],
                           a[2].is_unbound() ? wrapper_updates() : a[2]);
}

Object partial(Args args, Kwargs kw) {
  if (args.size() == 0) raise(&exc::TypeError, "type 'partial' takes at least one argument");
  if (!truthy(builtins::callable({args[0]}, {}))) raise(&exc::TypeError, "the first argument must be callable");
  Object p = make<PartialObject>();
  auto* po = p.as<PartialObject>();
  po->keywords = py_dict();
  // partial(partial(f, a), b) flattens, as CPython does.
  if (auto* inner = args[0].is_heap() && args[0].heap()->type() == &partial_type ? args[0].as<PartialObject>() : nullptr) {
    po->func = inner->func;
    po->args = inner->args;
    for (auto& e : as_dict(inner->keywords)->entries) {
      if (e.live()) as_dict(po->keywords)->set(e.key, e.value);
    }
  } else {
    po->func = args[0];
  }
  po->args.insert(po->args.end(), args.begin() + 1, args.end());
  for (const Kw& k : kw) as_dict(po->keywords)->set(py_str(std::string(k.name)), k.value);
  return p;
}

Object reduce(Args args, Kwargs kw) {
  check_no_kwargs("reduce", kw);
  check_nargs("reduce", args, 2, 3);
  Iter it(args[1]);
  Object acc;
  if (args.size() == 3) {
    acc = args[2];
  } else if (!it.next(acc)) {
    raise(&exc::TypeError, "reduce() of empty iterable with no initial value");
  }
  for (Object x; it.next(x);) acc = aiocc::call(args[0], {acc, x});
  return acc;
}

Object lru_cache_impl(const Object* a);

Object lru_cache(Args args, Kwargs kw) {
  static const PyDef def("lru_cache", {{"maxsize", "typed"}}, {py_int(128), False()}, py_body<lru_cache_impl>);
  return def(args, kw);
}

// lru_cache(maxsize=128, typed=False): an int maxsize (below 0: 0), None, or the function itself
// (`@lru_cache` without parentheses, when typed is a bool).
Object lru_cache_impl(const Object* a) {
  Object maxsize = a[0];
  const Object& typed = a[1];
  if (is_int(maxsize) && !maxsize.is_float()) {
    if (lt(maxsize, py_int(0))) maxsize = py_int(0);
  } else if (truthy(builtins::callable({maxsize}, {})) && a[1].is_bool()) {  // @lru_cache
    return make_lru_wrapper(maxsize, py_int(128), a[1]);
  } else if (!maxsize.is_none()) {
    raise(&exc::TypeError, "Expected first argument to be an integer, a callable, or None");
  }
  struct Decorator final : HeapObject {
    Object maxsize, typed;
    Decorator(Object m, Object t) : maxsize(std::move(m)), typed(std::move(t)) {}
    TypeObject* type() const override { return &decorating_function_type; }
    std::string repr() const override {
      return "<function lru_cache.<locals>.decorating_function at " + detail::address(this) + ">";
    }
    bool is_callable() const override { return true; }
    Object call(Args a, Kwargs k) override {
      check_no_kwargs("decorating_function", k);
      check_nargs("decorating_function", a, 1, 1);
      return make_lru_wrapper(a[0], maxsize, typed);
    }
  };
  return make<Decorator>(maxsize, typed);
}

Object cache(Args args, Kwargs kw) {
  static const PyDef def("cache", {{"user_function"}}, {Object()}, py_body<+[](const Object* a) {
                           return make_lru_wrapper(a[0], None, False());
                         }>);
  return def(args, kw);
}

Object total_ordering_impl(const Object* a);

Object total_ordering(Args args, Kwargs kw) {
  static const PyDef def("total_ordering", {{"cls"}}, {Object()}, py_body<total_ordering_impl>);
  return def(args, kw);
}

Object total_ordering_impl(const Object* a) {
  const Object& cls = a[0];
  ClassObject* c = cls.dyn<TypeObject>() ? cls.as<TypeObject>()->kind_of_class() : nullptr;
  if (!c) raise(&exc::TypeError, "total_ordering() expects a class");
  // The root: the defined operation latest in ('__ge__', '__gt__', '__le__', '__lt__'), as max().
  int root = -1;
  for (int op : {Ge, Gt, Le, Lt}) {
    if (c->lookup(intern(kCmpNames[op]))) root = op;
  }
  if (root < 0) raise(&exc::ValueError, "must define at least one ordering operation: < > <= >=");
  Object root_fn = *c->lookup(intern(kCmpNames[root]));
  for (int op : {Lt, Le, Gt, Ge}) {
    if (op == root || c->lookup(intern(kCmpNames[op]))) continue;
    DerivedComparison d{root_fn, static_cast<Cmp>(root), static_cast<Cmp>(op)};
    aiocc::setattr(cls, kCmpNames[op], make<DerivedMethod>(d, kCmpNames[op]));
  }
  return cls;
}

Object construct_cached_property(TypeObject*, Args args, Kwargs kw) {
  static const PyDef init("cached_property.__init__", {{"self", "func"}}, {Object(), Object()},
                          py_body<+[](const Object* a) { return make<CachedProperty>(a[1]); }>);
  return init.call_method(None, args, kw);
}

Object construct_partial(TypeObject*, Args args, Kwargs kw) { return partial(args, kw); }
TypeObject partial_type("partial", &types::object, construct_partial, "functools");
TypeObject cached_property_type("cached_property", &types::object, construct_cached_property, "functools");

Object attr(std::string_view name) {
  if (name == "WRAPPER_ASSIGNMENTS") return wrapper_assignments();
  if (name == "WRAPPER_UPDATES") return wrapper_updates();
  raise(&exc::AttributeError, "module 'functools' has no attribute '" + std::string(name) + "'");
}

// cmp_to_key(mycmp): a functools.KeyWrapper that, called with obj, makes another holding obj;
// two of those compare by mycmp(a.obj, b.obj) against 0 (ops.cpp's compare and eq call in).
TypeObject key_wrapper_type("KeyWrapper", &types::object, nullptr, "functools");
struct KeyWrapper final : HeapObject {
  Object cmp, obj;  // obj Unbound: the K function itself
  KeyWrapper(Object c, Object o) : cmp(std::move(c)), obj(std::move(o)) {}
  TypeObject* type() const override { return &key_wrapper_type; }
  bool is_callable() const override { return true; }
  Object call(Args a, Kwargs kw) override {
    if (a.size() + kw.size() > 1) {
      raise(&exc::TypeError, "K() takes at most 1 argument (" + std::to_string(a.size() + kw.size()) + " given)");
    }
    const Object* by_name = kw.find("obj");
    if (kw.size() && !by_name) {
      raise(&exc::TypeError, "'" + std::string(kw.begin()->name) + "' is an invalid keyword argument for K()");
    }
    if (a.size() == 0 && !by_name) raise(&exc::TypeError, "K() missing required argument 'obj' (pos 1)");
    return make<KeyWrapper>(cmp, a.size() ? a[0] : *by_name);
  }
  Object getattr(const Object& self, std::string_view name) override {
    if (name == "obj" && !obj.is_unbound()) return obj;
    return HeapObject::getattr(self, name);
  }
};

// cmp_to_key(mycmp): Argument Clinic's checks and texts.
Object cmp_to_key(Args args, Kwargs kw) {
  if (args.size() + kw.size() > 1) {
    raise(&exc::TypeError, "cmp_to_key() takes at most 1 argument (" + std::to_string(args.size() + kw.size()) + " given)");
  }
  if (args.size() == 0 && !kw.find("mycmp")) {
    raise(&exc::TypeError, "cmp_to_key() missing required argument 'mycmp' (pos 1)");
  }
  for (const Kw& k : kw) {
    if (k.name != "mycmp") {
      raise(&exc::TypeError, "cmp_to_key() got an unexpected keyword argument '" + std::string(k.name) + "'");
    }
  }
  return make<KeyWrapper>(args.size() ? args[0] : *kw.find("mycmp"), Object());
}

bool key_wrapper_compare(const Object& a, const Object& b, int& result) {
  if (!a.is_heap() || a.heap()->type() != &key_wrapper_type) return false;
  auto* x = a.as<KeyWrapper>();
  auto* y = b.is_heap() && b.heap()->type() == &key_wrapper_type ? b.as<KeyWrapper>() : nullptr;
  if (!y || y->obj.is_unbound()) raise(&exc::TypeError, "other argument must be K instance");
  Object r = aiocc::call(x->cmp, {x->obj, y->obj});
  result = lt(r, py_int(0)) ? -1 : lt(py_int(0), r) ? 1 : 0;
  return true;
}

// register(cls) used as a decorator: registers the function it is applied to for cls.
struct RegisterFor final : HeapObject {
  Object dispatcher, cls;
  RegisterFor(Object d, Object c) : dispatcher(std::move(d)), cls(std::move(c)) {}
  TypeObject* type() const override { return &types::function; }
  bool is_callable() const override { return true; }
  Object call(Args a, Kwargs kw) override;
};

// singledispatch(func): a function that calls the implementation registered for the type of
// its first argument, the nearest in that type's MRO (func itself is registered for object).
struct SingleDispatch final : HeapObject {
  Object func, registry = py_dict();
  AttrDict attrs;
  explicit SingleDispatch(Object f) : func(std::move(f)) { as_dict(registry)->set(Object(&types::object), func); }
  TypeObject* type() const override { return &types::function; }
  bool is_callable() const override { return true; }
  bool is_descriptor() const override { return true; }
  Object descriptor_get(const Object& self, const Object& instance, TypeObject*) override {
    return instance.is_unbound() ? self : make_bound_method(self, instance);
  }
  std::string repr() const override {
    const Object* q = attrs.find("__qualname__");
    return "<function " + (q ? aiocc::str(*q) : std::string("singledispatch")) + " at " + detail::address(this) + ">";
  }
  Object dispatch(const Object& cls) {
    for (const Object& t : to_vector(aiocc::getattr(cls, "__mro__"))) {
      if (Object* impl = as_dict(registry)->find(t)) return *impl;
    }
    return func;
  }
  Object register_impl(const Object& cls, const Object& impl) {
    as_dict(registry)->set(cls, impl);
    return impl;
  }
  // register(cls, func=None) / @register on a function whose first parameter is annotated.
  Object register_(const Object& self, Args a, Kwargs kw) {
    check_no_kwargs("register", kw);
    check_nargs("register", a, 1, 2);
    const Object& cls = a[0];
    if (cls.dyn<TypeObject>()) {
      if (a.size() == 2) return register_impl(cls, a[1]);
      return make<RegisterFor>(self, cls);
    }
    Object ann = has_attribute(cls, "__annotations__") ? aiocc::getattr(cls, "__annotations__") : Object();
    DictObject* d = as_dict(ann);
    if (a.size() == 2 || !d || d->live_count == 0) {
      raise(&exc::TypeError, "Invalid first argument to `register()`: " + aiocc::repr(cls) +
                                 ". Use either `@register(some_class)` or plain `@register` on an annotated function.");
    }
    Object argname, annotation;
    for (auto& e : d->entries) {
      if (e.live()) {
        argname = e.key;
        annotation = e.value;
        break;
      }
    }
    if (annotation.dyn<TypeObject>()) return register_impl(annotation, cls);
    std::vector<Object> members = to_vector(typing::get_args({annotation}, {}));
    bool all_types = !members.empty();
    for (const Object& m : members) all_types &= m.dyn<TypeObject>() != nullptr;
    if (!all_types) {
      raise(&exc::TypeError, "Invalid annotation for " + aiocc::repr(argname) + ". " + aiocc::repr(annotation) +
                                 " is not a class.");
    }
    for (const Object& m : members) register_impl(m, cls);
    return cls;
  }
  // functools.py's wrapper(*args, **kw), in its frame.
  Object call(Args a, Kwargs kw) override {
    return cpython::run_in(&cpython::singledispatch_wrapper, [&](PlainFrame& f) {
      if (a.size() == 0) {
        f.pos = cpython::kDispatchNoArgs;
        const Object* n = attrs.find("__name__");
        raise(&exc::TypeError, (n ? aiocc::str(*n) : std::string("singledispatch function")) +
                                   " requires at least 1 positional argument");
      }
      f.pos = cpython::kDispatchCall;
      return aiocc::call(dispatch(Object(type_of(a[0]))), a, kw);
    });
  }
  Object call_method(const Object& self, std::string_view name, Args a, Kwargs kw) override {
    if (name == "register" && !attrs.find(name)) return register_(self, a, kw);
    if (name == "dispatch" && !attrs.find(name)) {
      check_no_kwargs("dispatch", kw);
      check_nargs("dispatch", a, 1, 1);
      return dispatch(a[0]);
    }
    return HeapObject::call_method(self, name, a, kw);
  }
  Object getattr(const Object& self, std::string_view name) override {
    if (const Object* v = attrs.find(name)) return *v;
    if (name == "register" || name == "dispatch") return make<BoundMethod>(self, std::string(name));
    if (name == "registry") return make_mappingproxy(registry);
    if (name == "__dict__") {
      if (attrs.dict.is_unbound()) attrs.dict = py_dict();
      return attrs.dict;
    }
    return HeapObject::getattr(self, name);
  }
  void setattr(std::string_view name, const Object& v) override { attrs.set(name, v); }
};

Object RegisterFor::call(Args a, Kwargs kw) {
  check_no_kwargs("register", kw);
  check_nargs("register", a, 1, 1);
  return dispatcher.as<SingleDispatch>()->register_impl(cls, a[0]);
}

Object singledispatch(Args args, Kwargs kw) {
  static const PyDef def("singledispatch", {{"func"}}, {Object()}, py_body<+[](const Object* a) {
                           Object sd = make<SingleDispatch>(a[0]);
                           return update_wrapper({sd, a[0]}, {});
                         }>);
  return def(args, kw);
}

BuiltinFunction update_wrapper_fn("update_wrapper", update_wrapper, "functools"), wraps_fn("wraps", wraps, "functools"),
    reduce_fn("reduce", reduce),
    lru_cache_fn("lru_cache", lru_cache, "functools"), cache_fn("cache", cache, "functools"),
    total_ordering_fn("total_ordering", total_ordering, "functools"),
    cmp_to_key_fn("cmp_to_key", cmp_to_key), singledispatch_fn("singledispatch", singledispatch, "functools");

}  // namespace aiocc::functools
