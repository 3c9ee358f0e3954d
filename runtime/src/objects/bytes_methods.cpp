// The methods of bytes and bytearray, described once in two catalogs (the shared ones, and
// bytearray's with its mutators merged in), implemented as CPython 3.11's
// Objects/bytes_methods.c and stringlib do: ASCII-only character classes and case mapping,
// byte offsets everywhere. A method returns a value of its receiver's type.
#include <algorithm>

#include "aiocc/py/bytes.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/function.h"
#include "aiocc/py/int.h"
#include "aiocc/py/list.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/protocols.h"
#include "aiocc/py/str.h"
#include "builtin_bases.h"
#include "bytes_internal.h"
#include "internal.h"

namespace aiocc {
namespace {

const std::string& data(const Object& self) { return bytes_data(self); }
std::string tname(const Object& o) { return type_of(o)->name; }
Object same_kind(const Object& self, std::string s) {
  return is_bytes(self) ? py_bytes(std::move(s)) : py_bytearray(std::move(s));
}
// An unchanged result: bytes are immutable and may be shared, a bytearray is copied.
Object unchanged(const Object& self) { return is_bytes(self) ? self : py_bytearray(data(self)); }

bool is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
bool is_alpha(unsigned char c) { return is_upper(c) || is_lower(c); }
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
bool is_alnum(unsigned char c) { return is_alpha(c) || is_digit(c); }
char to_upper(unsigned char c) { return static_cast<char>(is_lower(c) ? c - 32 : c); }
char to_lower(unsigned char c) { return static_cast<char>(is_upper(c) ? c + 32 : c); }

int64_t ssize_arg(const Object& o) {
  int64_t v;
  if (detail::small(o, v)) return v;
  if (o.is_float() || (!is_int(o) && !is_user(o)))
    raise(&exc::TypeError, "'" + tname(o) + "' object cannot be interpreted as an integer");
  if (detail::small(number_index(o), v)) return v;
  raise(&exc::OverflowError, "Python int too large to convert to C ssize_t");
}

// [start, end) of find(), count(), startswith()... adjusted like a slice.
struct Window {
  int64_t start, end;
};
Window window(const std::string& s, const Object& start, const Object& end) {
  const int64_t n = static_cast<int64_t>(s.size());
  Window w{slice_index(start, 0), slice_index(end, n)};
  if (w.end > n) w.end = n;
  if (w.end < 0) w.end = std::max<int64_t>(0, w.end + n);
  if (w.start < 0) w.start = std::max<int64_t>(0, w.start + n);
  return w;
}

// The needle of find(), count(), index()...: a byte value or a buffer.
std::string needle(const Object& o) {
  int64_t v;
  if (detail::small(o, v) || (is_user(o) && !is_bytes_like(unwrap(o)))) {
    if (!detail::small(o, v)) v = ssize_arg(o);
    if (v < 0 || v > 255) raise(&exc::ValueError, "byte must be in range(0, 256)");
    return std::string(1, static_cast<char>(v));
  }
  const Object& b = unwrap(o);
  if (!is_bytes_like(b))
    raise(&exc::TypeError, "argument should be integer or bytes-like object, not '" + tname(o) + "'");
  return bytes_data(b);
}

// ---- case and classes ----------------------------------------------------------------------

template <char (*f)(unsigned char)>
Object map_bytes(const Object& self, const Object*, Args, Kwargs) {
  std::string out = data(self);
  for (char& c : out) c = f(static_cast<unsigned char>(c));
  return same_kind(self, std::move(out));
}
char swap(unsigned char c) { return is_upper(c) ? to_lower(c) : to_upper(c); }

Object m_title(const Object& self, const Object*, Args, Kwargs) {
  std::string out = data(self);
  bool prev_cased = false;
  for (char& c : out) {
    const unsigned char u = static_cast<unsigned char>(c);
    c = prev_cased ? to_lower(u) : to_upper(u);
    prev_cased = is_alpha(u);
  }
  return same_kind(self, std::move(out));
}
Object m_capitalize(const Object& self, const Object*, Args, Kwargs) {
  std::string out = data(self);
  for (size_t i = 0; i < out.size(); ++i) {
    const unsigned char u = static_cast<unsigned char>(out[i]);
    out[i] = i == 0 ? to_upper(u) : to_lower(u);
  }
  return same_kind(self, std::move(out));
}

template <bool (*in)(unsigned char)>
Object every_byte(const Object& self, const Object*, Args, Kwargs) {
  const std::string& s = data(self);
  return Object::from_bool(!s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return in(static_cast<unsigned char>(c));
  }));
}
Object m_isascii(const Object& self, const Object*, Args, Kwargs) {
  const std::string& s = data(self);
  return Object::from_bool(std::all_of(s.begin(), s.end(), [](char c) { return (c & 0x80) == 0; }));
}
template <bool (*same)(unsigned char), bool (*other)(unsigned char)>
Object all_cased(const Object& self, const Object*, Args, Kwargs) {
  bool cased = false;
  for (char c : data(self)) {
    if (other(static_cast<unsigned char>(c))) return False();
    cased |= same(static_cast<unsigned char>(c));
  }
  return Object::from_bool(cased);
}
Object m_istitle(const Object& self, const Object*, Args, Kwargs) {
  bool cased = false, prev_cased = false;
  for (char ch : data(self)) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if (is_upper(c)) {
      if (prev_cased) return False();
      prev_cased = cased = true;
    } else if (is_lower(c)) {
      if (!prev_cased) return False();
      prev_cased = cased = true;
    } else {
      prev_cased = false;
    }
  }
  return Object::from_bool(cased);
}

