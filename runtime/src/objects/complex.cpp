// complex numbers, as CPython's Objects/complexobject.c computes them: the same formulas (so
// the same rounding), the same special cases and the same error texts.
#include "aiocc/py/complex.h"

#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "aiocc/py/exceptions.h"
#include "aiocc/py/function.h"
#include "aiocc/py/hash.h"
#include "aiocc/py/instance.h"
#include "aiocc/py/int.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/protocols.h"
#include "aiocc/py/str.h"
#include "aiocc/py/types.h"
#include "internal.h"
#include "method_catalog.h"

namespace aiocc {

namespace types {
TypeObject complex("complex", &object, construct_complex);
}  // namespace types

namespace {

struct C {
  double re, im;
};

C prod(C a, C b) { return {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re}; }

// _Py_c_quot: Smith's method; a zero divisor sets `zero`.
C quot(C a, C b, bool& zero) {
  const double abs_bre = std::fabs(b.re), abs_bim = std::fabs(b.im);
  if (abs_bre >= abs_bim) {
    if (abs_bre == 0.0) {
      zero = true;
      return {0.0, 0.0};
    }
    const double ratio = b.im / b.re, denom = b.re + b.im * ratio;
    return {(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
  }
  if (abs_bim >= abs_bre) {
    const double ratio = b.re / b.im, denom = b.re * ratio + b.im;
    return {(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
  }
  return {NAN, NAN};  // a NaN in the divisor
}

// _Py_c_pow, for exponents that are not small integers. `domain` as CPython's EDOM.
C general_pow(C a, C b, bool& domain) {
  if (b.re == 0.0 && b.im == 0.0) return {1.0, 0.0};
  if (a.re == 0.0 && a.im == 0.0) {
    if (b.im != 0.0 || b.re < 0.0) domain = true;
    return {0.0, 0.0};
  }
  const double vabs = std::hypot(a.re, a.im);
  double len = std::pow(vabs, b.re);
  const double at = std::atan2(a.im, a.re);
  double phase = at * b.re;
  if (b.im != 0.0) {
    len /= std::exp(at * b.im);
    phase += b.im * std::log(vabs);
  }
  return {len * std::cos(phase), len * std::sin(phase)};
}

// c_powu / c_powi: repeated squaring, for integral exponents up to 100 in size.
C int_pow(C x, long n, bool& domain) {
  unsigned long u = static_cast<unsigned long>(n < 0 ? -n : n), mask = 1;
  C r{1.0, 0.0}, p = x;
  while (mask > 0 && u >= mask) {
    if (u & mask) r = prod(r, p);
    mask <<= 1;
    p = prod(p, p);
  }
  return n < 0 ? quot({1.0, 0.0}, r, domain) : r;
}

Object make(C c) { return py_complex(c.re, c.im); }

// The real operand of a mixed operation as a complex; false for anything that is not a number.
bool to_c(const Object& o, C& out) {
  if (ComplexObject* c = as_complex(o)) {
    out = {c->real, c->imag};
    return true;
  }
  if (o.is_float()) {
    out = {o.as_float(), 0.0};
    return true;
  }
  if (is_int(o)) {
    out = {int_to_double(o), 0.0};
    return true;
  }
  return false;
}

// The repr of one part: a float's repr without a trailing ".0" (PyOS_double_to_string 'r').
std::string part_repr(double x, bool with_sign) {
  std::string s = detail::float_repr(x);
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
  if (with_sign && s[0] != '-') s = "+" + s;
  return s;
}

// ---- complex(string) ---------------------------------------------------------------------------
// A float at s[i...] as PyOS_string_to_double reads it (no hex, underscores already checked).
bool scan_float(const std::string& s, size_t& i, double& out) {
  size_t j = i;
  if (j < s.size() && (s[j] == '+' || s[j] == '-')) ++j;
  auto word = [&](const char* w) {
    size_t n = std::strlen(w);
    if (s.size() - j < n) return false;
    for (size_t k = 0; k < n; ++k) {
      if (std::tolower(static_cast<unsigned char>(s[j + k])) != w[k]) return false;
    }
    return true;
  };
  size_t end;
  if (word("infinity")) {
    end = j + 8;
  } else if (word("inf") || word("nan")) {
    end = j + 3;
  } else {
    size_t k = j, digits = 0;
    while (k < s.size() && std::isdigit(static_cast<unsigned char>(s[k]))) ++k, ++digits;
    if (k < s.size() && s[k] == '.') {
      ++k;
      while (k < s.size() && std::isdigit(static_cast<unsigned char>(s[k]))) ++k, ++digits;
    }
    if (digits == 0) return false;
    if (k < s.size() && (s[k] == 'e' || s[k] == 'E')) {
      size_t e = k + 1;
      if (e < s.size() && (s[e] == '+' || s[e] == '-')) ++e;
      size_t d = e;
      while (d < s.size() && std::isdigit(static_cast<unsigned char>(s[d]))) ++d;
      if (d > e) k = d;
    }
    end = k;
  }
  out = std::strtod(s.substr(i, end - i).c_str(), nullptr);
  i = end;
  return true;
}

// complex_subtype_from_string: [ws] ['('] [ws] (real | imagj | real+imagj | [sign]j) [ws] [')'] [ws]
C parse_complex(const std::string& text) {
  auto malformed = [] { raise(&exc::ValueError, "complex() arg is a malformed string"); };
  std::string s;
  for (size_t k = 0; k < text.size(); ++k) {  // digit_digit underscores, as float() takes them
    if (text[k] != '_') {
      s += text[k];
      continue;
    }
    if (k == 0 || k + 1 == text.size() || !std::isdigit(static_cast<unsigned char>(text[k - 1])) ||
        !std::isdigit(static_cast<unsigned char>(text[k + 1]))) {
      raise(&exc::ValueError, "could not convert string to complex: " + str_repr(text));
    }
  }
  size_t i = 0;
  auto skip_space = [&] {
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
  };
  skip_space();
  const bool bracket = i < s.size() && s[i] == '(';
  if (bracket) {
    ++i;
    skip_space();
  }
  double x = 0.0, y = 0.0, z;
  auto is_j = [&] { return i < s.size() && (s[i] == 'j' || s[i] == 'J'); };
  if (scan_float(s, i, z)) {
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
      x = z;
      if (!scan_float(s, i, y)) y = s[i++] == '+' ? 1.0 : -1.0;
      if (!is_j()) malformed();
      ++i;
    } else if (is_j()) {
      ++i;
      y = z;
    } else {
      x = z;
    }
  } else {
    y = 1.0;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) y = s[i++] == '+' ? 1.0 : -1.0;
    if (!is_j()) malformed();
    ++i;
  }
  skip_space();
  if (bracket) {
    if (i >= s.size() || s[i] != ')') malformed();
    ++i;
    skip_space();
  }
  if (i != s.size()) malformed();
  return {x, y};
}

// A constructor argument: a complex, a real number, or (a user object's) __complex__/__float__.
bool arg_value(const Object& o, C& out, bool& is_complex) {
  is_complex = as_complex(o) != nullptr;
  if (to_c(o, out)) return true;
  if (is_user(o)) {
    if (has_attribute(o, "__complex__")) {
      Object c = call_method(o, "__complex__", {});
      if (!as_complex(c)) {
        raise(&exc::TypeError, "__complex__ returned non-complex (type " + type_of(c)->name + ")");
      }
      is_complex = true;
      return to_c(c, out);
    }
    if (has_attribute(o, "__float__") || has_attribute(o, "__index__")) {
      Object f = call(Object(&types::float_), {o});
      return to_c(f, out);
    }
  }
  return false;
}

Object m_conjugate(const Object& self, const Object*, Args, Kwargs) {
  const ComplexObject* c = self.as<ComplexObject>();
  return py_complex(c->real, -c->imag);
}

constexpr MethodDef kComplexMethods[] = {{"conjugate", m_conjugate}};
constexpr DataAttribute kComplexAttributes[] = {{"imag", "member"}, {"real", "member"}};
constexpr MethodCatalog kComplexCatalog{"complex", kComplexMethods, kComplexAttributes};

}  // namespace

const MethodCatalog& complex_catalog() { return kComplexCatalog; }

TypeObject* ComplexObject::type() const { return &types::complex; }

// complex_repr: a real part of +0 is left out, otherwise "(re+imj)".
std::string ComplexObject::repr() const {
  if (real == 0.0 && !std::signbit(real)) return part_repr(imag, false) + "j";
  return "(" + part_repr(real, false) + part_repr(imag, true) + "j)";
}

Object ComplexObject::getattr(const Object& self, std::string_view name) {
  if (name == "real") return Object::from_float(real);
  if (name == "imag") return Object::from_float(imag);
  if (Object m = catalog_bound_method(kComplexCatalog, self, name); !m.is_unbound()) return m;
  return HeapObject::getattr(self, name);
}

Object ComplexObject::call_method(const Object& self, std::string_view name, Args args, Kwargs kw) {
  if (const MethodDef* m = kComplexCatalog.find(name)) {
    return call_catalog_method(kComplexCatalog, *m, self, args, kw);
  }
  return HeapObject::call_method(self, name, args, kw);
}

Object py_complex(double real, double imag) { return make<ComplexObject>(real, imag); }

Object complex_binary(char op, const Object& a, const Object& b) {
  if (!as_complex(a) && !as_complex(b)) return Object();
  C x, y;
  if (!to_c(a, x) || !to_c(b, y)) return Object();
  switch (op) {
    case '+': return make({x.re + y.re, x.im + y.im});
    case '-': return make({x.re - y.re, x.im - y.im});
    case '*': return make(prod(x, y));
    case '/': {
      bool zero = false;
      C r = quot(x, y, zero);
      if (zero) raise(&exc::ZeroDivisionError, "complex division by zero");
      return make(r);
    }
    default: {  // 'p', **: complex_pow
      bool domain = false;
      C r = y.im == 0.0 && y.re == std::floor(y.re) && std::fabs(y.re) <= 100.0
                ? int_pow(x, static_cast<long>(y.re), domain)
                : general_pow(x, y, domain);
      if (domain) raise(&exc::ZeroDivisionError, "0.0 to a negative or complex power");
      if (std::isinf(r.re) || std::isinf(r.im)) raise(&exc::OverflowError, "complex exponentiation");
      return make(r);
    }
  }
}

bool complex_eq(const Object& a, const Object& b) {
  C x, y;
  if (!to_c(a, x) || !to_c(b, y)) return false;
  if (x.im != y.im) return false;
  // Against an int the real part compares exactly, as float == int does.
  const Object& other = as_complex(a) ? b : a;
  const ComplexObject* c = as_complex(a) ? as_complex(a) : as_complex(b);
  if (is_int(other)) return eq(Object::from_float(c->real), other);
  return x.re == y.re;
}

// complex_hash: hash(real) + 1000003 * hash(imag), in unsigned arithmetic; -1 becomes -2.
int64_t complex_hash(const ComplexObject& c) {
  const uint64_t combined = static_cast<uint64_t>(hash_double(c.real)) +
                            1000003ULL * static_cast<uint64_t>(hash_double(c.imag));
  const auto h = static_cast<int64_t>(combined);
  return h == -1 ? -2 : h;
}

Object complex_abs(const ComplexObject& c) {
  const double r = std::hypot(c.real, c.imag);
  if (std::isinf(r) && std::isfinite(c.real) && std::isfinite(c.imag)) {
    raise(&exc::OverflowError, "absolute value too large");
  }
  return Object::from_float(r);
}

// complex(real=0, imag=0): complex_new_impl.
Object construct_complex(TypeObject*, Args args, Kwargs kw) {
  if (args.size() + kw.size() > 2) {
    raise(&exc::TypeError, "complex() takes at most 2 arguments (" +
                               std::to_string(args.size() + kw.size()) + " given)");
  }
  Object r = args.size() > 0 ? args[0] : Object(), i = args.size() > 1 ? args[1] : Object();
  for (const Kw& k : kw) {
    Object& slot = k.name == "real" ? r : k.name == "imag" ? i : r;
    if (k.name != "real" && k.name != "imag") {
      raise(&exc::TypeError, "'" + std::string(k.name) + "' is an invalid keyword argument for complex()");
    }
    if (!slot.is_unbound()) {
      raise(&exc::TypeError, "argument for complex() given by name ('" + std::string(k.name) +
                                 "') and position (" + (k.name == "real" ? "1" : "2") + ")");
    }
    slot = k.value;
  }
  if (r.is_unbound()) r = py_int(0);
  if (is_str(r)) {
    if (!i.is_unbound()) raise(&exc::TypeError, "complex() can't take second arg if first is a string");
    C c = parse_complex(str_value(r));
    return make(c);
  }
  if (!i.is_unbound() && is_str(i)) raise(&exc::TypeError, "complex() second arg can't be a string");
  if (as_complex(r) && i.is_unbound() && type_of(r) == &types::complex) return r;
  C cr, ci{0.0, 0.0};
  bool cr_complex = false, ci_complex = false;
  if (!arg_value(r, cr, cr_complex)) {
    raise(&exc::TypeError, "complex() first argument must be a string or a number, not '" +
                               type_of(r)->name + "'");
  }
  if (i.is_unbound()) {
    ci.re = cr.im;
  } else if (!arg_value(i, ci, ci_complex)) {
    raise(&exc::TypeError,
          "complex() second argument must be a number, not '" + type_of(i)->name + "'");
  }
  if (ci_complex) cr.re -= ci.im;
  if (cr_complex && !i.is_unbound()) ci.re += cr.im;
  return py_complex(cr.re, ci.re);
}

}  // namespace aiocc
