// Unicode character properties and case mappings as CPython 3.11 defines them (Unicode 14.0),
// answered by GNU libunistring (Debian 12's 1.0 carries the same Unicode version). Strings are
// UTF-8 in aiocc; these helpers decode to code points where a method needs them, and keep an
// ASCII fast path for the common case.
#pragma once

#include <string>
#include <string_view>

namespace aiocc::uni {

std::u32string decode(std::string_view utf8);
std::string encode(std::u32string_view text);
void append(std::string& out, char32_t c);

// The str.is*() character classes, each as CPython's unicodectype.c defines it.
bool is_alpha(char32_t c);      // categories Lu Ll Lt Lm Lo
bool is_decimal(char32_t c);    // has a decimal digit value
bool is_digit(char32_t c);      // has a digit value
bool is_numeric(char32_t c);    // has a numeric value (Unihan numerals included)
bool is_space(char32_t c);      // category Zs, or bidirectional class WS, B or S
bool is_printable(char32_t c);  // not in categories C* and Z*, except ' '
bool is_upper(char32_t c);      // the Uppercase property
bool is_lower(char32_t c);      // the Lowercase property
bool is_title(char32_t c);      // category Lt
bool is_cased(char32_t c);
bool is_case_ignorable(char32_t c);
bool is_xid_start(char32_t c);
bool is_xid_continue(char32_t c);
bool is_linebreak(char32_t c);  // what str.splitlines splits at
// Columns a character takes on a terminal as traceback.py's _display_width counts them: 2 for
// East Asian wide and fullwidth characters (CJK, emoji), else 1.
int display_width(char32_t c);

// What int() and float() parse: Unicode decimal digits as ASCII digits, Unicode spaces as ' '
// (CPython's _PyUnicode_TransformDecimalAndSpaceToASCII; other non-ASCII become '?').
std::string ascii_digits_and_spaces(std::string_view utf8);

// Full case mappings of one character (SpecialCasing included), appended to `out`.
void to_upper(char32_t c, std::u32string& out);
void to_lower(char32_t c, std::u32string& out);
void to_title(char32_t c, std::u32string& out);
void to_fold(char32_t c, std::u32string& out);
// lower() of text[i] in context: a capital sigma becomes final sigma at the end of a word.
void to_lower_at(std::u32string_view text, size_t i, std::u32string& out);

// A character's name as unicodedata.name gives it (false: it has none); with `private_slots`,
// also the names CPython's namereplace finds at its private alias slots. And the character a
// name denotes as the \N{...} escape reads it (unicode_names.cpp).
bool char_name(char32_t c, std::string& name, bool private_slots = false);
bool lookup_name(std::string_view name, char32_t& c);

}  // namespace aiocc::uni
