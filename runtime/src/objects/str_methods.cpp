// str's methods, described once in kStrMethods (the catalog both getattr and calls read) and
// implemented as CPython 3.11's Objects/unicodeobject.c does, Unicode-aware through unicode.h.
// Strings are UTF-8: searching works on bytes (a valid UTF-8 needle only matches at character
// boundaries), while indices, widths and character classes count code points; ASCII strings
// take the byte paths throughout. Formatting (format, format_map, %) is in str_format.cpp.
#include "str_methods.h"

#include <algorithm>

#include "aiocc/py/dict.h"
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
#include "method_catalog.h"
#include "unicode.h"

namespace aiocc {
namespace {

const StrObject& me(const Object& self) { return *self.as<StrObject>(); }
const std::string& text(const Object& self) { return self.as<StrObject>()->s; }
std::string tname(const Object& o) { return type_of(o)->name; }
// Argument Clinic names None itself in its messages, other checks name its type.
std::string clinic_tname(const Object& o) { return o.is_none() ? "None" : tname(o); }

// ---- argument conversions, with the messages of the CPython converter each method uses ----

const std::string& need_str(const Object& o, const std::string& what = "") {
  const Object& v = unwrap(o);
  if (!is_str(v)) raise(&exc::TypeError, what + "must be str, not " + tname(o));
  return str_value(v);
}
const std::string& clinic_str(const Object& o, const std::string& what) {
  const Object& v = unwrap(o);
  if (!is_str(v)) raise(&exc::TypeError, what + " must be str, not " + clinic_tname(o));
  return str_value(v);
}

// A Py_ssize_t argument (widths, counts, tab sizes).
int64_t ssize_arg(const Object& o) {
  int64_t v;
  if (detail::small(o, v)) return v;
  if (o.is_float() || (!is_int(o) && !is_user(o))) {
    raise(&exc::TypeError, "'" + tname(o) + "' object cannot be interpreted as an integer");
  }
  if (detail::small(number_index(o), v)) return v;
  raise(&exc::OverflowError, "Python int too large to convert to C ssize_t");
}

size_t cp_count(const StrObject& s) { return s.length(); }

// Byte offset of code point `k` (k <= length).
size_t byte_at(const StrObject& s, size_t k) {
  if (s.ascii) return k;
  size_t i = 0;
  for (; k > 0 && i < s.s.size(); --k) i += utf8_char_len(static_cast<unsigned char>(s.s[i]));
  return i;
}

// The searched part of a string: start and end adjusted like a slice (ADJUST_INDICES).
struct Window {
  int64_t start, end;  // code points; start may exceed end
  size_t bstart = 0, bend = 0;
};
Window window(const StrObject& s, const Object& start, const Object& end) {
  const int64_t n = static_cast<int64_t>(cp_count(s));
  Window w{slice_index(start, 0), slice_index(end, n)};
  if (w.end > n) w.end = n;
  if (w.end < 0) w.end = std::max<int64_t>(0, w.end + n);
  if (w.start < 0) w.start = std::max<int64_t>(0, w.start + n);
  if (w.start <= w.end) {
    w.bstart = byte_at(s, static_cast<size_t>(w.start));
    w.bend = byte_at(s, static_cast<size_t>(w.end));
  }
  return w;
}

Object str_list(std::vector<Object> parts) { return py_list(std::move(parts)); }

// ---- case mapping and character classes --------------------------------------------------

enum class Case { Upper, Lower, Fold, Swap, Title, Capitalize };

Object change_case(const Object& self, Case how) {
  const StrObject& s = me(self);
  if (s.ascii) {
    std::string out = s.s;
    bool prev_cased = false;
    for (size_t i = 0; i < out.size(); ++i) {
      const unsigned char c = static_cast<unsigned char>(out[i]);
      const bool upper = c >= 'A' && c <= 'Z', lower = c >= 'a' && c <= 'z';
      bool to_upper = false, to_lower = false;
      switch (how) {
        case Case::Upper:
          to_upper = lower;
          break;
        case Case::Lower:
        case Case::Fold:
          to_lower = upper;
          break;
        case Case::Swap:
          to_upper = lower, to_lower = upper;
          break;
        case Case::Title:
          to_upper = !prev_cased && lower, to_lower = prev_cased && upper;
          break;
        case Case::Capitalize:
          to_upper = i == 0 && lower, to_lower = i > 0 && upper;
          break;
      }
      if (to_upper) out[i] = static_cast<char>(c - 32);
      if (to_lower) out[i] = static_cast<char>(c + 32);
      prev_cased = upper || lower;
    }
    return py_str(std::move(out));
  }
  const std::u32string in = uni::decode(s.s);
  std::u32string out;
  bool prev_cased = false;
  for (size_t i = 0; i < in.size(); ++i) {
    const char32_t c = in[i];
    switch (how) {
      case Case::Upper:
        uni::to_upper(c, out);
        break;
      case Case::Lower:
        uni::to_lower_at(in, i, out);
        break;
      case Case::Fold:
        uni::to_fold(c, out);
        break;
      case Case::Swap:
        if (uni::is_upper(c)) {
          uni::to_lower_at(in, i, out);
        } else if (uni::is_lower(c)) {
          uni::to_upper(c, out);
        } else {
          out += c;
        }
        break;
      case Case::Title:
        if (prev_cased) {
          uni::to_lower_at(in, i, out);
        } else {
          uni::to_title(c, out);
        }
        prev_cased = uni::is_cased(c);
        break;
      case Case::Capitalize:
        if (i == 0) {
          uni::to_title(c, out);
        } else {
          uni::to_lower_at(in, i, out);
        }
        break;
    }
  }
  return py_str(uni::encode(out));
}

Object m_upper(const Object& self, const Object*, Args, Kwargs) {
  return change_case(self, Case::Upper);
}
Object m_lower(const Object& self, const Object*, Args, Kwargs) {
  return change_case(self, Case::Lower);
}
Object m_casefold(const Object& self, const Object*, Args, Kwargs) {
  return change_case(self, Case::Fold);
}
Object m_swapcase(const Object& self, const Object*, Args, Kwargs) {
  return change_case(self, Case::Swap);
}
Object m_title(const Object& self, const Object*, Args, Kwargs) {
  return change_case(self, Case::Title);
}
Object m_capitalize(const Object& self, const Object*, Args, Kwargs) {
  return change_case(self, Case::Capitalize);
}

// A str.isX() that holds when every character (and at least one) is in class `in`.
template <bool (*in)(char32_t)>
Object every_char(const Object& self, const Object*, Args, Kwargs) {
  const StrObject& s = me(self);
  if (s.s.empty()) return False();
  if (s.ascii) {
    return Object::from_bool(std::all_of(s.s.begin(), s.s.end(),
                                         [](char c) { return in(static_cast<unsigned char>(c)); }));
  }
  const std::u32string u = uni::decode(s.s);
  return Object::from_bool(std::all_of(u.begin(), u.end(), in));
}
bool alnum(char32_t c) {
  return uni::is_alpha(c) || uni::is_decimal(c) || uni::is_digit(c) || uni::is_numeric(c);
}

Object m_isascii(const Object& self, const Object*, Args, Kwargs) {
  return Object::from_bool(me(self).ascii);
}
Object m_isprintable(const Object& self, const Object* a, Args args, Kwargs kw) {
  return text(self).empty() ? True() : every_char<uni::is_printable>(self, a, args, kw);
}
Object m_isidentifier(const Object& self, const Object*, Args, Kwargs) {
  const std::u32string u = uni::decode(text(self));
  if (u.empty() || !(u[0] == '_' || uni::is_xid_start(u[0]))) return False();
  return Object::from_bool(std::all_of(u.begin() + 1, u.end(), uni::is_xid_continue));
}

// islower / isupper: no character of the other case (nor titlecase), and at least one cased.
template <bool (*same)(char32_t), bool (*other)(char32_t)>
Object all_cased(const Object& self, const Object*, Args, Kwargs) {
  bool cased = false;
  for (char32_t c : uni::decode(text(self))) {
    if (other(c) || uni::is_title(c)) return False();
    cased |= same(c);
  }
  return Object::from_bool(cased);
}
Object m_istitle(const Object& self, const Object*, Args, Kwargs) {
  bool cased = false, prev_cased = false;
  for (char32_t c : uni::decode(text(self))) {
    if (uni::is_upper(c) || uni::is_title(c)) {
      if (prev_cased) return False();
      prev_cased = cased = true;
    } else if (uni::is_lower(c)) {
      if (!prev_cased) return False();
      prev_cased = cased = true;
    } else {
      prev_cased = false;
    }
  }
  return Object::from_bool(cased);
}

// ---- searching ---------------------------------------------------------------------------

// find/rfind/index/rindex/count over [start, end).
int64_t find_in(const Object& self, const Object* a, bool reverse) {
  const StrObject& s = me(self);
  const std::string& sub = need_str(a[0]);
  const Window w = window(s, a[1], a[2]);
  const int64_t sub_len = static_cast<int64_t>(utf8_length(sub));
  if (w.end - w.start < sub_len) return -1;
  const std::string_view hay = std::string_view(s.s).substr(w.bstart, w.bend - w.bstart);
  const size_t j = reverse ? hay.rfind(sub) : hay.find(sub);
  if (j == std::string_view::npos) return -1;
  return w.start + static_cast<int64_t>(s.ascii ? j : utf8_length(std::string(hay.substr(0, j))));
}
Object m_find(const Object& self, const Object* a, Args, Kwargs) {
  return py_int(find_in(self, a, false));
}
Object m_rfind(const Object& self, const Object* a, Args, Kwargs) {
  return py_int(find_in(self, a, true));
}
Object m_index(const Object& self, const Object* a, Args, Kwargs) {
  const int64_t i = find_in(self, a, false);
  if (i < 0) raise(&exc::ValueError, "substring not found");
  return py_int(i);
}
Object m_rindex(const Object& self, const Object* a, Args, Kwargs) {
  const int64_t i = find_in(self, a, true);
  if (i < 0) raise(&exc::ValueError, "substring not found");
  return py_int(i);
}
Object m_count(const Object& self, const Object* a, Args, Kwargs) {
  const StrObject& s = me(self);
  const std::string& sub = need_str(a[0]);
  const Window w = window(s, a[1], a[2]);
  if (w.end < w.start) return py_int(0);
  if (sub.empty()) return py_int(w.end - w.start + 1);
  const std::string_view hay = std::string_view(s.s).substr(w.bstart, w.bend - w.bstart);
  int64_t n = 0;
  for (size_t i = hay.find(sub); i != std::string_view::npos; i = hay.find(sub, i + sub.size()))
    ++n;
  return py_int(n);
}

Object starts_or_ends(const Object& self, const Object* a, bool at_end) {
  const StrObject& s = me(self);
  const char* name = at_end ? "endswith" : "startswith";
  const Window w = window(s, a[1], a[2]);
  auto match = [&](const std::string& p) {
    const int64_t plen = static_cast<int64_t>(utf8_length(p));
    if (w.end - plen < w.start) return false;
    const std::string_view hay = std::string_view(s.s).substr(w.bstart, w.bend - w.bstart);
    return at_end ? hay.ends_with(p) : hay.starts_with(p);
  };
  if (TupleObject* t = as_tuple(a[0])) {
    for (const Object& o : t->items) {
      const Object& v = unwrap(o);
      if (!is_str(v)) {
        raise(&exc::TypeError,
              std::string("tuple for ") + name + " must only contain str, not " + tname(o));
      }
      if (match(str_value(v))) return True();
    }
    return False();
  }
  const Object& v = unwrap(a[0]);
  if (!is_str(v)) {
    raise(&exc::TypeError,
          std::string(name) + " first arg must be str or a tuple of str, not " + tname(a[0]));
  }
  return Object::from_bool(match(str_value(v)));
}
Object m_startswith(const Object& self, const Object* a, Args, Kwargs) {
  return starts_or_ends(self, a, false);
}
Object m_endswith(const Object& self, const Object* a, Args, Kwargs) {
  return starts_or_ends(self, a, true);
}

// ---- splitting and joining ---------------------------------------------------------------

// str.join over a sequence's items: checked and measured first, then written into one buffer
// (no user code runs meanwhile, so a list's items are read in place).
Object join_items(const std::string& sep, const Object* items, size_t n) {
  size_t total = n ? sep.size() * (n - 1) : 0;
  for (size_t i = 0; i < n; ++i) {
    const Object& x = unwrap(items[i]);  // str subclasses join as their value
    if (!is_str(x)) {
      raise(&exc::TypeError, "sequence item " + std::to_string(i) + ": expected str instance, " +
                                 tname(items[i]) + " found");
    }
    total += str_value(x).size();
  }
  std::string out;
  out.reserve(total);
  for (size_t i = 0; i < n; ++i) {
    if (i) out += sep;
    out += str_value(unwrap(items[i]));
  }
  return py_str(std::move(out));
}

Object m_join(const Object& self, const Object* a, Args, Kwargs) {
  const std::string& sep = text(self);
  if (ListObject* l = as_list(a[0])) return join_items(sep, l->items.data(), l->items.size());
  if (TupleObject* t = as_tuple(a[0])) return join_items(sep, t->items.data(), t->items.size());
  Object it;
  try {
    it = make_iterator(a[0]);
  } catch (PyException& e) {
    if (!type_of(e.exc)->is_subtype_of(&exc::TypeError)) throw;
    raise(&exc::TypeError, "can only join an iterable");
  }
  const std::vector<Object> items = sequence_items(it);
  return join_items(sep, items.data(), items.size());
}

// split()/rsplit() at runs of whitespace over code points `u` (bytes of an ASCII string, or
// decoded code points); the unsplit rest keeps its whitespace at the far end.
template <class Text, class Piece>
std::vector<Object> split_whitespace_in(const Text& u, int64_t maxsplit, bool reverse, Piece piece) {
  auto space = [&](size_t k) { return uni::is_space(static_cast<char32_t>(u[k])); };
  std::vector<Object> parts;
  if (!reverse) {
    size_t i = 0;
    while (true) {
      while (i < u.size() && space(i)) ++i;
      if (i == u.size()) break;
      if (maxsplit >= 0 && static_cast<int64_t>(parts.size()) == maxsplit) {
        parts.push_back(piece(i, u.size()));
        break;
      }
      size_t j = i;
      while (j < u.size() && !space(j)) ++j;
      parts.push_back(piece(i, j));
      i = j;
    }
    return parts;
  }
  size_t j = u.size();
  while (true) {
    while (j > 0 && space(j - 1)) --j;
    if (j == 0) break;
    if (maxsplit >= 0 && static_cast<int64_t>(parts.size()) == maxsplit) {
      parts.push_back(piece(0, j));
      break;
    }
    size_t i = j;
    while (i > 0 && !space(i - 1)) --i;
    parts.push_back(piece(i, j));
    j = i;
  }
  std::reverse(parts.begin(), parts.end());
  return parts;
}

std::vector<Object> split_whitespace(const std::string& s, int64_t maxsplit, bool reverse) {
  if (std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    auto piece = [&](size_t i, size_t j) { return py_str(s.substr(i, j - i)); };
    return split_whitespace_in(s, maxsplit, reverse, piece);
  }
  const std::u32string u = uni::decode(s);
  auto piece = [&](size_t i, size_t j) { return py_str(uni::encode(std::u32string_view(u).substr(i, j - i))); };
  return split_whitespace_in(u, maxsplit, reverse, piece);
}

Object split_impl(const Object& self, const Object* a, bool reverse) {
  const std::string& s = text(self);
  if (!a[0].is_none() && !is_str(unwrap(a[0])))
    raise(&exc::TypeError, "must be str or None, not " + tname(a[0]));
  const int64_t maxsplit = ssize_arg(a[1]);
  if (a[0].is_none()) return str_list(split_whitespace(s, maxsplit, reverse));
  const std::string& sep = str_value(unwrap(a[0]));
  if (sep.empty()) raise(&exc::ValueError, "empty separator");
  std::vector<Object> parts;
  if (!reverse) {
    size_t i = 0;
    for (size_t j; (maxsplit < 0 || static_cast<int64_t>(parts.size()) < maxsplit) &&
                   (j = s.find(sep, i)) != std::string::npos;) {
      parts.push_back(py_str(s.substr(i, j - i)));
      i = j + sep.size();
    }
    parts.push_back(py_str(s.substr(i)));
    return str_list(std::move(parts));
  }
  size_t end = s.size();
  while (maxsplit < 0 || static_cast<int64_t>(parts.size()) < maxsplit) {
    if (end < sep.size()) break;
    const size_t j = s.rfind(sep, end - sep.size());
    if (j == std::string::npos) break;
    parts.push_back(py_str(s.substr(j + sep.size(), end - j - sep.size())));
    end = j;
  }
  parts.push_back(py_str(s.substr(0, end)));
  std::reverse(parts.begin(), parts.end());
  return str_list(std::move(parts));
}
Object m_split(const Object& self, const Object* a, Args, Kwargs) {
  return split_impl(self, a, false);
}
Object m_rsplit(const Object& self, const Object* a, Args, Kwargs) {
  return split_impl(self, a, true);
}

Object m_splitlines(const Object& self, const Object* a, Args, Kwargs) {
  const bool keepends = ssize_arg(a[0]) != 0;
  const std::u32string u = uni::decode(text(self));
  std::vector<Object> parts;
  size_t i = 0;
  while (i < u.size()) {
    size_t j = i;
    while (j < u.size() && !uni::is_linebreak(u[j])) ++j;
    size_t eol = j;
    if (j < u.size()) {
      j += u[j] == '\r' && j + 1 < u.size() && u[j + 1] == '\n' ? 2 : 1;
      if (keepends) eol = j;
    }
    parts.push_back(py_str(uni::encode(std::u32string_view(u).substr(i, eol - i))));
    i = j;
  }
  return str_list(std::move(parts));
}

Object partition_impl(const Object& self, const Object* a, bool reverse) {
  const std::string& s = text(self);
  const std::string& sep = need_str(a[0]);
  if (sep.empty()) raise(&exc::ValueError, "empty separator");
  const size_t j = reverse ? s.rfind(sep) : s.find(sep);
  if (j == std::string::npos) {
    return reverse ? py_tuple({py_str(""), py_str(""), self})
                   : py_tuple({self, py_str(""), py_str("")});
  }
  return py_tuple({py_str(s.substr(0, j)), a[0], py_str(s.substr(j + sep.size()))});
}
Object m_partition(const Object& self, const Object* a, Args, Kwargs) {
  return partition_impl(self, a, false);
}
Object m_rpartition(const Object& self, const Object* a, Args, Kwargs) {
  return partition_impl(self, a, true);
}

// ---- trimming, padding, replacing ----------------------------------------------------------

// The bounds [i, j) of `u` (bytes of an ASCII string, or code points) once the characters
// `strip` accepts are trimmed from the left and/or right.
template <class Text, class Strip>
std::pair<size_t, size_t> trimmed(const Text& u, bool left, bool right, Strip strip) {
  size_t i = 0, j = u.size();
  if (left) {
    while (i < j && strip(u[i])) ++i;
  }
  if (right) {
    while (j > i && strip(u[j - 1])) --j;
  }
  return {i, j};
}

Object strip_impl(const Object& self, const Object* a, const char* name, bool left, bool right) {
  const StrObject& s = me(self);
  if (!a[0].is_none() && !is_str(unwrap(a[0])))
    raise(&exc::TypeError, std::string(name) + " arg must be None or str");
  if (s.ascii) {  // bytes are code points; a non-ASCII char to strip matches none of them
    const std::string* chars = a[0].is_none() ? nullptr : &str_value(unwrap(a[0]));
    auto [i, j] = trimmed(s.s, left, right, [&](char c) {
      return chars ? chars->find(c) != std::string::npos : uni::is_space(static_cast<char32_t>(c));
    });
    if (i == 0 && j == s.s.size()) return self;
    return py_str(s.s.substr(i, j - i));
  }
  const std::u32string chars =
      a[0].is_none() ? std::u32string() : uni::decode(str_value(unwrap(a[0])));
  const std::u32string u = uni::decode(s.s);
  auto [i, j] = trimmed(u, left, right, [&](char32_t c) {
    return a[0].is_none() ? uni::is_space(c) : chars.find(c) != std::u32string::npos;
  });
  if (i == 0 && j == u.size()) return self;
  return py_str(uni::encode(std::u32string_view(u).substr(i, j - i)));
}
Object m_strip(const Object& self, const Object* a, Args, Kwargs) {
  return strip_impl(self, a, "strip", true, true);
}
Object m_lstrip(const Object& self, const Object* a, Args, Kwargs) {
  return strip_impl(self, a, "lstrip", true, false);
}
Object m_rstrip(const Object& self, const Object* a, Args, Kwargs) {
  return strip_impl(self, a, "rstrip", false, true);
}

Object m_removeprefix(const Object& self, const Object* a, Args, Kwargs) {
  const std::string& p = clinic_str(a[0], "removeprefix() argument");
  const std::string& s = text(self);
  return s.starts_with(p) && !p.empty() ? py_str(s.substr(p.size())) : self;
}
Object m_removesuffix(const Object& self, const Object* a, Args, Kwargs) {
  const std::string& p = clinic_str(a[0], "removesuffix() argument");
  const std::string& s = text(self);
  return s.ends_with(p) && !p.empty() ? py_str(s.substr(0, s.size() - p.size())) : self;
}

std::string repeat(const std::string& piece, int64_t n) {
  std::string r;
  r.reserve(piece.size() * static_cast<size_t>(std::max<int64_t>(n, 0)));
  for (int64_t i = 0; i < n; ++i) r += piece;
  return r;
}

// ljust/rjust/center: the fill character, and the padding on each side.
Object justify(const Object& self, const Object* a, char how) {
  const int64_t width = ssize_arg(a[0]);
  std::string fill = " ";
  if (!a[1].is_unbound()) {
    const Object& f = unwrap(a[1]);
    if (!is_str(f))
      raise(&exc::TypeError, "The fill character must be a unicode character, not " + tname(a[1]));
    if (utf8_length(str_value(f)) != 1)
      raise(&exc::TypeError, "The fill character must be exactly one character long");
    fill = str_value(f);
  }
  const int64_t len = static_cast<int64_t>(cp_count(me(self)));
  if (width <= len) return self;
  const int64_t marg = width - len;
  const int64_t left = how == '<' ? 0 : how == '>' ? marg : marg / 2 + (marg & width & 1);
  return py_str(repeat(fill, left) + text(self) + repeat(fill, marg - left));
}
Object m_ljust(const Object& self, const Object* a, Args, Kwargs) { return justify(self, a, '<'); }
Object m_rjust(const Object& self, const Object* a, Args, Kwargs) { return justify(self, a, '>'); }
Object m_center(const Object& self, const Object* a, Args, Kwargs) { return justify(self, a, '^'); }

Object m_zfill(const Object& self, const Object* a, Args, Kwargs) {
  const int64_t width = ssize_arg(a[0]);
  const std::string& s = text(self);
  const int64_t len = static_cast<int64_t>(cp_count(me(self)));
  if (width <= len) return self;
  std::string out = std::string(static_cast<size_t>(width - len), '0') + s;
  const size_t fill = static_cast<size_t>(width - len);
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    out[0] = s[0];
    out[fill] = '0';
  }
  return py_str(std::move(out));
}

Object m_expandtabs(const Object& self, const Object* a, Args, Kwargs) {
  const int64_t tabsize = ssize_arg(a[0]);
  const std::string& s = text(self);
  std::string out;
  int64_t column = 0;
  for (size_t i = 0; i < s.size();) {
    const size_t n = utf8_char_len(static_cast<unsigned char>(s[i]));
    if (s[i] == '\t') {
      if (tabsize > 0) {
        const int64_t incr = tabsize - column % tabsize;
        out.append(static_cast<size_t>(incr), ' ');
        column += incr;
      }
    } else {
      out.append(s, i, n);
      ++column;
      if (s[i] == '\n' || s[i] == '\r') column = 0;
    }
    i += n;
  }
  return py_str(std::move(out));
}

Object m_replace(const Object& self, const Object* a, Args, Kwargs) {
  const std::string& old = clinic_str(a[0], "replace() argument 1");
  const std::string& repl = clinic_str(a[1], "replace() argument 2");
  int64_t count = ssize_arg(a[2]);
  if (count < 0) count = INT64_MAX;
  const std::string& s = text(self);
  std::string out;
  int64_t done = 0;
  if (old.empty()) {
    // The replacement goes before every character and at the end, `count` times at most.
    size_t i = 0;
    for (; i <= s.size() && done < count; ++done) {
      out += repl;
      if (i == s.size()) {
        ++i;
        break;
      }
      const size_t n = utf8_char_len(static_cast<unsigned char>(s[i]));
      out.append(s, i, n);
      i += n;
    }
    if (i < s.size()) out.append(s, i, std::string::npos);
    return py_str(std::move(out));
  }
  size_t i = 0;
  for (size_t j; done < count && (j = s.find(old, i)) != std::string::npos; ++done) {
    out.append(s, i, j - i);
    out += repl;
    i = j + old.size();
  }
  if (done == 0) return self;
  out.append(s, i, std::string::npos);
  return py_str(std::move(out));
}

// ---- translate and maketrans -------------------------------------------------------------

Object m_translate(const Object& self, const Object* a, Args, Kwargs) {
  const Object& table = a[0];
  DictObject* d = as_dict(table);
  std::string out;
  for (char32_t c : uni::decode(text(self))) {
    const Object key = py_int(static_cast<int64_t>(c));
    Object v;
    if (d && !is_user(table)) {
      const Object* found = d->find(key);
      if (!found) {
        uni::append(out, c);
        continue;
      }
      v = *found;
    } else {
      try {
        v = getitem(table, key);
      } catch (PyException& e) {
        if (!type_of(e.exc)->is_subtype_of(&exc::LookupError)) throw;
        uni::append(out, c);
        continue;
      }
    }
    if (v.is_none()) continue;
    if (is_str(unwrap(v))) {
      out += str_value(unwrap(v));
    } else if (is_int(v) && !v.is_float()) {
      int64_t cp;
      if (!detail::small(v, cp) || cp < 0 || cp >= 0x110000) {
        raise(&exc::ValueError, "character mapping must be in range(0x110000)");
      }
      uni::append(out, static_cast<char32_t>(cp));
    } else {
      raise(&exc::TypeError, "character mapping must return integer, None or str");
    }
  }
  return py_str(std::move(out));
}

Object m_maketrans(const Object&, const Object* a, Args, Kwargs) {
  Object result = py_dict();
  DictObject* out = as_dict(result);
  if (a[1].is_unbound()) {
    DictObject* d = as_dict(a[0]);
    if (!d) raise(&exc::TypeError, "if you give only one argument to maketrans it must be a dict");
    for (const Object& k : to_vector(a[0])) {
      const Object v = *d->find(k);
      const Object& key = unwrap(k);
      if (is_str(key)) {
        const std::u32string u = uni::decode(str_value(key));
        if (u.size() != 1)
          raise(&exc::ValueError, "string keys in translate table must be of length 1");
        out->set(py_int(static_cast<int64_t>(u[0])), v);
      } else if (is_int(key) && !key.is_float()) {
        out->set(key.is_bool() ? py_int(key.as_bool()) : key, v);
      } else {
        raise(&exc::TypeError, "keys in translate table must be strings or integers");
      }
    }
    return result;
  }
  // Argument Clinic checks y and z before the body looks at x.
  const std::u32string to = uni::decode(clinic_str(a[1], "maketrans() argument 2"));
  if (!a[2].is_unbound()) clinic_str(a[2], "maketrans() argument 3");
  if (!is_str(unwrap(a[0]))) {
    raise(&exc::TypeError,
          "first maketrans argument must be a string if there is a second argument");
  }
  const std::u32string from = uni::decode(str_value(unwrap(a[0])));
  if (from.size() != to.size()) {
    raise(&exc::ValueError, "the first two maketrans arguments must have equal length");
  }
  for (size_t i = 0; i < from.size(); ++i) {
    out->set(py_int(static_cast<int64_t>(from[i])), py_int(static_cast<int64_t>(to[i])));
  }
  if (!a[2].is_unbound()) {
    for (char32_t c : uni::decode(clinic_str(a[2], "maketrans() argument 3"))) {
      out->set(py_int(static_cast<int64_t>(c)), None);
    }
  }
  return result;
}

Object m_encode(const Object& self, const Object* a, Args, Kwargs) {
  return py_bytes(encode_text(text(self), a[0], a[1], "encode()"));
}

Object m_format(const Object& self, const Object*, Args args, Kwargs kw) {
  return str_format(self, args, kw);
}
Object m_format_map(const Object& self, const Object* a, Args, Kwargs) {
  return str_format_map(self, a[0]);
}

// ---- the catalog ---------------------------------------------------------------------------

using P = Param;
constexpr P kSub{"sub"}, kStart{"start", P::Absent}, kEnd{"end", P::Absent};
constexpr P kWidth{"width"}, kFill{"fillchar", P::Absent}, kChars{"chars", P::None};

// Sorted by name.
constexpr MethodDef kStrMethods[] = {
    {"capitalize", m_capitalize},
    {"casefold", m_casefold},
    {"center", m_center, ArgStyle::Positional, {kWidth, kFill}, 2},
    {"count", m_count, ArgStyle::ParseTuple, {kSub, kStart, kEnd}, 3},
    {"encode", m_encode, ArgStyle::Keywords, {P{"encoding", P::Absent}, P{"errors", P::Absent}}, 2},
    {"endswith", m_endswith, ArgStyle::ParseTuple, {P{"suffix"}, kStart, kEnd}, 3},
    {"expandtabs", m_expandtabs, ArgStyle::Keywords, {P{"tabsize", P::Int, 8}}, 1},
    {"find", m_find, ArgStyle::ParseTuple, {kSub, kStart, kEnd}, 3},
    {"format", m_format, ArgStyle::Varargs},
    {"format_map", m_format_map, ArgStyle::OneArg, {P{"mapping"}}, 1},
    {"index", m_index, ArgStyle::ParseTuple, {kSub, kStart, kEnd}, 3},
    {"isalnum", every_char<alnum>},
    {"isalpha", every_char<uni::is_alpha>},
    {"isascii", m_isascii},
    {"isdecimal", every_char<uni::is_decimal>},
    {"isdigit", every_char<uni::is_digit>},
    {"isidentifier", m_isidentifier},
    {"islower", all_cased<uni::is_lower, uni::is_upper>},
    {"isnumeric", every_char<uni::is_numeric>},
    {"isprintable", m_isprintable},
    {"isspace", every_char<uni::is_space>},
    {"istitle", m_istitle},
    {"isupper", all_cased<uni::is_upper, uni::is_lower>},
    {"join", m_join, ArgStyle::OneArg, {P{"iterable"}}, 1},
    {"ljust", m_ljust, ArgStyle::Positional, {kWidth, kFill}, 2},
    {"lower", m_lower},
    {"lstrip", m_lstrip, ArgStyle::Positional, {kChars}, 1},
    {"maketrans",
     m_maketrans,
     ArgStyle::Positional,
     {P{"x"}, P{"y", P::Absent}, P{"z", P::Absent}},
     3,
     kMaxParams,
     true},
    {"partition", m_partition, ArgStyle::OneArg, {P{"sep"}}, 1},
    {"removeprefix", m_removeprefix, ArgStyle::OneArg, {P{"prefix"}}, 1},
    {"removesuffix", m_removesuffix, ArgStyle::OneArg, {P{"suffix"}}, 1},
    {"replace", m_replace, ArgStyle::Positional, {P{"old"}, P{"new"}, P{"count", P::Int, -1}}, 3},
    {"rfind", m_rfind, ArgStyle::ParseTuple, {kSub, kStart, kEnd}, 3},
    {"rindex", m_rindex, ArgStyle::ParseTuple, {kSub, kStart, kEnd}, 3},
    {"rjust", m_rjust, ArgStyle::Positional, {kWidth, kFill}, 2},
    {"rpartition", m_rpartition, ArgStyle::OneArg, {P{"sep"}}, 1},
    {"rsplit", m_rsplit, ArgStyle::Keywords, {P{"sep", P::None}, P{"maxsplit", P::Int, -1}}, 2},
    {"rstrip", m_rstrip, ArgStyle::Positional, {kChars}, 1},
    {"split", m_split, ArgStyle::Keywords, {P{"sep", P::None}, P{"maxsplit", P::Int, -1}}, 2},
    {"splitlines", m_splitlines, ArgStyle::Keywords, {P{"keepends", P::False}}, 1},
    {"startswith", m_startswith, ArgStyle::ParseTuple, {P{"prefix"}, kStart, kEnd}, 3},
    {"strip", m_strip, ArgStyle::Positional, {kChars}, 1},
    {"swapcase", m_swapcase},
    {"title", m_title},
    {"translate", m_translate, ArgStyle::OneArg, {P{"table"}}, 1},
    {"upper", m_upper},
    {"zfill", m_zfill, ArgStyle::OneArg, {kWidth}, 1},
};
static_assert(sorted_by_name(kStrMethods), "kStrMethods must stay sorted by name");

constexpr MethodCatalog kStrCatalog{"str", kStrMethods};

}  // namespace

const MethodCatalog& str_catalog() { return kStrCatalog; }

Object StrObject::getattr(const Object& self, std::string_view name) {
  if (Object m = catalog_bound_method(kStrCatalog, self, name); !m.is_unbound()) return m;
  return HeapObject::getattr(self, name);
}

Object StrObject::call_method(const Object& self, std::string_view name, Args args, Kwargs kw) {
  if (const MethodDef* m = kStrCatalog.find(name))
    return call_catalog_method(kStrCatalog, *m, self, args, kw);
  return HeapObject::call_method(self, name, args, kw);
}

}  // namespace aiocc
