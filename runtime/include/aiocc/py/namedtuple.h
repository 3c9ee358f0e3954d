// The named tuple class factory of collections.namedtuple (Lib/collections/__init__.py):
// a subclass of tuple whose fields are read by name through _tuplegetter descriptors, with the
// generated __new__, _make, _replace, __repr__, _asdict and __getnewargs__ as real functions
// named as CPython names them (`Point.__new__`). typing.NamedTuple builds its classes with it,
// and collections.namedtuple can call it as it is.
#pragma once

#include <string>
#include <vector>

#include "aiocc/py/object.h"
#include "aiocc/py/types.h"

namespace aiocc::namedtuple {

struct Options {
  bool rename = false;
  Object defaults;                        // None or Unbound: no defaults; else an iterable
  std::string module = "__main__";
  std::vector<TypeObject*> extra_bases;   // after tuple (typing.Generic)
  // A generic `class P(NamedTuple, Generic[T])`: the statement's bases, from which the class
  // takes __orig_bases__ and __parameters__ (NamedTupleMeta runs __init_subclass__ again).
  Object orig_bases;
};

// collections.namedtuple(typename, field_names, *, rename, defaults, module): field_names is a
// str ("x y" or "x, y") or an iterable of names; CPython's ValueErrors and TypeErrors for bad
// names and defaults.
Object make_namedtuple(const Object& type_name, const Object& field_names, const Options& options);

// The class of a field's descriptor (`Point.x`): _collections._tuplegetter.
extern TypeObject tuplegetter_type;

// A field descriptor is a data descriptor: assignment and deletion through an instance raise
// AttributeError (`value` null: deletion).
[[noreturn]] void tuplegetter_set(const Object* value);

}  // namespace aiocc::namedtuple
