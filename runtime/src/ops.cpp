// Operators, comparisons, subscripts, iteration, unpacking and formatting. The small-int and
// float paths come first and never allocate; everything else dispatches on the operand types
// with CPython's error messages.
#include "aiocc/py/ops.h"

#include <algorithm>
#include <cmath>

#include "aiocc/py/dict.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/function.h"
#include "aiocc/py/int.h"
#include "aiocc/py/list.h"
#include "aiocc/py/instance.h"
#include "aiocc/py/protocols.h"
#include "aiocc/py/set.h"
#include "aiocc/py/str.h"
#include "internal.h"

namespace aiocc {
Object construct_int_like(const Object& v);
namespace {

[[noreturn]] void unsupported_operand(const char* op, const Object& a, const Object& b) {
  raise(&exc::TypeError, std::string("unsupported operand type(s) for ") + op + ": '" +
                             type_of(a)->name + "' and '" + type_of(b)->name + "'");
}

bool is_number(const Object& o) { return o.is_float() || is_int(o); }
double to_double(const Object& o) { return o.is_float() ? o.as_float() : int_to_double(o); }
bool small(const Object& o, int64_t& v) {
  if (o.is_small_int()) {
    v = o.as_int();
    return true;
  }
  if (o.is_bool()) {
    v = o.as_bool();
    return true;
  }
  return false;
}

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

double float_mod(double a, double b) {
  double m = std::fmod(a, b);
  if (m != 0 && ((b < 0) != (m < 0))) m += b;
  if (m == 0) m = std::copysign(0.0, b);
  return m;
}

Object repeat_seq(const Object& seq, const Object& count) {
  int64_t n;
  if (!small(count, n)) unsupported_operand("*", seq, count);
  n = std::max<int64_t>(n, 0);
  if (is_str(seq)) {
    std::string out;
    const std::string& s = str_value(seq);
    out.reserve(s.size() * n);
    for (int64_t i = 0; i < n; ++i) out += s;
    return py_str(std::move(out));
  }
  const std::vector<Object>& items =
      as_list(seq) ? as_list(seq)->items : as_tuple(seq)->items;
  std::vector<Object> out;
  out.reserve(items.size() * n);
  for (int64_t i = 0; i < n; ++i) out.insert(out.end(), items.begin(), items.end());
  return as_list(seq) ? py_list(std::move(out)) : py_tuple(std::move(out));
}

bool is_sequence(const Object& o) { return is_str(o) || as_list(o) || as_tuple(o); }

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
  if (is_str(a) && is_str(b)) return py_str(str_value(a) + str_value(b));
  if (is_str(a) || is_str(b)) {
    if (is_str(a)) {
      raise(&exc::TypeError, "can only concatenate str (not \"" + type_of(b)->name + "\") to str");
    }
    unsupported_operand("+", a, b);
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
  if (is_sequence(a) && is_int(b)) return repeat_seq(a, b);
  if (is_int(a) && is_sequence(b)) return repeat_seq(b, a);
  if (is_sequence(a) || is_sequence(b)) {
    const Object& other = is_sequence(a) ? b : a;
    raise(&exc::TypeError, "can't multiply sequence by non-int of type '" +
                               type_of(other)->name + "'");
  }
  unsupported_operand("*", a, b);
}

Object truediv(const Object& a, const Object& b, Pos) {
  if (is_user(a) || is_user(b)) return binary_protocol(a, b, Slot::truediv, Slot::rtruediv, "/");
  if (!is_number(a) || !is_number(b)) unsupported_operand("/", a, b);
  int64_t x, y;
  if (small(a, x) && small(b, y)) {
    if (y == 0) raise(&exc::ZeroDivisionError, "division by zero");
    return Object::from_float(static_cast<double>(x) / static_cast<double>(y));
  }
  double db = to_double(b);
  if (db == 0) {
    raise(&exc::ZeroDivisionError, a.is_float() || b.is_float() ? "float division by zero"
                                                                 : "division by zero");
  }
  if (!a.is_float() && !b.is_float()) {
    // int / int: exact rational rounding via GMP.
    mpq_t q;
    mpq_init(q);
    mpz_t x2, y2;
    mpz_inits(x2, y2, nullptr);
    int_to_mpz(a, x2);
    int_to_mpz(b, y2);
    mpq_set_num(q, x2);
    mpq_set_den(q, y2);
    mpq_canonicalize(q);
    double d = mpq_get_d(q);
    mpq_clear(q);
    mpz_clears(x2, y2, nullptr);
    return Object::from_float(d);
  }
  return Object::from_float(to_double(a) / db);
}

Object floordiv(const Object& a, const Object& b, Pos) {
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
    return Object::from_float(std::floor((da - float_mod(da, db)) / db + 0.0));
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

Object mod(const Object& a, const Object& b, Pos) {
  int64_t x, y;
  if (small(a, x) && small(b, y)) {
    if (y == 0) raise(&exc::ZeroDivisionError, "integer modulo by zero");
    if (y == -1) return py_int(0);
    int64_t m = x % y;
    if (m != 0 && ((m < 0) != (y < 0))) m += y;
    return py_int(m);
  }
  if (is_str(a)) {
    // printf-style formatting: only %s, %d, %r and %f-style specs are supported.
    std::vector<Object> vals = as_tuple(b) ? as_tuple(b)->items : std::vector<Object>{b};
    const std::string& f = str_value(a);
    std::string out;
    size_t k = 0;
    for (size_t i = 0; i < f.size(); ++i) {
      if (f[i] != '%') {
        out += f[i];
        continue;
      }
      size_t j = i + 1;
      while (j < f.size() && std::string("0123456789.-+ #").find(f[j]) != std::string::npos) ++j;
      if (j >= f.size()) raise(&exc::ValueError, "incomplete format");
      char conv = f[j];
      if (conv == '%') {
        out += '%';
        i = j;
        continue;
      }
      if (k >= vals.size()) raise(&exc::TypeError, "not enough arguments for format string");
      std::string flags = f.substr(i + 1, j - i - 1);
      const Object& v = vals[k++];
      if (conv == 's') {
        out += format_spec(py_str(str(v)), flags.empty() ? "" : (flags[0] == '-' ? "<" + flags.substr(1) : ">" + flags));
      } else if (conv == 'r') {
        out += repr(v);
      } else if (conv == 'd' || conv == 'i') {
        out += format_spec(construct_int_like(v), flags + "d");
      } else {
        out += format_spec(v, flags + conv);
      }
      i = j;
    }
    if (k < vals.size()) {
      raise(&exc::TypeError, "not all arguments converted during string formatting");
    }
    return py_str(std::move(out));
  }
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

Object construct_int_like(const Object& v) {
  if (is_int(v)) return v.is_bool() ? py_int(v.as_bool()) : v;
  if (v.is_float()) return call(Object(&types::int_), {v});
  raise(&exc::TypeError, "%d format: a real number is required, not " + type_of(v)->name);
}

Object pow(const Object& a, const Object& b, Pos) {
  if (is_user(a) || is_user(b)) return binary_protocol(a, b, Slot::pow, Slot::rpow, "** or pow()");
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
  if (x < 0 && std::trunc(y) != y) {
    raise(&exc::ValueError, "complex results are not supported by aiocc");
  }
  double r = std::pow(x, y);
  if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) {
    raise(&exc::OverflowError, "(34, 'Numerical result out of range')");
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
  return int_bitop("|", Slot::or_, a, b, [](int64_t x, int64_t y) { return x | y; }, mpz_ior);
}
Object bitxor_(const Object& a, const Object& b, Pos) {
  return int_bitop("^", Slot::xor_, a, b, [](int64_t x, int64_t y) { return x ^ y; }, mpz_xor);
}
Object bitand_(const Object& a, const Object& b, Pos) {
  return int_bitop("&", Slot::and_, a, b, [](int64_t x, int64_t y) { return x & y; }, mpz_and);
}

Object neg(const Object& a) {
  int64_t x;
  if (small(a, x) && x != INT64_MIN) return py_int(-x);
  if (a.is_float()) return Object::from_float(-a.as_float());
  if (is_int(a)) return big_op(a, a, [](mpz_ptr r, mpz_srcptr v, mpz_srcptr) { mpz_neg(r, v); });
 if (is_user(a)) return unary_protocol(a, Slot::neg, "-");
  raise(&exc::TypeError, "bad operand type for unary -: '" + type_of(a)->name + "'");
}
Object pos(const Object& a) {
  if (a.is_bool()) return py_int(a.as_bool());
  if (is_number(a)) return a;
 if (is_user(a)) return unary_protocol(a, Slot::pos, "+");
  raise(&exc::TypeError, "bad operand type for unary +: '" + type_of(a)->name + "'");
}
Object invert(const Object& a) {
  int64_t x;
  if (small(a, x)) return py_int(~x);
  if (is_int(a)) return big_op(a, a, [](mpz_ptr r, mpz_srcptr v, mpz_srcptr) { mpz_com(r, v); });
 if (is_user(a)) return unary_protocol(a, Slot::invert, "~");
  raise(&exc::TypeError, "bad operand type for unary ~: '" + type_of(a)->name + "'");
}

// ---- comparison ------------------------------------------------------------------------------
namespace {
// Three-way numeric comparison; NaN compares unordered (returns 2).
int num_cmp(const Object& a, const Object& b) {
  int64_t x, y;
  if (small(a, x) && small(b, y)) return (x > y) - (x < y);
  if (a.is_float() || b.is_float()) {
    if (a.is_float() && b.is_float()) {
      double p = a.as_float(), q = b.as_float();
      if (std::isnan(p) || std::isnan(q)) return 2;
      return (p > q) - (p < q);
    }
    // Mixed int/float: compare exactly when the int is big.
    const Object& f = a.is_float() ? a : b;
    const Object& i = a.is_float() ? b : a;
    double d = f.as_float();
    if (std::isnan(d)) return 2;
    int c;
    if (std::isinf(d)) {
      c = d > 0 ? 1 : -1;
    } else {
      mpq_t qf, qi;
      mpq_inits(qf, qi, nullptr);
      mpq_set_d(qf, d);
      mpz_t z;
      mpz_init(z);
      int_to_mpz(i, z);
      mpq_set_z(qi, z);
      int r = mpq_cmp(qf, qi);
      c = (r > 0) - (r < 0);
      mpq_clears(qf, qi, nullptr);
      mpz_clear(z);
    }
    return a.is_float() ? c : -c;
  }
  mpz_t p, q;
  mpz_inits(p, q, nullptr);
  int_to_mpz(a, p);
  int_to_mpz(b, q);
  int r = mpz_cmp(p, q);
  mpz_clears(p, q, nullptr);
  return (r > 0) - (r < 0);
}

int seq_cmp(const std::vector<Object>& x, const std::vector<Object>& y, bool& ordered) {
  size_t n = std::min(x.size(), y.size());
  for (size_t i = 0; i < n; ++i) {
    if (!eq(x[i], y[i])) {
      ordered = true;
      return lt(x[i], y[i]) ? -1 : 1;
    }
  }
  ordered = true;
  return (x.size() > y.size()) - (x.size() < y.size());
}

[[noreturn]] void unorderable(const char* op, const Object& a, const Object& b) {
  raise(&exc::TypeError, std::string("'") + op + "' not supported between instances of '" +
                             type_of(a)->name + "' and '" + type_of(b)->name + "'");
}

// Returns -1/0/1, or 2 for unordered (NaN). Raises for incomparable types.
int compare(const Object& a, const Object& b, const char* op) {
  if (is_number(a) && is_number(b)) return num_cmp(a, b);
  if (is_str(a) && is_str(b)) {
    int c = str_value(a).compare(str_value(b));
    return (c > 0) - (c < 0);
  }
  bool ordered;
  if (Object r = set_compare(a, b, op); !r.is_unbound()) return r.as_bool() ? (op[0] == '<' ? -1 : 1) : 2;
  if (as_list(a) && as_list(b)) return seq_cmp(as_list(a)->items, as_list(b)->items, ordered);
  if (as_tuple(a) && as_tuple(b)) return seq_cmp(as_tuple(a)->items, as_tuple(b)->items, ordered);
  unorderable(op, a, b);
}
}  // namespace

namespace {
// Keys and items views compare like sets (with sets and other such views); values views only
// to themselves.
bool view_eq(const Object& a, const Object& b) {
  auto set_like = [](const Object& o) {
    DictViewObject* v = as_dict_view(o);
    return v ? v->which != DictViewObject::Values : as_set(o) != nullptr;
  };
  if (!set_like(a) || !set_like(b)) return false;
  auto members = [](const Object& o) { return to_vector(o); };
  auto has = [](const Object& o, const Object& x) { return contains(o, x); };
  std::vector<Object> xa = members(a), xb = members(b);
  if (xa.size() != xb.size()) return false;
  for (const Object& x : xa) {
    if (!has(b, x)) return false;
  }
  return true;
}
}  // namespace

bool eq_slow(const Object& a, const Object& b) {
  if (is_number(a) && is_number(b)) return num_cmp(a, b) == 0;
  if (is_user(a) || is_user(b)) return truthy(richcompare(a, b, Slot::eq));
  if (a.tag() != b.tag()) return false;
  if (!a.is_heap()) return a.same(b);
  if (a.heap() == b.heap()) return true;
  if (as_dict_view(a) || as_dict_view(b)) return view_eq(a, b);
  if (is_str(a) && is_str(b)) return str_value(a) == str_value(b);
  auto seq_eq = [](const std::vector<Object>& x, const std::vector<Object>& y) {
    if (x.size() != y.size()) return false;
    for (size_t i = 0; i < x.size(); ++i) {
      if (!x[i].same(y[i]) && !eq(x[i], y[i])) return false;
    }
    return true;
  };
  if (as_list(a) && as_list(b)) return seq_eq(as_list(a)->items, as_list(b)->items);
  if (as_tuple(a) && as_tuple(b)) return seq_eq(as_tuple(a)->items, as_tuple(b)->items);
  if (as_set(a) && as_set(b)) {
    if (as_set(a)->keys.live_count != as_set(b)->keys.live_count) return false;
    for (const Object& x : as_set(a)->items()) {
      if (!as_set(b)->keys.find(x)) return false;
    }
    return true;
  }
  if (as_dict(a) && as_dict(b)) {
    DictObject *x = as_dict(a), *y = as_dict(b);
    if (x->live_count != y->live_count) return false;
    for (auto& e : x->entries) {
      if (!e.live) continue;
      Object* v = y->find(e.key);
      if (!v || !eq(e.value, *v)) return false;
    }
    return true;
  }
  return false;
}

bool lt(const Object& a, const Object& b) {
  if (is_user(a) || is_user(b)) return truthy(richcompare(a, b, Slot::lt));
  return compare(a, b, "<") == -1;
}

#define AIOCC_USER_CMP(op) \
  if (is_user(a) || is_user(b)) return richcompare(a, b, Slot::op)
Object cmp_eq_slow(const Object& a, const Object& b) {
  AIOCC_USER_CMP(eq);
  return Object::from_bool(eq(a, b));
}
Object cmp_ne_slow(const Object& a, const Object& b) {
  AIOCC_USER_CMP(ne);
  return Object::from_bool(!eq(a, b));
}
Object cmp_lt_slow(const Object& a, const Object& b) {
  AIOCC_USER_CMP(lt);
  return Object::from_bool(compare(a, b, "<") == -1);
}
Object cmp_le_slow(const Object& a, const Object& b) {
  AIOCC_USER_CMP(le);
  int c = compare(a, b, "<=");
  return Object::from_bool(c == -1 || c == 0);
}
Object cmp_gt_slow(const Object& a, const Object& b) {
  AIOCC_USER_CMP(gt);
  return Object::from_bool(compare(a, b, ">") == 1);
}
Object cmp_ge_slow(const Object& a, const Object& b) {
  AIOCC_USER_CMP(ge);
  int c = compare(a, b, ">=");
  return Object::from_bool(c == 1 || c == 0);
}
Object cmp_is(const Object& a, const Object& b) { return Object::from_bool(a.same(b)); }
Object cmp_is_not(const Object& a, const Object& b) { return Object::from_bool(!a.same(b)); }
Object cmp_in(const Object& item, const Object& c) { return Object::from_bool(contains(c, item)); }
Object cmp_not_in(const Object& item, const Object& c) { return Object::from_bool(!contains(c, item)); }

bool contains(const Object& c, const Object& item) {
  if (is_user(c)) return user_contains(c, item);
  if (is_str(c)) {
    if (!is_str(item)) {
      raise(&exc::TypeError,
            "'in <string>' requires string as left operand, not " + type_of(item)->name);
    }
    return str_value(c).find(str_value(item)) != std::string::npos;
  }
  if (DictObject* d = as_dict(c)) return d->find(item) != nullptr;
  if (DictViewObject* v = as_dict_view(c)) return v->contains(item);
  if (SetObject* st = as_set(c)) return st->keys.find(item) != nullptr;
  if (c.is_heap() && c.heap()->type() == &types::range) {
    auto* r = c.as<RangeObject>();
    int64_t v;
    if (!small(item, v)) return false;
    if (r->step > 0 ? (v < r->start || v >= r->stop) : (v > r->start || v <= r->stop)) return false;
    return (v - r->start) % r->step == 0;
  }
  if (ListObject* l = as_list(c)) {
    for (const Object& x : l->items) {
      if (x.same(item) || eq(x, item)) return true;
    }
    return false;
  }
  if (TupleObject* t = as_tuple(c)) {
    for (const Object& x : t->items) {
      if (x.same(item) || eq(x, item)) return true;
    }
    return false;
  }
  raise(&exc::TypeError, "argument of type '" + type_of(c)->name + "' is not iterable");
}

// ---- subscripts ------------------------------------------------------------------------------
namespace {
int64_t index_value(const Object& idx, const char* container) {
  int64_t i;
  if (small(idx, i)) return i;
  if (is_user(idx) && !as_instance(idx)->cls->slot(Slot::index).is_unbound()) {
    return index_value(user_index(idx), container);
  }
  if (is_int(idx)) {
    raise(&exc::IndexError, std::string("cannot fit 'int' into an index-sized integer"));
  }
  raise(&exc::TypeError, std::string(container) + " indices must be integers or slices, not " +
                             type_of(idx)->name);
}

detail::SliceBounds slice_bounds(const SliceObject& s, int64_t len) {
  auto get = [](const Object& o, int64_t dflt) -> int64_t {
    if (o.is_none() || o.is_unbound()) return dflt;
    int64_t v;
    if (small(o, v)) return v;
    raise(&exc::TypeError,
          "slice indices must be integers or None or have an __index__ method");
  };
  int64_t step = get(s.step, 1);
  if (step == 0) raise(&exc::ValueError, "slice step cannot be zero");
  int64_t start = get(s.start, step < 0 ? len - 1 : 0);
  int64_t stop = get(s.stop, step < 0 ? -len - 1 : len);
  auto clamp = [&](int64_t v, bool is_default_neg) {
    (void)is_default_neg;
    if (v < 0) {
      v += len;
      if (v < 0) v = step < 0 ? -1 : 0;
    } else if (v >= len) {
      v = step < 0 ? len - 1 : len;
    }
    return v;
  };
  start = clamp(start, false);
  stop = clamp(stop, false);
  int64_t count = 0;
  if (step > 0 && start < stop) count = (stop - start + step - 1) / step;
  if (step < 0 && start > stop) count = (start - stop - step - 1) / -step;
  return {start, stop, step, count};
}

std::vector<std::string> code_points(const std::string& s) {
  std::vector<std::string> out;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t n = utf8_char_len(c);
    out.push_back(s.substr(i, n));
    i += n;
  }
  return out;
}
}  // namespace

Object make_slice(const Object& start, const Object& stop, const Object& step) {
  auto* s = new SliceObject();
  s->start = start.is_unbound() ? None : start;
  s->stop = stop.is_unbound() ? None : stop;
  s->step = step.is_unbound() ? None : step;
  return Object(s);
}

Object getitem_slow(const Object& obj, const Object& index) {
  if (is_user(obj)) return user_getitem(obj, index);
  SliceObject* sl = index.is_heap() && index.heap()->type() == &types::slice ? index.as<SliceObject>() : nullptr;
  if (ListObject* l = as_list(obj)) {
    if (sl) {
      auto b = slice_bounds(*sl, static_cast<int64_t>(l->items.size()));
      std::vector<Object> out;
      out.reserve(b.count);
      for (int64_t i = 0, j = b.start; i < b.count; ++i, j += b.step) out.push_back(l->items[j]);
      return py_list(std::move(out));
    }
    int64_t i = index_value(index, "list");
    int64_t n = static_cast<int64_t>(l->items.size());
    if (i < 0) i += n;
    if (i < 0 || i >= n) raise(&exc::IndexError, "list index out of range");
    return l->items[i];
  }
  if (TupleObject* t = as_tuple(obj)) {
    if (sl) {
      auto b = slice_bounds(*sl, static_cast<int64_t>(t->items.size()));
      std::vector<Object> out;
      out.reserve(b.count);
      for (int64_t i = 0, j = b.start; i < b.count; ++i, j += b.step) out.push_back(t->items[j]);
      return py_tuple(std::move(out));
    }
    int64_t i = index_value(index, "tuple");
    int64_t n = static_cast<int64_t>(t->items.size());
    if (i < 0) i += n;
    if (i < 0 || i >= n) raise(&exc::IndexError, "tuple index out of range");
    return t->items[i];
  }
  if (DictObject* d = as_dict(obj)) {
    if (Object* v = d->find(index)) return *v;
    raise_exc(new_exception(&exc::KeyError, {index}));
  }
  if (is_str(obj)) {
    auto* s = obj.as<StrObject>();
    if (sl) {
      auto cps = code_points(s->s);
      auto b = slice_bounds(*sl, static_cast<int64_t>(cps.size()));
      std::string out;
      for (int64_t i = 0, j = b.start; i < b.count; ++i, j += b.step) out += cps[j];
      return py_str(std::move(out));
    }
    int64_t i = index_value(index, "string");
    int64_t n = static_cast<int64_t>(s->length());
    if (i < 0) i += n;
    if (i < 0 || i >= n) raise(&exc::IndexError, "string index out of range");
    if (s->ascii) return py_str(std::string(1, s->s[i]));
    return py_str(code_points(s->s)[i]);
  }
  if (obj.is_heap() && obj.heap()->type() == &types::range) {
    auto* r = obj.as<RangeObject>();
    int64_t i = index_value(index, "range");
    int64_t n = r->length();
    if (i < 0) i += n;
    if (i < 0 || i >= n) raise(&exc::IndexError, "range object index out of range");
    return py_int(r->start + i * r->step);
  }
  raise(&exc::TypeError, "'" + type_of(obj)->name + "' object is not subscriptable");
}

namespace {
bool is_slice(const Object& o) { return o.is_heap() && o.heap()->type() == &types::slice; }

// `xs[a:b:c] = value`: a simple slice may change the list's length; an extended one must
// match the number of elements it selects.
void list_assign_slice(ListObject* l, const SliceObject& sl, const Object& value) {
  auto b = slice_bounds(sl, static_cast<int64_t>(l->items.size()));
  // The source's items as they are, unless it is the list itself (`xs[:] = xs`): then a copy.
  std::vector<Object> copy;
  const std::vector<Object>* items = nullptr;
  if (ListObject* sl2 = as_list(value); sl2 && sl2 != l) items = &sl2->items;
  if (TupleObject* t = as_tuple(value)) items = &t->items;
  if (!items) {
    copy = to_vector(value);
    items = &copy;
  }
  const std::vector<Object>& src = *items;
  if (b.step == 1 && static_cast<int64_t>(src.size()) == b.count) {
    for (int64_t i = 0; i < b.count; ++i) l->items[b.start + i] = src[i];
    return;
  }
  if (b.step == 1) {
    int64_t stop = std::max(b.start, b.stop);
    l->items.erase(l->items.begin() + b.start, l->items.begin() + stop);
    l->items.insert(l->items.begin() + b.start, src.begin(), src.end());
    return;
  }
  if (static_cast<int64_t>(src.size()) != b.count) {
    raise(&exc::ValueError, "attempt to assign sequence of size " + std::to_string(src.size()) +
                                " to extended slice of size " + std::to_string(b.count));
  }
  for (int64_t i = 0, j = b.start; i < b.count; ++i, j += b.step) l->items[j] = src[i];
}

void list_delete_slice(ListObject* l, const SliceObject& sl) {
  auto b = slice_bounds(sl, static_cast<int64_t>(l->items.size()));
  if (b.count == 0) return;
  std::vector<bool> gone(l->items.size(), false);
  for (int64_t i = 0, j = b.start; i < b.count; ++i, j += b.step) gone[j] = true;
  std::vector<Object> kept;
  kept.reserve(l->items.size() - b.count);
  for (size_t i = 0; i < l->items.size(); ++i) {
    if (!gone[i]) kept.push_back(std::move(l->items[i]));
  }
  l->items = std::move(kept);
}
}  // namespace

void setitem_slow(const Object& obj, const Object& index, const Object& value) {
  if (is_user(obj)) return user_setitem(obj, index, &value);
  if (ListObject* l = as_list(obj)) {
    if (is_slice(index)) {
      if (!is_iterable(value)) raise(&exc::TypeError, "must assign iterable to extended slice");
      return list_assign_slice(l, *index.as<SliceObject>(), value);
    }
    int64_t i = index_value(index, "list");
    int64_t n = static_cast<int64_t>(l->items.size());
    if (i < 0) i += n;
    if (i < 0 || i >= n) raise(&exc::IndexError, "list assignment index out of range");
    l->items[i] = value;
    return;
  }
  if (DictObject* d = as_dict(obj)) {
    d->set(index, value);
    return;
  }
  raise(&exc::TypeError, "'" + type_of(obj)->name + "' object does not support item assignment");
}

Object getattr(const Object& obj, std::string_view name) {
  if (obj.is_heap()) return obj.heap()->getattr(obj, name);
  if (name == "real" && is_number(obj)) return obj;
  if (name == "is_integer" && obj.is_float()) return make<BoundMethod>(obj, "is_integer");
  raise(&exc::AttributeError,
        "'" + type_of(obj)->name + "' object has no attribute '" + std::string(name) + "'");
}

void setattr(const Object& obj, std::string_view name, const Object& value) {
  if (obj.is_heap()) return obj.heap()->setattr(name, value);
  raise(&exc::AttributeError,
        "'" + type_of(obj)->name + "' object has no attribute '" + std::string(name) + "'");
}

Object call(const Object& f, Args args, Kwargs kw, Pos) {
  if (f.is_heap()) return f.heap()->call(args, kw);
  raise(&exc::TypeError, "'" + type_of(f)->name + "' object is not callable");
}

Object call_method(const Object& obj, std::string_view name, Args args, Kwargs kw, Pos) {
  if (obj.is_heap()) return obj.heap()->call_method(obj, name, args, kw);
  if (name == "is_integer" && obj.is_float()) {
    check_nargs("is_integer", args, 0, 0);
    return Object::from_bool(std::trunc(obj.as_float()) == obj.as_float());
  }
  return call(getattr(obj, name), args, kw);
}

bool is_iterable(const Object& o) {
  if (as_list(o) || as_tuple(o) || is_str(o) || as_dict(o) || as_set(o) || as_dict_view(o)) return true;
  if (!o.is_heap()) return false;
  if (o.heap()->type() == &types::range || is_iterator(o)) return true;
  if (InstanceObject* i = as_instance(o)) {
    return !i->cls->slot(Slot::iter).is_unbound() || !i->cls->slot(Slot::getitem).is_unbound();
  }
  return false;
}

void extend_args(std::vector<Object>& out, const Object& iterable) {
  if (!is_iterable(iterable)) {
    raise(&exc::TypeError, "Value after * must be an iterable, not " + type_of(iterable)->name);
  }
  for (Object& x : to_vector(iterable)) out.push_back(std::move(x));
}

std::string repr(const Object& o) {
  switch (o.tag()) {
    case Tag::Unbound:
    case Tag::None: return "None";
    case Tag::Bool: return o.as_bool() ? "True" : "False";
    case Tag::Int: return std::to_string(o.as_int());
    case Tag::Float: return detail::float_repr(o.as_float());
    case Tag::Heap: return o.heap()->repr();
  }
  return "?";
}

std::string str(const Object& o) { return o.is_heap() ? o.heap()->str() : repr(o); }

int64_t length(const Object& o) {
  if (is_user(o)) return user_len(o);
  if (is_str(o)) return static_cast<int64_t>(o.as<StrObject>()->length());
  if (ListObject* l = as_list(o)) return static_cast<int64_t>(l->items.size());
  if (TupleObject* t = as_tuple(o)) return static_cast<int64_t>(t->items.size());
  if (DictObject* d = as_dict(o)) return static_cast<int64_t>(d->live_count);
  if (SetObject* st = as_set(o)) return static_cast<int64_t>(st->keys.live_count);
  if (DictViewObject* v = as_dict_view(o)) return static_cast<int64_t>(v->dict.as<DictObject>()->live_count);
  if (o.is_heap() && o.heap()->type() == &types::range) return o.as<RangeObject>()->length();
  raise(&exc::TypeError, "object of type '" + type_of(o)->name + "' has no len()");
}

// ---- iteration -------------------------------------------------------------------------------

Iter::Iter(const Object& iterable) : src_(iterable) {
  if (as_list(iterable)) {
    kind_ = kList;
  } else if (as_tuple(iterable)) {
    kind_ = kTuple;
  } else if (iterable.is_heap() && iterable.heap()->type() == &types::range) {
    auto* r = iterable.as<RangeObject>();
    kind_ = kRange;
    i_ = r->start;
    stop_ = r->stop;
    step_ = r->step;
  } else if (is_str(iterable)) {
    kind_ = kStr;
  } else if (DictObject* d = as_dict(iterable)) {
    kind_ = kSnapshot;
    for (auto& e : d->entries) {
      if (e.live) snapshot_.push_back(e.key);
    }
  } else if (SetObject* st = as_set(iterable)) {
    kind_ = kSnapshot;
    snapshot_ = st->items();
  } else if (DictViewObject* v = as_dict_view(iterable)) {
    kind_ = kSnapshot;
    snapshot_ = v->items();
  } else if (is_user(iterable)) {
    kind_ = kIterator;
    src_ = user_iter(iterable);
  } else if (is_iterator(iterable)) {
    kind_ = kIterator;
  } else {
    raise(&exc::TypeError, "'" + type_of(iterable)->name + "' object is not iterable");
  }
}

bool Iter::next_slow(Object& out) {
  switch (kind_) {
    case kList: {
      auto& items = src_.as<ListObject>()->items;
      if (static_cast<size_t>(i_) >= items.size()) return false;
      out = items[i_++];
      return true;
    }
    case kTuple: {
      auto& items = src_.as<TupleObject>()->items;
      if (static_cast<size_t>(i_) >= items.size()) return false;
      out = items[i_++];
      return true;
    }
    case kRange:
      if (step_ > 0 ? i_ >= stop_ : i_ <= stop_) return false;
      out = py_int(i_);
      i_ += step_;
      return true;
    case kStr: {
      const std::string& s = str_value(src_);
      if (byte_ >= s.size()) return false;
      unsigned char c = static_cast<unsigned char>(s[byte_]);
      size_t n = utf8_char_len(c);
      out = py_str(s.substr(byte_, n));
      byte_ += n;
      return true;
    }
    case kIterator: return iterator_next(src_, out);
    default:
      if (static_cast<size_t>(i_) >= snapshot_.size()) return false;
      out = snapshot_[i_++];
      return true;
  }
}

std::vector<Object> to_vector(const Object& iterable) {
  if (ListObject* l = as_list(iterable)) return l->items;
  if (TupleObject* t = as_tuple(iterable)) return t->items;
  std::vector<Object> out;
  Iter it(iterable);
  Object x;
  while (it.next(x)) out.push_back(x);
  return out;
}

std::vector<Object> unpack(const Object& value, size_t count, int star_index) {
  if (!is_iterable(value)) {
    raise(&exc::TypeError, "cannot unpack non-iterable " + type_of(value)->name + " object");
  }
  std::vector<Object> items = to_vector(value);
  if (star_index < 0) {
    if (items.size() < count) {
      raise(&exc::ValueError, "not enough values to unpack (expected " + std::to_string(count) +
                                  ", got " + std::to_string(items.size()) + ")");
    }
    if (items.size() > count) {
      raise(&exc::ValueError,
            "too many values to unpack (expected " + std::to_string(count) + ")");
    }
    return items;
  }
  if (items.size() < count - 1) {
    raise(&exc::ValueError, "not enough values to unpack (expected at least " +
                                std::to_string(count - 1) + ", got " +
                                std::to_string(items.size()) + ")");
  }
  std::vector<Object> out(items.begin(), items.begin() + star_index);
  size_t after = count - 1 - star_index;
  out.push_back(py_list(std::vector<Object>(items.begin() + star_index, items.end() - after)));
  out.insert(out.end(), items.end() - after, items.end());
  return out;
}

// ---- variables -------------------------------------------------------------------------------
void unbound_global(const char* name) {
  raise(&exc::NameError, std::string("name '") + name + "' is not defined");
}
void unbound_local(const char* name) {
  raise(&exc::UnboundLocalError, std::string("cannot access local variable '") + name +
                                     "' where it is not associated with a value");
}
void unbound_free(const char* name) {
  raise(&exc::NameError, std::string("cannot access free variable '") + name +
                             "' where it is not associated with a value in enclosing scope");
}

// ---- literals --------------------------------------------------------------------------------
Object py_list_of(std::initializer_list<Object> items) { return py_list(std::vector<Object>(items)); }
Object py_tuple_of(std::initializer_list<Object> items) { return py_tuple(std::vector<Object>(items)); }
Object py_dict_of(std::initializer_list<Object> kv) {
  Object d = py_dict();
  DictObject* dd = as_dict(d);
  for (auto it = kv.begin(); it != kv.end(); it += 2) dd->set(it[0], it[1]);
  return d;
}

Object make_list(std::initializer_list<Elt> elts) { return py_list(star_args(elts)); }
Object make_tuple(std::initializer_list<Elt> elts) { return py_tuple(star_args(elts)); }

std::vector<Object> star_args(std::initializer_list<Elt> elts) {
  std::vector<Object> out;
  for (const Elt& e : elts) {
    if (e.star) {
      extend_args(out, e.value);
    } else {
      out.push_back(e.value);
    }
  }
  return out;
}

std::vector<Kw> star_kwargs(std::initializer_list<Kw> kws) {
  std::vector<Kw> out;
  // Repeated names are reported by the callee, which knows its own name.
  auto add_one = [&](std::string_view name, const Object& value) { out.push_back({name, value}); };
  for (const Kw& k : kws) {
    if (!k.name.empty()) {
      add_one(k.name, k.value);
      continue;
    }
    DictObject* d = as_dict(k.value);
    if (!d) raise(&exc::TypeError, "argument after ** must be a mapping, not " + type_of(k.value)->name);
    // Names view the dict's own key strings, which the caller's argument keeps alive.
    for (const auto& e : d->entries) {
      if (!e.live) continue;
      if (!is_str(e.key)) raise(&exc::TypeError, "keywords must be strings");
      add_one(str_value(e.key), e.value);
    }
  }
  return out;
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
  return add(a, b);
}

void delitem(const Object& obj, const Object& index) {
  if (is_user(obj)) return user_setitem(obj, index, nullptr);
  if (ListObject* l = as_list(obj)) {
    if (is_slice(index)) return list_delete_slice(l, *index.as<SliceObject>());
    int64_t i = index_value(index, "list");
    int64_t n = static_cast<int64_t>(l->items.size());
    if (i < 0) i += n;
    if (i < 0 || i >= n) raise(&exc::IndexError, "list assignment index out of range");
    l->items.erase(l->items.begin() + i);
    return;
  }
  if (DictObject* d = as_dict(obj)) {
    if (!d->erase(index)) raise_exc(new_exception(&exc::KeyError, {index}));
    return;
  }
  // CPython words it by whether the type has sequence methods at all.
  const bool sequence = is_str(obj) || as_tuple(obj) || (obj.is_heap() && obj.heap()->type() == &types::range);
  raise(&exc::TypeError, "'" + type_of(obj)->name + "' object " +
                             (sequence ? "doesn't" : "does not") + " support item deletion");
}

void assert_failed(const Object& message, bool has_message) {
  raise_exc(new_exception(&exc::AssertionError, has_message ? std::vector<Object>{message}
                                                            : std::vector<Object>{}));
}

}  // namespace aiocc
