// The source file's bytes as text (PEP 263): UTF-8 unless line 1 or 2 declares another coding.
// Latin-1 is transcoded; any other declared coding is accepted for an ASCII file, where every
// ASCII-compatible coding reads the same, and refused otherwise.
#include "source_encoding.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <regex>

#include "aiocc/frontend/diagnostics.h"
#include "literals.h"

namespace aiocc {
namespace {

struct Declaration {
  std::string name;  // normalised as CPython's get_normal_name, empty if none
  int line = 0;
};

// check_coding_spec: a comment on line 1, or on line 2 when line 1 is blank or a comment.
Declaration declared_coding(const std::string& src) {
  static const std::regex spec(R"(^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+))");
  size_t start = 0;
  for (int line = 1; line <= 2 && start < src.size(); ++line) {
    size_t end = src.find('\n', start);
    std::string text = src.substr(start, end == std::string::npos ? std::string::npos : end - start);
    std::smatch m;
    if (std::regex_search(text, m, spec)) {
      std::string n = m[1];
      std::transform(n.begin(), n.end(), n.begin(), [](unsigned char c) { return c == '_' ? '-' : std::tolower(c); });
      auto is = [&](const std::string& base) { return n == base || n.rfind(base + "-", 0) == 0; };
      if (is("utf-8")) n = "utf-8";
      if (is("latin-1") || is("iso-8859-1") || is("iso-latin-1")) n = "iso-8859-1";
      return {n, line};
    }
    const size_t first = text.find_first_not_of(" \t\f\r");
    if (first != std::string::npos && text[first] != '#') break;
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return {};
}

// The offset of the first byte that does not start a well-formed UTF-8 sequence, or npos.
size_t invalid_utf8(const std::string& s) {
  size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || (n == 2 && c < 0xC2) || i + n > s.size()) return i;
    for (size_t k = 1; k < n; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return i;
    }
    const unsigned char d = static_cast<unsigned char>(n > 1 ? s[i + 1] : 0);
    if ((c == 0xE0 && d < 0xA0) || (c == 0xED && d >= 0xA0) || (c == 0xF0 && d < 0x90) || c > 0xF4 ||
        (c == 0xF4 && d >= 0x90)) {
      return i;  // overlong, surrogate or beyond U+10FFFF
    }
    i += n;
  }
  return std::string::npos;
}

int line_of(const std::string& s, size_t offset) {
  return 1 + static_cast<int>(std::count(s.begin(), s.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

}  // namespace

std::string printable_source(const std::string& src) {
  std::string out;
  for (size_t i = 0; i < src.size();) {
    size_t bad = invalid_utf8(src.substr(i));
    if (bad == std::string::npos) bad = src.size() - i;
    out.append(src, i, bad);
    i += bad;
    if (i < src.size()) {
      out += "\xEF\xBF\xBD";  // U+FFFD
      ++i;
    }
  }
  return out;
}

std::string universal_newlines(const std::string& src) {
  if (src.find('\r') == std::string::npos) return src;
  std::string out;
  out.reserve(src.size());
  for (size_t i = 0; i < src.size(); ++i) {
    if (src[i] != '\r') {
      out += src[i];
    } else {
      out += '\n';
      if (i + 1 < src.size() && src[i + 1] == '\n') ++i;
    }
  }
  return out;
}

std::string decode_source(const std::string& src) {
  if (size_t nul = src.find('\0'); nul != std::string::npos) {
    throw CompileError(CompileError::Kind::Syntax, line_of(src, nul), 0,
                       "source code cannot contain null bytes");
  }
  const Declaration d = declared_coding(src);
  if (d.name.empty() || d.name == "utf-8") {
    if (size_t bad = invalid_utf8(src); bad != std::string::npos) {
      char byte[8];
      std::snprintf(byte, sizeof byte, "\\x%02x", static_cast<unsigned char>(src[bad]));
      const int line = line_of(src, bad);
      const size_t line_start = src.rfind('\n', bad == 0 ? 0 : bad - 1);
      const int col = static_cast<int>(line_start == std::string::npos || bad == 0 ? bad : bad - line_start - 1);
      throw CompileError(CompileError::Kind::Syntax, line, col,
                         std::string("Non-UTF-8 code starting with '") + byte + "' on line " +
                             std::to_string(line) + ", but " +
                             (d.name.empty() ? "no encoding declared" : "it is declared utf-8") +
                             "; see https://peps.python.org/pep-0263/ for details");
    }
    return src;
  }
  const bool ascii = std::all_of(src.begin(), src.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (ascii) return src;
  if (d.name == "iso-8859-1") {
    std::string out;
    for (char ch : src) literals::append_utf8(out, static_cast<unsigned char>(ch));  // Latin-1 is U+0000..U+00FF
    return out;
  }
  throw CompileError(CompileError::Kind::Unsupported, d.line, 0,
                     "'source encoding " + d.name + "' is not supported by aiocc");
}

}  // namespace aiocc