// ---- searching -----------------------------------------------------------------------------

int64_t find_in(const Object& self, const Object* a, bool reverse) {
  const std::string& s = data(self);
  const std::string sub = needle(a[0]);
  const Window w = window(s, a[1], a[2]);
  if (w.end - w.start < static_cast<int64_t>(sub.size())) return -1;
  const std::string_view hay = std::string_view(s).substr(w.start, w.end - w.start);
  const size_t j = reverse ? hay.rfind(sub) : hay.find(sub);
  return j == std::string_view::npos ? -1 : w.start + static_cast<int64_t>(j);
}
Object m_find(const Object& self, const Object* a, Args, Kwargs) {
  return py_int(find_in(self, a, false));
}
Object m_rfind(const Object& self, const Object* a, Args, Kwargs) {
  return py_int(find_in(self, a, true));
}
Object m_index(const Object& self, const Object* a, Args, Kwargs) {
  const int64_t i = find_in(self, a, false);
  if (i < 0) raise(&exc::ValueError, "subsection not found");
  return py_int(i);
}
Object m_rindex(const Object& self, const Object* a, Args, Kwargs) {
  const int64_t i = find_in(self, a, true);
  if (i < 0) raise(&exc::ValueError, "subsection not found");
  return py_int(i);
}
Object m_count(const Object& self, const Object* a, Args, Kwargs) {
  const std::string& s = data(self);
  const std::string sub = needle(a[0]);
  const Window w = window(s, a[1], a[2]);
  if (w.end < w.start) return py_int(0);
  if (sub.empty()) return py_int(w.end - w.start + 1);
  const std::string_view hay = std::string_view(s).substr(w.start, w.end - w.start);
  int64_t n = 0;
  for (size_t i = hay.find(sub); i != std::string_view::npos; i = hay.find(sub, i + sub.size())) ++n;
  return py_int(n);
}

Object starts_or_ends(const Object& self, const Object* a, bool at_end) {
  const std::string& s = data(self);
  const char* name = at_end ? "endswith" : "startswith";
  const Window w = window(s, a[1], a[2]);
  auto match = [&](const std::string& p) {
    if (w.end - static_cast<int64_t>(p.size()) < w.start) return false;
    const std::string_view hay = std::string_view(s).substr(w.start, w.end - w.start);
    return at_end ? hay.ends_with(p) : hay.starts_with(p);
  };
  if (TupleObject* t = as_tuple(a[0])) {
    for (const Object& o : t->items) {
      if (match(buffer_arg(o))) return True();
    }
    return False();
  }
  if (!is_bytes_like(unwrap(a[0]))) {
    raise(&exc::TypeError, std::string(name) + " first arg must be bytes or a tuple of bytes, not " +
                               tname(a[0]));
  }
  return Object::from_bool(match(bytes_data(unwrap(a[0]))));
}
Object m_startswith(const Object& self, const Object* a, Args, Kwargs) {
  return starts_or_ends(self, a, false);
}
Object m_endswith(const Object& self, const Object* a, Args, Kwargs) {
  return starts_or_ends(self, a, true);
}

