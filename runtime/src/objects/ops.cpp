// The arithmetic and bitwise operators (their inline fast paths are in ops.h), in-place ones,
// and unbound-variable errors. Dispatches on the operand types with CPython's error messages;
// user classes go to protocols.cpp. Comparisons and the entry points by name are in
// comparison.cpp; subscripts and iteration have files of their own.
#include "aiocc/py/complex.h"
#include "aiocc/py/functools.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/typing.h"
#include "aiocc/py/enum.h"

#include <algorithm>
#include <cerrno>
#include <cfloat>
#include <cmath>
#include <new>
#include <stdexcept>

#include "aiocc/py/dict.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/function.h"
#include "aiocc/py/int.h"
#include "aiocc/py/list.h"
#include "aiocc/py/instance.h"
#include "aiocc/py/protocols.h"
#include "aiocc/py/set.h"
#include "aiocc/py/str.h"
#include "builtin_bases.h"
#include "bytes_internal.h"
#include "internal.h"
#include "str_methods.h"
#include "object_model.h"

namespace aiocc {
using detail::small;
namespace {

[[noreturn]] void unsupported_operand(const char* op, const Object& a, const Object& b) {
  raise(&exc::TypeError, std::string("unsupported operand type(s) for ") + op + ": '" +
                             type_of(a)->error_name() + "' and '" + type_of(b)->error_name() + "'");
}

bool is_number(const Object& o) { return o.is_float() || is_int(o); }
double to_double(const Object& o) { return o.is_float() ? o.as_float() : int_to_double(o); }

// Big-int arithmetic through GMP.
template <typename F>
Object big_op(const Object& a, const Object& b, F f) {
  mpz_t x, y, r;
  mpz_inits(x, y, r, nullptr);
  int_to_mpz(a, x);
  int_to_mpz(b, y);
  f(r, x, y);
  Object out = int_from_mpz(r);
  mpz_clears(x, y, r, nullptr);
  return out;
}

}  // namespace

// float_divmod's quotient: signed zeros and infinities as CPython's (-0.0 // 1 is -0.0,
// -1 // inf is -1.0).
double float_floordiv(double vx, double wx) {
  double mod = std::fmod(vx, wx);
  double div = (vx - mod) / wx;
  if (mod != 0) {
    if ((wx < 0) != (mod < 0)) div -= 1.0;
  }
  if (div != 0) {
    double floordiv = std::floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
    return floordiv;
  }
  return std::copysign(0.0, vx / wx);
}

void float_zero_division(const char* message) { raise(&exc::ZeroDivisionError, message); }

void typed_argument_mismatch() {
  raise(&exc::SystemError, "aiocc: a typed function was called through its function object");
}

double float_mod(double a, double b) {
  double m = std::fmod(a, b);
  if (m != 0 && ((b < 0) != (m < 0))) m += b;
  if (m == 0) m = std::copysign(0.0, b);
  return m;
}

namespace {

Object repeat_seq(const Object& seq, const Object& count) {
  int64_t n;
  if (!small(count, n)) {
    if (!is_int(count)) unsupported_operand("*", seq, count);
    raise(&exc::OverflowError, "cannot fit 'int' into an index-sized integer");
  }
  n = std::max<int64_t>(n, 0);
  // sequence_repeat: a result no allocator can give is a MemoryError, found before any work
  // when its size passes what an address space holds.
  auto build = [&]() -> Object {
    // unicode_repeat and bytes_repeat check the length first: OverflowError.
    auto too_long = [&](size_t len) { return n > 0 && len > static_cast<size_t>(INT64_MAX / n); };
    auto beyond_memory = [&](size_t len) { return n > 0 && len > static_cast<size_t>(INT64_MAX / 64 / n); };
    if (is_bytes(seq) && too_long(bytes_data(seq).size())) raise(&exc::OverflowError, "repeated bytes are too long");
    if (is_bytes_like(seq)) return bytes_repeat(seq, n);
    if (is_str(seq)) {
      const std::string& s = str_value(seq);
      if (too_long(utf8_length(s))) raise(&exc::OverflowError, "repeated string is too long");
      if (beyond_memory(s.size())) throw std::bad_alloc();
      std::string out;
      out.reserve(s.size() * n);
      for (int64_t i = 0; i < n; ++i) out += s;
      return py_str(std::move(out));
    }
    const std::vector<Object>& items =
        as_list(seq) ? as_list(seq)->items : as_tuple(seq)->items;
    if (beyond_memory(items.size())) throw std::bad_alloc();
    std::vector<Object> out;
    out.reserve(items.size() * n);
    for (int64_t i = 0; i < n; ++i) out.insert(out.end(), items.begin(), items.end());
    return as_list(seq) ? py_list(std::move(out)) : py_tuple(std::move(out));
  };
  try {
    return build();
  } catch (const std::bad_alloc&) {
  } catch (const std::length_error&) {
  }
  raise_exc(new_exception(&exc::MemoryError));
}

bool is_sequence(const Object& o) { return is_str(o) || as_list(o) || as_tuple(o) || is_bytes_like(o); }

}  // namespace

Object add_slow(const Object& a, const Object& b) {
  int64_t x, y, r;
  if (small(a, x) && small(b, y)) {
    if (!__builtin_add_overflow(x, y, &r)) return py_int(r);
    return big_op(a, b, mpz_add);
  }
  if (a.is_float() && b.is_float()) return Object::from_float(a.as_float() + b.as_float());
  if (is_number(a) && is_number(b)) {
    if (a.is_float() || b.is_float()) return Object::from_float(to_double(a) + to_double(b));
    return big_op(a, b, mpz_add);
  }
  if (is_user(a) || is_user(b)) return binary_protocol(a, b, Slot::add, Slot::radd, "+");
  if (Object c = complex_binary('+', a, b); !c.is_unbound()) return c;
  if (is_str(a) && is_str(b)) return py_str(str_value(a) + str_value(b));
  if (is_bytes_like(a)) return bytes_concat(a, b);
  if (is_str(a)) {
    raise(&exc::TypeError, "can only concatenate str (not \"" + type_of(b)->name + "\") to str");
  }
  ListObject *la = as_list(a), *lb = as_list(b);
  if (la && lb) {
    std::vector<Object> v = la->items;
    v.insert(v.end(), lb->items.begin(), lb->items.end());
    return py_list(std::move(v));
  }
  if (la) {
    raise(&exc::TypeError, "can only concatenate list (not \"" + type_of(b)->name + "\") to list");
  }
  TupleObject *ta = as_tuple(a), *tb = as_tuple(b);
  if (ta && tb) {
    std::vector<Object> v = ta->items;
    v.insert(v.end(), tb->items.begin(), tb->items.end());
    return py_tuple(std::move(v));
  }
  if (ta) {
    raise(&exc::TypeError,
          "can only concatenate tuple (not \"" + type_of(b)->name + "\") to tuple");
  }
  unsupported_operand("+", a, b);
}

Object sub_slow(const Object& a, const Object& b) {
  int64_t x, y, r;
  if (small(a, x) && small(b, y)) {
    if (!__builtin_sub_overflow(x, y, &r)) return py_int(r);
    return big_op(a, b, mpz_sub);
  }
  if (is_number(a) && is_number(b)) {
    if (a.is_float() || b.is_float()) return Object::from_float(to_double(a) - to_double(b));
    return big_op(a, b, mpz_sub);
  }
  if (is_user(a) || is_user(b)) return binary_protocol(a, b, Slot::sub, Slot::rsub, "-");
  if (Object c = complex_binary('-', a, b); !c.is_unbound()) return c;
  if (Object r = set_binop(a, b, '-'); !r.is_unbound()) return r;
  unsupported_operand("-", a, b);
}

Object mul_slow(const Object& a, const Object& b) {
  int64_t x, y, r;
  if (small(a, x) && small(b, y)) {
    if (!__builtin_mul_overflow(x, y, &r)) return py_int(r);
    return big_op(a, b, mpz_mul);
  }
  if (is_number(a) && is_number(b)) {
    if (a.is_float() || b.is_float()) return Object::from_float(to_double(a) * to_double(b));
    return big_op(a, b, mpz_mul);
  }
  if (is_user(a) || is_user(b)) return binary_protocol(a, b, Slot::mul, Slot::rmul, "*");
  if (Object c = complex_binary('*', a, b); !c.is_unbound()) return c;
  if (is_sequence(a) && is_int(b)) return repeat_seq(a, b);
  if (is_int(a) && is_sequence(b)) return repeat_seq(b, a);
  if (is_sequence(a) || is_sequence(b)) {
    const Object& other = is_sequence(a) ? b : a;
    raise(&exc::TypeError, "can't multiply sequence by non-int of type '" +
                               type_of(other)->name + "'");
  }
  unsupported_operand("*", a, b);
}

namespace {
// long_true_divide: a / b correctly rounded (half to even) from the exact quotient, whatever
// the sizes of a and b; OverflowError when it exceeds a double.
double int_true_divide(const Object& a, const Object& b) {
  mpz_t x, y, q, r;
  mpz_inits(x, y, q, r, nullptr);
  int_to_mpz(a, x);
  int_to_mpz(b, y);
  const bool negative = (mpz_sgn(x) < 0) != (mpz_sgn(y) < 0);
  mpz_abs(x, x);
  mpz_abs(y, y);
  double result = 0.0;
  bool overflow = false;
  if (mpz_sgn(x) != 0) {
    const long diff = static_cast<long>(mpz_sizeinbase(x, 2)) - static_cast<long>(mpz_sizeinbase(y, 2));
    if (diff > DBL_MAX_EXP + 1) {
      overflow = true;
    } else if (diff >= DBL_MIN_EXP - DBL_MANT_DIG - 2) {
      // Scale so the integer quotient has DBL_MANT_DIG + 2 or + 3 bits (fewer for a subnormal
      // result), then round it to the precision the result has, the remainder as sticky bit.
      const long exp = std::max(diff - DBL_MANT_DIG - 2, static_cast<long>(DBL_MIN_EXP - DBL_MANT_DIG - 2));
      if (exp < 0) {
        mpz_mul_2exp(x, x, static_cast<mp_bitcnt_t>(-exp));
      } else {
        mpz_mul_2exp(y, y, static_cast<mp_bitcnt_t>(exp));
      }
      mpz_tdiv_qr(q, r, x, y);
      const long qbits = static_cast<long>(mpz_sizeinbase(q, 2));
      // Bits beyond the result's precision: those past DBL_MANT_DIG, and more for a subnormal.
      long extra = std::max(qbits - DBL_MANT_DIG, static_cast<long>(DBL_MIN_EXP - DBL_MANT_DIG) - exp);
      extra = std::max(extra, 0L);
      if (extra > 0) {
        const bool half = mpz_tstbit(q, static_cast<mp_bitcnt_t>(extra - 1));
        bool rest = mpz_sgn(r) != 0;
        for (long i = 0; i + 1 < extra && !rest; ++i) rest = mpz_tstbit(q, static_cast<mp_bitcnt_t>(i));
        mpz_tdiv_q_2exp(q, q, static_cast<mp_bitcnt_t>(extra));
        if (half && (rest || mpz_odd_p(q))) mpz_add_ui(q, q, 1);
      }
      result = std::ldexp(mpz_get_d(q), static_cast<int>(exp + extra));
      overflow = std::isinf(result);
    }
  }
  mpz_clears(x, y, q, r, nullptr);
  if (overflow) raise(&exc::OverflowError, "integer division result too large for a float");
  return negative ? -result : result;
}
}  // namespace

Object truediv(const Object& a, const Object& b, Pos) {
  if (is_user(a) || is_user(b)) return binary_protocol(a, b, Slot::truediv, Slot::rtruediv, "/");
  if (Object c = complex_binary('/', a, b); !c.is_unbound()) return c;
  if (!is_number(a) || !is_number(b)) unsupported_operand("/", a, b);
  int64_t x, y;
  constexpr int64_t kExact = int64_t(1) << DBL_MANT_DIG;  // ints a double holds exactly
  if (small(a, x) && small(b, y) && x <= kExact && x >= -kExact && y <= kExact && y >= -kExact) {
    if (y == 0) raise(&exc::ZeroDivisionError, "division by zero");
    return Object::from_float(static_cast<double>(x) / static_cast<double>(y));
  }
  if (!a.is_float() && !b.is_float()) {
    int64_t yy;
    if (small(b, yy) && yy == 0) raise(&exc::ZeroDivisionError, "division by zero");
    return Object::from_float(int_true_divide(a, b));
  }
  double db = to_double(b);
  if (db == 0) raise(&exc::ZeroDivisionError, "float division by zero");
  return Object::from_float(to_double(a) / db);
}

Object floordiv_slow(const Object& a, const Object& b) {
  int64_t x, y;
  if (small(a, x) && small(b, y)) {
    if (y == 0) raise(&exc::ZeroDivisionError, "integer division or modulo by zero");
    if (!(x == INT64_MIN && y == -1)) {
      int64_t q = x / y;
      if ((x % y != 0) && ((x < 0) != (y < 0))) --q;
      return py_int(q);
    }
  }
  if (is_user(a) || is_user(b)) return binary_protocol(a, b, Slot::floordiv, Slot::rfloordiv, "//");
  if (!is_number(a) || !is_number(b)) unsupported_operand("//", a, b);
  if (a.is_float() || b.is_float()) {
    double da = to_double(a), db = to_double(b);
    if (db == 0) raise(&exc::ZeroDivisionError, "float floor division by zero");
    return Object::from_float(float_floordiv(da, db));
  }
  if (mpz_cmp_si(([&] {
        static mpz_t t;
        static bool init = false;
        if (!init) { mpz_init(t); init = true; }
        int_to_mpz(b, t);
        return t;
      })(), 0) == 0) {
    raise(&exc::ZeroDivisionError, "integer division or modulo by zero");
  }
  return big_op(a, b, mpz_fdiv_q);
}

Object mod_slow(const Object& a, const Object& b) {
  int64_t x, y;
  if (small(a, x) && small(b, y)) {
    if (y == 0) raise(&exc::ZeroDivisionError, "integer modulo by zero");
    if (y == -1) return py_int(0);
    int64_t m = x % y;
    if (m != 0 && ((m < 0) != (y < 0))) m += y;
    return py_int(m);
  }
  if (is_str(a)) return str_percent(a, b);  // printf-style formatting: str_format.cpp
  if (is_bytes_like(a)) return bytes_percent(a, b);  // PEP 461: bytes_format.cpp
  if (is_user(a) || is_user(b)) return binary_protocol(a, b, Slot::mod, Slot::rmod, "%");
  if (!is_number(a) || !is_number(b)) unsupported_operand("%", a, b);
  if (a.is_float() || b.is_float()) {
    double db = to_double(b);
    if (db == 0) raise(&exc::ZeroDivisionError, "float modulo");
    return Object::from_float(float_mod(to_double(a), db));
  }
  mpz_t t;
  mpz_init(t);
  int_to_mpz(b, t);
  bool zero = mpz_sgn(t) == 0;
  mpz_clear(t);
  if (zero) raise(&exc::ZeroDivisionError, "integer modulo by zero");
  return big_op(a, b, mpz_fdiv_r);
}

// divmod(a, b): both results at once, with divmod's own texts for a bad operand or a zero
// float divisor ("float divmod()").
Object divmod(const Object& a, const Object& b, Pos) {
  if (is_user(a) || is_user(b)) return binary_protocol(a, b, Slot::divmod, Slot::rdivmod, "divmod()");
  if (!is_number(a) || !is_number(b)) unsupported_operand("divmod()", a, b);
  if ((a.is_float() || b.is_float()) && to_double(b) == 0) raise(&exc::ZeroDivisionError, "float divmod()");
  return py_tuple({floordiv(a, b), mod(a, b)});
}

Object pow(const Object& a, const Object& b, Pos) {
  if (is_user(a) || is_user(b)) return binary_protocol(a, b, Slot::pow, Slot::rpow, "** or pow()");
  if (Object c = complex_binary('p', a, b); !c.is_unbound()) return c;
  if (!is_number(a) || !is_number(b)) unsupported_operand("** or pow()", a, b);
  if (is_int(a) && is_int(b)) {
    int64_t e;
    bool e_small = small(b, e);
    if (e_small && e >= 0) {
      mpz_t base, r;
      mpz_inits(base, r, nullptr);
      int_to_mpz(a, base);
      mpz_pow_ui(r, base, static_cast<unsigned long>(e));
      Object out = int_from_mpz(r);
      mpz_clears(base, r, nullptr);
      return out;
    }
    if (!e_small) {
      mpz_t t;
      mpz_init(t);
      int_to_mpz(b, t);
      bool negative = mpz_sgn(t) < 0;
      mpz_clear(t);
      if (!negative) raise(&exc::OverflowError, "exponent too large");
    }
    double base = to_double(a);
    if (base == 0) {
      raise(&exc::ZeroDivisionError, "0.0 cannot be raised to a negative power");
    }
    return Object::from_float(std::pow(base, to_double(b)));
  }
  double x = to_double(a), y = to_double(b);
  if (x == 0 && y < 0) raise(&exc::ZeroDivisionError, "0.0 cannot be raised to a negative power");
  if (x < 0 && std::trunc(y) != y) return complex_binary('p', py_complex(x, 0.0), b);  // float_pow
  double r = std::pow(x, y);
  if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) {
    // float_pow sets errno and raises PyErr_SetFromErrno's (errno, strerror) pair.
    raise_exc(new_exception(&exc::OverflowError, {py_int(ERANGE), py_str("Numerical result out of range")}));
  }
  return Object::from_float(r);
}

