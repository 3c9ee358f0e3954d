// BaseExceptionGroup and ExceptionGroup (Objects/exceptions.c): construction, derive, split,
// subgroup (runtime/src/objects/exception_groups.cpp); `except*` is aiocc::ExceptStar.
#pragma once

#include "aiocc/py/exceptions.h"
#include "method_catalog.h"

namespace aiocc {

bool is_group(const Object& e);
// BaseExceptionGroup.__new__: the class it becomes, its checks.
Object construct_group(TypeObject* cls, Args args);
// derive, split and subgroup.
const MethodCatalog& group_catalog();

}  // namespace aiocc
