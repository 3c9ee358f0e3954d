// Annotations' run-time values: types.GenericAlias (`list[int]`), types.UnionType
// (`int | None`) and the typing module's special forms, aliases and helpers. As in CPython
// they do nothing at run time but exist, print, compare origins and take part in isinstance
// where CPython allows it.
#pragma once

#include <string>
#include <string_view>

#include "aiocc/py/function.h"
#include "aiocc/py/object.h"

namespace aiocc {

struct ClassObject;

// `cls[index]` for a class: a generic alias of list, dict, tuple, ... or of a typing.Generic
// subclass, or the class's __class_getitem__. Unbound when `obj` is no class.
Object type_subscript(const Object& obj, const Object& index);
// types.GenericAlias(origin, index): what a class's __class_getitem__ gives (`deque[int]`).
Object generic_alias(const Object& origin, const Object& index);
// `a | b` when both are types, None or aliases: a union. Unbound otherwise.
Object type_union(const Object& a, const Object& b);
// isinstance()/issubclass() with a union or alias as the class: sets `handled`.
bool alias_instancecheck(const Object& cls, TypeObject* t, bool& handled);
// isinstance(value, typing.Iterable) and the like (unsubscripted forms): sets `handled`.
bool form_isinstance(const Object& cls, const Object& value, bool& handled);
// The class an unsubscripted typing alias stands for (typing.List: list; typing.Sequence:
// collections.abc.Sequence once that module is imported), or Unbound.
Object form_class(const Object& cls);
// collections.abc's classes by typing's names for them ("Sequence", "AbstractSet"...).
void register_abcs(const Object& by_name);
// One of them, once collections.abc is imported; Unbound before.
Object registered_abc_class(std::string_view name);
// `list[int] == list[int]`: same kind, origin and arguments (unions: the same members).
bool aliases_equal(const Object& a, const Object& b, bool& handled);
// Is an annotation typing.ClassVar or ClassVar[...]? (dataclasses leaves those out)
bool is_classvar_annotation(const Object& annotation);
// A class statement's base: what an alias stands for there (`Generic[T]` -> Generic).
Object mro_entry(const Object& base);
std::vector<Object> mro_entries(Args bases);  // the bases a class statement's give it

namespace typing {
// typing._type_check(arg, msg, module=module): None becomes NoneType, a str a ForwardRef;
// CPython's TypeErrors for a tuple, ClassVar/Final and bare special forms.
Object type_check(const Object& arg, const std::string& msg, const Object& module);
bool is_generic_class(const Object& o);  // typing.Generic itself
// Run by make_class for each new class: __orig_bases__ and a Generic subclass's __parameters__.
void class_created(ClassObject* c, Args given_bases);
Object runtime_checkable(Args args, Kwargs kw);

// typing.NamedTuple and typing.TypedDict (typing_classes.cpp). `class P(NamedTuple)` and
// `class M(TypedDict)` are built by these instead of the ordinary class machinery (CPython:
// their metaclasses, reached through __mro_entries__); Unbound when no base asks for them.
Object make_special_class(const char* name, const char* qualname, Args bases, const Object& ns, Kwargs kw);
Object NamedTuple_function();  // the typing.NamedTuple and typing.TypedDict functions
Object TypedDict_function();
// type(cls) of a TypedDict class, and the TypeError isinstance()/issubclass() raise with one.
extern TypeObject TypedDictMeta_type;
bool is_typed_dict(const Object& cls);
bool is_typed_dict(const TypeObject* cls);  // no dynamic_cast: for isinstance()'s path
[[noreturn]] void typed_dict_check_error();
}  // namespace typing

namespace typing {
Object attr(std::string_view name);  // typing.<name>, for the builtin table
Object cast(Args args, Kwargs kw);
Object assert_type(Args args, Kwargs kw);
Object assert_never(Args args, Kwargs kw);
Object reveal_type(Args args, Kwargs kw);
Object overload(Args args, Kwargs kw);
Object final(Args args, Kwargs kw);
Object no_type_check(Args args, Kwargs kw);
Object no_type_check_decorator(Args args, Kwargs kw);
Object dataclass_transform(Args args, Kwargs kw);
Object get_origin(Args args, Kwargs kw);
Object get_args(Args args, Kwargs kw);
Object is_typeddict(Args args, Kwargs kw);
Object NewType(Args args, Kwargs kw);
extern BuiltinFunction cast_fn, assert_type_fn, assert_never_fn, reveal_type_fn, overload_fn, final_fn,
    no_type_check_fn, no_type_check_decorator_fn, runtime_checkable_fn, dataclass_transform_fn,
    get_origin_fn, get_args_fn, is_typeddict_fn;
// Classes: TypeVar("T", bound=..., covariant=...), ParamSpec, TypeVarTuple, NewType(name, tp).
extern TypeObject TypeVar_type, ParamSpec_type, TypeVarTuple_type, NewType_type;
}  // namespace typing

}  // namespace aiocc
