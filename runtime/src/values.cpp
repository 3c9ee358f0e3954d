// int (big), str, list, tuple, range, slice: representation, repr and methods.
#include <algorithm>
#include <cmath>

#include "aiocc/py/dict.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/function.h"
#include "aiocc/py/int.h"
#include "aiocc/py/list.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/str.h"
#include "aiocc/py/protocols.h"
#include "builtin_bases.h"
#include "internal.h"

namespace aiocc {

// ---- int ------------------------------------------------------------------------------------
TypeObject* BigInt::type() const { return &types::int_; }
std::string BigInt::repr() const {
  char* s = mpz_get_str(nullptr, 10, v);
  std::string out(s);
  void (*freefunc)(void*, size_t);
  mp_get_memory_functions(nullptr, nullptr, &freefunc);
  freefunc(s, out.size() + 1);
  return out;
}

bool is_int(const Object& o) {
  return o.is_small_int() || o.is_bool() || (o.is_heap() && dynamic_cast<BigInt*>(o.heap()));
}

Object int_from_mpz(const mpz_t v) {
  if (mpz_fits_slong_p(v)) return py_int(mpz_get_si(v));
  auto* b = new BigInt();
  mpz_set(b->v, v);
  return Object(b);
}

Object int_from_decimal(const char* digits) {
  mpz_t v;
  mpz_init_set_str(v, digits, 10);
  Object r = int_from_mpz(v);
  mpz_clear(v);
  return r;
}

void int_to_mpz(const Object& o, mpz_t out) {
  if (o.is_small_int()) {
    mpz_set_si(out, o.as_int());
  } else if (o.is_bool()) {
    mpz_set_si(out, o.as_bool());
  } else {
    mpz_set(out, o.as<BigInt>()->v);
  }
}

std::string int_repr(const Object& o) {
  if (o.is_small_int()) return std::to_string(o.as_int());
  if (o.is_bool()) return o.as_bool() ? "1" : "0";
  return o.heap()->repr();
}

double int_to_double(const Object& o) {
  if (o.is_small_int()) return static_cast<double>(o.as_int());
  if (o.is_bool()) return o.as_bool();
  const BigInt* b = o.as<BigInt>();
  if (mpz_sizeinbase(b->v, 2) > 1024) {
    raise(&exc::OverflowError, "int too large to convert to float");
  }
  // mpz_get_d truncates; CPython rounds to nearest. Round via a string for exactness.
  double d = std::strtod(b->repr().c_str(), nullptr);
  if (std::isinf(d)) raise(&exc::OverflowError, "int too large to convert to float");
  return d;
}

// ---- str --------------------------------------------------------------------------------------
size_t utf8_length(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

StrObject::StrObject(std::string v) : s(std::move(v)) {
  kind = Kind::Str;
  ascii = std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}
TypeObject* StrObject::type() const { return &types::str; }
std::string StrObject::repr() const { return str_repr(s); }
size_t StrObject::length() const { return ascii ? s.size() : utf8_length(s); }

Object py_str(std::string s) { return make<StrObject>(std::move(s)); }
const std::string& str_value(const Object& o) { return o.as<StrObject>()->s; }

std::string str_repr(const std::string& s) {
  const bool has_single = s.find('\'') != std::string::npos;
  const bool has_double = s.find('"') != std::string::npos;
  const char q = has_single && !has_double ? '"' : '\'';
  std::string out(1, q);
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == static_cast<unsigned char>(q) || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20 || c == 0x7F) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  out += q;
  return out;
}

namespace {

const std::string& str_arg(const char* method, const Object& o) {
  if (!is_str(o)) {
    raise(&exc::TypeError, std::string("must be str, not ") + type_of(o)->name);
  }
  (void)method;
  return str_value(o);
}

bool is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

std::vector<std::string> split_ws(const std::string& s, int64_t maxsplit) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && is_space(s[i])) ++i;
    if (i >= s.size()) break;
    if (maxsplit >= 0 && static_cast<int64_t>(out.size()) == maxsplit) {
      size_t end = s.size();
      while (end > i && is_space(s[end - 1])) --end;
      out.push_back(s.substr(i, end - i));
      break;
    }
    size_t j = i;
    while (j < s.size() && !is_space(s[j])) ++j;
    out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

Object str_list(const std::vector<std::string>& parts) {
  std::vector<Object> items;
  for (auto& p : parts) items.push_back(py_str(p));
  return py_list(std::move(items));
}

}  // namespace