// ---- splitting and joining -----------------------------------------------------------------

Object m_join(const Object& self, const Object* a, Args, Kwargs) {
  if (!is_iterable(a[0])) raise(&exc::TypeError, "can only join an iterable");
  const std::vector<Object> items = fast_sequence(a[0]);
  const std::string sep = data(self);
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    const Object& x = unwrap(items[i]);
    if (!is_bytes_like(x)) {
      raise(&exc::TypeError, "sequence item " + std::to_string(i) +
                                 ": expected a bytes-like object, " + tname(items[i]) + " found");
    }
    if (i) out += sep;
    out += bytes_data(x);
  }
  return same_kind(self, std::move(out));
}

Object split_impl(const Object& self, const Object* a, bool reverse) {
  const std::string& s = data(self);
  const bool ws = a[0].is_none();
  const std::string sep = ws ? std::string() : buffer_arg(a[0]);
  const int64_t maxsplit = ssize_arg(a[1]);
  if (!ws && sep.empty()) raise(&exc::ValueError, "empty separator");
  std::vector<Object> parts;
  auto full = [&] { return maxsplit >= 0 && static_cast<int64_t>(parts.size()) >= maxsplit; };
  auto piece = [&](size_t i, size_t j) { parts.push_back(same_kind(self, s.substr(i, j - i))); };
  const size_t n = s.size();
  if (ws && !reverse) {
    size_t i = 0;
    while (true) {
      while (i < n && is_space(static_cast<unsigned char>(s[i]))) ++i;
      if (i == n) break;
      if (full()) {
        piece(i, n);
        break;
      }
      size_t j = i;
      while (j < n && !is_space(static_cast<unsigned char>(s[j]))) ++j;
      piece(i, j);
      i = j;
    }
  } else if (ws) {
    size_t j = n;
    while (true) {
      while (j > 0 && is_space(static_cast<unsigned char>(s[j - 1]))) --j;
      if (j == 0) break;
      if (full()) {
        piece(0, j);
        break;
      }
      size_t i = j;
      while (i > 0 && !is_space(static_cast<unsigned char>(s[i - 1]))) --i;
      piece(i, j);
      j = i;
    }
  } else if (!reverse) {
    size_t i = 0;
    for (size_t j; !full() && (j = s.find(sep, i)) != std::string::npos; i = j + sep.size())
      piece(i, j);
    piece(i, n);
  } else {
    size_t end = n;
    while (!full() && end >= sep.size()) {
      const size_t j = s.rfind(sep, end - sep.size());
      if (j == std::string::npos) break;
      piece(j + sep.size(), end);
      end = j;
    }
    piece(0, end);
  }
  if (reverse) std::reverse(parts.begin(), parts.end());
  return py_list(std::move(parts));
}
Object m_split(const Object& self, const Object* a, Args, Kwargs) {
  return split_impl(self, a, false);
}
Object m_rsplit(const Object& self, const Object* a, Args, Kwargs) {
  return split_impl(self, a, true);
}

Object m_splitlines(const Object& self, const Object* a, Args, Kwargs) {
  const bool keepends = ssize_arg(a[0]) != 0;
  const std::string& s = data(self);
  std::vector<Object> parts;
  for (size_t i = 0; i < s.size();) {
    size_t j = i;
    while (j < s.size() && s[j] != '\n' && s[j] != '\r') ++j;
    size_t eol = j;
    if (j < s.size()) {
      j += s[j] == '\r' && j + 1 < s.size() && s[j + 1] == '\n' ? 2 : 1;
      if (keepends) eol = j;
    }
    parts.push_back(same_kind(self, s.substr(i, eol - i)));
    i = j;
  }
  return py_list(std::move(parts));
}