namespace {
template <typename F>
Object int_bitop(const char* sym, Slot op, const Object& a, const Object& b, F f,
                 void (*big)(mpz_ptr, mpz_srcptr, mpz_srcptr)) {
  if (is_user(a) || is_user(b)) {
    return binary_protocol(a, b, op, static_cast<Slot>(static_cast<int>(op) + 1), sym);
  }
  int64_t x, y;
  if (small(a, x) && small(b, y)) {
    Object r = py_int(f(x, y));
    if (a.is_bool() && b.is_bool()) return Object::from_bool(r.as_int() != 0);
    return r;
  }
  if (Object r = set_binop(a, b, sym[0]); !r.is_unbound()) return r;
  if (enums::is_auto(a) || enums::is_auto(b)) return enums::auto_combine(sym[0], a, b);
  if (!is_int(a) || !is_int(b)) unsupported_operand(sym, a, b);
  return big_op(a, b, big);
}

Object shift(const Object& a, const Object& b, bool left) {
  if (is_user(a) || is_user(b)) {
    return left ? binary_protocol(a, b, Slot::lshift, Slot::rlshift, "<<")
                : binary_protocol(a, b, Slot::rshift, Slot::rrshift, ">>");
  }
  if (!is_int(a) || !is_int(b)) unsupported_operand(left ? "<<" : ">>", a, b);
  int64_t n;
  if (!small(b, n)) raise(&exc::OverflowError, "too many digits in integer");
  if (n < 0) raise(&exc::ValueError, "negative shift count");
  mpz_t x, r;
  mpz_inits(x, r, nullptr);
  int_to_mpz(a, x);
  if (left) {
    mpz_mul_2exp(r, x, static_cast<mp_bitcnt_t>(n));
  } else {
    mpz_fdiv_q_2exp(r, x, static_cast<mp_bitcnt_t>(n));
  }
  Object out = int_from_mpz(r);
  mpz_clears(x, r, nullptr);
  return out;
}
}  // namespace