Object StrObject::getattr(const Object& self, std::string_view name) {
  static const char* methods[] = {"join", "upper", "lower", "split", "strip", "lstrip", "rstrip",
                                  "startswith", "endswith", "replace", "find", "count", "format",
                                  "ljust", "rjust", "center", "isdigit", "title", "capitalize",
                                  "zfill", "index", "isalpha", "isspace", "isupper", "islower"};
  for (const char* m : methods) {
    if (name == m) return make<BoundMethod>(self, std::string(name));
  }
  return HeapObject::getattr(self, name);
}

Object StrObject::call_method(const Object& self, std::string_view name, Args args, Kwargs kw) {
  const std::string m(name);
  auto nargs = [&](size_t lo, size_t hi) {
    if (kw.size()) check_no_kwargs(("str." + m).c_str(), kw);
    check_nargs(m.c_str(), args, lo, hi);
  };
  if (name == "join") {
    nargs(1, 1);
    std::string out;
    bool first = true;
    size_t index = 0;
    for (const Object& item : to_vector(args[0])) {
      const Object& x = unwrap(item);  // str subclasses join as their value
      if (!is_str(x)) {
        raise(&exc::TypeError, "sequence item " + std::to_string(index) +
                                   ": expected str instance, " + type_of(x)->name + " found");
      }
      if (!first) out += s;
      out += str_value(x);
      first = false;
      ++index;
    }
    return py_str(std::move(out));
  }
  if (name == "upper" || name == "lower") {
    nargs(0, 0);
    std::string out = s;
    for (char& c : out) {
      c = static_cast<char>(name == "upper" ? std::toupper(static_cast<unsigned char>(c))
                                            : std::tolower(static_cast<unsigned char>(c)));
    }
    return py_str(std::move(out));
  }
  if (name == "title" || name == "capitalize") {
    nargs(0, 0);
    std::string out = s;
    bool start = true;
    for (size_t i = 0; i < out.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(out[i]);
      if (std::isalpha(c)) {
        out[i] = static_cast<char>(start ? std::toupper(c) : std::tolower(c));
        start = false;
        if (name == "capitalize") start = false;
      } else {
        if (name == "title") start = true;
      }
      if (name == "capitalize" && i == 0 && !std::isalpha(c)) start = false;
    }
    return py_str(std::move(out));
  }
  if (name == "split") {
    nargs(0, 2);
    const Object* sep = args.size() > 0 ? &args[0] : kw.find("sep");
    int64_t maxsplit = args.size() > 1 ? args[1].as_int() : -1;
    if (!sep || sep->is_none()) return str_list(split_ws(s, maxsplit));
    const std::string& d = str_arg("split", *sep);
    if (d.empty()) raise(&exc::ValueError, "empty separator");
    std::vector<std::string> parts;
    size_t i = 0;
    for (;;) {
      size_t j = s.find(d, i);
      if (j == std::string::npos || (maxsplit >= 0 && static_cast<int64_t>(parts.size()) == maxsplit)) {
        parts.push_back(s.substr(i));
        break;
      }
      parts.push_back(s.substr(i, j - i));
      i = j + d.size();
    }
    return str_list(parts);
  }
  if (name == "strip" || name == "lstrip" || name == "rstrip") {
    nargs(0, 1);
    std::string chars = args.size() && !args[0].is_none() ? str_arg(m.c_str(), args[0]) : " \t\n\r\v\f";
    size_t a = 0, b = s.size();
    if (name != "rstrip") {
      while (a < b && chars.find(s[a]) != std::string::npos) ++a;
    }
    if (name != "lstrip") {
      while (b > a && chars.find(s[b - 1]) != std::string::npos) --b;
    }
    return py_str(s.substr(a, b - a));
  }
  if (name == "startswith" || name == "endswith") {
    nargs(1, 1);
    std::vector<Object> options;
    if (TupleObject* t = as_tuple(args[0])) {
      options = t->items;
    } else {
      options.push_back(args[0]);
    }
    for (const Object& o : options) {
      const std::string& p = str_arg(m.c_str(), o);
      bool hit = name == "startswith" ? s.compare(0, p.size(), p) == 0
                                      : s.size() >= p.size() && s.compare(s.size() - p.size(), p.size(), p) == 0;
      if (hit) return True();
    }
    return False();
  }
  if (name == "replace") {
    nargs(2, 3);
    const std::string& a = str_arg("replace", args[0]);
    const std::string& b = str_arg("replace", args[1]);
    int64_t count = args.size() > 2 ? args[2].as_int() : -1;
    std::string out;
    size_t i = 0;
    int64_t done = 0;
    while (count < 0 || done < count) {
      size_t j = a.empty() ? (i <= s.size() ? i : std::string::npos) : s.find(a, i);
      if (j == std::string::npos) break;
      out += s.substr(i, j - i) + b;
      if (a.empty()) {
        if (j < s.size()) out += s[j];
        i = j + 1;
        if (j >= s.size()) break;
      } else {
        i = j + a.size();
      }
      ++done;
    }
    if (i <= s.size()) out += s.substr(i);
    return py_str(std::move(out));
  }
  if (name == "find" || name == "index" || name == "count") {
    nargs(1, 1);
    const std::string& p = str_arg(m.c_str(), args[0]);
    if (name == "count") {
      if (p.empty()) return py_int(static_cast<int64_t>(length() + 1));
      int64_t n = 0;
      for (size_t i = s.find(p); i != std::string::npos; i = s.find(p, i + p.size())) ++n;
      return py_int(n);
    }
    size_t j = s.find(p);
    if (j == std::string::npos) {
      if (name == "index") raise(&exc::ValueError, "substring not found");
      return py_int(-1);
    }
    return py_int(static_cast<int64_t>(utf8_length(s.substr(0, j))));
  }
  if (name == "ljust" || name == "rjust" || name == "center" || name == "zfill") {
    nargs(1, name == "zfill" ? 1 : 2);
    int64_t width = args[0].as_int();
    std::string fill = args.size() > 1 ? str_arg(m.c_str(), args[1]) : " ";
    int64_t len = static_cast<int64_t>(length());
    if (width <= len) return self;
    int64_t pad = width - len;
    std::string out;
    auto rep = [&](int64_t n) {
      std::string r;
      for (int64_t i = 0; i < n; ++i) r += fill;
      return r;
    };
    if (name == "ljust") out = s + rep(pad);
    if (name == "rjust") out = rep(pad) + s;
    if (name == "center") {
      int64_t left = pad / 2 + (pad & width & 1);
      out = rep(left) + s + rep(pad - left);
    }
    if (name == "zfill") {
      size_t sign = !s.empty() && (s[0] == '-' || s[0] == '+');
      out = s.substr(0, sign) + std::string(pad, '0') + s.substr(sign);
    }
    return py_str(std::move(out));
  }
  if (name == "isdigit" || name == "isalpha" || name == "isspace" || name == "isupper" ||
      name == "islower") {
    nargs(0, 0);
    if (s.empty()) return False();
    bool all = true, cased = false;
    for (unsigned char c : s) {
      if (name == "isdigit") all &= std::isdigit(c) != 0;
      if (name == "isalpha") all &= std::isalpha(c) != 0;
      if (name == "isspace") all &= is_space(c);
      if (name == "isupper") {
        all &= !std::islower(c);
        cased |= std::isupper(c) != 0;
      }
      if (name == "islower") {
        all &= !std::isupper(c);
        cased |= std::islower(c) != 0;
      }
    }
    if (name == "isupper" || name == "islower") all &= cased;
    return Object::from_bool(all);
  }
  if (name == "format") {
    // Positional and keyword {} fields, with optional format specs.
    std::string out;
    size_t auto_index = 0;
    for (size_t i = 0; i < s.size(); ++i) {
      char c = s[i];
      if (c == '{' && i + 1 < s.size() && s[i + 1] == '{') {
        out += '{';
        ++i;
      } else if (c == '}' && i + 1 < s.size() && s[i + 1] == '}') {
        out += '}';
        ++i;
      } else if (c == '{') {
        size_t j = s.find('}', i);
        if (j == std::string::npos) raise(&exc::ValueError, "expected '}' before end of string");
        std::string field = s.substr(i + 1, j - i - 1);
        std::string spec;
        size_t colon = field.find(':');
        if (colon != std::string::npos) {
          spec = field.substr(colon + 1);
          field = field.substr(0, colon);
        }
        char conversion = 0;  // {x!r}, {x!s}, {x!a}
        if (size_t bang = field.find('!'); bang != std::string::npos) {
          std::string conv = field.substr(bang + 1);
          if (conv.size() != 1 || std::string("rsa").find(conv[0]) == std::string::npos) {
            raise(&exc::ValueError, conv.empty() ? "end of string while looking for conversion specifier"
                                                 : "Unknown conversion specifier " + conv);
          }
          conversion = conv[0];
          field = field.substr(0, bang);
        }
        Object v;
        if (field.empty()) {
          if (auto_index >= args.size()) {
            raise(&exc::IndexError, "Replacement index " + std::to_string(auto_index) +
                                        " out of range for positional args tuple");
          }
          v = args[auto_index++];
        } else if (std::isdigit(static_cast<unsigned char>(field[0]))) {
          size_t k = std::stoul(field);
          if (k >= args.size()) {
            raise(&exc::IndexError, "Replacement index " + field +
                                        " out of range for positional args tuple");
          }
          v = args[k];
        } else {
          const Object* found = kw.find(field);
          if (!found) raise(&exc::KeyError, str_repr(field));
          v = *found;
        }
        if (conversion) v = py_str(conversion == 's' ? aiocc::str(v) : aiocc::repr(v));
        out += format_spec(v, spec);
        i = j;
      } else {
        out += c;
      }
    }
    return py_str(std::move(out));
  }
  return HeapObject::call_method(self, name, args, kw);
}

