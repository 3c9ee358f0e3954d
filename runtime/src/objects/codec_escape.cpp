// The unicode_escape and raw_unicode_escape codecs, as CPython 3.11's
// _PyUnicode_DecodeUnicodeEscapeInternal / PyUnicode_AsUnicodeEscapeString and their raw
// variants: the error names ('unicodeescape', 'rawunicodeescape'), positions and reasons, and
// the DeprecationWarning for the first invalid escape (which the decoder keeps as it is).
#include <string>

#include "aiocc/program.h"
#include "codecs_internal.h"
#include "internal.h"
#include "unicode.h"

namespace aiocc::codec {
namespace {

void put_hex(std::string& out, char kind, uint32_t v, int digits) {
  static const char hex[] = "0123456789abcdef";
  out += '\\';
  out += kind;
  for (int k = digits - 1; k >= 0; --k) out += hex[(v >> (4 * k)) & 0xF];
}

int hex_value(unsigned char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// `count` hex digits from data[i] (advanced past the good ones); false at a non-digit or the end.
bool read_hex(const std::string& data, size_t& i, int count, uint32_t& v) {
  v = 0;
  for (; count > 0; --count, ++i) {
    if (i >= data.size()) return false;
    const int d = hex_value(static_cast<unsigned char>(data[i]));
    if (d < 0) return false;
    v = (v << 4) | static_cast<uint32_t>(d);
  }
  return true;
}

std::string decode_unicode_escape(const std::string& data, const std::string& errors) {
  std::string out;
  out.reserve(data.size());
  size_t first_invalid = std::string::npos;  // where the first invalid escape's text starts
  size_t i = 0;
  while (i < data.size()) {
    const unsigned char b = static_cast<unsigned char>(data[i]);
    if (b != '\\') {
      uni::append(out, b);
      ++i;
      continue;
    }
    const size_t start = i++;
    const char* message = nullptr;
    if (i >= data.size()) {
      message = "\\ at end of string";
    } else {
      const unsigned char c = static_cast<unsigned char>(data[i++]);
      static constexpr std::string_view simple("\n\\'\"bftnrva", 11);
      static constexpr std::string_view value("\0\\'\"\b\f\t\n\r\v\a", 11);
      uint32_t v = 0;
      int count = 0;
      if (const size_t k = simple.find(static_cast<char>(c)); k != std::string_view::npos) {
        if (c != '\n') out += value[k];  // backslash-newline is a line continuation
        continue;
      }
      if (c >= '0' && c <= '7') {
        v = c - '0';
        for (int k = 0; k < 2 && i < data.size() && data[i] >= '0' && data[i] <= '7'; ++k)
          v = (v << 3) + static_cast<uint32_t>(data[i++] - '0');
        if (v > 0377 && first_invalid == std::string::npos) first_invalid = i - 3;
        uni::append(out, v);
        continue;
      }
      if (c == 'x') count = 2, message = "truncated \\xXX escape";
      if (c == 'u') count = 4, message = "truncated \\uXXXX escape";
      if (c == 'U') count = 8, message = "truncated \\UXXXXXXXX escape";
      if (count) {
        if (read_hex(data, i, count, v)) {
          if (v <= 0x10FFFF) {
            uni::append(out, v);
            continue;
          }
          message = "illegal Unicode character";
        }
      } else if (c == 'N') {
        message = "malformed \\N character escape";
        if (i < data.size() && data[i] == '{') {
          const size_t name_start = ++i;
          while (i < data.size() && data[i] != '}') ++i;
          if (i < data.size() && i > name_start) {
            char32_t ch;
            const std::string name = data.substr(name_start, i - name_start);
            ++i;
            if (uni::lookup_name(name, ch)) {
              uni::append(out, ch);
              continue;
            }
            message = "unknown Unicode character name";
          }
        }
      } else {
        if (first_invalid == std::string::npos) first_invalid = i - 1;
        out += '\\';
        uni::append(out, c);
        continue;
      }
    }
    i = decode_error(errors, "unicodeescape", data, start, i, message, out);
  }
  if (first_invalid != std::string::npos) {
    const unsigned char c = static_cast<unsigned char>(data[first_invalid]);
    std::string seq;
    if (c >= '4' && c <= '7') {
      warn(&exc::DeprecationWarning,
           "invalid octal escape sequence '\\" + data.substr(first_invalid, 3) + "'");
    } else {
      uni::append(seq, c);
      warn(&exc::DeprecationWarning, "invalid escape sequence '\\" + seq + "'");
    }
  }
  return out;
}

std::string decode_raw_unicode_escape(const std::string& data, const std::string& errors) {
  std::string out;
  out.reserve(data.size());
  size_t i = 0;
  while (i < data.size()) {
    const unsigned char b = static_cast<unsigned char>(data[i]);
    if (b != '\\') {
      uni::append(out, b);
      ++i;
      continue;
    }
    // \u and \U escape only after an odd number of backslashes.
    const size_t run = i;
    while (i < data.size() && data[i] == '\\') ++i;
    const bool odd = (i - run) % 2 == 1;
    if (!odd || i >= data.size() || (data[i] != 'u' && data[i] != 'U')) {
      out.append(i - run, '\\');
      continue;
    }
    out.append(i - run - 1, '\\');
    const size_t start = i - 1;
    const int count = data[i++] == 'u' ? 4 : 8;
    uint32_t v;
    const char* message = count == 4 ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
    if (read_hex(data, i, count, v)) {
      if (v <= 0x10FFFF) {
        uni::append(out, v);
        continue;
      }
      message = "\\Uxxxxxxxx out of range";
    }
    i = decode_error(errors, "rawunicodeescape", data, start, i, message, out);
  }
  return out;
}

}  // namespace

std::string escape_encode(const std::u32string& u, bool raw) {
  std::string out;
  out.reserve(u.size());
  for (char32_t c : u) {
    if (c >= 0x10000) {
      put_hex(out, 'U', c, 8);
    } else if (c >= 0x100) {
      put_hex(out, 'u', c, 4);
    } else if (raw) {
      out += static_cast<char>(c);
    } else if (c == '\\') {
      out += "\\\\";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < ' ' || c >= 0x7F) {
      put_hex(out, 'x', c, 2);
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

std::string escape_decode(const std::string& data, const std::string& errors, bool raw) {
  return raw ? decode_raw_unicode_escape(data, errors) : decode_unicode_escape(data, errors);
}

}  // namespace aiocc::codec
