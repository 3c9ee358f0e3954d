// The parts of printf-style `%` formatting that str (PyUnicode_Format) and bytes / bytearray
// (_PyBytes_FormatEx, PEP 461) share: str_format.cpp defines them, bytes_format.cpp reuses them.
#pragma once

#include <string>
#include <string_view>

#include "aiocc/py/object.h"

namespace aiocc::detail {

enum PercentFlag { LJust = 1, Sign = 2, Blank = 4, Alt = 8, Zero = 16 };

// The right operand: a tuple is read item by item, anything else is the one argument (or, after
// `%(key)`, the value under that key).
struct PercentArgs {
  Object args;
  int64_t arglen, argidx;
  const Object* dict;  // the mapping, when the right operand is one
  const Object& next();
};

struct PercentSpec {
  int flags = 0;
  int64_t width = -1, prec = -1;
};

// Does the right operand `v` count as a mapping (PyMapping_Check, less tuples and strs, and for
// bytes formatting less bytes and bytearrays)? `%(key)s` needs one, and a mapping operand never
// has "not all arguments converted".
bool percent_mapping(const Object& v, bool bytes_format);

// One conversion's `(key)`, flags, width, `.precision` and length modifier, from just after its
// '%'; `i` stops at the conversion character. `key` makes the mapping key from the key's text.
PercentSpec parse_percent_spec(std::string_view f, size_t& i, PercentArgs& ctx,
                               Object (*key)(std::string_view));

// %d %i %u %o %x %X of `v`: sign, 0x/0o prefix with '#', digits zero-padded to the precision.
// `type` also names the conversion in the TypeError for a value that is no number.
std::string percent_integer(const Object& v, char type, int flags, int64_t prec);
// %e %E %f %F %g %G of `x` as PyOS_double_to_string writes it.
std::string percent_double(double x, char type, int flags, int64_t prec);

}  // namespace aiocc::detail
