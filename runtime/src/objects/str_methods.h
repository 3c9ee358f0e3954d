// str's method catalog and its formatting methods, for the runtime's other files.
#pragma once

#include <string>
#include <string_view>

#include "aiocc/py/object.h"
#include "method_catalog.h"

namespace aiocc {

// str.format(*args, **kwargs) and str.format_map(mapping): str_format.cpp.
Object str_format(const Object& self, Args args, Kwargs kw);
Object str_format_map(const Object& self, const Object& mapping);
// printf-style `format % values`.
Object str_percent(const Object& format, const Object& values);
// ascii(): repr() with non-ASCII characters escaped.
std::string ascii_repr(const Object& o);

}  // namespace aiocc
