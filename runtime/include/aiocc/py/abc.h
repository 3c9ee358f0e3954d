// The abc module (runtime/src/modules/abc.cpp).
#pragma once

#include "aiocc/py/function.h"
#include "aiocc/py/object.h"
#include "aiocc/py/types.h"

namespace aiocc {
struct ClassObject;
}

namespace aiocc::abc {

Object abstractmethod(Args args, Kwargs kw);
Object update_abstractmethods(Args args, Kwargs kw);
extern BuiltinFunction abstractmethod_fn, update_abstractmethods_fn;
extern TypeObject ABCMeta_type;  // only as `metaclass=ABCMeta`
extern TypeObject ProtocolMeta_type;  // typing._ProtocolMeta, type() of Protocol classes
const Object& abc_class();       // ABC

// isinstance(v, cls) / issubclass(sub, cls) for one class, through its metaclass as CPython:
// ABCMeta's hook, registry and subclasses, _ProtocolMeta's structural check (abc_checks.cpp).
bool instance_check(const Object& v, TypeObject* cls);
bool subclass_check(TypeObject* sub, TypeObject* cls);
TypeObject* class_type(const Object& v);  // type(v): a class's metaclass when it has one
// ABCMeta.register(cls, subclass): a virtual subclass; returns it (usable as a decorator).
Object register_virtual(ClassObject* cls, const Object& subclass);
// What ABCMeta gives its classes as attributes (register, __abstractmethods__), else Unbound.
Object metaclass_attribute(ClassObject* cls, std::string_view name);

}  // namespace aiocc::abc
