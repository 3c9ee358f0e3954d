// Character classes and case mappings: see unicode.h.
#include "unicode.h"

#include <unicase.h>
#include <unictype.h>
#include <uniwidth.h>

#include <algorithm>
#include <iterator>

#include "internal.h"

namespace aiocc::uni {

std::u32string decode(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    char32_t cp;
    size_t n;
    if (c < 0x80) {
      cp = c, n = 1;
    } else if (c < 0xE0) {
      cp = c & 0x1F, n = 2;
    } else if (c < 0xF0) {
      cp = c & 0x0F, n = 3;
    } else {
      cp = c & 0x07, n = 4;
    }
    for (size_t k = 1; k < n && i + k < s.size(); ++k)
      cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out += cp;
    i += n;
  }
  return out;
}

void append(std::string& out, char32_t cp) { detail::append_utf8_rt(out, cp); }

std::string encode(std::u32string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char32_t c : text) append(out, c);
  return out;
}

bool is_alpha(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return uc_is_general_category(c, UC_CATEGORY_L);
}
bool is_decimal(char32_t c) { return c < 0x80 ? c >= '0' && c <= '9' : uc_decimal_value(c) >= 0; }
bool is_digit(char32_t c) { return c < 0x80 ? c >= '0' && c <= '9' : uc_digit_value(c) >= 0; }

bool is_numeric(char32_t c) {
  if (c < 0x80) return c >= '0' && c <= '9';
  if (uc_numeric_value(c).denominator != 0) return true;
  // CPython also reads Unihan's numeric fields (kPrimaryNumeric, kAccountingNumeric,
  // kOtherNumeric), which libunistring does not carry: these ideographs, listed from
  // CPython 3.11 as [c for c in all code points if chr(c).isnumeric()] minus libunistring's.
  static constexpr char32_t kUnihanNumerals[] = {
      0x3405,  0x3483,  0x382A,  0x3B4D,  0x4E00,  0x4E03,  0x4E07,  0x4E09,  0x4E5D,  0x4E8C,
      0x4E94,  0x4E96,  0x4EBF,  0x4EC0,  0x4EDF,  0x4EE8,  0x4F0D,  0x4F70,  0x5104,  0x5146,
      0x5169,  0x516B,  0x516D,  0x5341,  0x5343,  0x5344,  0x5345,  0x534C,  0x53C1,  0x53C2,
      0x53C3,  0x53C4,  0x56DB,  0x58F1,  0x58F9,  0x5E7A,  0x5EFE,  0x5EFF,  0x5F0C,  0x5F0D,
      0x5F0E,  0x5F10,  0x62FE,  0x634C,  0x67D2,  0x6F06,  0x7396,  0x767E,  0x8086,  0x842C,
      0x8CAE,  0x8CB3,  0x8D30,  0x9621,  0x9646,  0x964C,  0x9678,  0x96F6,  0x20001, 0x20064,
      0x200E2, 0x20121, 0x2092A, 0x20983, 0x2098C, 0x2099C, 0x20AEA, 0x20AFD, 0x20B19, 0x22390,
      0x22998, 0x23B1B, 0x2626D};
  return std::binary_search(std::begin(kUnihanNumerals), std::end(kUnihanNumerals), c);
}

std::string ascii_digits_and_spaces(std::string_view utf8) {
  std::string out;
  for (char32_t c : decode(utf8)) {
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (is_space(c)) {
      out += ' ';
    } else if (const int d = uc_decimal_value(c); d >= 0) {
      out += static_cast<char>('0' + d);
    } else {
      out += '?';
    }
  }
  return out;
}

bool is_space(char32_t c) {
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
  if (uc_is_general_category(c, UC_CATEGORY_Zs)) return true;
  const int bidi = uc_bidi_category(c);
  return bidi == UC_BIDI_WS || bidi == UC_BIDI_B || bidi == UC_BIDI_S;
}

bool is_printable(char32_t c) {
  if (c < 0x80) return c >= 0x20 && c < 0x7F;
  return !uc_is_general_category(c, UC_CATEGORY_C) && !uc_is_general_category(c, UC_CATEGORY_Z);
}

bool is_upper(char32_t c) { return c < 0x80 ? c >= 'A' && c <= 'Z' : uc_is_property_uppercase(c); }
bool is_lower(char32_t c) { return c < 0x80 ? c >= 'a' && c <= 'z' : uc_is_property_lowercase(c); }
bool is_title(char32_t c) { return c >= 0x80 && uc_is_general_category(c, UC_CATEGORY_Lt); }
bool is_cased(char32_t c) { return c < 0x80 ? is_alpha(c) : uc_is_property_cased(c); }
bool is_case_ignorable(char32_t c) { return uc_is_property_case_ignorable(c); }
bool is_xid_start(char32_t c) { return uc_is_property_xid_start(c); }
bool is_xid_continue(char32_t c) { return uc_is_property_xid_continue(c); }

int display_width(char32_t c) { return c >= 0x80 && uc_width(c, "UTF-8") == 2 ? 2 : 1; }

bool is_linebreak(char32_t c) {
  return (c >= '\n' && c <= '\r') || (c >= 0x1C && c <= 0x1E) || c == 0x85 || c == 0x2028 ||
         c == 0x2029;
}

namespace {
using Mapping = uint32_t* (*)(const uint32_t*, size_t, const char*, uninorm_t, uint32_t*, size_t*);

// One character alone through libunistring's string mapping: its full (SpecialCasing)
// mapping, with no language and no context.
void map_one(char32_t c, Mapping f, std::u32string& out) {
  uint32_t in = c, buf[8];
  size_t n = std::size(buf);
  uint32_t* r = f(&in, 1, nullptr, nullptr, buf, &n);
  out.append(reinterpret_cast<const char32_t*>(r), n);
  if (r != buf) free(r);
}
}  // namespace

void to_upper(char32_t c, std::u32string& out) {
  if (c < 0x80) {
    out += c >= 'a' && c <= 'z' ? c - 32 : c;
  } else {
    map_one(c, u32_toupper, out);
  }
}
void to_lower(char32_t c, std::u32string& out) {
  if (c < 0x80) {
    out += c >= 'A' && c <= 'Z' ? c + 32 : c;
  } else {
    map_one(c, u32_tolower, out);
  }
}
void to_title(char32_t c, std::u32string& out) {
  if (c < 0x80) return to_upper(c, out);
  map_one(c, u32_totitle, out);
}
void to_fold(char32_t c, std::u32string& out) {
  if (c < 0x80) return to_lower(c, out);
  map_one(c, u32_casefold, out);
}

void to_lower_at(std::u32string_view text, size_t i, std::u32string& out) {
  if (text[i] != 0x3A3) return to_lower(text[i], out);
  // CPython's handle_capital_sigma: final when a cased letter precedes (past case-ignorable
  // characters) and none follows.
  size_t j = i;
  while (j > 0 && is_case_ignorable(text[j - 1])) --j;
  bool final_sigma = j > 0 && is_cased(text[j - 1]);
  if (final_sigma) {
    size_t k = i + 1;
    while (k < text.size() && is_case_ignorable(text[k])) ++k;
    final_sigma = k == text.size() || !is_cased(text[k]);
  }
  out += final_sigma ? 0x3C2 : 0x3C3;
}

}  // namespace aiocc::uni