Object partition_impl(const Object& self, const Object* a, bool reverse) {
  const std::string& s = data(self);
  const std::string sep = buffer_arg(a[0]);
  if (sep.empty()) raise(&exc::ValueError, "empty separator");
  const size_t j = reverse ? s.rfind(sep) : s.find(sep);
  if (j == std::string::npos) {
    Object empty1 = same_kind(self, ""), empty2 = same_kind(self, "");
    return reverse ? py_tuple({empty1, empty2, unchanged(self)})
                   : py_tuple({unchanged(self), empty1, empty2});
  }
  // bytes hands back the separator object itself (stringlib); a bytearray makes a new one.
  Object mid = is_bytes(self) ? unwrap(a[0]) : py_bytearray(sep);
  return py_tuple({same_kind(self, s.substr(0, j)), mid, same_kind(self, s.substr(j + sep.size()))});
}
Object m_partition(const Object& self, const Object* a, Args, Kwargs) {
  return partition_impl(self, a, false);
}
Object m_rpartition(const Object& self, const Object* a, Args, Kwargs) {
  return partition_impl(self, a, true);
}

// ---- trimming, padding, replacing ----------------------------------------------------------

Object strip_impl(const Object& self, const Object* a, bool left, bool right) {
  const std::string& s = data(self);
  const bool ws = a[0].is_none();
  const std::string chars = ws ? std::string() : buffer_arg(a[0]);
  auto strip = [&](char c) {
    return ws ? is_space(static_cast<unsigned char>(c)) : chars.find(c) != std::string::npos;
  };
  size_t i = 0, j = s.size();
  if (left) {
    while (i < j && strip(s[i])) ++i;
  }
  if (right) {
    while (j > i && strip(s[j - 1])) --j;
  }
  if (i == 0 && j == s.size()) return unchanged(self);
  return same_kind(self, s.substr(i, j - i));
}
Object m_strip(const Object& self, const Object* a, Args, Kwargs) {
  return strip_impl(self, a, true, true);
}
Object m_lstrip(const Object& self, const Object* a, Args, Kwargs) {
  return strip_impl(self, a, true, false);
}
Object m_rstrip(const Object& self, const Object* a, Args, Kwargs) {
  return strip_impl(self, a, false, true);
}

Object m_removeprefix(const Object& self, const Object* a, Args, Kwargs) {
  const std::string p = buffer_arg(a[0]);
  const std::string& s = data(self);
  return !p.empty() && s.starts_with(p) ? same_kind(self, s.substr(p.size())) : unchanged(self);
}
Object m_removesuffix(const Object& self, const Object* a, Args, Kwargs) {
  const std::string p = buffer_arg(a[0]);
  const std::string& s = data(self);
  return !p.empty() && s.ends_with(p) ? same_kind(self, s.substr(0, s.size() - p.size()))
                                      : unchanged(self);
}

Object justify(const Object& self, const Object* a, char how, const char* name) {
  const int64_t width = ssize_arg(a[0]);
  char fill = ' ';
  if (!a[1].is_unbound()) {
    const Object& f = unwrap(a[1]);
    if (!is_bytes_like(f) || bytes_data(f).size() != 1) {
      raise(&exc::TypeError, std::string(name) +
                                 "() argument 2 must be a byte string of length 1, not " + tname(a[1]));
    }
    fill = bytes_data(f)[0];
  }
  const std::string& s = data(self);
  const int64_t len = static_cast<int64_t>(s.size());
  if (width <= len) return unchanged(self);
  const int64_t marg = width - len;
  const int64_t left = how == '<' ? 0 : how == '>' ? marg : marg / 2 + (marg & width & 1);
  return same_kind(self, std::string(static_cast<size_t>(left), fill) + s +
                             std::string(static_cast<size_t>(marg - left), fill));
}
Object m_ljust(const Object& self, const Object* a, Args, Kwargs) {
  return justify(self, a, '<', "ljust");
}
Object m_rjust(const Object& self, const Object* a, Args, Kwargs) {
  return justify(self, a, '>', "rjust");
}
Object m_center(const Object& self, const Object* a, Args, Kwargs) {
  return justify(self, a, '^', "center");
}