Object lshift(const Object& a, const Object& b, Pos) { return shift(a, b, true); }
Object rshift(const Object& a, const Object& b, Pos) { return shift(a, b, false); }
Object bitor_(const Object& a, const Object& b, Pos) {
  if ((a.is_none() || (a.is_heap() && a.heap()->kind == HeapObject::Kind::Other)) && !is_user(b)) {
    if (Object u = type_union(a, b); !u.is_unbound()) return u;  // `int | None`
  }
  MappingProxyObject *pa = as_mappingproxy(a), *pb = as_mappingproxy(b);
  if (pa || pb) return bitor_(pa ? pa->dict : a, pb ? pb->dict : b, {});  // mappingproxy_or
  if (as_dict(a) && as_dict(b) && !is_user(a) && !is_user(b)) {  // PEP 584: a new dict, b's values win
    Object merged = py_dict();
    dict_update(as_dict(merged), {a}, {}, "update");
    dict_update(as_dict(merged), {b}, {}, "update");
    return merged;
  }
  return int_bitop("|", Slot::or_, a, b, [](int64_t x, int64_t y) { return x | y; }, mpz_ior);
}
Object bitxor_(const Object& a, const Object& b, Pos) {
  return int_bitop("^", Slot::xor_, a, b, [](int64_t x, int64_t y) { return x ^ y; }, mpz_xor);
}
Object bitand_(const Object& a, const Object& b, Pos) {
  return int_bitop("&", Slot::and_, a, b, [](int64_t x, int64_t y) { return x & y; }, mpz_and);
}

