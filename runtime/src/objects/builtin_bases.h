// Classes deriving from list, dict, set, str, int, float or tuple. An instance is an ordinary
// InstanceObject (attributes, slots, caches) that also holds the built-in value it extends
// (`base_value`): whatever the class does not override goes to that value, so `m.append(x)`,
// `len(m)`, `m + [1]` or `super().__getitem__(i)` act on it as the built-in type would.
#pragma once

#include "aiocc/py/instance.h"

namespace aiocc {

// Can a class derive from `t`? (CPython refuses bool, range, NoneType, … )
bool acceptable_builtin_base(const TypeObject* t);
// The built-in value a new instance starts with: `T(*args)` for immutable types, which get
// their value from __new__, and an empty value for list, dict and set, which __init__ fills.
Object new_builtin_value(TypeObject* t, Args args, Kwargs kw);
bool builtin_is_mutable(const TypeObject* t);
// `list.__init__(self, *args)`: refills a mutable value in place.
void reinit_builtin_value(const Object& value, Args args, Kwargs kw);
// The built-in type's attribute `n` for `self`, whose built-in value is `value`: dunders become
// callables running the operation on the value, other names the value's own bound methods.
Object builtin_attribute(TypeObject* t, const Object& self, const Object& value, const Name& n);
// `str.upper`, `list.__getitem__`, `object.__new__`: the built-in type's method, taking `self`
// first; Unbound when the type has no such attribute.
Object unbound_builtin_method(TypeObject* t, const Name& n);
// What `object` offers by name: object.__init__, __setattr__, __repr__, … (null if nothing).
const Object* builtin_object_attribute(const Name& n);
// `[1, 2].__len__`, `(5).__add__`: a built-in value's special method, bound to it; Unbound when
// its type has none.
Object builtin_dunder(const Object& self, std::string_view name);
bool builtin_has_slot(const TypeObject* t, Slot s);
// A special method (`n` has a slot) a class deriving from built-in type `t` inherits from it,
// as its MRO finds it: `t`'s own (None for `__hash__` of an unhashable type), Unbound when
// CPython's `t` does not define it itself (then it is object's).
Object inherited_builtin_special(TypeObject* t, const Name& n);
// `T.__new__`, a callable taking the class first.
Object new_method(TypeObject* t);
// The built-in operator of an op slot (Slot::add, Slot::sub, …) on built-in values; Unbound
// when there is none.
Object builtin_binary(Slot op, const Object& a, const Object& b);

// The built-in value of an instance of such a class (Unbound for other objects), and an
// operand with that value taken out.
inline const Object& base_value_of(const Object& o) {
  static const Object none;
  InstanceObject* i = as_instance(o);
  return i ? i->base_value : none;
}
inline const Object& unwrap(const Object& o) {
  const Object& b = base_value_of(o);
  return b.is_unbound() ? o : b;
}

}  // namespace aiocc