Object m_zfill(const Object& self, const Object* a, Args, Kwargs) {
  const int64_t width = ssize_arg(a[0]);
  const std::string& s = data(self);
  const int64_t len = static_cast<int64_t>(s.size());
  if (width <= len) return unchanged(self);
  const size_t fill = static_cast<size_t>(width - len);
  std::string out = std::string(fill, '0') + s;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    out[0] = s[0];
    out[fill] = '0';
  }
  return same_kind(self, std::move(out));
}

Object m_expandtabs(const Object& self, const Object* a, Args, Kwargs) {
  const int64_t tabsize = ssize_arg(a[0]);
  std::string out;
  int64_t column = 0;
  for (char c : data(self)) {
    if (c == '\t') {
      if (tabsize > 0) {
        const int64_t incr = tabsize - column % tabsize;
        out.append(static_cast<size_t>(incr), ' ');
        column += incr;
      }
    } else {
      out += c;
      ++column;
      if (c == '\n' || c == '\r') column = 0;
    }
  }
  return same_kind(self, std::move(out));
}

Object m_replace(const Object& self, const Object* a, Args, Kwargs) {
  const std::string old = buffer_arg(a[0]);
  const std::string repl = buffer_arg(a[1]);
  int64_t count = ssize_arg(a[2]);
  if (count < 0) count = INT64_MAX;
  const std::string& s = data(self);
  std::string out;
  int64_t done = 0;
  if (old.empty()) {
    size_t i = 0;
    for (; i <= s.size() && done < count; ++done, ++i) {
      out += repl;
      if (i < s.size()) out += s[i];
    }
    if (i < s.size()) out.append(s, i, std::string::npos);
    return same_kind(self, std::move(out));
  }
  size_t i = 0;
  for (size_t j; done < count && (j = s.find(old, i)) != std::string::npos; ++done) {
    out.append(s, i, j - i);
    out += repl;
    i = j + old.size();
  }
  if (done == 0) return unchanged(self);
  out.append(s, i, std::string::npos);
  return same_kind(self, std::move(out));
}

// translate(table, /, delete=b''): checked here, as Argument Clinic words it.
Object m_translate(const Object& self, const Object*, Args args, Kwargs kw) {
  if (args.size() == 0) raise(&exc::TypeError, "translate() takes at least 1 positional argument (0 given)");
  if (args.size() + kw.size() > 2) {
    raise(&exc::TypeError, "translate() takes at most 2 arguments (" +
                               std::to_string(args.size() + kw.size()) + " given)");
  }
  Object del = args.size() > 1 ? args[1] : Object();
  for (const Kw& k : kw) {
    if (k.name != "delete") {
      raise(&exc::TypeError, "'" + std::string(k.name) + "' is an invalid keyword argument for translate()");
    }
    if (args.size() > 1) {
      raise(&exc::TypeError, "argument for translate() given by name ('delete') and position (2)");
    }
    del = k.value;
  }
  const bool no_table = args[0].is_none();
  const std::string table = no_table ? std::string() : buffer_arg(args[0]);
  if (!no_table && table.size() != 256)
    raise(&exc::ValueError, "translation table must be 256 characters long");
  const std::string deleted = del.is_unbound() ? std::string() : buffer_arg(del);
  std::string out;
  for (char c : data(self)) {
    if (deleted.find(c) != std::string::npos) continue;
    out += no_table ? c : table[static_cast<unsigned char>(c)];
  }
  return same_kind(self, std::move(out));
}

Object m_maketrans(const Object& self, const Object* a, Args, Kwargs) {
  const std::string from = buffer_arg(a[0]), to = buffer_arg(a[1]);
  if (from.size() != to.size()) raise(&exc::ValueError, "maketrans arguments must have same length");
  std::string table(256, '\0');
  for (int i = 0; i < 256; ++i) table[i] = static_cast<char>(i);
  for (size_t i = 0; i < from.size(); ++i) table[static_cast<unsigned char>(from[i])] = to[i];
  (void)self;
  return py_bytes(std::move(table));
}

// ---- hex and codecs ------------------------------------------------------------------------

