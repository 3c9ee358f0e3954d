#include "literals.h"

#include <algorithm>

#include "aiocc/frontend/diagnostics.h"
#include "unicode.h"  // the runtime's character names (runtime/src/objects/unicode_names.cpp)

namespace aiocc::literals {

StringToken split_string_token(const std::string& text) {
  StringToken st;
  size_t i = 0;
  while (i < text.size() && text[i] != '\'' && text[i] != '"') {
    char c = static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
    st.raw |= c == 'r';
    st.is_bytes |= c == 'b';
    st.is_f |= c == 'f';
    ++i;
  }
  const bool triple = text.size() >= i + 6 && text[i] == text[i + 1] && text[i] == text[i + 2];
  const size_t q = triple ? 3 : 1;
  st.prefix_len = i + q;
  st.body = text.substr(i + q, text.size() - i - 2 * q);
  return st;
}

void append_utf8(std::string& out, unsigned long cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

namespace {
// The escapes str and bytes literals share: a backslash-newline (nothing) and \\ \' \" \a \b
// \f \n \r \t \v. False for any other character.
bool simple_escape(char c, std::string& out) {
  static const char from[] = "\\'\"abfnrtv", to[] = "\\'\"\a\b\f\n\r\t\v";
  if (c == '\n') return true;
  for (size_t k = 0; from[k]; ++k) {
    if (from[k] == c) {
      out += to[k];
      return true;
    }
  }
  return false;
}
}  // namespace

std::string unescape(const std::string& s, const ast::Span& where) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\' || i + 1 >= s.size()) {
      out += s[i];
      continue;
    }
    char c = s[++i];
    auto hex = [&](int n) {
      if (i + n >= s.size() + 0 && i + n > s.size() - 0) {
      }
      std::string digits = s.substr(i + 1, n);
      if (static_cast<int>(digits.size()) != n ||
          !std::all_of(digits.begin(), digits.end(), [](char d) { return std::isxdigit(static_cast<unsigned char>(d)); })) {
        syntax_error(where, "(unicode error) truncated escape sequence");
      }
      i += n;
      return std::stoul(digits, nullptr, 16);
    };
    if (simple_escape(c, out)) continue;
    switch (c) {
      case 'x': append_utf8(out, hex(2)); break;
      case 'u': append_utf8(out, hex(4)); break;
      case 'U': append_utf8(out, hex(8)); break;
      case 'N': {
        // \N{name}: the character of that Unicode name (or alias), as unicodedata.lookup reads it.
        const size_t start = i - 1, close = s.find('}', i);
        auto fail = [&](size_t end, const char* why) {
          syntax_error(where, "(unicode error) 'unicodeescape' codec can't decode bytes in position " +
                                  std::to_string(start) + "-" + std::to_string(end) + ": " + why);
        };
        if (i + 1 >= s.size() || s[i + 1] != '{' || close == std::string::npos || close == i + 2) {
          const bool brace = i + 1 < s.size() && s[i + 1] == '{';
          fail(!brace ? i : close == std::string::npos ? s.size() - 1 : close - 1, "malformed \\N character escape");
        }
        char32_t ch = 0;
        if (!uni::lookup_name(std::string_view(s).substr(i + 2, close - i - 2), ch)) fail(close, "unknown Unicode character name");
        append_utf8(out, ch);
        i = close;
        break;
      }
      default:
        if (c >= '0' && c <= '7') {
          unsigned long v = 0;
          int n = 0;
          --i;
          while (n < 3 && i + 1 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '7') {
            v = v * 8 + (s[++i] - '0');
            ++n;
          }
          append_utf8(out, v);
        } else {
          out += '\\';
          out += c;
        }
    }
  }
  return out;
}

std::string unescape_bytes(const std::string& s, const ast::Span& after) {
  std::string out;
  auto hex_digit = [](char d) { return std::isxdigit(static_cast<unsigned char>(d)) != 0; };
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\' || i + 1 >= s.size()) {
      out += s[i];
      continue;
    }
    const size_t at = i;
    const char c = s[++i];
    if (simple_escape(c, out)) continue;
    switch (c) {
      case 'x':
        if (i + 2 >= s.size() || !hex_digit(s[i + 1]) || !hex_digit(s[i + 2])) {
          syntax_error(after, "(value error) invalid \\x escape at position " + std::to_string(at));
        }
        out += static_cast<char>(std::stoul(s.substr(i + 1, 2), nullptr, 16));
        i += 2;
        break;
      default:
        if (c >= '0' && c <= '7') {
          unsigned v = 0;
          --i;
          for (int n = 0; n < 3 && i + 1 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '7'; ++n) {
            v = v * 8 + static_cast<unsigned>(s[++i] - '0');
          }
          out += static_cast<char>(v & 0xFF);
        } else {
          out += '\\';  // not an escape in bytes (\u, \N, \q...): kept as written
          out += c;
        }
    }
  }
  return out;
}

std::string integer_to_decimal(const std::string& text) {
  int base = 10;
  std::string digits = text;
  if (text.size() > 1 && text[0] == '0') {
    char p = static_cast<char>(std::tolower(static_cast<unsigned char>(text[1])));
    if (p == 'x' || p == 'o' || p == 'b') {
      base = p == 'x' ? 16 : p == 'o' ? 8 : 2;
      digits = text.substr(2);
    }
  }
  if (base == 10) {
    size_t nz = digits.find_first_not_of('0');
    return nz == std::string::npos ? "0" : digits.substr(nz);
  }
  // Schoolbook conversion on a little-endian vector of decimal digits.
  std::vector<int> dec{0};
  for (char ch : digits) {
    int d = std::isdigit(static_cast<unsigned char>(ch)) ? ch - '0' : std::tolower(ch) - 'a' + 10;
    int carry = d;
    for (int& x : dec) {
      int v = x * base + carry;
      x = v % 10;
      carry = v / 10;
    }
    while (carry) {
      dec.push_back(carry % 10);
      carry /= 10;
    }
  }
  std::string out;
  for (auto it = dec.rbegin(); it != dec.rend(); ++it) out += static_cast<char>('0' + *it);
  size_t nz = out.find_first_not_of('0');
  return nz == std::string::npos ? "0" : out.substr(nz);
}

}  // namespace aiocc::literals
