// str.format / str.format_map (CPython's Objects/stringlib/unicode_format.h) and printf-style
// `%` formatting (PyUnicode_Format), with the same parse order and error texts. Each field's
// own spec goes to format_spec (format.cpp), the one mini-language implementation.
#include <cmath>
#include <vector>

#include "aiocc/py/bytes.h"
#include "aiocc/py/dict.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/instance.h"
#include "aiocc/py/int.h"
#include "aiocc/py/list.h"
#include "aiocc/py/name.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/protocols.h"
#include "aiocc/py/str.h"
#include "builtin_bases.h"
#include "internal.h"
#include "percent_format.h"
#include "str_methods.h"
#include "unicode.h"

namespace aiocc {

std::string ascii_repr(const Object& o) {
  const std::string r = repr(o);
  std::string out;
  for (char32_t c : uni::decode(r)) {
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else {
      out += detail::hex_escape(c);
    }
  }
  return out;
}

// \xhh, \uhhhh or \Uhhhhhhhh: the shortest of the three that holds c.
std::string detail::hex_escape(char32_t c) {
  char buf[16];
  if (c < 0x100) {
    std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(c));
  } else if (c < 0x10000) {
    std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
  } else {
    std::snprintf(buf, sizeof buf, "\\U%08x", static_cast<unsigned>(c));
  }
  return buf;
}

namespace {

// ---- str.format --------------------------------------------------------------------------

struct FormatContext {
  Args args;
  const Object* kwargs;  // a dict (format) or any mapping (format_map); null: none
  bool positional;       // false for format_map: positional fields are an error
  enum { Init, Auto, Manual } numbering = Init;
  size_t next_index = 0;
};

[[noreturn]] void value_error(const std::string& m) { raise(&exc::ValueError, m); }

// A decimal field-name part as an index, or -1 when it is not all digits.
int64_t field_index(std::string_view s) {
  if (s.empty()) return -1;
  int64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    if (v > (INT64_MAX - 9) / 10) value_error("Too many decimal digits in format string");
    v = v * 10 + (c - '0');
  }
  return v;
}

// The object a field name denotes: `0`, `name`, `` (automatic), then `.attr` and `[key]` parts.
Object field_object(std::string_view name, FormatContext& ctx) {
  size_t i = 0;
  while (i < name.size() && name[i] != '.' && name[i] != '[') ++i;
  const std::string_view first = name.substr(0, i);
  std::string_view rest = name.substr(i);
  int64_t index = field_index(first);
  const bool empty = first.empty();
  if (empty || index >= 0) {
    if (ctx.numbering == FormatContext::Init)
      ctx.numbering = empty ? FormatContext::Auto : FormatContext::Manual;
    if (ctx.numbering == FormatContext::Manual && empty) {
      value_error("cannot switch from manual field specification to automatic field numbering");
    }
    if (ctx.numbering == FormatContext::Auto && !empty) {
      value_error("cannot switch from automatic field numbering to manual field specification");
    }
    if (empty) index = static_cast<int64_t>(ctx.next_index++);
  }
  Object obj;
  if (index < 0) {
    Object key = py_str(std::string(first));
    if (!ctx.kwargs) raise_exc(new_exception(&exc::KeyError, {key}));
    if (DictObject* d = as_dict(*ctx.kwargs); d && !is_user(*ctx.kwargs)) {
      const Object* v = d->find(key);
      if (!v) raise_exc(new_exception(&exc::KeyError, {key}));
      obj = *v;
    } else {
      obj = getitem(*ctx.kwargs, key);
    }
  } else {
    if (!ctx.positional) value_error("Format string contains positional fields");
    if (static_cast<size_t>(index) >= ctx.args.size()) {
      raise(&exc::IndexError, "Replacement index " + std::to_string(index) +
                                  " out of range for positional args tuple");
    }
    obj = ctx.args[static_cast<size_t>(index)];
  }
  while (!rest.empty()) {
    const char kind = rest[0];
    rest.remove_prefix(1);
    std::string_view part;
    if (kind == '.') {
      size_t j = 0;
      while (j < rest.size() && rest[j] != '.' && rest[j] != '[') ++j;
      part = rest.substr(0, j);
      rest.remove_prefix(j);
      if (part.empty()) value_error("Empty attribute in format string");
      obj = getattr_name(obj, intern(part));
    } else if (kind == '[') {
      const size_t j = rest.find(']');
      if (j == std::string_view::npos) value_error("Missing ']' in format string");
      part = rest.substr(0, j);
      rest.remove_prefix(j + 1);
      if (part.empty()) value_error("Empty attribute in format string");
      const int64_t k = field_index(part);
      obj = getitem(obj, k >= 0 ? py_int(k) : py_str(std::string(part)));
    } else {
      value_error("Only '.' or '[' may follow ']' in format field specifier");
    }
  }
  return obj;
}