Object m_hex(const Object& self, const Object* a, Args, Kwargs) {
  static const char digits[] = "0123456789abcdef";
  const std::string& s = data(self);
  char sep = 0;
  if (!a[0].is_unbound()) {
    // _Py_strhex_impl: the length first (any sized object), then the type.
    const Object& v = unwrap(a[0]);
    if (aiocc::length(a[0]) != 1) raise(&exc::ValueError, "sep must be length 1.");
    std::string text;
    if (is_str(v)) {
      text = str_value(v);
    } else if (is_bytes_like(v)) {
      text = bytes_data(v);
    } else {
      raise(&exc::TypeError, "sep must be str or bytes.");
    }
    if (static_cast<unsigned char>(text[0]) >= 0x80) raise(&exc::ValueError, "sep must be ASCII.");
    sep = text[0];
  }
  const int64_t per = ssize_arg(a[1]);
  const size_t group = sep && per != 0 ? static_cast<size_t>(per < 0 ? -per : per) : 0;
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    // Groups count from the right for a positive bytes_per_sep, from the left otherwise.
    if (group && i > 0 && (per > 0 ? (s.size() - i) % group == 0 : i % group == 0)) out += sep;
    const unsigned char c = static_cast<unsigned char>(s[i]);
    out += digits[c >> 4];
    out += digits[c & 15];
  }
  return py_str(std::move(out));
}

Object m_fromhex(const Object& self, const Object* a, Args, Kwargs) {
  const Object& v = unwrap(a[0]);
  if (!is_str(v)) raise(&exc::TypeError, "fromhex() argument must be str, not " + tname(a[0]));
  const std::string& s = str_value(v);
  auto digit = [](char c) {
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
                                          : c >= 'A' && c <= 'F' ? c - 'A' + 10 : 99;
  };
  auto fail = [&](size_t at) {
    raise(&exc::ValueError, "non-hexadecimal number found in fromhex() arg at position " +
                                std::to_string(utf8_length(s.substr(0, at))));
  };
  std::string out;
  for (size_t i = 0; i < s.size();) {
    if (is_space(static_cast<unsigned char>(s[i]))) {
      ++i;
      continue;
    }
    const int top = digit(s[i]);
    if (top > 15) fail(i);
    const int bot = i + 1 < s.size() ? digit(s[i + 1]) : 99;
    if (bot > 15) fail(i + 1);
    out += static_cast<char>(top * 16 + bot);
    i += 2;
  }
  return same_kind(self, std::move(out));
}

Object m_decode(const Object& self, const Object* a, Args, Kwargs) {
  return py_str(decode_bytes(data(self), a[0], a[1], "decode()"));
}

// ---- bytearray's mutators ------------------------------------------------------------------

std::string& buf(const Object& self) { return bytes_data(self); }

Object m_append(const Object& self, const Object* a, Args, Kwargs) {
  buf(self) += static_cast<char>(byte_arg(a[0]));
  return None;
}
Object m_extend(const Object& self, const Object* a, Args, Kwargs) {
  const Object& v = unwrap(a[0]);
  if (is_bytes_like(v)) {
    buf(self) += std::string(bytes_data(v));
  } else if (!is_iterable(a[0])) {
    raise(&exc::TypeError, "can't extend bytearray with " + tname(a[0]));
  } else {
    buf(self) += bytes_of(a[0], "bytearray");
  }
  return None;
}
Object m_insert(const Object& self, const Object* a, Args, Kwargs) {
  int64_t i = ssize_arg(a[0]);
  const char c = static_cast<char>(byte_arg(a[1]));
  const int64_t n = static_cast<int64_t>(buf(self).size());
  if (i < 0) i = std::max<int64_t>(0, i + n);
  if (i > n) i = n;
  buf(self).insert(static_cast<size_t>(i), 1, c);
  return None;
}
Object m_pop(const Object& self, const Object* a, Args, Kwargs) {
  int64_t i = ssize_arg(a[0]);
  std::string& s = buf(self);
  const int64_t n = static_cast<int64_t>(s.size());
  if (n == 0) raise(&exc::IndexError, "pop from empty bytearray");
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise(&exc::IndexError, "pop index out of range");
  const unsigned char c = static_cast<unsigned char>(s[i]);
  s.erase(static_cast<size_t>(i), 1);
  return py_int(c);
}
Object m_remove(const Object& self, const Object* a, Args, Kwargs) {
  const char c = static_cast<char>(byte_arg(a[0]));
  const size_t i = buf(self).find(c);
  if (i == std::string::npos) raise(&exc::ValueError, "value not found in bytearray");
  buf(self).erase(i, 1);
  return None;
}
Object m_clear(const Object& self, const Object*, Args, Kwargs) {
  buf(self).clear();
  return None;
}
Object m_copy(const Object& self, const Object*, Args, Kwargs) { return py_bytearray(buf(self)); }
Object m_reverse(const Object& self, const Object*, Args, Kwargs) {
  std::reverse(buf(self).begin(), buf(self).end());
  return None;
}

