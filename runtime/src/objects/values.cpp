// int (big), str, list, tuple, range, slice: representation and repr (the methods of list,
// tuple, range and slice are in list_methods.cpp).
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
#include "unicode.h"

namespace aiocc {

// ---- int ------------------------------------------------------------------------------------
TypeObject* BigInt::type() const { return &types::int_; }
std::string BigInt::repr() const {
  char* s = mpz_get_str(nullptr, 10, v);
  std::string out(s);
  void (*freefunc)(void*, size_t);
  mp_get_memory_functions(nullptr, nullptr, &freefunc);
  freefunc(s, out.size() + 1);
  check_int_str_digits(out.size() - (out[0] == '-' ? 1 : 0));
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
size_t StrObject::length() const {
  if (ascii) return s.size();
  if (code_points == SIZE_MAX) code_points = utf8_length(s);
  return code_points;
}

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
    } else if (c < 0x80) {
      out += static_cast<char>(c);
    } else {
      // Non-ASCII: kept when printable, else escaped like CPython's repr.
      const size_t n = utf8_char_len(c);
      const char32_t cp = uni::decode(std::string_view(s).substr(i, n))[0];
      if (uni::is_printable(cp)) {
        out.append(s, i, n);
      } else {
        char buf[16];
        std::snprintf(buf, sizeof buf, cp < 0x100 ? "\\x%02x" : cp < 0x10000 ? "\\u%04x" : "\\U%08x",
                      static_cast<unsigned>(cp));
        out += buf;
      }
      i += n - 1;
    }
  }
  out += q;
  return out;
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

// The containers whose repr is being written, innermost last.
std::vector<const void*> g_repr_running;
}  // namespace

namespace detail {
ReprGuard::ReprGuard(const void* container) : container_(container) {
  recursive_ = std::find(g_repr_running.begin(), g_repr_running.end(), container) != g_repr_running.end();
  if (!recursive_) g_repr_running.push_back(container);
}
ReprGuard::~ReprGuard() {
  if (!recursive_) g_repr_running.erase(std::find(g_repr_running.begin(), g_repr_running.end(), container_));
}
}  // namespace detail

TypeObject* ListObject::type() const { return &types::list; }
std::string ListObject::repr() const {
  detail::ReprGuard guard(this);
  if (guard.recursive()) return "[...]";
  return seq_repr(items, "[", "]", false);
}
TypeObject* TupleObject::type() const { return &types::tuple; }
std::string TupleObject::repr() const {
  detail::ReprGuard guard(this);  // a tuple reached again through a list it holds: (...)
  if (guard.recursive()) return "(...)";
  return seq_repr(items, "(", ")", true);
}

Object py_list(std::vector<Object> items) { return make<ListObject>(std::move(items)); }
Object py_tuple(std::vector<Object> items) { return make<TupleObject>(std::move(items)); }

// ---- range and slice ------------------------------------------------------------------------
TypeObject* RangeObject::type() const { return &types::range; }
std::string RangeObject::repr() const {
  std::string r = "range(" + aiocc::repr(start_obj()) + ", " + aiocc::repr(stop_obj());
  if (is_long ? !eq(lstep, Object::from_int(1)) : step != 1) r += ", " + aiocc::repr(step_obj());
  return r + ")";
}
int64_t RangeObject::length() const {
  if (is_long) {
    int64_t n;
    if (!detail::small(length_obj(), n)) raise(&exc::OverflowError, "Python int too large to convert to C ssize_t");
    return n;
  }
  if (step > 0 && start < stop) return (stop - start + step - 1) / step;
  if (step < 0 && start > stop) return (start - stop - step - 1) / -step;
  return 0;
}
TypeObject* SliceObject::type() const { return &types::slice; }
std::string SliceObject::repr() const {
  return "slice(" + aiocc::repr(start) + ", " + aiocc::repr(stop) + ", " + aiocc::repr(step) + ")";
}
}  // namespace aiocc
