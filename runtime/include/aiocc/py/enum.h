// The enum module (runtime/src/modules/enum.cpp): Enum, IntEnum, StrEnum, ReprEnum, Flag, IntFlag,
// auto, unique.
#pragma once

#include <string>
#include <string_view>

#include "aiocc/py/function.h"
#include "aiocc/py/instance.h"

namespace aiocc::enums {

Object attr(std::string_view name);  // Enum, IntEnum, StrEnum, ReprEnum, Flag, IntFlag
extern TypeObject auto_type;
// `R | W` of two auto() placeholders in a class body (see AutoObject); op is '|', '&', '^' or '~'.
bool is_auto(const Object& o);
Object auto_combine(char op, const Object& a, const Object& b);
Object unique(Args args, Kwargs kw);
extern BuiltinFunction unique_fn;
// A class statement whose bases include an enum: its body's namespace checks each store as
// enum.py's _EnumDict (a member defined twice, reserved _sunder_ names, _ignore_).
bool is_enum_bases(Args bases);
void track_namespace(const Object& ns, const std::string& cls_name);
void untrack_namespace(const Object& ns);
bool tracking_namespaces();
void namespace_store(const Object& ns, const Object& key, const Object& value);
extern TypeObject EnumType_type;  // enum.EnumType, also enum.EnumMeta
// make_class's hook: a new subclass of Enum gets its members.
void enum_class_created(ClassObject* c);
// What EnumType does for classes with members: Color(1), Color['RED'], `m in Color`, repr.
Object lookup_value(ClassObject* c, const Object& value);
Object lookup_name(ClassObject* c, const Object& name);
// Enum('Name', 'A B C'): a new enum class (the functional API).
Object functional(ClassObject* c, Args args, Kwargs kw);
// Color.RED = 1 / del Color.RED: AttributeError for a member.
void check_member_assignment(ClassObject* c, std::string_view name, bool deleting);
bool contains_member(ClassObject* c, const Object& item);
std::string class_repr(const ClassObject* c);

}  // namespace aiocc::enums
