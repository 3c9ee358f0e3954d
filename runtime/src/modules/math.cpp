// The math module's float functions (aiocc/py/math.h), as CPython 3.11's mathmodule.c computes
// them: the C library's functions where it calls them (so the same bits), its own algorithms
// where it has them (gamma, lgamma, fsum, hypot, remainder, log of big ints), and its rules
// for turning special values and errno into ValueError ("math domain error") and
// OverflowError ("math range error"). The integer functions are in math_integer.cpp.
#include "aiocc/py/math.h"

#include <cerrno>
#include <cfloat>
#include <cmath>
#include <vector>

#include "aiocc/py/exceptions.h"
#include "aiocc/py/instance.h"
#include "aiocc/py/int.h"
#include "aiocc/py/list.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/protocols.h"
#include "aiocc/py/types.h"
#include "internal.h"
#include "math_internal.h"
#include "method_catalog.h"
#include "object_model.h"

namespace aiocc::math {

double as_double(const Object& x) {
  if (x.is_float()) return x.as_float();
  if (is_int(x)) return int_to_double(x);
  if (InstanceObject* i = as_instance(x)) {
    if (i->base_value.is_float()) return i->base_value.as_float();  // a float subclass: its value
    const Object& f = i->cls->slot(Slot::float_);
    if (!f.is_unbound()) {
      Object r = call(f, {x});
      if (!r.is_float()) {
        raise(&exc::TypeError, type_of(x)->name + ".__float__ returned non-float (type " + type_of(r)->name + ")");
      }
      return r.as_float();
    }
    if (!i->cls->slot(Slot::index).is_unbound()) return int_to_double(number_index(x));
    if (is_int(i->base_value)) return int_to_double(i->base_value);
  }
  raise(&exc::TypeError, "must be real number, not " + type_of(x)->name);
}

namespace detail {

[[noreturn]] void domain_error() { raise(&exc::ValueError, "math domain error"); }
[[noreturn]] void range_error() { raise(&exc::OverflowError, "math range error"); }

// is_error: errno after a libm call, with its result; an underflow (a result below 1.5 in
// magnitude) is no error.
void check_errno(double r) {
  if (errno == EDOM) domain_error();
  if (errno == ERANGE && std::fabs(r) >= 1.5) range_error();
}

}  // namespace detail

namespace {
using detail::domain_error;
using detail::range_error;

constexpr double kPi = 3.141592653589793238462643383279502884197;
constexpr double kLogPi = 1.144729885849400174143427351353058711647;

// math_1: a C function of one double; a NaN from a number, or an infinity from a finite
// number, is an error (OverflowError only where the function can overflow).
Object math_1(const Object& arg, double (*f)(double), bool can_overflow) {
  const double x = as_double(arg);
  errno = 0;
  const double r = f(x);
  if (std::isnan(r) && !std::isnan(x)) domain_error();
  if (std::isinf(r) && std::isfinite(x)) {
    if (can_overflow) range_error();
    domain_error();
  }
  if (std::isfinite(r) && errno) detail::check_errno(r);
  return Object::from_float(r);
}

// math_1a: for the functions that set errno themselves (gamma, lgamma).
Object math_1a(const Object& arg, double (*f)(double)) {
  const double x = as_double(arg);
  errno = 0;
  const double r = f(x);
  if (errno) detail::check_errno(r);
  return Object::from_float(r);
}

// math_2: a C function of two doubles.
Object math_2(const Object* a, double (*f)(double, double)) {
  const double x = as_double(a[0]), y = as_double(a[1]);
  errno = 0;
  const double r = f(x, y);
  if (std::isnan(r)) {
    if (!std::isnan(x) && !std::isnan(y)) errno = EDOM;
  } else if (std::isinf(r)) {
    if (std::isfinite(x) && std::isfinite(y)) errno = ERANGE;
  }
  if (errno) detail::check_errno(r);
  return Object::from_float(r);
}

// sin(pi * x), exact at the integers and half-integers (m_sinpi).
double sinpi(double x) {
  const double y = std::fmod(std::fabs(x), 2.0);
  double r = 0;
  switch (static_cast<int>(std::round(2.0 * y))) {
    case 0: r = std::sin(kPi * y); break;
    case 1: r = std::cos(kPi * (y - 0.5)); break;
    case 2: r = std::sin(kPi * (1.0 - y)); break;  // not -sin(pi*(y-1)): 0.0 at y == 1, not -0.0
    case 3: r = -std::cos(kPi * (y - 1.5)); break;
    default: r = std::sin(kPi * (y - 2.0)); break;
  }
  return std::copysign(1.0, x) * r;
}

// Lanczos' approximation with CPython's coefficients (g = 6.0246800407767296, N = 13).
constexpr int kLanczosN = 13;
constexpr double kLanczosG = 6.024680040776729583740234375;
constexpr double kLanczosGMinusHalf = 5.524680040776729583740234375;
constexpr double kLanczosNum[kLanczosN] = {
    23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408};
constexpr double kLanczosDen[kLanczosN] = {0.0,       39916800.0, 120543840.0, 150917976.0, 105258076.0,
                                           45995730.0, 13339535.0, 2637558.0,  357423.0,    32670.0,
                                           1925.0,     66.0,       1.0};
// Gamma at 1..23, exactly.
constexpr double kGammaIntegral[] = {
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0,
    479001600.0, 6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0,
    6402373705728000.0, 121645100408832000.0, 2432902008176640000.0, 51090942171709440000.0,
    1124000727777607680000.0};

double lanczos_sum(double x) {
  double num = 0.0, den = 0.0;
  if (x < 5.0) {
    for (int i = kLanczosN; --i >= 0;) {
      num = num * x + kLanczosNum[i];
      den = den * x + kLanczosDen[i];
    }
  } else {  // as a rational function of 1/x, against overflow
    for (int i = 0; i < kLanczosN; i++) {
      num = num / x + kLanczosNum[i];
      den = den / x + kLanczosDen[i];
    }
  }
  return num / den;
}

double tgamma(double x) {
  if (!std::isfinite(x)) {
    if (std::isnan(x) || x > 0.0) return x;
    errno = EDOM;
    return NAN;
  }
  if (x == 0.0) {
    errno = EDOM;
    return std::copysign(INFINITY, x);
  }
  if (x == std::floor(x)) {
    if (x < 0.0) {
      errno = EDOM;
      return NAN;
    }
    if (x <= static_cast<double>(std::size(kGammaIntegral))) return kGammaIntegral[static_cast<int>(x) - 1];
  }
  const double absx = std::fabs(x);
  if (absx < 1e-20) {
    const double r = 1.0 / x;
    if (std::isinf(r)) errno = ERANGE;
    return r;
  }
  if (absx > 200.0) {
    if (x < 0.0) return 0.0 / sinpi(x);
    errno = ERANGE;
    return INFINITY;
  }
  const double y = absx + kLanczosGMinusHalf;
  // The rounding error of y, for a correction factor.
  double z;
  if (absx > kLanczosGMinusHalf) {
    const double q = y - absx;
    z = q - kLanczosGMinusHalf;
  } else {
    const double q = y - kLanczosGMinusHalf;
    z = q - absx;
  }
  z = z * kLanczosG / y;
  double r;
  if (x < 0.0) {
    r = -kPi / sinpi(absx) / absx * std::exp(y) / lanczos_sum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= std::pow(y, absx - 0.5);
    } else {
      const double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczos_sum(absx) / std::exp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= std::pow(y, absx - 0.5);
    } else {
      const double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (std::isinf(r)) errno = ERANGE;
  return r;
}

double lgamma(double x) {
  if (!std::isfinite(x)) return std::isnan(x) ? x : INFINITY;
  if (x == std::floor(x) && x <= 2.0) {
    if (x <= 0.0) {
      errno = EDOM;
      return INFINITY;
    }
    return 0.0;
  }
  const double absx = std::fabs(x);
  if (absx < 1e-20) return -std::log(absx);
  double r = std::log(lanczos_sum(absx)) - kLanczosG;
  r += (absx - 0.5) * (std::log(absx + kLanczosG - 0.5) - 1);
  if (x < 0.0) r = kLogPi - std::log(std::fabs(sinpi(absx))) - std::log(absx) - r;  // reflection
  if (std::isinf(r)) errno = ERANGE;
  return r;
}

// IEEE 754 remainder, exact (m_remainder).
double remainder(double x, double y) {
  if (std::isfinite(x) && std::isfinite(y)) {
    if (y == 0.0) return NAN;
    const double absx = std::fabs(x), absy = std::fabs(y);
    const double m = std::fmod(absx, absy);
    const double c = absy - m;
    double r;
    if (m < c) {
      r = m;
    } else if (m > c) {
      r = -c;
    } else {  // halfway: the even multiple
      r = m - 2.0 * std::fmod(0.5 * (absx - m), absy);
    }
    return std::copysign(1.0, x) * r;
  }
  if (std::isnan(x)) return x;
  if (std::isnan(y)) return y;
  if (std::isinf(x)) return NAN;
  return x;
}

// log, log2 and log10 with their special values (m_log...).
template <double (*F)(double)>
double checked_log(double x) {
  if (std::isfinite(x)) {
    if (x > 0.0) return F(x);
    errno = EDOM;
    return x == 0.0 ? -INFINITY : NAN;
  }
  if (std::isnan(x) || x > 0.0) return x;
  errno = EDOM;
  return NAN;
}
double c_log(double x) { return std::log(x); }
double c_log2(double x) { return std::log2(x); }
double c_log10(double x) { return std::log10(x); }

// loghelper: an int of any size has a logarithm (x ~= m * 2**e), other numbers are converted.
Object log_of(const Object& arg, double (*f)(double)) {
  if (is_int(arg)) {
    if (!lt(py_int(0), arg)) domain_error();
    if (detail::int_bits(arg) <= 1024) {
      try {
        return Object::from_float(f(int_to_double(arg)));
      } catch (PyException& e) {
        if (!type_of(e.exc)->is_subtype_of(&exc::OverflowError)) throw;
      }
    }
    int64_t e;
    const double m = detail::int_frexp(arg, e);
    return Object::from_float(f(m) + f(2.0) * static_cast<double>(e));
  }
  return math_1(arg, f, false);
}

// ---- the functions of the catalog -----------------------------------------------------------
#define MATH_1(name, f, can_overflow) \
  Object name##_impl(const Object&, const Object* a, Args, Kwargs) { return math_1(a[0], f, can_overflow); }
double c_acos(double x) { return std::acos(x); }
double c_acosh(double x) { return std::acosh(x); }
double c_asin(double x) { return std::asin(x); }
double c_asinh(double x) { return std::asinh(x); }
double c_atan(double x) { return std::atan(x); }
double c_atanh(double x) { return std::atanh(x); }
double c_cbrt(double x) { return std::cbrt(x); }
double c_cos(double x) { return std::cos(x); }
double c_cosh(double x) { return std::cosh(x); }
double c_erf(double x) { return std::erf(x); }
double c_erfc(double x) { return std::erfc(x); }
double c_exp(double x) { return std::exp(x); }
double c_exp2(double x) { return std::exp2(x); }
double c_expm1(double x) { return std::expm1(x); }
double c_fabs(double x) { return std::fabs(x); }
double c_log1p(double x) { return std::log1p(x); }
double c_sin(double x) { return std::sin(x); }
double c_sinh(double x) { return std::sinh(x); }
double c_sqrt(double x) { return std::sqrt(x); }
double c_tan(double x) { return std::tan(x); }
double c_tanh(double x) { return std::tanh(x); }
MATH_1(acos, c_acos, false)
MATH_1(acosh, c_acosh, false)
MATH_1(asin, c_asin, false)
MATH_1(asinh, c_asinh, false)
MATH_1(atan, c_atan, false)
MATH_1(atanh, c_atanh, false)
MATH_1(cbrt, c_cbrt, false)
MATH_1(cos, c_cos, false)
MATH_1(cosh, c_cosh, true)
MATH_1(erf, c_erf, false)
MATH_1(erfc, c_erfc, false)
MATH_1(exp, c_exp, true)
MATH_1(exp2, c_exp2, true)
MATH_1(expm1, c_expm1, true)
MATH_1(fabs, c_fabs, false)
MATH_1(log1p, c_log1p, false)
MATH_1(sin, c_sin, false)
MATH_1(sinh, c_sinh, true)
MATH_1(sqrt, c_sqrt, false)
MATH_1(tan, c_tan, false)
MATH_1(tanh, c_tanh, false)
#undef MATH_1

Object gamma_impl(const Object&, const Object* a, Args, Kwargs) { return math_1a(a[0], tgamma); }
Object lgamma_impl(const Object&, const Object* a, Args, Kwargs) { return math_1a(a[0], lgamma); }

double c_atan2(double y, double x) { return std::atan2(y, x); }
double c_copysign(double x, double y) { return std::copysign(x, y); }
Object atan2_impl(const Object&, const Object* a, Args, Kwargs) { return math_2(a, c_atan2); }
Object copysign_impl(const Object&, const Object* a, Args, Kwargs) { return math_2(a, c_copysign); }
Object remainder_impl(const Object&, const Object* a, Args, Kwargs) { return math_2(a, remainder); }

Object fmod_impl(const Object&, const Object* a, Args, Kwargs) {
  const double x = as_double(a[0]), y = as_double(a[1]);
  if (std::isinf(y) && std::isfinite(x)) return Object::from_float(x);  // fmod(x, +-inf) is x
  errno = 0;
  const double r = std::fmod(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) errno = EDOM;
  if (errno) detail::check_errno(r);
  return Object::from_float(r);
}

Object pow_impl(const Object&, const Object* a, Args, Kwargs) {
  const double x = as_double(a[0]), y = as_double(a[1]);
  double r;
  errno = 0;
  if (!std::isfinite(x) || !std::isfinite(y)) {  // C99's special values, by hand
    if (std::isnan(x)) {
      r = y == 0.0 ? 1.0 : x;
    } else if (std::isnan(y)) {
      r = x == 1.0 ? 1.0 : y;
    } else if (std::isinf(x)) {
      const bool odd_y = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
      r = y > 0.0 ? (odd_y ? x : std::fabs(x)) : y == 0.0 ? 1.0 : odd_y ? std::copysign(0.0, x) : 0.0;
    } else if (std::fabs(x) == 1.0) {
      r = 1.0;
    } else if (y > 0.0 && std::fabs(x) > 1.0) {
      r = y;
    } else if (y < 0.0 && std::fabs(x) < 1.0) {
      r = -y;
    } else {
      r = 0.0;
    }
  } else {
    r = std::pow(x, y);
    if (!std::isfinite(r)) {
      // NaN: a negative number to a fraction; infinity: 0 to a negative power, or overflow.
      errno = std::isnan(r) || x == 0.0 ? EDOM : ERANGE;
    }
  }
  if (errno) detail::check_errno(r);
  return Object::from_float(r);
}

Object log_impl(const Object&, const Object*, Args args, Kwargs kw) {
  if (kw.size()) raise(&exc::TypeError, "log() takes no keyword arguments");
  if (args.size() < 1 || args.size() > 2) raise(&exc::TypeError, "math.log requires 1 to 2 arguments");
  Object num = log_of(args[0], checked_log<c_log>);
  if (args.size() == 1) return num;
  Object den = log_of(args[1], checked_log<c_log>);
  return truediv(num, den);
}
Object log2_impl(const Object&, const Object* a, Args, Kwargs) { return log_of(a[0], checked_log<c_log2>); }
Object log10_impl(const Object&, const Object* a, Args, Kwargs) { return log_of(a[0], checked_log<c_log10>); }

constexpr double kDegToRad = kPi / 180.0;
constexpr double kRadToDeg = 180.0 / kPi;
Object degrees_impl(const Object&, const Object* a, Args, Kwargs) { return Object::from_float(as_double(a[0]) * kRadToDeg); }
Object radians_impl(const Object&, const Object* a, Args, Kwargs) { return Object::from_float(as_double(a[0]) * kDegToRad); }
Object isfinite_impl(const Object&, const Object* a, Args, Kwargs) { return Object::from_bool(std::isfinite(as_double(a[0]))); }
Object isinf_impl(const Object&, const Object* a, Args, Kwargs) { return Object::from_bool(std::isinf(as_double(a[0]))); }
Object isnan_impl(const Object&, const Object* a, Args, Kwargs) { return Object::from_bool(std::isnan(as_double(a[0]))); }

Object frexp_impl(const Object&, const Object* a, Args, Kwargs) {
  double x = as_double(a[0]);
  int e = 0;
  if (!std::isnan(x) && !std::isinf(x) && x != 0.0) x = std::frexp(x, &e);  // else (x, 0)
  return py_tuple({Object::from_float(x), py_int(e)});
}

Object ldexp_impl(const Object&, const Object* a, Args, Kwargs) {
  const double x = as_double(a[0]);
  if (!is_int(a[1]) && !(as_instance(a[1]) && is_int(as_instance(a[1])->base_value))) {
    raise(&exc::TypeError, "Expected an int as second argument to ldexp.");
  }
  const Object i = is_int(a[1]) ? a[1] : as_instance(a[1])->base_value;
  // An exponent beyond a long's range overflows or underflows like the largest one.
  int64_t exp;
  if (!aiocc::detail::small(i, exp)) exp = lt(py_int(0), i) ? INT64_MAX : INT64_MIN;
  double r;
  if (x == 0.0 || !std::isfinite(x)) {
    r = x;
  } else if (exp > INT32_MAX) {
    r = std::copysign(INFINITY, x);
  } else if (exp < INT32_MIN) {
    r = std::copysign(0.0, x);
  } else {
    r = std::ldexp(x, static_cast<int>(exp));
    if (std::isinf(r)) range_error();
  }
  if (std::isinf(r) && std::isfinite(x)) range_error();
  return Object::from_float(r);
}

Object modf_impl(const Object&, const Object* a, Args, Kwargs) {
  const double x = as_double(a[0]);
  if (std::isinf(x)) return py_tuple({Object::from_float(std::copysign(0.0, x)), Object::from_float(x)});
  if (std::isnan(x)) return py_tuple({Object::from_float(x), Object::from_float(x)});
  double whole;
  const double frac = std::modf(x, &whole);
  return py_tuple({Object::from_float(frac), Object::from_float(whole)});
}

Object nextafter_impl(const Object&, const Object* a, Args, Kwargs) {
  return Object::from_float(std::nextafter(as_double(a[0]), as_double(a[1])));
}

Object ulp_impl(const Object&, const Object* a, Args, Kwargs) {
  double x = as_double(a[0]);
  if (std::isnan(x)) return Object::from_float(x);
  x = std::fabs(x);
  if (std::isinf(x)) return Object::from_float(x);
  const double up = std::nextafter(x, INFINITY);
  if (std::isinf(up)) return Object::from_float(x - std::nextafter(x, -INFINITY));  // the largest float
  return Object::from_float(up - x);
}

// floor/ceil: a float directly, else the type's __floor__/__ceil__, else through float.
Object whole(const Object& x, const char* special, double (*f)(double)) {
  auto to_int = [](double d) {
    if (std::isnan(d)) raise(&exc::ValueError, "cannot convert float NaN to integer");
    if (std::isinf(d)) raise(&exc::OverflowError, "cannot convert float infinity to integer");
    return call(Object(&types::int_), {Object::from_float(d)});
  };
  if (x.is_float()) return to_int(f(x.as_float()));
  if (is_int(x)) return x.is_bool() ? py_int(x.as_bool()) : x;
  if (InstanceObject* i = as_instance(x)) {
    const Name& n = intern(special);
    if (const Object* m = i->cls->lookup(n)) return call(descr_get(*m, x, i->cls, n), {});
    if (is_int(i->base_value)) return i->base_value.is_bool() ? py_int(i->base_value.as_bool()) : i->base_value;
    if (i->base_value.is_float()) return to_int(f(i->base_value.as_float()));
  }
  return to_int(f(as_double(x)));
}
double c_floor(double x) { return std::floor(x); }
double c_ceil(double x) { return std::ceil(x); }
Object floor_impl(const Object&, const Object* a, Args, Kwargs) { return whole(a[0], "__floor__", c_floor); }
Object ceil_impl(const Object&, const Object* a, Args, Kwargs) { return whole(a[0], "__ceil__", c_ceil); }

// trunc: only the type's __trunc__.
Object trunc_impl(const Object&, const Object* a, Args, Kwargs) {
  const Object& x = a[0];
  if (InstanceObject* i = as_instance(x)) {
    const Name& n = intern("__trunc__");
    if (const Object* m = i->cls->lookup(n)) return call(descr_get(*m, x, i->cls, n), {});
  }
  if (x.is_float() || is_int(x) || (as_instance(x) && (as_instance(x)->base_value.is_float() || is_int(as_instance(x)->base_value)))) {
    return call_method(as_instance(x) ? as_instance(x)->base_value : x, "__trunc__", {});
  }
  raise(&exc::TypeError, "type " + type_of(x)->name + " doesn't define __trunc__ method");
}

// fsum: Shewchuk's exact sum of partials, rounded once (msum).
Object fsum_impl(const Object&, const Object* a, Args, Kwargs) {
  std::vector<double> p;
  double special_sum = 0.0, inf_sum = 0.0;
  Iter it(a[0]);
  for (Object item; it.next(item);) {
    double x = as_double(item);
    const double xsave = x;
    size_t i = 0;
    for (size_t j = 0; j < p.size(); ++j) {
      double y = p[j];
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      const double hi = x + y;
      const double lo = y - (hi - x);
      if (lo != 0.0) p[i++] = lo;
      x = hi;
    }
    p.resize(i);
    if (x != 0.0) {
      if (!std::isfinite(x)) {
        // An infinity or NaN among the items, or an intermediate overflow.
        if (std::isfinite(xsave)) raise(&exc::OverflowError, "intermediate overflow in fsum");
        if (std::isinf(xsave)) inf_sum += xsave;
        special_sum += xsave;
        p.clear();
      } else {
        p.push_back(x);
      }
    }
  }
  if (special_sum != 0.0) {
    if (std::isnan(inf_sum)) raise(&exc::ValueError, "-inf + inf in fsum");
    return Object::from_float(special_sum);
  }
  double hi = 0.0, lo = 0.0;
  size_t n = p.size();
  if (n > 0) {
    hi = p[--n];
    // Sum from the top while the sum is exact.
    while (n > 0) {
      const double x = hi, y = p[--n];
      hi = x + y;
      lo = y - (hi - x);
      if (lo != 0.0) break;
    }
    // Round half-even across the remaining partials.
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
      const double y = lo * 2.0, x = hi + y;
      if (y == x - hi) hi = x;
    }
  }
  return Object::from_float(hi);
}

// The Euclidean norm of non-negative finite numbers at most `max`, to about 1/2 ulp: scaled
// by a power of two, squares split into exact parts and summed with their errors, then a
// square root with one correction (3.11's vector_norm).
double vector_norm(std::vector<double>& v, double max, bool found_nan) {
  if (std::isinf(max)) return max;
  if (found_nan) return NAN;
  if (max == 0.0 || v.size() <= 1) return max;
  int max_e;
  std::frexp(max, &max_e);
  if (max_e < -1023) {  // subnormals: scaled up first
    for (double& x : v) x /= DBL_MIN;
    return DBL_MIN * vector_norm(v, max / DBL_MIN, found_nan);
  }
  constexpr double T27 = 134217729.0;  // 2**27 + 1, for Veltkamp-Dekker splitting
  const double scale = std::ldexp(1.0, -max_e);
  double csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
  auto add = [&](double x) {
    const double old = csum;
    csum += x;
    return (old - csum) + x;
  };
  for (double x : v) {
    x *= scale;
    const double t = x * T27;
    const double hi = t - (t - x), lo = x - hi;
    frac1 += add(hi * hi);
    frac2 += add(2.0 * hi * lo);
    frac3 += lo * lo;
  }
  const double h = std::sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
  const double t = h * T27;
  const double hi = t - (t - h), lo = h - hi;
  frac1 += add(-hi * hi);
  frac2 += add(-2.0 * hi * lo);
  frac3 += add(-lo * lo);
  const double x = csum - 1.0 + (frac1 + frac2 + frac3);
  return (h + x / (2.0 * h)) / scale;
}

Object hypot_impl(const Object&, const Object*, Args args, Kwargs) {
  std::vector<double> v;
  double max = 0.0;
  bool found_nan = false;
  for (const Object& item : args) {
    const double x = std::fabs(as_double(item));
    v.push_back(x);
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return Object::from_float(vector_norm(v, max, found_nan));
}

Object dist_impl(const Object&, const Object* a, Args, Kwargs) {
  std::vector<Object> p = as_tuple(a[0]) ? as_tuple(a[0])->items : to_vector(a[0]);
  std::vector<Object> q = as_tuple(a[1]) ? as_tuple(a[1])->items : to_vector(a[1]);
  if (p.size() != q.size()) raise(&exc::ValueError, "both points must have the same number of dimensions");
  std::vector<double> v;
  double max = 0.0;
  bool found_nan = false;
  for (size_t i = 0; i < p.size(); ++i) {
    const double px = as_double(p[i]), qx = as_double(q[i]);
    const double x = std::fabs(px - qx);
    v.push_back(x);
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return Object::from_float(vector_norm(v, max, found_nan));
}

// isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0), bound as Argument Clinic binds it.
Object isclose_impl(const Object&, const Object*, Args args, Kwargs kw) {
  Object v[4];
  clinic_bind("isclose", {"a", "b", "rel_tol", "abs_tol"}, 2, 2, args, kw, v);
  const double a = as_double(v[0]), b = as_double(v[1]);
  const double rel_tol = v[2].is_unbound() ? 1e-09 : as_double(v[2]);
  const double abs_tol = v[3].is_unbound() ? 0.0 : as_double(v[3]);
  if (rel_tol < 0.0 || abs_tol < 0.0) raise(&exc::ValueError, "tolerances must be non-negative");
  if (a == b) return Object::from_bool(true);
  if (std::isinf(a) || std::isinf(b)) return Object::from_bool(false);
  const double diff = std::fabs(b - a);
  return Object::from_bool((diff <= std::fabs(rel_tol * b)) || (diff <= std::fabs(rel_tol * a)) || diff <= abs_tol);
}

constexpr Param kX{"x"};
constexpr MethodDef kMathDefs[] = {
    {"acos", acos_impl, ArgStyle::OneArg, {kX}, 1},
    {"acosh", acosh_impl, ArgStyle::OneArg, {kX}, 1},
    {"asin", asin_impl, ArgStyle::OneArg, {kX}, 1},
    {"asinh", asinh_impl, ArgStyle::OneArg, {kX}, 1},
    {"atan", atan_impl, ArgStyle::OneArg, {kX}, 1},
    {"atan2", atan2_impl, ArgStyle::Positional, {Param{"y"}, kX}, 2},
    {"atanh", atanh_impl, ArgStyle::OneArg, {kX}, 1},
    {"cbrt", cbrt_impl, ArgStyle::OneArg, {kX}, 1},
    {"ceil", ceil_impl, ArgStyle::OneArg, {kX}, 1},
    {"comb", detail::comb_impl, ArgStyle::Positional, {Param{"n"}, Param{"k"}}, 2},
    {"copysign", copysign_impl, ArgStyle::Positional, {kX, Param{"y"}}, 2},
    {"cos", cos_impl, ArgStyle::OneArg, {kX}, 1},
    {"cosh", cosh_impl, ArgStyle::OneArg, {kX}, 1},
    {"degrees", degrees_impl, ArgStyle::OneArg, {kX}, 1},
    {"dist", dist_impl, ArgStyle::Positional, {Param{"p"}, Param{"q"}}, 2},
    {"erf", erf_impl, ArgStyle::OneArg, {kX}, 1},
    {"erfc", erfc_impl, ArgStyle::OneArg, {kX}, 1},
    {"exp", exp_impl, ArgStyle::OneArg, {kX}, 1},
    {"exp2", exp2_impl, ArgStyle::OneArg, {kX}, 1},
    {"expm1", expm1_impl, ArgStyle::OneArg, {kX}, 1},
    {"fabs", fabs_impl, ArgStyle::OneArg, {kX}, 1},
    {"factorial", detail::factorial_impl, ArgStyle::OneArg, {Param{"n"}}, 1},
    {"floor", floor_impl, ArgStyle::OneArg, {kX}, 1},
    {"fmod", fmod_impl, ArgStyle::Positional, {kX, Param{"y"}}, 2},
    {"frexp", frexp_impl, ArgStyle::OneArg, {kX}, 1},
    {"fsum", fsum_impl, ArgStyle::OneArg, {Param{"seq"}}, 1},
    {"gamma", gamma_impl, ArgStyle::OneArg, {kX}, 1},
    {"gcd", detail::gcd_impl, ArgStyle::AnyArgs},
    {"hypot", hypot_impl, ArgStyle::AnyArgs},
    {"isclose", isclose_impl, ArgStyle::Varargs},
    {"isfinite", isfinite_impl, ArgStyle::OneArg, {kX}, 1},
    {"isinf", isinf_impl, ArgStyle::OneArg, {kX}, 1},
    {"isnan", isnan_impl, ArgStyle::OneArg, {kX}, 1},
    {"isqrt", detail::isqrt_impl, ArgStyle::OneArg, {Param{"n"}}, 1},
    {"lcm", detail::lcm_impl, ArgStyle::AnyArgs},
    {"ldexp", ldexp_impl, ArgStyle::Positional, {kX, Param{"i"}}, 2},
    {"lgamma", lgamma_impl, ArgStyle::OneArg, {kX}, 1},
    {"log", log_impl, ArgStyle::Varargs},
    {"log10", log10_impl, ArgStyle::OneArg, {kX}, 1},
    {"log1p", log1p_impl, ArgStyle::OneArg, {kX}, 1},
    {"log2", log2_impl, ArgStyle::OneArg, {kX}, 1},
    {"modf", modf_impl, ArgStyle::OneArg, {kX}, 1},
    {"nextafter", nextafter_impl, ArgStyle::Positional, {kX, Param{"y"}}, 2},
    {"perm", detail::perm_impl, ArgStyle::Positional, {Param{"n"}, Param{"k", Param::None}}, 2},
    {"pow", pow_impl, ArgStyle::Positional, {kX, Param{"y"}}, 2},
    {"prod", detail::prod_impl, ArgStyle::Keywords, {Param{"iterable"}, Param{"start", Param::Int, 1}}, 2, 1, false, 1},
    {"radians", radians_impl, ArgStyle::OneArg, {kX}, 1},
    {"remainder", remainder_impl, ArgStyle::Positional, {kX, Param{"y"}}, 2},
    {"sin", sin_impl, ArgStyle::OneArg, {kX}, 1},
    {"sinh", sinh_impl, ArgStyle::OneArg, {kX}, 1},
    {"sqrt", sqrt_impl, ArgStyle::OneArg, {kX}, 1},
    {"tan", tan_impl, ArgStyle::OneArg, {kX}, 1},
    {"tanh", tanh_impl, ArgStyle::OneArg, {kX}, 1},
    {"trunc", trunc_impl, ArgStyle::OneArg, {kX}, 1},
    {"ulp", ulp_impl, ArgStyle::OneArg, {kX}, 1},
};
static_assert(sorted_by_name(kMathDefs));
constexpr MethodCatalog kMath{"math", kMathDefs};

}  // namespace

#define AIOCC_DEFINE_MATH(name)                                                               \
  Object name(Args args, Kwargs kw) {                                                         \
    return call_catalog_method(kMath, def_named(kMathDefs, #name), None, args, kw);            \
  }                                                                                           \
  BuiltinFunction name##_fn(#name, name);
AIOCC_MATH_FUNCTIONS(AIOCC_DEFINE_MATH)
#undef AIOCC_DEFINE_MATH

}  // namespace aiocc::math