Object convert(const Object& v, char32_t conversion) {
  switch (conversion) {
    case 0:
      return v;
    case 'r':
      return py_str(repr(v));
    case 's':
      return py_str(str(v));
    case 'a':
      return py_str(ascii_repr(v));
    default:
      break;
  }
  if (conversion > 32 && conversion < 127) {
    value_error(std::string("Unknown conversion specifier ") + static_cast<char>(conversion));
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, "\\x%x", static_cast<unsigned>(conversion));
  value_error(std::string("Unknown conversion specifier ") + buf);
}

std::string build(std::string_view f, FormatContext& ctx, int depth);

// One replacement field, from just after its '{'; `i` ends just past its '}'.
std::string render_field(std::string_view f, size_t& i, FormatContext& ctx, int depth) {
  const size_t name_start = i;
  char c = 0;
  while (i < f.size()) {
    c = f[i++];
    if (c == '{') value_error("unexpected '{' in field name");
    if (c == '[') {
      while (i < f.size() && f[i] != ']') ++i;
      continue;
    }
    if (c == '}' || c == ':' || c == '!') break;
  }
  if (c != '}' && c != ':' && c != '!') value_error("expected '}' before end of string");
  const std::string_view name = f.substr(name_start, i - 1 - name_start);
  char32_t conversion = 0;
  std::string_view spec;
  bool nested = false;
  if (c == '!' || c == ':') {
    bool done = false;
    if (c == '!') {
      if (i >= f.size()) value_error("end of string while looking for conversion specifier");
      const size_t n = utf8_char_len(static_cast<unsigned char>(f[i]));
      conversion = uni::decode(f.substr(i, n))[0];
      i += n;
      if (i < f.size()) {
        const char after = f[i++];
        if (after == '}') {
          done = true;
        } else if (after != ':') {
          value_error("expected ':' after conversion specifier");
        }
      }
    }
    if (!done) {
      const size_t spec_start = i;
      int count = 1;
      while (i < f.size()) {
        const char s = f[i++];
        if (s == '{') {
          nested = true;
          ++count;
        } else if (s == '}' && --count == 0) {
          break;
        }
      }
      if (count != 0) value_error("unmatched '{' in format spec");
      spec = f.substr(spec_start, i - 1 - spec_start);
    }
  }
  Object obj = convert(field_object(name, ctx), conversion);
  const std::string actual_spec = nested ? build(spec, ctx, depth - 1) : std::string(spec);
  if (actual_spec.empty() && is_str(obj)) return str_value(obj);
  return format_spec(obj, actual_spec);
}

std::string build(std::string_view f, FormatContext& ctx, int depth) {
  if (depth <= 0) value_error("Max string recursion exceeded");
  std::string out;
  size_t i = 0;
  while (i < f.size()) {
    const size_t j = f.find_first_of("{}", i);
    if (j == std::string_view::npos) {
      out.append(f.substr(i));
      break;
    }
    out.append(f.substr(i, j - i));
    const char c = f[j];
    const bool doubled = j + 1 < f.size() && f[j + 1] == c;
    if (c == '}' && !doubled) value_error("Single '}' encountered in format string");
    if (c == '{' && j + 1 == f.size()) value_error("Single '{' encountered in format string");
    if (doubled) {
      out += c;
      i = j + 2;
      continue;
    }
    i = j + 1;
    out += render_field(f, i, ctx, depth);
  }
  return out;
}

}  // namespace