// ---- list and tuple -------------------------------------------------------------------------
namespace {
std::string seq_repr(const std::vector<Object>& items, const char* open, const char* close,
                     bool one_comma) {
  std::string out = open;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += ", ";
    out += repr(items[i]);
  }
  if (one_comma && items.size() == 1) out += ",";
  return out + close;
}

// Guards against infinite recursion when a list contains itself.
thread_local int repr_depth = 0;
}  // namespace

TypeObject* ListObject::type() const { return &types::list; }
std::string ListObject::repr() const {
  if (repr_depth > 200) return "[...]";
  ++repr_depth;
  std::string r = seq_repr(items, "[", "]", false);
  --repr_depth;
  return r;
}
TypeObject* TupleObject::type() const { return &types::tuple; }
std::string TupleObject::repr() const { return seq_repr(items, "(", ")", true); }

Object py_list(std::vector<Object> items) { return make<ListObject>(std::move(items)); }
Object py_tuple(std::vector<Object> items) { return make<TupleObject>(std::move(items)); }

namespace {
int64_t index_of(const Object& o) {
  int64_t v;
  if (!detail::small(number_index(o), v)) raise(&exc::IndexError, "cannot fit 'int' into an index-sized integer");
  return v;
}

// index(x, start, stop): the positions searched, clamped like a slice.
std::pair<size_t, size_t> search_range(Args args, size_t n) {
  auto bound = [&](size_t i, int64_t dflt) {
    if (args.size() <= i) return dflt;
    int64_t v;
    if (!detail::small(number_index(args[i]), v)) v = dflt;
    if (v < 0) v = std::max<int64_t>(0, v + static_cast<int64_t>(n));
    return std::min<int64_t>(v, static_cast<int64_t>(n));
  };
  return {static_cast<size_t>(bound(1, 0)), static_cast<size_t>(bound(2, static_cast<int64_t>(n)))};
}

int64_t normalize_index(int64_t i, size_t n, const char* what) {
  if (i < 0) i += static_cast<int64_t>(n);
  if (i < 0 || i >= static_cast<int64_t>(n)) raise(&exc::IndexError, what);
  return i;
}
}  // namespace

