// The string module (runtime/src/modules/string.cpp): its constants and capwords.
#pragma once

#include <string_view>

#include "aiocc/py/function.h"
#include "aiocc/py/object.h"

namespace aiocc::string_module {
Object attr(std::string_view name);  // ascii_letters, digits, whitespace, ...
Object capwords(Args args, Kwargs kw);
extern BuiltinFunction capwords_fn;
}  // namespace aiocc::string_module
