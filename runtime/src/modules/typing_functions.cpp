// typing's functions that do nothing or little at run time: cast, assert_type, assert_never,
// reveal_type, overload and the identity decorators (final, no_type_check, ...).
#include "aiocc/py/builtins.h"
#include "aiocc/py/dict.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/function.h"
#include "aiocc/py/functools.h"
#include "aiocc/py/instance.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/str.h"
#include "aiocc/py/typing.h"
#include "cpython_frames.h"
#include "internal.h"

namespace aiocc::typing {

Object cast(Args given, Kwargs kw) {
  static const PyDef def("cast", {{"typ", "val"}}, {Object(), Object()});
  return def.bind(given, kw)[1];
}

Object assert_type(Args given, Kwargs kw) {
  static const PyDef def("assert_type", {{"val", "typ"}, 2}, {Object(), Object()});
  return def.bind(given, kw)[0];
}

Object assert_never(Args given, Kwargs kw) {
  static const PyDef def("assert_never", {{"arg"}, 1}, {Object()});
  const std::vector<Object> args = def.bind(given, kw);
  std::string value = aiocc::repr(args[0]);
  if (value.size() > 100) value = value.substr(0, 100) + "...";
  raise(&exc::AssertionError, "Expected code to be unreachable, but got: " + value);
}

Object reveal_type(Args given, Kwargs kw) {
  static const PyDef def("reveal_type", {{"obj"}, 1}, {Object()});
  const std::vector<Object> args = def.bind(given, kw);
  TypeObject* t = type_of(args[0]);
  builtins::write_stderr("Runtime type is '" + t->name + "'\n");
  return args[0];
}

Object overload(Args given, Kwargs kw) {
  static const PyDef def("overload", {{"func"}}, {Object()});
  def.bind(given, kw);
  static BuiltinFunction dummy("_overload_dummy", [](Args, Kwargs) -> Object {
    raise(&exc::NotImplementedError,
          "You should not call an overloaded function. A series of @overload-decorated functions "
          "outside a stub module should always be followed by an implementation that is not @overload-ed.");
  });
  return Object(&dummy);
}

// final(f): f, marked `f.__final__ = True` where it takes attributes (typing.py 3.11).
Object final(Args given, Kwargs kw) {
  static const PyDef def("final", {{"f"}}, {Object()});
  Object f = def.bind(given, kw)[0];
  try {
    aiocc::setattr(f, "__final__", True());
  } catch (PyException& e) {
    TypeObject* t = type_of(e.exc);
    if (!t->is_subtype_of(&exc::AttributeError) && !t->is_subtype_of(&exc::TypeError)) throw;
  }
  return f;
}

namespace {

void mark_no_type_check(const Object& target) {
  try {
    aiocc::setattr(target, "__no_type_check__", True());
  } catch (PyException& e) {
    if (!type_of(e.exc)->is_subtype_of(&exc::TypeError)) throw;  // a built-in type, say
  }
}

// typing.no_type_check: marks a function, or a class with the functions and classes defined in
// it directly (not those it inherits), with __no_type_check__ = True.
Object apply_no_type_check(const Object& arg) {
  if (auto* t = arg.dyn<TypeObject>(); t && t->kind_of_class()) {
    std::vector<std::string> names;
    dir_names(arg, names);
    const Object qualname = aiocc::getattr(arg, "__qualname__"), module = aiocc::getattr(arg, "__module__");
    for (const std::string& key : names) {
      Object obj = attribute_or_unbound(arg, key.c_str());
      if (obj.is_unbound()) continue;
      Object q = attribute_or_unbound(obj, "__qualname__"), n = attribute_or_unbound(obj, "__name__");
      Object m = attribute_or_unbound(obj, "__module__");
      if (q.is_unbound() || n.is_unbound() || !is_str(q) || !is_str(n) ||
          str_value(q) != str_value(qualname) + "." + str_value(n) || m.is_unbound() || !eq(m, module)) {
        continue;
      }
      TypeObject* ot = type_of(obj);
      if (ot == &types::function) mark_no_type_check(obj);
      if (ot == &types::method) mark_no_type_check(aiocc::getattr(obj, "__func__"));
      if (obj.dyn<TypeObject>()) apply_no_type_check(obj);
    }
  }
  return cpython::run_in(&cpython::no_type_check, [&](PlainFrame&) {
    mark_no_type_check(arg);
    return arg;
  });
}

// no_type_check_decorator(decorator)'s result: functools.wraps(decorator) over a function that
// applies no_type_check to what the decorator returns.
TypeObject wrapped_decorator_type("function", &types::object, nullptr);
struct WrappedDecorator final : HeapObject {
  Object decorator;
  AttrDict attrs;  // what functools.wraps copied, and any attribute set later
  explicit WrappedDecorator(Object d) : decorator(std::move(d)) {}
  TypeObject* type() const override { return &wrapped_decorator_type; }
  bool is_callable() const override { return true; }
  std::string repr() const override {
    const Object* q = attrs.find("__qualname__");
    std::string name = q && is_str(*q) ? str_value(*q) : "no_type_check_decorator.<locals>.wrapped_decorator";
    return "<function " + name + " at " + detail::address(this) + ">";
  }
  Object getattr(const Object& self, std::string_view name) override {
    if (name == "__dict__") return attrs.get();
    if (const Object* v = attrs.find(name)) return *v;
    if (name == "__name__") return py_str("wrapped_decorator");
    if (name == "__qualname__") return py_str("no_type_check_decorator.<locals>.wrapped_decorator");
    return HeapObject::getattr(self, name);
  }
  void setattr(std::string_view name, const Object& value) override {
    if (!value.is_unbound()) return attrs.set(name, value);
    if (!attrs.erase(name)) HeapObject::setattr(name, value);
  }
  Object call(Args args, Kwargs kw) override { return apply_no_type_check(aiocc::call(decorator, args, kw)); }
};

}  // namespace

Object no_type_check(Args given, Kwargs kw) {
  static const PyDef def("no_type_check", {{"arg"}}, {Object()});
  return apply_no_type_check(def.bind(given, kw)[0]);
}
Object no_type_check_decorator(Args given, Kwargs kw) {
  static const PyDef def("no_type_check_decorator", {{"decorator"}}, {Object()});
  Object decorator = def.bind(given, kw)[0];
  Object w = make<WrappedDecorator>(decorator);
  return functools::update_wrapper({w, decorator}, {});
}

// Marks a protocol class for isinstance()/issubclass() (see abc_checks.cpp).
Object runtime_checkable(Args given, Kwargs kw) {
  static const PyDef def("runtime_checkable", {{"cls"}}, {Object()});
  const std::vector<Object> args = def.bind(given, kw);
  const Object& cls = args[0];
  TypeObject* t = cls.dyn<TypeObject>();
  ClassObject* c = t ? t->kind_of_class() : nullptr;
  const Object* flag = c ? c->lookup(intern("_is_protocol")) : nullptr;
  if (!c || !c->is_subtype_of(attr("Generic").as<TypeObject>()) || !flag || !truthy(*flag)) {
    raise(&exc::TypeError, "@runtime_checkable can be only applied to protocol classes, got " + aiocc::repr(cls));
  }
  aiocc::setattr(cls, "_is_runtime_protocol", True());
  return cls;
}

Object is_typeddict(Args given, Kwargs kw) {
  static const PyDef def("is_typeddict", {{"tp"}}, {Object()});
  const std::vector<Object> args = def.bind(given, kw);
  return Object::from_bool(is_typed_dict(args[0]));
}

namespace {
// dataclass_transform(...)'s decorator: records the options on what it decorates.
TypeObject transform_decorator_type("function", &types::object, nullptr);
struct TransformDecorator final : HeapObject {
  Object spec;  // the __dataclass_transform__ dict
  explicit TransformDecorator(Object s) : spec(std::move(s)) {}
  TypeObject* type() const override { return &transform_decorator_type; }
  bool is_callable() const override { return true; }
  std::string repr() const override {
    return "<function dataclass_transform.<locals>.decorator at " + detail::address(this) + ">";
  }
  Object getattr(const Object& self, std::string_view name) override {
    if (name == "__name__") return py_str("decorator");
    if (name == "__qualname__") return py_str("dataclass_transform.<locals>.decorator");
    if (name == "__module__") return py_str("typing");
    return HeapObject::getattr(self, name);
  }
  Object call(Args given, Kwargs kw) override {
    static const PyDef def("decorator", {{"cls_or_fn"}}, {Object()});
    Object target = def.bind(given, kw)[0];
    aiocc::setattr(target, "__dataclass_transform__", spec);
    return target;
  }
};
}  // namespace

Object dataclass_transform(Args given, Kwargs kw) {
  // dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
  // field_specifiers=(), **kwargs): a decorator that sets __dataclass_transform__ on its argument.
  static const PyDef def("dataclass_transform",
                         {{"eq_default", "order_default", "kw_only_default", "field_specifiers", "kwargs"}, 0, 0, -1, 4},
                         {True(), False(), False(), py_tuple({}), Object()});
  std::vector<Object> a = def.bind(given, kw);
  Object spec = py_dict();
  const char* names[] = {"eq_default", "order_default", "kw_only_default", "field_specifiers", "kwargs"};
  for (int i = 0; i < 5; ++i) as_dict(spec)->set(py_str(names[i]), a[i]);
  return make<TransformDecorator>(spec);
}

BuiltinFunction cast_fn("cast", cast, "typing"), assert_type_fn("assert_type", assert_type, "typing"),
    assert_never_fn("assert_never", assert_never, "typing"), reveal_type_fn("reveal_type", reveal_type, "typing"),
    overload_fn("overload", overload, "typing"), final_fn("final", final, "typing"),
    no_type_check_fn("no_type_check", no_type_check, "typing"),
    no_type_check_decorator_fn("no_type_check_decorator", no_type_check_decorator, "typing"),
    dataclass_transform_fn("dataclass_transform", dataclass_transform, "typing");

}  // namespace aiocc::typing
