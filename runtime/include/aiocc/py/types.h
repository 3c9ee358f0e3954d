// Type objects: what `type(x)`, `isinstance` and `except E` see. Built-in types are static,
// immortal TypeObjects; exception classes are TypeObjects whose base chain ends at
// BaseException.
#pragma once

#include <string>
#include <vector>

#include "aiocc/py/object.h"

namespace aiocc {

struct ClassObject;

struct TypeObject : HeapObject {
  using Constructor = Object (*)(TypeObject* self, Args args, Kwargs kw);

  std::string name;         // the qualified name for a class of the script (`Outer.Inner`)
  std::string simple_name;  // __name__, when it is not the last part of `name`
  std::string module;  // "builtins" for built-ins; printed in tracebacks otherwise
  TypeObject* base;
  Constructor construct;
  // User classes (and their exception subclasses) list their bases and C3 MRO; built-in types
  // leave both empty and use the single `base` chain.
  std::vector<TypeObject*> bases, mro;
  ClassObject* user = nullptr;  // this, when it is a class of the script
  // A runtime type classes may derive from whose value starts empty and is filled by __init__
  // (CPython's tp_new and tp_init; _random.Random): the two halves of `construct`.
  Object (*make_empty)(TypeObject* self) = nullptr;
  void (*init)(const Object& value, Args args, Kwargs kw) = nullptr;
  // CPython's tp_name, when it differs from __name__: a type written in C that its error
  // messages name with its module ("unhashable type: 'collections.deque'").
  std::string tp_name;
  const std::string& error_name() const { return tp_name.empty() ? name : tp_name; }

  TypeObject(std::string n, TypeObject* b, Constructor c, std::string mod = "builtins")
      : name(std::move(n)), module(std::move(mod)), base(b), construct(c) {
    refcnt = 1;  // static instances are never freed
  }

  ClassObject* kind_of_class() const { return user; }
  bool is_subtype_of(const TypeObject* other) const {
    if (!mro.empty()) {
      for (const TypeObject* t : mro) {
        if (t == other) return true;
      }
      return false;
    }
    for (const TypeObject* t = this; t; t = t->base) {
      if (t == other) return true;
    }
    return false;
  }
  // The name tracebacks print: `ValueError`, `asyncio.exceptions.CancelledError`.
  std::string qualified_name() const {
    return module == "builtins" ? name : module + "." + name;
  }
  // The name tracebacks print: the module is left out for builtins and __main__.
  std::string traceback_name() const {
    return module == "builtins" || module == "__main__" ? name : module + "." + name;
  }

  TypeObject* type() const override;
  std::string repr() const override { return "<class '" + qualified_name() + "'>"; }
  Object getattr(const Object& self, std::string_view attr) override;
  void setattr(std::string_view name, const Object& value) override;
  Object call(Args args, Kwargs kw) override;
};

namespace types {
extern TypeObject object, type, none, bool_, int_, float_, str, list, tuple, dict, set, range,
    slice, function, builtin_function, method, coroutine, cell, module, future, task,
    event_loop, handle, timer_handle, task_group, gathering_future, property, staticmethod,
    classmethod, super, not_implemented_type, iterator, generator, map, filter, zip, enumerate,
    list_reverseiterator, frozenset;
}  // namespace types

TypeObject* type_of(const Object& o);

}  // namespace aiocc