Object str_format(const Object& self, Args args, Kwargs kw) {
  Object kwargs;
  if (kw.size()) {
    kwargs = py_dict();
    for (const Kw& k : kw) as_dict(kwargs)->set(py_str(std::string(k.name)), k.value);
  }
  FormatContext ctx{args, kw.size() ? &kwargs : nullptr, true};
  return py_str(build(str_value(self), ctx, 2));
}

Object str_format_map(const Object& self, const Object& mapping) {
  FormatContext ctx{{}, &mapping, false};
  return py_str(build(str_value(self), ctx, 2));
}

// ---- printf-style formatting ---------------------------------------------------------------

const Object& detail::PercentArgs::next() {
  if (argidx < arglen) {
    const int64_t i = argidx++;
    return arglen < 0 ? args : as_tuple(args)->items[static_cast<size_t>(i)];
  }
  raise(&exc::TypeError, "not enough arguments for format string");
}

detail::PercentSpec detail::parse_percent_spec(std::string_view f, size_t& i, PercentArgs& ctx,
                                               Object (*key)(std::string_view)) {
  auto peek = [&]() -> char { return i < f.size() ? f[i] : '\0'; };
  if (peek() == '(') {
    if (!ctx.dict) raise(&exc::TypeError, "format requires a mapping");
    const size_t key_start = ++i;
    int depth = 1;
    while (depth > 0 && i < f.size()) {
      if (f[i] == ')') --depth;
      if (f[i] == '(') ++depth;
      ++i;
    }
    if (depth > 0) raise(&exc::ValueError, "incomplete format key");
    ctx.args = getitem(*ctx.dict, key(f.substr(key_start, i - 1 - key_start)));
    ctx.arglen = -1;
    ctx.argidx = -2;
  }
  PercentSpec spec;
  int& flags = spec.flags;
  for (;; ++i) {
    const char c = peek();
    if (c == '-')
      flags |= LJust;
    else if (c == '+')
      flags |= Sign;
    else if (c == ' ')
      flags |= Blank;
    else if (c == '#')
      flags |= Alt;
    else if (c == '0')
      flags |= Zero;
    else
      break;
  }
  auto star = [&]() {
    const Object& v = ctx.next();
    if (!is_int(v)) raise(&exc::TypeError, "* wants int");
    int64_t n;
    if (!detail::small(v, n))
      raise(&exc::OverflowError, "Python int too large to convert to C ssize_t");
    ++i;
    return n;
  };
  auto number = [&](const char* too_big) {
    int64_t n = 0;
    while (peek() >= '0' && peek() <= '9') {
      if (n > (INT32_MAX - 9) / 10) raise(&exc::ValueError, too_big);
      n = n * 10 + (f[i++] - '0');
    }
    return n;
  };
  if (peek() == '*') {
    spec.width = star();
    if (spec.width < 0) flags |= LJust, spec.width = -spec.width;
  } else if (peek() >= '0' && peek() <= '9') {
    spec.width = number("width too big");
  }
  if (peek() == '.') {
    ++i;
    spec.prec = 0;
    if (peek() == '*') {
      spec.prec = std::max<int64_t>(star(), 0);
    } else if (peek() >= '0' && peek() <= '9') {
      spec.prec = number("precision too big");
    }
  }
  if (peek() == 'h' || peek() == 'l' || peek() == 'L') ++i;
  if (i >= f.size()) raise(&exc::ValueError, "incomplete format");
  return spec;
}

namespace {

using namespace detail;  // the PercentFlag names

std::string int_digits(const Object& v, int base) {
  mpz_t z;
  mpz_init(z);
  int_to_mpz(v, z);
  char* raw = mpz_get_str(nullptr, base, z);
  std::string s(raw);
  void (*freefunc)(void*, size_t);
  mp_get_memory_functions(nullptr, nullptr, &freefunc);
  freefunc(raw, s.size() + 1);
  mpz_clear(z);
  if (base == 10) check_int_str_digits(s.size() - (s[0] == '-' ? 1 : 0));
  return s;
}

}  // namespace

