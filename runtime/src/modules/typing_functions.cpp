// typing's functions that do nothing or little at run time: cast, assert_type, assert_never,
// reveal_type, overload and the identity decorators (final, no_type_check, ...).
#include "aiocc/py/builtins.h"
#include "aiocc/py/dict.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/function.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/str.h"
#include "aiocc/py/typing.h"
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

// The decorators that give back what they decorate, each with its own parameter's name.
Object no_type_check(Args given, Kwargs kw) {
  static const PyDef def("no_type_check", {{"arg"}}, {Object()});
  return def.bind(given, kw)[0];
}
Object no_type_check_decorator(Args given, Kwargs kw) {
  static const PyDef def("no_type_check_decorator", {{"decorator"}}, {Object()});
  return def.bind(given, kw)[0];
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