Object ListObject::getattr(const Object& self, std::string_view name) {
  static const char* methods[] = {"append", "pop", "extend", "insert", "remove", "index",
                                  "count", "sort", "reverse", "clear", "copy"};
  for (const char* m : methods) {
    if (name == m) return make<BoundMethod>(self, std::string(name));
  }
  return HeapObject::getattr(self, name);
}

Object ListObject::call_method(const Object& self, std::string_view name, Args args, Kwargs kw) {
  if (kw.size() && name != "sort") check_no_kwargs(("list." + std::string(name)).c_str(), kw);
  if (name == "append") {
    check_nargs("append", args, 1, 1);
    items.push_back(args[0]);
    return None;
  }
  if (name == "pop") {
    check_nargs("pop", args, 0, 1);
    if (items.empty()) raise(&exc::IndexError, "pop from empty list");
    int64_t i = args.size() ? normalize_index(index_of(args[0]), items.size(), "pop index out of range")
                            : static_cast<int64_t>(items.size()) - 1;
    Object v = items[i];
    items.erase(items.begin() + i);
    return v;
  }
  if (name == "extend") {
    check_nargs("extend", args, 1, 1);
    for (Object& x : to_vector(args[0])) items.push_back(std::move(x));
    return None;
  }
  if (name == "insert") {
    check_nargs("insert", args, 2, 2);
    int64_t i = index_of(args[0]), n = static_cast<int64_t>(items.size());
    if (i < 0) i = std::max<int64_t>(0, i + n);
    i = std::min(i, n);
    items.insert(items.begin() + i, args[1]);
    return None;
  }
  if (name == "remove" || name == "index" || name == "count") {
    check_nargs(std::string(name).c_str(), args, 1, name == "index" ? 3 : 1);
    int64_t count = 0;
    auto [from, to] = search_range(args, items.size());
    for (size_t i = from; i < to && i < items.size(); ++i) {
      if (items[i].same(args[0]) || eq(items[i], args[0])) {
        if (name == "remove") {
          items.erase(items.begin() + i);
          return None;
        }
        if (name == "index") return py_int(static_cast<int64_t>(i));
        ++count;
      }
    }
    if (name == "count") return py_int(count);
    if (name == "remove") raise(&exc::ValueError, "list.remove(x): x not in list");
    raise(&exc::ValueError, aiocc::repr(args[0]) + " is not in list");
  }
  if (name == "sort") {
    check_nargs("sort", args, 0, 0);
    const Object* key = kw.find("key");
    const Object* rev = kw.find("reverse");
    std::vector<Object> keys;
    std::vector<size_t> order(items.size());
    for (size_t i = 0; i < items.size(); ++i) {
      order[i] = i;
      keys.push_back(key && !key->is_none() ? aiocc::call(*key, {items[i]}) : items[i]);
    }
    bool reverse = rev && aiocc::truthy(*rev);
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
      return reverse ? lt(keys[b], keys[a]) : lt(keys[a], keys[b]);
    });
    std::vector<Object> sorted;
    for (size_t i : order) sorted.push_back(items[i]);
    items = std::move(sorted);
    return None;
  }
  if (name == "reverse") {
    std::reverse(items.begin(), items.end());
    return None;
  }
  if (name == "clear") {
    items.clear();
    return None;
  }
  if (name == "copy") return py_list(items);
  return HeapObject::call_method(self, name, args, kw);
}