Object matmul(const Object& a, const Object& b, Pos) {
  if (is_user(a) || is_user(b)) return binary_protocol(a, b, Slot::matmul, Slot::rmatmul, "@");
  unsupported_operand("@", a, b);
}

Object neg(const Object& a, Pos) {
  int64_t x;
  if (small(a, x) && x != INT64_MIN) return py_int(-x);
  if (a.is_float()) return Object::from_float(-a.as_float());
  if (is_int(a)) return big_op(a, a, [](mpz_ptr r, mpz_srcptr v, mpz_srcptr) { mpz_neg(r, v); });
  if (ComplexObject* c = as_complex(a)) return py_complex(-c->real, -c->imag);
 if (is_user(a)) return unary_protocol(a, Slot::neg, "-");
  raise(&exc::TypeError, "bad operand type for unary -: '" + type_of(a)->name + "'");
}
Object pos(const Object& a, Pos) {
  if (a.is_bool()) return py_int(a.as_bool());
  if (is_number(a) || as_complex(a)) return a;
 if (is_user(a)) return unary_protocol(a, Slot::pos, "+");
  raise(&exc::TypeError, "bad operand type for unary +: '" + type_of(a)->name + "'");
}
Object invert(const Object& a, Pos) {
  int64_t x;
  if (small(a, x)) return py_int(~x);
  if (is_int(a)) return big_op(a, a, [](mpz_ptr r, mpz_srcptr v, mpz_srcptr) { mpz_com(r, v); });
 if (is_user(a)) return unary_protocol(a, Slot::invert, "~");
  if (enums::is_auto(a)) return enums::auto_combine('~', a, Object());
  raise(&exc::TypeError, "bad operand type for unary ~: '" + type_of(a)->name + "'");
}

