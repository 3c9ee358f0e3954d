// Python literal text -> values: string prefixes and escapes, integer bases.
#pragma once

#include <string>

#include "aiocc/frontend/ast.h"

namespace aiocc::literals {

struct StringToken {
  bool raw = false, is_bytes = false, is_f = false;
  size_t prefix_len = 0;  // prefix letters plus the opening quote(s)
  std::string body;       // between the quotes, escapes not yet processed
};

StringToken split_string_token(const std::string& text);

// Processes backslash escapes of a non-raw string body (UTF-8 in, UTF-8 out).
std::string unescape(const std::string& body, const ast::Span& where);

// Processes the backslash escapes of a non-raw bytes literal's body (ASCII, checked by the
// caller); a bad \x escape is reported at `after`, where CPython reports it.
std::string unescape_bytes(const std::string& body, const ast::Span& after);

// "0x1F", "0o17", "0b101", "1234" -> decimal digits, any size.
std::string integer_to_decimal(const std::string& text);

void append_utf8(std::string& out, unsigned long cp);

}  // namespace aiocc::literals
