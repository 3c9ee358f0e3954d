// The methods and attributes of int (bool included) and float, as catalogs (see
// method_catalog.h). Numbers are immediate values or BigInts: ops.cpp's getattr/call_method
// send the immediate ones here, BigInt's overrides the others.
#include <cctype>
#include <cerrno>
#include <cfloat>
#include <cmath>
#include <cstdlib>

#include <algorithm>

#include "aiocc/py/builtins.h"
#include "aiocc/py/bytes.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/function.h"
#include "aiocc/py/int.h"
#include "aiocc/py/list.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/protocols.h"
#include "aiocc/py/str.h"
#include "aiocc/py/types.h"
#include "internal.h"
#include "method_catalog.h"

namespace aiocc {
namespace {

using P = Param;

// A bool's value as an int: True.numerator is 1, not True.
Object as_plain_int(const Object& v) { return v.is_bool() ? py_int(v.as_bool()) : v; }

struct Mpz {
  mpz_t v;
  Mpz() { mpz_init(v); }
  ~Mpz() { mpz_clear(v); }
};

// ---- int --------------------------------------------------------------------------------------
Object i_as_integer_ratio(const Object& self, const Object*, Args, Kwargs) {
  return py_tuple({as_plain_int(self), py_int(1)});
}
Object i_bit_count(const Object& self, const Object*, Args, Kwargs) {
  Mpz m;
  int_to_mpz(self, m.v);
  mpz_abs(m.v, m.v);
  return py_int(static_cast<int64_t>(mpz_popcount(m.v)));
}
Object i_bit_length(const Object& self, const Object*, Args, Kwargs) {
  Mpz m;
  int_to_mpz(self, m.v);
  return py_int(mpz_sgn(m.v) == 0 ? 0 : static_cast<int64_t>(mpz_sizeinbase(m.v, 2)));
}
Object i_conjugate(const Object& self, const Object*, Args, Kwargs) { return as_plain_int(self); }

// byteorder='big' (Absent) or 'little'.
bool little_endian(const Object& byteorder, const char* method) {
  if (byteorder.is_unbound()) return false;
  if (!is_str(byteorder)) {
    raise(&exc::TypeError, std::string(method) + "() argument 'byteorder' must be str, not " +
                               type_of(byteorder)->name);
  }
  const std::string& o = str_value(byteorder);
  if (o != "little" && o != "big") raise(&exc::ValueError, "byteorder must be either 'little' or 'big'");
  return o == "little";
}

// int.to_bytes(length=1, byteorder='big', *, signed=False): two's complement when signed.
Object i_to_bytes(const Object& self, const Object* a, Args, Kwargs) {
  int64_t length;
  if (!detail::small(number_index(a[0]), length)) raise(&exc::OverflowError, "Python int too large to convert to C ssize_t");
  if (length < 0) raise(&exc::ValueError, "length argument must be non-negative");
  const bool little = little_endian(a[1], "to_bytes"), is_signed = truthy(a[2]);
  Mpz v;
  int_to_mpz(self, v.v);
  if (mpz_sgn(v.v) < 0 && !is_signed) raise(&exc::OverflowError, "can't convert negative int to unsigned");
  // Range check: unsigned [0, 2**(8n)), signed [-2**(8n-1), 2**(8n-1)).
  Mpz limit;
  const size_t bits = static_cast<size_t>(length) * 8;
  if (is_signed) {
    mpz_set_ui(limit.v, 1);
    if (bits > 0) mpz_mul_2exp(limit.v, limit.v, bits - 1);
    Mpz low;
    mpz_neg(low.v, limit.v);
    if (bits == 0 ? mpz_sgn(v.v) != 0 : (mpz_cmp(v.v, limit.v) >= 0 || mpz_cmp(v.v, low.v) < 0)) {
      raise(&exc::OverflowError, "int too big to convert");
    }
  } else {
    mpz_set_ui(limit.v, 1);
    mpz_mul_2exp(limit.v, limit.v, bits);
    if (mpz_cmp(v.v, limit.v) >= 0) raise(&exc::OverflowError, "int too big to convert");
  }
  if (mpz_sgn(v.v) < 0) {  // two's complement: v + 2**bits
    Mpz full;
    mpz_set_ui(full.v, 1);
    mpz_mul_2exp(full.v, full.v, bits);
    mpz_add(v.v, v.v, full.v);
  }
  std::string out(static_cast<size_t>(length), '\0');
  size_t count = 0;
  std::string raw((mpz_sizeinbase(v.v, 2) + 7) / 8 + 1, '\0');
  mpz_export(raw.data(), &count, 1, 1, 1, 0, v.v);  // big-endian, most significant first
  for (size_t i = 0; i < count; ++i) out[out.size() - count + i] = raw[i];
  if (little) std::reverse(out.begin(), out.end());
  return py_bytes(std::move(out));
}

// int.from_bytes(bytes, byteorder='big', *, signed=False), a class method: bool.from_bytes
// gives a bool.
Object i_from_bytes(const Object& self, const Object* a, Args, Kwargs) {
  const bool little = little_endian(a[1], "from_bytes");  // Argument Clinic checks it first
  // PyObject_Bytes: a buffer, or an iterable of ints; never a str or a number.
  if (is_str(a[0]) || is_int(a[0]) || a[0].is_float()) {
    raise(&exc::TypeError, "cannot convert '" + type_of(a[0])->name + "' object to bytes");
  }
  Object data = is_bytes_like(a[0]) ? a[0] : aiocc::call(Object(&types::bytes), {a[0]});
  std::string s = bytes_data(data);
  if (little) std::reverse(s.begin(), s.end());
  Mpz v;
  if (!s.empty()) mpz_import(v.v, s.size(), 1, 1, 1, 0, s.data());
  if (truthy(a[2]) && !s.empty() && (static_cast<unsigned char>(s[0]) & 0x80)) {
    Mpz full;
    mpz_set_ui(full.v, 1);
    mpz_mul_2exp(full.v, full.v, s.size() * 8);
    mpz_sub(v.v, v.v, full.v);
  }
  Object r = int_from_mpz(v.v);
  const bool to_bool = self.same(Object(&types::bool_)) || self.is_bool();
  return to_bool ? Object::from_bool(truthy(r)) : r;
}

// The rounding protocol (math.floor/ceil/trunc, round()): an int is its own whole value.
Object i_whole(const Object& self, const Object*, Args, Kwargs) {
  return self.is_bool() ? py_int(self.as_bool() ? 1 : 0) : self;
}
Object n_round(const Object& self, const Object* a, Args, Kwargs) {
  return a[0].is_unbound() ? builtins::round({self}, {}) : builtins::round({self, a[0]}, {});
}

constexpr P kByteOrder{"byteorder", P::Absent}, kSigned{"signed", P::False};
constexpr MethodDef kIntMethods[] = {
    {"__ceil__", i_whole},
    {"__floor__", i_whole},
    {"__round__", n_round, ArgStyle::Positional, {P{"ndigits", P::Absent}}, 1},
    {"__trunc__", i_whole},
    {"as_integer_ratio", i_as_integer_ratio},
    {"bit_count", i_bit_count},
    {"bit_length", i_bit_length},
    {"conjugate", i_conjugate},
    {"from_bytes", i_from_bytes, ArgStyle::Keywords, {P{"bytes"}, kByteOrder, kSigned}, 3, 2, true},
    {"to_bytes", i_to_bytes, ArgStyle::Keywords, {P{"length", P::Int, 1}, kByteOrder, kSigned}, 3, 2},
};
static_assert(sorted_by_name(kIntMethods), "kIntMethods must stay sorted by name");
constexpr DataAttribute kIntAttributes[] = {{"denominator"}, {"imag"}, {"numerator"}, {"real"}};
constexpr MethodCatalog kIntCatalog{"int", kIntMethods, kIntAttributes};

// ---- float ------------------------------------------------------------------------------------
double float_of(const Object& self) { return self.as_float(); }

// float_as_integer_ratio: the mantissa doubled until it is whole, then shifted.
Object f_as_integer_ratio(const Object& self, const Object*, Args, Kwargs) {
  const double x = float_of(self);
  if (std::isinf(x)) raise(&exc::OverflowError, "cannot convert Infinity to integer ratio");
  if (std::isnan(x)) raise(&exc::ValueError, "cannot convert NaN to integer ratio");
  int exponent;
  double part = std::frexp(x, &exponent);
  for (int i = 0; i < 300 && part != std::floor(part); ++i) {
    part *= 2.0;
    --exponent;
  }
  Mpz num, den;
  mpz_set_d(num.v, part);
  mpz_set_ui(den.v, 1);
  if (exponent > 0) {
    mpz_mul_2exp(num.v, num.v, static_cast<mp_bitcnt_t>(exponent));
  } else {
    mpz_mul_2exp(den.v, den.v, static_cast<mp_bitcnt_t>(-exponent));
  }
  return py_tuple({int_from_mpz(num.v), int_from_mpz(den.v)});
}
Object f_conjugate(const Object& self, const Object*, Args, Kwargs) { return self; }
Object f_is_integer(const Object& self, const Object*, Args, Kwargs) {
  const double x = float_of(self);
  return Object::from_bool(std::isfinite(x) && std::trunc(x) == x);
}

// float_hex: one hex digit before the point, 13 after, a decimal binary exponent.
Object f_hex(const Object& self, const Object*, Args, Kwargs) {
  const double x = float_of(self);
  if (std::isnan(x) || std::isinf(x)) return py_str(detail::float_repr(x));
  if (x == 0.0) return py_str(std::signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
  int e;
  double m = std::frexp(std::fabs(x), &e);
  const int shift = 1 - std::max(DBL_MIN_EXP - e, 0);
  m = std::ldexp(m, shift);
  e -= shift;
  static const char digits[] = "0123456789abcdef";
  std::string s(1, digits[static_cast<int>(m)]);
  m -= static_cast<int>(m);
  s += '.';
  for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; ++i) {
    m *= 16.0;
    s += digits[static_cast<int>(m)];
    m -= static_cast<int>(m);
  }
  return py_str((x < 0 ? "-0x" : "0x") + s + "p" + (e < 0 ? "-" : "+") + std::to_string(std::abs(e)));
}

// float_fromhex: [ws] [sign] (inf | infinity | nan | [0x] hexdigits [. hexdigits] [p [sign]
// digits]) [ws]. The checked text is handed to strtod, which rounds as CPython does.
Object f_fromhex(const Object&, const Object* a, Args, Kwargs) {
  if (!is_str(a[0])) raise(&exc::TypeError, "bad argument type for built-in operation");
  const std::string& text = str_value(a[0]);
  auto invalid = [] { raise(&exc::ValueError, "invalid hexadecimal floating-point string"); };
  size_t i = 0, n = text.size();
  while (i < n && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
  while (n > i && std::isspace(static_cast<unsigned char>(text[n - 1]))) --n;
  std::string body = text.substr(i, n - i), sign;
  if (!body.empty() && (body[0] == '+' || body[0] == '-')) {
    sign = body.substr(0, 1);
    body.erase(0, 1);
  }
  std::string lower;
  for (char c : body) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower == "inf" || lower == "infinity" || lower == "nan") {
    const double v = lower == "nan" ? NAN : INFINITY;
    return Object::from_float(sign == "-" ? -v : v);
  }
  size_t k = lower.compare(0, 2, "0x") == 0 ? 2 : 0, hexdigits = 0;
  for (; k < lower.size() && std::isxdigit(static_cast<unsigned char>(lower[k])); ++k) ++hexdigits;
  if (k < lower.size() && lower[k] == '.') {
    for (++k; k < lower.size() && std::isxdigit(static_cast<unsigned char>(lower[k])); ++k) ++hexdigits;
  }
  if (hexdigits == 0) invalid();
  if (k < lower.size() && lower[k] == 'p') {
    ++k;
    if (k < lower.size() && (lower[k] == '+' || lower[k] == '-')) ++k;
    size_t expdigits = 0;
    for (; k < lower.size() && std::isdigit(static_cast<unsigned char>(lower[k])); ++k) ++expdigits;
    if (expdigits == 0) invalid();
  }
  if (k != lower.size()) invalid();
  const std::string c = sign + (lower.compare(0, 2, "0x") == 0 ? "" : "0x") + lower;
  errno = 0;
  const double v = std::strtod(c.c_str(), nullptr);
  if (errno == ERANGE && std::isinf(v)) {
    raise(&exc::OverflowError, "hexadecimal value too large to represent as a float");
  }
  return Object::from_float(v);
}

Object f_whole(const Object& self, double (*f)(double)) {
  const double d = f(self.as_float());
  if (std::isnan(d)) raise(&exc::ValueError, "cannot convert float NaN to integer");
  if (std::isinf(d)) raise(&exc::OverflowError, "cannot convert float infinity to integer");
  return call(Object(&types::int_), {Object::from_float(d)});
}
Object f_ceil(const Object& self, const Object*, Args, Kwargs) { return f_whole(self, [](double d) { return std::ceil(d); }); }
Object f_floor(const Object& self, const Object*, Args, Kwargs) { return f_whole(self, [](double d) { return std::floor(d); }); }
Object f_trunc(const Object& self, const Object*, Args, Kwargs) { return f_whole(self, [](double d) { return std::trunc(d); }); }

constexpr MethodDef kFloatMethods[] = {
    {"__ceil__", f_ceil},
    {"__floor__", f_floor},
    {"__round__", n_round, ArgStyle::Positional, {P{"ndigits", P::Absent}}, 1},
    {"__trunc__", f_trunc},
    {"as_integer_ratio", f_as_integer_ratio},
    {"conjugate", f_conjugate},
    {"fromhex", f_fromhex, ArgStyle::OneArg, {P{"string"}}, 1, kMaxParams, true},
    {"hex", f_hex},
    {"is_integer", f_is_integer},
};
static_assert(sorted_by_name(kFloatMethods), "kFloatMethods must stay sorted by name");
constexpr DataAttribute kFloatAttributes[] = {{"imag"}, {"real"}};
constexpr MethodCatalog kFloatCatalog{"float", kFloatMethods, kFloatAttributes};

const MethodCatalog* catalog_of(const Object& v) {
  if (v.is_float()) return &kFloatCatalog;
  return is_int(v) ? &kIntCatalog : nullptr;
}

}  // namespace

Object number_attribute(const Object& v, std::string_view name) {
  if (v.is_float()) {
    if (name == "real") return v;
    if (name == "imag") return Object::from_float(0.0);
  } else if (is_int(v)) {
    if (name == "real" || name == "numerator") return as_plain_int(v);
    if (name == "imag") return py_int(0);
    if (name == "denominator") return py_int(1);
  } else {
    return Object();
  }
  return catalog_bound_method(*catalog_of(v), v, name);
}

bool number_call_method(const Object& v, std::string_view name, Args args, Kwargs kw, Object& out) {
  const MethodCatalog* cat = catalog_of(v);
  const MethodDef* m = cat ? cat->find(name) : nullptr;
  if (!m) return false;
  out = call_catalog_method(*cat, *m, v, args, kw);
  return true;
}

bool is_number_data_attribute(const Object& v, std::string_view name) {
  const MethodCatalog* cat = catalog_of(v);
  return cat && cat->find_attribute(name);
}

const MethodCatalog& int_catalog() { return kIntCatalog; }
const MethodCatalog& float_catalog() { return kFloatCatalog; }

Object BigInt::getattr(const Object& self, std::string_view name) {
  if (Object a = number_attribute(self, name); !a.is_unbound()) return a;
  return HeapObject::getattr(self, name);
}

Object BigInt::call_method(const Object& self, std::string_view name, Args args, Kwargs kw) {
  if (Object out; number_call_method(self, name, args, kw, out)) return out;
  return HeapObject::call_method(self, name, args, kw);
}

void BigInt::setattr(std::string_view name, const Object& value) {
  if (is_number_data_attribute(Object(this), name)) {
    raise(&exc::AttributeError,
          "attribute '" + std::string(name) + "' of 'int' objects is not writable");
  }
  HeapObject::setattr(name, value);
}

}  // namespace aiocc