Object TupleObject::getattr(const Object& self, std::string_view name) {
  if (name == "index" || name == "count") return make<BoundMethod>(self, std::string(name));
  return HeapObject::getattr(self, name);
}

Object TupleObject::call_method(const Object& self, std::string_view name, Args args, Kwargs kw) {
  if (name == "index" || name == "count") {
    check_nargs(std::string(name).c_str(), args, 1, name == "index" ? 3 : 1);
    int64_t count = 0;
    auto [from, to] = search_range(args, items.size());
    for (size_t i = from; i < to && i < items.size(); ++i) {
      if (items[i].same(args[0]) || eq(items[i], args[0])) {
        if (name == "index") return py_int(static_cast<int64_t>(i));
        ++count;
      }
    }
    if (name == "count") return py_int(count);
    raise(&exc::ValueError, "tuple.index(x): x not in tuple");
  }
  return HeapObject::call_method(self, name, args, kw);
}

// ---- range and slice ------------------------------------------------------------------------
TypeObject* RangeObject::type() const { return &types::range; }
std::string RangeObject::repr() const {
  std::string r = "range(" + std::to_string(start) + ", " + std::to_string(stop);
  if (step != 1) r += ", " + std::to_string(step);
  return r + ")";
}
int64_t RangeObject::length() const {
  if (step > 0 && start < stop) return (stop - start + step - 1) / step;
  if (step < 0 && start > stop) return (start - stop - step - 1) / -step;
  return 0;
}
TypeObject* SliceObject::type() const { return &types::slice; }
std::string SliceObject::repr() const {
  return "slice(" + aiocc::repr(start) + ", " + aiocc::repr(stop) + ", " + aiocc::repr(step) + ")";
}
Object SliceObject::getattr(const Object& self, std::string_view name) {
  if (name == "start") return start;
  if (name == "stop") return stop;
  if (name == "step") return step;
  if (name == "indices") return make<BoundMethod>(self, "indices");
  return HeapObject::getattr(self, name);
}
Object SliceObject::call_method(const Object& self, std::string_view name, Args args, Kwargs kw) {
  if (name == "indices") {
    check_no_kwargs("indices", kw);
    check_nargs("indices", args, 1, 1);
    int64_t n;
    if (!detail::small(number_index(args[0]), n)) raise(&exc::OverflowError, "cannot fit 'int' into an index-sized integer");
    if (n < 0) raise(&exc::ValueError, "length should not be negative");
    return slice_indices(*this, n);
  }
  return HeapObject::call_method(self, name, args, kw);
}

}  // namespace aiocc
