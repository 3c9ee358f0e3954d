// The math module's integer functions (gcd, lcm, isqrt, factorial, comb, perm) and prod, on
// GMP; arguments through __index__, with CPython 3.11's error texts.
#include <gmp.h>

#include <climits>
#include <cmath>

#include "aiocc/py/exceptions.h"
#include "aiocc/py/int.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/protocols.h"
#include "math_internal.h"

namespace aiocc::math::detail {
namespace {

// An mpz_t with its lifetime.
struct Mpz {
  mpz_t v;
  Mpz() { mpz_init(v); }
  explicit Mpz(const Object& i) {
    mpz_init(v);
    int_to_mpz(i, v);
  }
  ~Mpz() { mpz_clear(v); }
  Mpz(const Mpz&) = delete;
  Mpz& operator=(const Mpz&) = delete;
  Object value() const { return int_from_mpz(v); }
};

}  // namespace

int64_t int_bits(const Object& i) {
  Mpz m(i);
  return mpz_sgn(m.v) == 0 ? 0 : static_cast<int64_t>(mpz_sizeinbase(m.v, 2));
}

double int_frexp(const Object& i, int64_t& e) {
  Mpz m(i);
  const int sign = mpz_sgn(m.v);
  mpz_abs(m.v, m.v);
  const int64_t bits = static_cast<int64_t>(mpz_sizeinbase(m.v, 2));
  e = bits;
  if (bits <= 53) return sign * std::ldexp(mpz_get_d(m.v), static_cast<int>(-bits));  // exact
  // The top 54 bits (53 and a rounding bit), the rest as a sticky bit; rounded half-even.
  const int64_t shift = bits - 54;
  const bool sticky = mpz_scan1(m.v, 0) < static_cast<mp_bitcnt_t>(shift);
  mpz_tdiv_q_2exp(m.v, m.v, static_cast<mp_bitcnt_t>(shift));
  uint64_t q = mpz_get_ui(m.v);
  if ((q & 1) && (sticky || (q & 2))) q += 2;
  q >>= 1;
  double x = std::ldexp(static_cast<double>(q), -53);  // in [0.5, 1]
  if (x == 1.0) {
    x = 0.5;
    e += 1;
  }
  return sign * x;
}

Object gcd_impl(const Object&, const Object*, Args args, Kwargs) {
  if (args.size() == 0) return py_int(0);
  Mpz r(number_index(args[0]));
  mpz_abs(r.v, r.v);
  for (size_t i = 1; i < args.size(); ++i) {
    Mpz x(number_index(args[i]));
    mpz_gcd(r.v, r.v, x.v);
  }
  return r.value();
}

Object lcm_impl(const Object&, const Object*, Args args, Kwargs) {
  if (args.size() == 0) return py_int(1);
  Mpz r(number_index(args[0]));
  mpz_abs(r.v, r.v);
  for (size_t i = 1; i < args.size(); ++i) {
    Mpz x(number_index(args[i]));
    mpz_lcm(r.v, r.v, x.v);  // 0 with a 0
  }
  return r.value();
}

Object isqrt_impl(const Object&, const Object* a, Args, Kwargs) {
  Mpz n(number_index(a[0]));
  if (mpz_sgn(n.v) < 0) raise(&exc::ValueError, "isqrt() argument must be nonnegative");
  mpz_sqrt(n.v, n.v);
  return n.value();
}

Object factorial_impl(const Object&, const Object* a, Args, Kwargs) {
  Mpz n(number_index(a[0]));
  if (mpz_sgn(n.v) < 0) raise(&exc::ValueError, "factorial() not defined for negative values");
  if (!mpz_fits_slong_p(n.v)) {
    raise(&exc::OverflowError, "factorial() argument should not exceed " + std::to_string(LONG_MAX));
  }
  mpz_fac_ui(n.v, mpz_get_ui(n.v));
  return n.value();
}

Object comb_impl(const Object&, const Object* a, Args, Kwargs) {
  Mpz n(number_index(a[0])), k(number_index(a[1]));
  if (mpz_sgn(n.v) < 0) raise(&exc::ValueError, "n must be a non-negative integer");
  if (mpz_sgn(k.v) < 0) raise(&exc::ValueError, "k must be a non-negative integer");
  Mpz rest;
  mpz_sub(rest.v, n.v, k.v);
  if (mpz_sgn(rest.v) < 0) return py_int(0);
  if (mpz_cmp(rest.v, k.v) < 0) mpz_set(k.v, rest.v);  // comb(n, k) == comb(n, n - k)
  if (!mpz_fits_slong_p(k.v)) {
    raise(&exc::OverflowError, "min(n - k, k) must not exceed " + std::to_string(LLONG_MAX));
  }
  mpz_bin_ui(n.v, n.v, mpz_get_ui(k.v));
  return n.value();
}

Object perm_impl(const Object&, const Object* a, Args, Kwargs) {
  if (a[1].is_none()) return factorial_impl(None, a, {}, {});
  Mpz n(number_index(a[0])), k(number_index(a[1]));
  if (mpz_sgn(n.v) < 0) raise(&exc::ValueError, "n must be a non-negative integer");
  if (mpz_sgn(k.v) < 0) raise(&exc::ValueError, "k must be a non-negative integer");
  if (mpz_cmp(n.v, k.v) < 0) return py_int(0);
  if (!mpz_fits_slong_p(k.v)) raise(&exc::OverflowError, "k must not exceed " + std::to_string(LLONG_MAX));
  // n * (n - 1) * ... * (n - k + 1)
  Mpz r;
  mpz_set_ui(r.v, 1);
  const unsigned long count = mpz_get_ui(k.v);
  if (mpz_fits_ulong_p(n.v)) {
    for (unsigned long i = 0, x = mpz_get_ui(n.v); i < count; ++i, --x) mpz_mul_ui(r.v, r.v, x);
  } else {
    Mpz x;
    mpz_set(x.v, n.v);
    for (unsigned long i = 0; i < count; ++i) {
      mpz_mul(r.v, r.v, x.v);
      mpz_sub_ui(x.v, x.v, 1);
    }
  }
  return r.value();
}

Object prod_impl(const Object&, const Object* a, Args, Kwargs) {
  Object result = a[1];
  Iter it(a[0]);
  for (Object item; it.next(item);) result = mul(result, item);
  return result;
}

}  // namespace aiocc::math::detail
