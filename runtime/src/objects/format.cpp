// The format-spec mini-language used by f-strings, str.format and format():
// [[fill]align][sign][z][#][0][width][,|_][.precision][type]
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "aiocc/py/complex.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/int.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/protocols.h"
#include "aiocc/py/str.h"
#include "internal.h"
#include "str_methods.h"

namespace aiocc {
namespace {

struct Spec {
  std::string fill = " ";
  char align = 0;
  char sign = '-';
  bool sign_given = false;  // CPython's checks tell "-" from no sign
  bool no_neg_zero = false;  // 'z' (PEP 682): a float that rounds to -0 prints as 0
  bool alt = false;
  bool zero = false;
  long width = -1;
  char grouping = 0;
  long precision = -1;
  char type = 0;
};

Spec parse_spec(const std::string& s, const Object& v) {
  Spec sp;
  size_t i = 0;
  auto is_align = [](char c) { return c == '<' || c == '>' || c == '^' || c == '='; };
  // The fill may be any code point; take its UTF-8 bytes.
  size_t first_len = 1;
  if (!s.empty()) {
    unsigned char c = static_cast<unsigned char>(s[0]);
    first_len = utf8_char_len(c);
  }
  bool fill_given = false;
  if (s.size() > first_len && is_align(s[first_len])) {
    sp.fill = s.substr(0, first_len);
    sp.align = s[first_len];
    i = first_len + 1;
    fill_given = true;
  } else if (!s.empty() && is_align(s[0])) {
    sp.align = s[0];
    i = 1;
  }
  if (i < s.size() && (s[i] == '+' || s[i] == '-' || s[i] == ' ')) {
    sp.sign = s[i++];
    sp.sign_given = true;
  }
  if (i < s.size() && s[i] == 'z') {
    sp.no_neg_zero = true;
    ++i;
  }
  if (i < s.size() && s[i] == '#') {
    sp.alt = true;
    ++i;
  }
  // The '0' flag: zero fill unless a fill is given, and for numbers (right-aligned by default)
  // padding after the sign unless an alignment is given.
  if (i < s.size() && s[i] == '0') {
    sp.zero = true;
    if (!fill_given) sp.fill = "0";
    if (!sp.align && (is_int(v) || v.is_float() || as_complex(v))) sp.align = '=';
    ++i;
  }
  size_t w = i;
  while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
  if (i > w) sp.width = std::stol(s.substr(w, i - w));
  if (i < s.size() && (s[i] == ',' || s[i] == '_')) sp.grouping = s[i++];
  if (sp.grouping && i < s.size() && (s[i] == ',' || s[i] == '_') && s[i] != sp.grouping) {
    raise(&exc::ValueError, "Cannot specify both ',' and '_'.");
  }
  if (i < s.size() && s[i] == '.') {
    ++i;
    size_t p = i;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
    if (i == p) raise(&exc::ValueError, "Format specifier missing precision");
    sp.precision = std::stol(s.substr(p, i - p));
  }
  if (i < s.size()) sp.type = s[i++];
  if (i < s.size()) {
    raise(&exc::ValueError, "Invalid format specifier '" + s + "' for object of type '" +
                                type_of(v)->name + "'");
  }
  // PEP 378: separators with the decimal types only, '_' also with the binary/octal/hex ones.
  // A str's presentation type defaults to 's'.
  const char type = sp.type ? sp.type : is_str(v) ? 's' : 0;
  const bool separable = type == 0 || std::string("defgEG%F").find(type) != std::string::npos ||
                         (sp.grouping == '_' && std::string("boxX").find(type) != std::string::npos);
  if (sp.grouping && !separable) {
    raise(&exc::ValueError, std::string("Cannot specify '") + sp.grouping + "' with '" + type + "'.");
  }
  return sp;
}

// Groups of 3 digits, or of 4 for the binary, octal and hex types ('_' only). Zero padding
// after the sign (fill '0', align '=') is grouped too: zeros are added until the grouped
// digits are at least `min_width` long, never starting with a separator (CPython's
// _PyUnicode_InsertThousandsGrouping).
std::string group_digits(std::string digits, char sep, int size = 3, long min_width = 0) {
  for (;;) {
    std::string out;
    int n = 0;
    for (size_t i = digits.size(); i-- > 0;) {
      if (n && n % size == 0) out.insert(out.begin(), sep);
      out.insert(out.begin(), digits[i]);
      ++n;
    }
    if (static_cast<long>(out.size()) >= min_width) return out;
    digits.insert(digits.begin(), '0');
  }
}

bool zero_padded(const Spec& sp) { return sp.fill == "0" && sp.align == '='; }

std::string pad(const std::string& body, const std::string& sign_prefix, const Spec& sp,
                char default_align) {
  std::string content = sign_prefix + body;
  long len = static_cast<long>(utf8_length(content));
  if (sp.width <= len) return content;
  long n = sp.width - len;
  const char align = sp.align ? sp.align : default_align;
  const std::string& fill = sp.fill;
  auto rep = [&](long k) {
    std::string r;
    for (long i = 0; i < k; ++i) r += fill;
    return r;
  };
  switch (align) {
    case '<': return content + rep(n);
    case '^': return rep(n / 2) + content + rep(n - n / 2);
    case '=': return sign_prefix + rep(n) + body;
    default: return rep(n) + content;
  }
}

std::string format_int(const Object& v, const Spec& sp) {
  mpz_t z;
  mpz_init(z);
  int_to_mpz(v, z);
  bool negative = mpz_sgn(z) < 0;
  mpz_abs(z, z);
  int base = 10;
  std::string prefix;
  switch (sp.type) {
    case 'b': base = 2; prefix = "0b"; break;
    case 'o': base = 8; prefix = "0o"; break;
    case 'x': base = 16; prefix = "0x"; break;
    case 'X': base = 16; prefix = "0X"; break;
    default: break;
  }
  char* raw = mpz_get_str(nullptr, base, z);
  std::string digits(raw);
  void (*freefunc)(void*, size_t);
  mp_get_memory_functions(nullptr, nullptr, &freefunc);
  freefunc(raw, digits.size() + 1);
  mpz_clear(z);
  if (base == 10) check_int_str_digits(digits.size());
  if (sp.type == 'X') {
    for (char& c : digits) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  std::string sign = negative ? "-" : sp.sign == '+' ? "+" : sp.sign == ' ' ? " " : "";
  if (sp.alt) sign += prefix;
  if (sp.grouping) {
    const long min_width = zero_padded(sp) ? sp.width - static_cast<long>(sign.size()) : 0;
    digits = group_digits(digits, sp.grouping, base == 10 ? 3 : 4, min_width);
  }
  return pad(digits, sign, sp, '>');
}

std::string format_float(double d, Spec sp) {
  bool negative = std::signbit(d) && !std::isnan(d);
  double a = std::fabs(d);
  std::string body;
  char type = sp.type;
  if (std::isinf(a) || std::isnan(a)) {
    body = std::isnan(a) ? "nan" : "inf";
    if (type == 'F' || type == 'E' || type == 'G') {
      for (char& c : body) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    if (type == '%') body += "%";
  } else if (type == 0 && sp.precision < 0) {
    body = detail::float_repr(a);
  } else {
    long prec = sp.precision < 0 ? 6 : sp.precision;
    char buf[512];
    bool percent = type == '%';
    if (percent) a *= 100;
    char t = type == 0 ? 'g' : type == 'n' ? 'g' : percent ? 'f' : type;
    if (t == 'g' || t == 'G') {
      if (prec == 0) prec = 1;
    }
    std::string fmt = std::string("%") + (sp.alt ? "#" : "") + ".*" + t;
    std::snprintf(buf, sizeof buf, fmt.c_str(), static_cast<int>(prec), a);
    body = buf;
    if (type == 0 && body.find_first_of(".eEn") == std::string::npos) {
      // '' with a precision: like 'g' but fixed point keeps one decimal.
      body += ".0";
    } else if (type == 0 && body.find('e') != std::string::npos) {
      // keep as is
    }
    if (percent) body += "%";
  }
  // A zero's exponent is zero, so a nonzero digit anywhere means a nonzero value.
  if (sp.no_neg_zero && std::isfinite(a) && body.find_first_of("123456789") == std::string::npos) {
    negative = false;
  }
  std::string sign = negative ? "-" : sp.sign == '+' ? "+" : sp.sign == ' ' ? " " : "";
  if (sp.grouping) {
    size_t end = body.find_first_of(".eE%");
    std::string ip = body.substr(0, end), rest = end == std::string::npos ? "" : body.substr(end);
    if (std::all_of(ip.begin(), ip.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
      const long min_width =
          zero_padded(sp) ? sp.width - static_cast<long>(sign.size() + rest.size()) : 0;
      body = group_digits(ip, sp.grouping, 3, min_width) + rest;
    }
  }
  return pad(body, sign, sp, '>');
}

// format_complex_internal: each part formatted as a float without padding (the imaginary one
// with a sign unless the real part is left out), then the whole padded; no type means str()'s
// form (parentheses, a +0 real part left out).
std::string format_complex(double re, double im, const Spec& sp) {
  if (sp.fill == "0") {
    raise(&exc::ValueError, "Zero padding is not allowed in complex format specifier");
  }
  if (sp.align == '=') {
    raise(&exc::ValueError, "'=' alignment flag is not allowed in complex format specifier");
  }
  Spec part = sp;
  part.fill = " ";
  part.align = 0;
  part.width = -1;
  bool repr_form = false, skip_re = false, parens = false;
  if (sp.type == 0) {
    repr_form = sp.precision < 0;
    part.type = 'g';
    skip_re = re == 0.0 && !std::signbit(re);
    parens = !skip_re;
  } else if (sp.type == 'n') {
    part.type = 'g';
  }
  auto one = [&](double x, char sign) {
    Spec p = part;
    p.sign = sign;
    if (!repr_form) return format_float(x, p);
    p.type = 0;  // repr digits, without the ".0" a float's repr adds
    std::string s = format_float(x, p);
    if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
    return s;
  };
  std::string body = (parens ? "(" : "") + (skip_re ? "" : one(re, sp.sign)) +
                     one(im, skip_re ? sp.sign : '+') + "j" + (parens ? ")" : "");
  Spec outer = sp;
  outer.sign = '-';
  return pad(body, "", outer, '>');
}

}  // namespace

std::string format_spec(const Object& v, const std::string& spec) {
  if (is_user(v) || (is_user_exception(v) && has_special(v, Slot::format))) return str_value(user_format(v, spec));
  if (spec.empty()) return str(v);
  Spec sp = parse_spec(spec, v);
  if (is_int(v) && !v.is_float()) {
    if (sp.type == 0 || std::string("bdoxXnc").find(sp.type) != std::string::npos) {
      if (sp.precision >= 0) raise(&exc::ValueError, "Precision not allowed in integer format specifier");
      if (sp.no_neg_zero) {
        raise(&exc::ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
      }
      if (sp.type == 'c') {  // format_long_internal's checks, in its order
        if (sp.sign_given) raise(&exc::ValueError, "Sign not allowed with integer format specifier 'c'");
        if (sp.alt) raise(&exc::ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
        Object cp = number_index(v);
        if (!cp.is_small_int()) raise(&exc::OverflowError, "Python int too large to convert to C long");
        if (cp.as_int() < 0 || cp.as_int() > 0x10ffff) raise(&exc::OverflowError, "%c arg not in range(0x110000)");
        std::string s;
        detail::append_utf8_rt(s, static_cast<unsigned long>(cp.as_int()));
        return pad(s, "", sp, '<');
      }
      return format_int(v, sp);
    }
    if (std::string("eEfFgG%").find(sp.type) != std::string::npos) {
      return format_float(int_to_double(v), sp);
    }
  } else if (v.is_float()) {
    if (sp.type == 0 || std::string("eEfFgGn%").find(sp.type) != std::string::npos) {
      return format_float(v.as_float(), sp);
    }
  } else if (ComplexObject* c = as_complex(v)) {
    if (sp.type == 0 || std::string("eEfFgGn").find(sp.type) != std::string::npos) {
      return format_complex(c->real, c->imag, sp);
    }
  } else if (is_str(v)) {
    if (sp.type == 0 || sp.type == 's') {
      if (sp.sign_given) raise(&exc::ValueError, "Sign not allowed in string format specifier");
      if (sp.no_neg_zero) {
        raise(&exc::ValueError, "Negative zero coercion (z) not allowed in string format specifier");
      }
      if (sp.alt) raise(&exc::ValueError, "Alternate form (#) not allowed in string format specifier");
      if (sp.align == '=') raise(&exc::ValueError, "'=' alignment not allowed in string format specifier");
      std::string s = str_value(v);
      if (sp.precision >= 0) {
        // Truncate to `precision` code points.
        size_t i = 0;
        long n = 0;
        while (i < s.size() && n < sp.precision) {
          unsigned char c = static_cast<unsigned char>(s[i]);
          i += utf8_char_len(c);
          ++n;
        }
        s = s.substr(0, i);
      }
      return pad(s, "", sp, '<');
    }
  } else if (v.is_none() || v.is_heap()) {
    raise(&exc::TypeError, "unsupported format string passed to " + type_of(v)->name + ".__format__");
  }
  raise(&exc::ValueError, std::string("Unknown format code '") + sp.type +
                              "' for object of type '" + type_of(v)->name + "'");
}

void detail::append_utf8_rt(std::string& out, unsigned long cp) {
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

Object format_value(const Object& v, const Object& spec, char conversion, Pos) {
  Object x = v;
  if (conversion == 'r') x = py_str(repr(v));
  if (conversion == 'a') x = py_str(ascii_repr(v));
  if (conversion == 's') x = py_str(str(v));
  const std::string s = spec.is_unbound() ? std::string() : str_value(spec);
  if (s.empty() && is_str(x)) return x;
  return py_str(format_spec(x, s));
}

Object concat_strings(std::initializer_list<Object> parts) {
  std::string out;
  for (const Object& p : parts) out += str_value(p);
  return py_str(std::move(out));
}

}  // namespace aiocc
