// PEP 263 source decoding: the script's bytes in, UTF-8 text out, or a CompileError.
#pragma once

#include <string>

namespace aiocc {
std::string decode_source(const std::string& source);
// CPython reads "\r\n" and a lone "\r" as "\n" everywhere, string literals included.
std::string universal_newlines(const std::string& source);
}  // namespace aiocc