// ---- the catalogs --------------------------------------------------------------------------

using P = Param;
constexpr P kSub{"sub"}, kStart{"start", P::Absent}, kEnd{"end", P::Absent};
constexpr P kWidth{"width"}, kFill{"fillchar", P::Absent}, kChars{"bytes", P::None};
constexpr P kSplit[] = {P{"sep", P::None}, P{"maxsplit", P::Int, -1}};

#define AIOCC_BYTES_COMMON_A0                                                                \
  {"capitalize", m_capitalize}, {"center", m_center, ArgStyle::Positional, {kWidth, kFill}, 2}
#define AIOCC_BYTES_COMMON_A                                                                 \
  {"count", m_count, ArgStyle::ParseTuple, {kSub, kStart, kEnd}, 3},                          \
  {"decode", m_decode, ArgStyle::Keywords,                                                    \
   {P{"encoding", P::Absent}, P{"errors", P::Absent}}, 2},                                    \
  {"endswith", m_endswith, ArgStyle::ParseTuple, {P{"suffix"}, kStart, kEnd}, 3},             \
  {"expandtabs", m_expandtabs, ArgStyle::Keywords, {P{"tabsize", P::Int, 8}}, 1}
#define AIOCC_BYTES_COMMON_B                                                                 \
  {"find", m_find, ArgStyle::ParseTuple, {kSub, kStart, kEnd}, 3},                            \
  {"fromhex", m_fromhex, ArgStyle::OneArg, {P{"string"}}, 1},                                 \
  {"hex", m_hex, ArgStyle::Keywords, {P{"sep", P::Absent}, P{"bytes_per_sep", P::Int, 1}}, 2}, \
  {"index", m_index, ArgStyle::ParseTuple, {kSub, kStart, kEnd}, 3}
#define AIOCC_BYTES_COMMON_C                                                                 \
  {"isalnum", every_byte<is_alnum>}, {"isalpha", every_byte<is_alpha>}, {"isascii", m_isascii}, \
  {"isdigit", every_byte<is_digit>}, {"islower", all_cased<is_lower, is_upper>},              \
  {"isspace", every_byte<is_space>}, {"istitle", m_istitle},                                  \
  {"isupper", all_cased<is_upper, is_lower>},                                                 \
  {"join", m_join, ArgStyle::OneArg, {P{"iterable_of_bytes"}}, 1},                            \
  {"ljust", m_ljust, ArgStyle::Positional, {kWidth, kFill}, 2},                               \
  {"lower", map_bytes<to_lower>}, {"lstrip", m_lstrip, ArgStyle::Positional, {kChars}, 1},    \
  {"maketrans", m_maketrans, ArgStyle::Positional, {P{"frm"}, P{"to"}}, 2, kMaxParams, true}, \
  {"partition", m_partition, ArgStyle::OneArg, {P{"sep"}}, 1}
#define AIOCC_BYTES_COMMON_D                                                                 \
  {"removeprefix", m_removeprefix, ArgStyle::OneArg, {P{"prefix"}}, 1},                       \
  {"removesuffix", m_removesuffix, ArgStyle::OneArg, {P{"suffix"}}, 1},                       \
  {"replace", m_replace, ArgStyle::Positional, {P{"old"}, P{"new"}, P{"count", P::Int, -1}}, 3}