// ---- variables -------------------------------------------------------------------------------
// NameError carries the name (e.name); UnboundLocalError leaves it None, as CPython 3.11 does.
[[noreturn]] void name_error(const char* name, const std::string& message) {
  Object e = new_exception(&exc::NameError, message);
  e.as<ExceptionObject>()->setattr("name", py_str(name));
  raise_exc(e);
}
void unbound_global(const char* name) {
  name_error(name, std::string("name '") + name + "' is not defined");
}
void unbound_local(const char* name) {
  raise(&exc::UnboundLocalError, std::string("cannot access local variable '") + name +
                                     "' where it is not associated with a value");
}
void unbound_free(const char* name) {
  name_error(name, std::string("cannot access free variable '") + name +
                       "' where it is not associated with a value in enclosing scope");
}

Object inplace_add_slow(const Object& a, const Object& b) {
  if (is_user(a)) return inplace_op(a, b, Slot::iadd, add);
  if (ListObject* l = as_list(a)) {
    if (!is_iterable(b)) {
      raise(&exc::TypeError, "'" + type_of(b)->name + "' object is not iterable");
    }
    for (Object& x : to_vector(b)) l->items.push_back(std::move(x));
    return a;
  }
  if (is_bytearray(a)) return bytearray_inplace_concat(a, b);
  return inplace_builtin(a, b, Slot::iadd, add);
}

void assert_failed(const Object& message, bool has_message, Pos) {
  raise_exc(new_exception(&exc::AssertionError, has_message ? std::vector<Object>{message}
                                                            : std::vector<Object>{}));
}

}  // namespace aiocc
