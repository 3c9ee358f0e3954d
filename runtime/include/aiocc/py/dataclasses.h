// The dataclasses module (runtime/src/modules/dataclasses.cpp): @dataclass and its helpers.
#pragma once

#include <string_view>

#include "aiocc/py/function.h"
#include "aiocc/py/object.h"
#include "aiocc/py/types.h"

namespace aiocc::dataclasses {

Object dataclass(Args args, Kwargs kw);
Object field(Args args, Kwargs kw);
Object fields(Args args, Kwargs kw);
Object asdict(Args args, Kwargs kw);
Object astuple(Args args, Kwargs kw);
Object replace(Args args, Kwargs kw);
Object is_dataclass(Args args, Kwargs kw);
extern BuiltinFunction dataclass_fn, field_fn, fields_fn, asdict_fn, astuple_fn, replace_fn, is_dataclass_fn;
extern TypeObject FrozenInstanceError_type;
Object attr(std::string_view name);  // MISSING, KW_ONLY, InitVar, Field
// InitVar[T], which type_subscript routes here.
bool is_init_var_class(const Object& o);
Object init_var_getitem(const Object& type);

}  // namespace aiocc::dataclasses