#define AIOCC_BYTES_COMMON_E                                                                 \
  {"rfind", m_rfind, ArgStyle::ParseTuple, {kSub, kStart, kEnd}, 3},                          \
  {"rindex", m_rindex, ArgStyle::ParseTuple, {kSub, kStart, kEnd}, 3},                        \
  {"rjust", m_rjust, ArgStyle::Positional, {kWidth, kFill}, 2},                               \
  {"rpartition", m_rpartition, ArgStyle::OneArg, {P{"sep"}}, 1},                              \
  {"rsplit", m_rsplit, ArgStyle::Keywords, {kSplit[0], kSplit[1]}, 2},                        \
  {"rstrip", m_rstrip, ArgStyle::Positional, {kChars}, 1},                                    \
  {"split", m_split, ArgStyle::Keywords, {kSplit[0], kSplit[1]}, 2},                          \
  {"splitlines", m_splitlines, ArgStyle::Keywords, {P{"keepends", P::False}}, 1},             \
  {"startswith", m_startswith, ArgStyle::ParseTuple, {P{"prefix"}, kStart, kEnd}, 3},         \
  {"strip", m_strip, ArgStyle::Positional, {kChars}, 1}, {"swapcase", map_bytes<swap>},       \
  {"title", m_title}, {"translate", m_translate, ArgStyle::Varargs},                          \
  {"upper", map_bytes<to_upper>}, {"zfill", m_zfill, ArgStyle::OneArg, {kWidth}, 1}

// Sorted by name.
constexpr MethodDef kBytesMethods[] = {
    AIOCC_BYTES_COMMON_A0, AIOCC_BYTES_COMMON_A, AIOCC_BYTES_COMMON_B, AIOCC_BYTES_COMMON_C, AIOCC_BYTES_COMMON_D,
    AIOCC_BYTES_COMMON_E,
};
static_assert(sorted_by_name(kBytesMethods), "kBytesMethods must stay sorted by name");

constexpr MethodDef kByteArrayMethods[] = {
    {"append", m_append, ArgStyle::OneArg, {P{"item"}}, 1},
    AIOCC_BYTES_COMMON_A0,
    {"clear", m_clear},
    {"copy", m_copy},
    AIOCC_BYTES_COMMON_A,
    {"extend", m_extend, ArgStyle::OneArg, {P{"iterable_of_ints"}}, 1},
    AIOCC_BYTES_COMMON_B,
    {"insert", m_insert, ArgStyle::Positional, {P{"index"}, P{"item"}}, 2},
    AIOCC_BYTES_COMMON_C,
    {"pop", m_pop, ArgStyle::Positional, {P{"index", P::Int, -1}}, 1},
    {"remove", m_remove, ArgStyle::OneArg, {P{"value"}}, 1},
    AIOCC_BYTES_COMMON_D,
    {"reverse", m_reverse},
    AIOCC_BYTES_COMMON_E,
};
static_assert(sorted_by_name(kByteArrayMethods), "kByteArrayMethods must stay sorted by name");

constexpr MethodCatalog kBytesCatalog{"bytes", kBytesMethods};
constexpr MethodCatalog kByteArrayCatalog{"bytearray", kByteArrayMethods};

// bytes.fromhex / bytes.maketrans looked up on the type: called with an empty value of it.
template <bool kArray, int kWhich>
Object call_static(Args args, Kwargs kw) {
  const MethodCatalog& cat = kArray ? kByteArrayCatalog : kBytesCatalog;
  Object probe = kArray ? py_bytearray("") : py_bytes("");
  return call_catalog_method(cat, *cat.find(kWhich ? "maketrans" : "fromhex"), probe, args, kw);
}

}  // namespace

const MethodCatalog& bytes_catalog() { return kBytesCatalog; }
const MethodCatalog& bytearray_catalog() { return kByteArrayCatalog; }

Object bytes_static_method(TypeObject* t, std::string_view name) {
  static BuiltinFunction fromhex_b("fromhex", call_static<false, 0>),
      maketrans_b("maketrans", call_static<false, 1>), fromhex_a("fromhex", call_static<true, 0>),
      maketrans_a("maketrans", call_static<true, 1>);
  const bool array = t == &types::bytearray;
  if (name == "fromhex") return Object(array ? &fromhex_a : &fromhex_b);
  if (name == "maketrans") return Object(array ? &maketrans_a : &maketrans_b);
  return Object();
}

}  // namespace aiocc
