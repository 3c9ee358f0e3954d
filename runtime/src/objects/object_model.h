// What the three files of the object model share: classes.cpp (class objects and their MRO),
// instances.cpp (shaped instances and attribute access) and descriptors.cpp (descriptors,
// method objects, `object` and super()). Reading or writing an attribute runs through all
// three, so the descriptor protocol, generic attribute access and the MRO walk are declared
// here once; everything else stays local to its file. Not part of the generated code's API.
#pragma once

#include <string>
#include <vector>

#include "aiocc/py/instance.h"

namespace aiocc {

struct DictObject;

// ---- classes.cpp -----------------------------------------------------------------------------
// A type's name after its last dot (`Outer.Inner` -> `Inner`), as CPython's messages show it.
std::string short_name(const TypeObject* t);
// BaseException.__init__(self, *args), as `ValueError.__init__` gives it.
Object exception_init_function();
// A class's MRO; for a built-in type, its chain of bases.
std::vector<TypeObject*> mro_of(TypeObject* t);
// abc: is a class attribute abstract; recompute a class's __abstractmethods__.
bool is_abstract(const Object& v);
void update_abstract_methods(ClassObject* c);
// Runs the nearest __init_subclass__ of a new class's bases with the class keywords.
void init_subclass(ClassObject* c, Kwargs kw);
// Metaclasses of the script (classes deriving from type): is `t` one; the special method `s`
// a class's user metaclass defines (null when none); type.__new__(meta, name, bases, ns, **kw);
// type.__call__(cls, *args, **kw) (the instance made and initialised, past the metaclass's own
// __call__).
bool is_user_metaclass(const TypeObject* t);
const Object* metaclass_slot(const Object& cls, Slot s);
Object type_new(TypeObject* meta, Args args, Kwargs kw);
Object build_class(TypeObject* meta, const char* name, const char* qualname, Args bases, const Object& ns, Kwargs kw);
Object type_call(TypeObject* cls, Args args, Kwargs kw);
// type's own data descriptors (__name__, __mro__, __dict__...), which a class attribute of the
// same name does not hide.
bool is_type_attribute(const Name& n);
// _PyObject_IsAbstract (descriptors.cpp): a true __isabstractmethod__ on `f`.
bool marked_abstract(const Object& f);

// ---- layout.cpp ------------------------------------------------------------------------------
// type.__new__'s work on __slots__ and the instance layout, once the class object `c` exists
// (`name`: its __name__, for mangling private slot names): c->slot_names, c->has_slots,
// c->layout, and in `ns` the member descriptors of the slots and the `__dict__`/`__weakref__`
// descriptors, in CPython's order. Raises CPython's errors for bad __slots__.
void set_layout(ClassObject* c, const std::string& name, DictObject* ns);
extern TypeObject getset_descriptor_type, member_descriptor_type;  // method_catalog.cpp

// ---- instances.cpp ---------------------------------------------------------------------------
// object.__getattribute__ / __setattr__ / __delattr__ on an instance (v null: delete), without
// the class's own hooks; `c` (may be null) is the inline cache to fill.
Object generic_getattr(InstanceObject* inst, const Object& self, const Name& n, AttrCache* c);
void generic_setattr(InstanceObject* inst, const Object& self, const Name& n, const Object* v,
                     StoreCache* c);
// The slot of `n` when the instance has both a __dict__ and __slots__ inherited (see
// InstanceObject::slot_values), else null.
Object* member_slot(InstanceObject* inst, const Name& n);
// `obj.__dict__ = value` (value null: del): CPython's checks, then the dict replaced.
void set_instance_dict(InstanceObject* inst, const Object* value);
// `obj.__class__ = value` (value null: del): the class `obj` may take (object_set_class's
// checks: a class of the script with the same layout), and for an instance, the change made.
ClassObject* class_for_assignment(const Object& self, const Object* value);
void set_instance_class(InstanceObject* inst, const Object* value);

// ---- descriptors.cpp -------------------------------------------------------------------------
bool is_data_descriptor(const Object& d);
bool binds(const Object& d);
Object descr_get(const Object& d, const Object& self, TypeObject* cls, const Name& n);
// value null: delete.
void descr_set(const Object& d, const Object& self, const Object* value, TypeObject* cls,
               const Name& n);
// The function a staticmethod or classmethod object wraps (its __func__).
const Object& wrapped_function(const Object& wrapper);
const Object* object_attribute(const Name& n);

}  // namespace aiocc
