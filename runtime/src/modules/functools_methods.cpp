// functools' descriptors for methods, as Lib/functools.py of CPython 3.11 writes them:
// singledispatchmethod (dispatch on the type of the first argument after self/cls) and
// partialmethod (a partial whose first argument is the instance or class it is read through).
#include "aiocc/py/builtins.h"
#include "aiocc/py/dict.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/function.h"
#include "aiocc/py/functools.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/protocols.h"
#include "aiocc/py/str.h"
#include "internal.h"
#include "object_model.h"

namespace aiocc::functools {

namespace {
Object construct_singledispatchmethod(TypeObject*, Args args, Kwargs kw) { return singledispatchmethod(args, kw); }
Object construct_partialmethod(TypeObject*, Args args, Kwargs kw) { return partialmethod(args, kw); }
}  // namespace

TypeObject singledispatchmethod_type("singledispatchmethod", &types::object, construct_singledispatchmethod, "functools");
TypeObject partialmethod_type("partialmethod", &types::object, construct_partialmethod, "functools");

namespace {

TypeObject method_function_type("function", &types::object, nullptr);

// descriptor.__get__(obj, cls): what reading `f` through obj (None: through the class) gives.
Object bind(const Object& f, const Object& obj, const Object& cls) {
  auto* t = cls.dyn<TypeObject>();
  return descr_get(f, obj.is_none() ? Object() : obj, t ? t : type_of(obj), intern("__get__"));
}

void check_callable(const Object& func) {
  if (!truthy(builtins::callable({func}, {})) && !binds(func) && !has_attribute(func, "__get__")) {
    raise(&exc::TypeError, aiocc::repr(func) + " is not callable or a descriptor");
  }
}

// A function with attributes (functools.wraps copies some): the `_method` functions of
// functools.py's descriptors.
struct MethodFunction : HeapObject {
  AttrDict attrs;
  TypeObject* type() const override { return &method_function_type; }
  bool is_callable() const override { return true; }
  std::string repr() const override {
    const Object* q = attrs.find("__qualname__");
    return "<function " + (q && is_str(*q) ? str_value(*q) : std::string(qualname())) + " at " + detail::address(this) + ">";
  }
  virtual const char* qualname() const = 0;
  Object getattr(const Object& self, std::string_view name) override {
    if (name == "__dict__") return attrs.get();
    if (const Object* v = attrs.find(name)) return *v;
    if (name == "__name__") return py_str("_method");
    if (name == "__qualname__") return py_str(qualname());
    return HeapObject::getattr(self, name);
  }
  void setattr(std::string_view name, const Object& value) override {
    if (!value.is_unbound()) return attrs.set(name, value);
    if (!attrs.erase(name)) HeapObject::setattr(name, value);
  }
};

// singledispatchmethod.__get__'s _method: dispatch(args[0].__class__).__get__(obj, cls)(*args).
struct DispatchMethod final : MethodFunction {
  Object dispatcher, obj, cls;
  DispatchMethod(Object d, Object o, Object c) : dispatcher(std::move(d)), obj(std::move(o)), cls(std::move(c)) {}
  const char* qualname() const override { return "singledispatchmethod.__get__.<locals>._method"; }
  Object call(Args a, Kwargs kw) override {
    if (a.size() == 0) raise(&exc::IndexError, "tuple index out of range");  // args[0]
    Object method = aiocc::call_method(dispatcher, "dispatch", {Object(type_of(a[0]))});
    return aiocc::call(bind(method, obj, cls), a, kw);
  }
};

struct SingleDispatchMethod final : HeapObject {
  Object dispatcher, func;
  SingleDispatchMethod(Object d, Object f) : dispatcher(std::move(d)), func(std::move(f)) {}
  TypeObject* type() const override { return &singledispatchmethod_type; }
  bool is_descriptor() const override { return true; }
  Object get(const Object& self, const Object& obj, const Object& cls) {
    Object m = make<DispatchMethod>(dispatcher, obj, cls);
    aiocc::setattr(m, "__isabstractmethod__", Object::from_bool(marked_abstract(func)));
    aiocc::setattr(m, "register", aiocc::getattr(self, "register"));
    return update_wrapper({m, func}, {});
  }
  Object descriptor_get(const Object& self, const Object& instance, TypeObject* cls) override {
    return get(self, instance.is_unbound() ? None : instance, cls ? Object(cls) : None);
  }
  // register(cls, method=None): the dispatcher's.
  Object call_method(const Object& self, std::string_view name, Args a, Kwargs kw) override {
    if (name == "register") {
      static const PyDef def("singledispatchmethod.register", {{"self", "cls", "method"}}, {Object(), Object(), None});
      std::vector<Object> args(a.begin(), a.end());
      args.insert(args.begin(), self);
      std::vector<Object> bound = def.bind(Args(args), kw);
      if (bound[2].is_none()) return aiocc::call_method(dispatcher, "register", {bound[1]});
      return aiocc::call_method(dispatcher, "register", {bound[1], bound[2]});
    }
    if (name == "__get__") {
      check_nargs("__get__", a, 1, 2);
      return get(self, a[0], a.size() > 1 ? a[1] : None);
    }
    return HeapObject::call_method(self, name, a, kw);
  }
  Object getattr(const Object& self, std::string_view name) override {
    if (name == "register" || name == "__get__") return make<BoundMethod>(self, std::string(name));
    if (name == "dispatcher") return dispatcher;
    if (name == "func") return func;
    if (name == "__isabstractmethod__") return Object::from_bool(marked_abstract(func));
    return HeapObject::getattr(self, name);
  }
};

// partialmethod's _make_unbound_method()._method: self.func(cls_or_self, *self.args, *args,
// **{**self.keywords, **keywords}).
struct UnboundPartialMethod final : MethodFunction {
  Object owner;  // the partialmethod
  explicit UnboundPartialMethod(Object o) : owner(std::move(o)) {}
  const char* qualname() const override { return "partialmethod._make_unbound_method.<locals>._method"; }
  bool is_descriptor() const override { return true; }
  Object descriptor_get(const Object& self, const Object& instance, TypeObject*) override {
    return instance.is_unbound() ? self : make_bound_method(self, instance);
  }
  Object call(Args a, Kwargs kw) override;
};

struct PartialMethod final : HeapObject {
  Object func, args, keywords;  // a tuple and a dict
  PartialMethod(Object f, Object a, Object k) : func(std::move(f)), args(std::move(a)), keywords(std::move(k)) {}
  TypeObject* type() const override { return &partialmethod_type; }
  bool is_descriptor() const override { return true; }
  std::string repr() const override {
    std::string a, k;
    for (const Object& x : as_tuple(args)->items) a += (a.empty() ? "" : ", ") + aiocc::repr(x);
    for (const auto& e : as_dict(keywords)->entries) {
      if (e.live()) k += (k.empty() ? "" : ", ") + aiocc::str(e.key) + "=" + aiocc::repr(e.value);
    }
    return "functools.partialmethod(" + aiocc::repr(func) + ", " + a + ", " + k + ")";
  }
  Object unbound(const Object& self) {
    Object m = make<UnboundPartialMethod>(self);
    aiocc::setattr(m, "__isabstractmethod__", Object::from_bool(marked_abstract(func)));
    aiocc::setattr(m, "_partialmethod", self);
    return m;
  }
  Object get(const Object& self, const Object& obj, const Object& cls) {
    if (binds(func) || has_attribute(func, "__get__")) {
      Object new_func = bind(func, obj, cls);
      if (!new_func.same(func)) {
        std::vector<Object> pargs{new_func};
        for (const Object& x : as_tuple(args)->items) pargs.push_back(x);
        std::vector<Kw> pkw;
        for (const auto& e : as_dict(keywords)->entries) {
          if (e.live()) pkw.push_back({str_value(e.key), e.value});
        }
        Object result = partial(Args(pargs), Kwargs(pkw));
        if (has_attribute(new_func, "__self__")) {
          try {
            aiocc::setattr(result, "__self__", aiocc::getattr(new_func, "__self__"));
          } catch (PyException& e) {
            if (!type_of(e.exc)->is_subtype_of(&exc::AttributeError)) throw;
          }
        }
        return result;
      }
    }
    Object m = unbound(self);
    return obj.is_none() ? m : make_bound_method(m, obj);
  }
  Object descriptor_get(const Object& self, const Object& instance, TypeObject* cls) override {
    return get(self, instance.is_unbound() ? None : instance, cls ? Object(cls) : None);
  }
  Object call_method(const Object& self, std::string_view name, Args a, Kwargs kw) override {
    if (name == "__get__") {
      check_nargs("__get__", a, 1, 2);
      return get(self, a[0], a.size() > 1 ? a[1] : None);
    }
    return HeapObject::call_method(self, name, a, kw);
  }
  Object getattr(const Object& self, std::string_view name) override {
    if (name == "func") return func;
    if (name == "args") return args;
    if (name == "keywords") return keywords;
    if (name == "__get__") return make<BoundMethod>(self, std::string(name));
    if (name == "__isabstractmethod__") return Object::from_bool(marked_abstract(func));
    return HeapObject::getattr(self, name);
  }
};

Object UnboundPartialMethod::call(Args a, Kwargs kw) {
  if (a.size() == 0) {
    raise(&exc::TypeError, "partialmethod._make_unbound_method.<locals>._method() missing 1 required positional "
                           "argument: 'cls_or_self'");
  }
  auto* pm = owner.as<PartialMethod>();
  std::vector<Object> all{a[0]};
  for (const Object& x : as_tuple(pm->args)->items) all.push_back(x);
  for (size_t i = 1; i < a.size(); ++i) all.push_back(a[i]);
  Object merged = py_dict();
  for (const auto& e : as_dict(pm->keywords)->entries) {
    if (e.live()) as_dict(merged)->set(e.key, e.value);
  }
  for (const Kw& k : kw) as_dict(merged)->set(py_str(std::string(k.name)), k.value);
  std::vector<Kw> kws;
  for (const auto& e : as_dict(merged)->entries) {
    if (e.live()) kws.push_back({str_value(e.key), e.value});
  }
  return aiocc::call(pm->func, Args(all), Kwargs(kws));
}

}  // namespace

Object singledispatchmethod(Args given, Kwargs kw) {
  static const PyDef def("singledispatchmethod", {{"func"}}, {Object()});
  const Object func = def.bind(given, kw)[0];
  check_callable(func);
  return make<SingleDispatchMethod>(singledispatch({func}, {}), func);
}

Object partialmethod(Args given, Kwargs kw) {
  if (given.size() == 0) {
    raise(&exc::TypeError, "partialmethod.__init__() missing 1 required positional argument: 'func'");
  }
  Object func = given[0];
  check_callable(func);
  std::vector<Object> args;
  Object keywords = py_dict();
  if (auto* inner = func.is_heap() && func.heap()->type() == &partialmethod_type ? func.as<PartialMethod>() : nullptr) {
    args = as_tuple(inner->args)->items;
    for (const auto& e : as_dict(inner->keywords)->entries) {
      if (e.live()) as_dict(keywords)->set(e.key, e.value);
    }
    func = inner->func;
  }
  for (size_t i = 1; i < given.size(); ++i) args.push_back(given[i]);
  for (const Kw& k : kw) as_dict(keywords)->set(py_str(std::string(k.name)), k.value);
  return make<PartialMethod>(func, py_tuple(std::move(args)), keywords);
}

}  // namespace aiocc::functools
