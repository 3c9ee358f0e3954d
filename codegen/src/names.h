// All name mangling and C++ literal spelling lives here.
#pragma once

#include <cmath>
#include <cstdio>
#include <string>

namespace aiocc::names {

// A Python identifier as a C++ identifier fragment (non-ASCII bytes become _xHH).
inline std::string ident(const std::string& name) {
  std::string out;
  for (unsigned char c : name) {
    if (std::isalnum(c) || c == '_') {
      out += static_cast<char>(c);
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "_x%02X", c);
      out += buf;
    }
  }
  return out;
}

inline std::string local(const std::string& n) { return "v_" + ident(n); }
inline std::string cell(const std::string& n) { return "c_" + ident(n); }
inline std::string global(const std::string& n) { return "g_" + ident(n); }
inline std::string function(int id, const std::string& n) {
  return "fn" + std::to_string(id) + "_" + ident(n == "<lambda>" ? "lambda" : n);
}
inline std::string code(int id) { return id < 0 ? "kCodeModule" : "kCode" + std::to_string(id); }
inline std::string positions(int id) { return id < 0 ? "kPosModule" : "kPos" + std::to_string(id); }
inline std::string info(int id) { return "kInfo" + std::to_string(id); }
inline std::string invoke(int id) { return "invoke" + std::to_string(id); }

// A C++ string literal holding exactly these bytes (octal escapes never swallow digits).
inline std::string string_literal(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20 || c >= 0x7F || c == '?') {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\%03o", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

inline std::string float_literal(double d) {
  if (std::isinf(d)) return d > 0 ? "__builtin_inf()" : "-__builtin_inf()";
  if (std::isnan(d)) return "__builtin_nan(\"\")";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%a", d);
  return buf;
}

}  // namespace aiocc::names