std::string detail::percent_integer(const Object& v, char type, int flags, int64_t prec) {
  Object iv;
  const bool integral = (type == 'o' || type == 'x' || type == 'X');
  if (is_int(v)) {
    iv = v.is_bool() ? py_int(v.as_bool()) : v;
  } else if (v.is_float() && !integral) {
    iv = call(Object(&types::int_), {v});
  } else if (is_user(v)) {
    try {
      iv = integral ? number_index(v) : call(Object(&types::int_), {v});
    } catch (PyException& e) {
      if (!type_of(e.exc)->is_subtype_of(&exc::TypeError)) throw;
    }
  }
  if (iv.is_unbound()) {
    raise(&exc::TypeError, std::string("%") + type +
                               " format: " + (integral ? "an integer" : "a real number") +
                               " is required, not " + type_of(v)->name);
  }
  std::string digits = int_digits(iv, type == 'o' ? 8 : integral ? 16 : 10);
  std::string sign;
  if (digits[0] == '-') {
    sign = "-";
    digits.erase(0, 1);
  }
  if (prec > static_cast<int64_t>(digits.size()))
    digits.insert(0, static_cast<size_t>(prec) - digits.size(), '0');
  std::string prefix = (flags & Alt) && integral ? (type == 'o' ? "0o" : "0x") : "";
  std::string out = sign + prefix + digits;
  if (type == 'X') {
    for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return out;
}

bool detail::percent_mapping(const Object& v, bool bytes_format) {
  const Object& u = unwrap(v);
  if (as_tuple(u) || is_str(u) || (bytes_format && is_bytes_like(u))) return false;
  if (InstanceObject* inst = as_instance(v); inst && !inst->cls->slot(Slot::getitem).is_unbound())
    return true;
  return builtin_has_slot(type_of(u), Slot::getitem);
}

std::string detail::percent_double(double x, char type, int flags, int64_t prec) {
  if (prec < 0) prec = 6;
  // CPython writes a NaN without its sign; printf would write "-nan".
  if (std::isnan(x)) x = std::fabs(x);
  std::string fmt = std::string("%") + ((flags & Alt) ? "#" : "") + ".*" + type;
  const int n = std::snprintf(nullptr, 0, fmt.c_str(), static_cast<int>(prec), x);
  std::string out(static_cast<size_t>(n) + 1, '\0');
  std::snprintf(out.data(), out.size(), fmt.c_str(), static_cast<int>(prec), x);
  out.resize(static_cast<size_t>(n));
  return out;
}

namespace {

double float_arg(const Object& v) {
  if (v.is_float()) return v.as_float();
  if (is_int(v)) return int_to_double(v);
  if (is_user(v)) {
    try {
      Object f = call(Object(&types::float_), {v});
      if (f.is_float()) return f.as_float();
    } catch (PyException& e) {
      if (!type_of(e.exc)->is_subtype_of(&exc::TypeError)) throw;
    }
  }
  raise(&exc::TypeError, "must be real number, not " + type_of(v)->name);
}

std::string format_char(const Object& v) {
  const Object& s = unwrap(v);
  if (is_str(s)) {
    if (utf8_length(str_value(s)) != 1) raise(&exc::TypeError, "%c requires int or char");
    return str_value(s);
  }
  if (!is_int(v) && !is_user(v)) raise(&exc::TypeError, "%c requires int or char");
  Object i;
  try {
    i = number_index(v);
  } catch (PyException& e) {
    if (!type_of(e.exc)->is_subtype_of(&exc::TypeError)) throw;
    raise(&exc::TypeError, "%c requires int or char");
  }
  int64_t cp;
  if (!detail::small(i, cp) || cp < 0 || cp > 0x10FFFF) {
    raise(&exc::OverflowError, "%c arg not in range(0x110000)");
  }
  std::string out;
  uni::append(out, static_cast<char32_t>(cp));
  return out;
}

// unicode_format_arg_output: sign, prefix and padding around a converted value.
void pad_percent(std::string& out, std::string body, char type, int flags, int64_t width,
                 int64_t prec, bool numeric) {
  const char fill = numeric && (flags & Zero) ? '0' : ' ';
  if ((type == 's' || type == 'r' || type == 'a') && prec >= 0) {
    size_t i = 0;
    for (int64_t n = 0; i < body.size() && n < prec; ++n)
      i += utf8_char_len(static_cast<unsigned char>(body[i]));
    body.resize(i);
  }
  std::string sign;
  if (numeric) {
    if (!body.empty() && (body[0] == '-' || body[0] == '+')) {
      sign = body.substr(0, 1);
      body.erase(0, 1);
    } else if (flags & Sign) {
      sign = "+";
    } else if (flags & Blank) {
      sign = " ";
    }
  }
  std::string prefix;
  if ((flags & Alt) && (type == 'x' || type == 'X' || type == 'o')) {
    prefix = body.substr(0, 2);
    body.erase(0, 2);
  }
  const int64_t len = static_cast<int64_t>(sign.size() + prefix.size() + utf8_length(body));
  const size_t padding = width > len ? static_cast<size_t>(width - len) : 0;
  if (flags & LJust) {
    out += sign + prefix + body + std::string(padding, ' ');
  } else if (fill == '0') {
    out += sign + prefix + std::string(padding, '0') + body;
  } else {
    out += std::string(padding, ' ') + sign + prefix + body;
  }
}

Object str_key(std::string_view k) { return py_str(std::string(k)); }

}  // namespace

Object str_percent(const Object& format, const Object& values) {
  const std::string& f = str_value(format);
  PercentArgs ctx{values, -1, -2, nullptr};
  if (TupleObject* t = as_tuple(values))
    ctx.arglen = static_cast<int64_t>(t->items.size()), ctx.argidx = 0;
  if (percent_mapping(values, false)) ctx.dict = &values;
  std::string out;
  size_t i = 0;
  while (i < f.size()) {
    const size_t pct = f.find('%', i);
    if (pct == std::string::npos) {
      out.append(f, i, std::string::npos);
      break;
    }
    out.append(f, i, pct - i);
    i = pct + 1;
    if (i < f.size() && f[i] == '%') {
      out += '%';
      ++i;
      continue;
    }
    const auto [flags, width, prec] = parse_percent_spec(f, i, ctx, str_key);
    const size_t n = utf8_char_len(static_cast<unsigned char>(f[i]));
    const char32_t type = uni::decode(std::string_view(f).substr(i, n))[0];
    i += n;
    const Object& v = ctx.next();
    switch (type) {
      case 's':
        pad_percent(out, str(v), 's', flags, width, prec, false);
        break;
      case 'r':
        pad_percent(out, repr(v), 'r', flags, width, prec, false);
        break;
      case 'a':
        pad_percent(out, ascii_repr(v), 'a', flags, width, prec, false);
        break;
      case 'c':
        pad_percent(out, format_char(v), 'c', flags, width, prec, false);
        break;
      case 'd':
      case 'i':
      case 'u':
      case 'o':
      case 'x':
      case 'X': {
        const char t = static_cast<char>(type);
        pad_percent(out, percent_integer(v, t, flags, prec), t, flags, width, prec, true);
        break;
      }
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G': {
        const char t = static_cast<char>(type);
        pad_percent(out, percent_double(float_arg(v), t, flags, prec), t, flags, width, prec, true);
        break;
      }
      default: {
        char buf[96];
        std::snprintf(buf, sizeof buf, "unsupported format character '%c' (0x%x) at index %zu",
                      type >= 31 && type <= 126 ? static_cast<char>(type) : '?',
                      static_cast<unsigned>(type), utf8_length(f.substr(0, i - n)));
        raise(&exc::ValueError, buf);
      }
    }
    if (ctx.dict && ctx.argidx < ctx.arglen) {
      raise(&exc::TypeError, "not all arguments converted during string formatting");
    }
  }
  if (ctx.argidx < ctx.arglen && !ctx.dict) {
    raise(&exc::TypeError, "not all arguments converted during string formatting");
  }
  return py_str(std::move(out));
}

}  // namespace aiocc
