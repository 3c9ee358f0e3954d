// The abc module: ABC, ABCMeta (as the metaclass keyword), abstractmethod and
// update_abstractmethods. Classes made through ABCMeta refuse instances while they have
// abstract methods (runtime/src/objects/classes.cpp keeps the list).
#include "aiocc/py/abc.h"

#include "aiocc/py/dict.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/function.h"
#include "aiocc/py/instance.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/str.h"
#include "object_model.h"

namespace aiocc::abc {

TypeObject ABCMeta_type("ABCMeta", &types::type, nullptr, "abc");

const Object& abc_class() {
  static Object cls = [] {
    Object ns = py_dict();
    as_dict(ns)->set(py_str("__slots__"), py_tuple({}));  // abc.py: `__slots__ = ()`
    Object c = make_class("ABC", "ABC", {}, ns, {Kw{"metaclass", Object(&ABCMeta_type)}});
    c.as<TypeObject>()->module = "abc";
    c.heap()->refcnt += 1;  // immortal
    return c;
  }();
  return cls;
}

Object abstractmethod(Args given, Kwargs kw) {
  static const PyDef def("abstractmethod", {{"funcobj"}}, {Object()});
  const std::vector<Object> args = def.bind(given, kw);
  aiocc::setattr(args[0], "__isabstractmethod__", True());
  return args[0];
}

Object update_abstractmethods(Args given, Kwargs kw) {
  static const PyDef def("update_abstractmethods", {{"cls"}}, {Object()});
  const std::vector<Object> args = def.bind(given, kw);
  TypeObject* t = args[0].dyn<TypeObject>();
  if (ClassObject* c = t ? t->kind_of_class() : nullptr; c && c->abstract_base) update_abstract_methods(c);
  return args[0];
}

BuiltinFunction abstractmethod_fn("abstractmethod", abstractmethod, "abc"),
    update_abstractmethods_fn("update_abstractmethods", update_abstractmethods, "abc");

}  // namespace aiocc::abc
