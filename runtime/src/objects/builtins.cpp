// Built-in functions (print and the standard streams: stdio.cpp).
#include <unistd.h>

#include "aiocc/py/complex.h"
#include "aiocc/py/builtins.h"
#include "aiocc/py/abc.h"
#include "aiocc/py/typing.h"
#include "str_methods.h"
#include "aiocc/py/instance.h"
#include "aiocc/py/protocols.h"

#include <unistd.h>

#include <algorithm>
#include <time.h>

#include <chrono>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <clocale>
#include <cstring>

#include "aiocc/py/dict.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/int.h"
#include "aiocc/py/list.h"
#include "aiocc/py/set.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/str.h"
#include "internal.h"
#include "aiocc/py/bytes.h"
#include "method_catalog.h"

namespace aiocc::builtins {
namespace {

// min()/max() share their argument handling.
Object extreme(const char* name, Args args, Kwargs kw, bool want_max) {
  // builtin min_max's order: the positional count, the keywords, then default's own rule.
  if (args.size() == 0) {
    raise(&exc::TypeError, std::string(name) + " expected at least 1 argument, got 0");
  }
  const Object* key = kw.find("key");
  const Object* dflt = kw.find("default");
  for (const Kw& k : kw) {
    if (k.name != "key" && k.name != "default") {
      raise(&exc::TypeError, "'" + std::string(k.name) + "' is an invalid keyword argument for " + name + "()");
    }
  }
  if (dflt && args.size() > 1) {
    raise(&exc::TypeError, std::string("Cannot specify a default for ") + name +
                               "() with multiple positional arguments");
  }
  std::vector<Object> items = args.size() == 1 ? to_vector(args[0]) : std::vector<Object>(args.begin(), args.end());
  if (items.empty()) {
    if (dflt) return *dflt;
    raise(&exc::ValueError, std::string(name) + "() arg is an empty sequence");
  }
  Object best = items[0];
  Object best_key = key && !key->is_none() ? call(*key, {best}) : best;
  for (size_t i = 1; i < items.size(); ++i) {
    Object k = key && !key->is_none() ? call(*key, {items[i]}) : items[i];
    // CPython asks item > best for max and item < best for min.
    if (want_max ? truthy(cmp_gt(k, best_key)) : lt(k, best_key)) {
      best = items[i];
      best_key = k;
    }
  }
  return best;
}

}  // namespace

Object len_impl(const Object&, const Object* a, Args args, Kwargs kw) {
  return py_int(length(a[0]));
}

Object repr_impl(const Object&, const Object* a, Args args, Kwargs kw) {
  return py_str(aiocc::repr(a[0]));
}

Object ascii_impl(const Object&, const Object* a, Args args, Kwargs kw) {
  return py_str(ascii_repr(a[0]));
}

Object abs_impl(const Object&, const Object* a, Args args, Kwargs kw) {
  const Object& x = a[0];
  if (x.is_float()) return Object::from_float(std::fabs(x.as_float()));
  if (ComplexObject* c = as_complex(x)) return complex_abs(*c);
 if (is_int(x)) return lt(x, py_int(0)) ? neg(x) : pos(x);
  if (is_user(x)) return unary_protocol(x, Slot::abs, "abs");
  raise(&exc::TypeError, "bad operand type for abs(): '" + type_of(x)->name + "'");
}

Object min_impl(const Object&, const Object*, Args args, Kwargs kw) { return extreme("min", args, kw, false); }
Object max_impl(const Object&, const Object*, Args args, Kwargs kw) { return extreme("max", args, kw, true); }

Object sum_impl(const Object&, const Object* a, Args args, Kwargs kw) {
  Object acc = a[1];
  if (is_str(acc)) raise(&exc::TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  Iter it(a[0]);
  Object x;
  while (it.next(x)) acc = add(acc, x);
  return acc;
}

Object isinstance_impl(const Object&, const Object* a, Args args, Kwargs kw) {
  // A class (the common case) is checked without building the list of alternatives.
  if (a[1].is_heap() && type_of(a[1]) == &types::type) {
    TypeObject* ct = a[1].as<TypeObject>();
    if (typing::is_typed_dict(ct)) typing::typed_dict_check_error();
    return abc::instance_check(a[0], ct) ? True() : False();
  }
  std::vector<Object> classes = class_alternatives(a[1]);
  TypeObject* t = abc::class_type(a[0]);
  for (const Object& c : classes) {
    auto* ct = c.dyn<TypeObject>();
    if (!ct) {
      if (Object k = form_class(c); !k.is_unbound()) {  // typing.List, typing.Sequence
        if (abc::instance_check(a[0], k.as<TypeObject>())) return True();
        continue;
      }
      bool handled = false;
      if (alias_instancecheck(c, t, handled)) return True();
      if (handled) continue;
      if (form_isinstance(c, a[0], handled)) return True();
      if (handled) continue;
      // An object whose class defines __instancecheck__ (PyObject_IsInstance asks it).
      if (const Object* f = user_class_lookup(type_of(c), "__instancecheck__")) {
        if (truthy(aiocc::call(bind_user_method(*f, c), {a[0]}))) return True();
        continue;
      }
      raise(&exc::TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    }
    if (typing::is_typed_dict(ct)) typing::typed_dict_check_error();
    if (abc::instance_check(a[0], ct)) return True();
  }
  return False();
}

Object sorted_impl(const Object&, const Object*, Args args, Kwargs kw) {
  if (args.size() != 1) raise(&exc::TypeError, "sorted expected 1 argument, got " + std::to_string(args.size()));
  Object l = py_list(sequence_items(args[0]));
  call_method(l, "sort", {}, kw);
  return l;
}

// iter() of each argument, with CPython's message for one that is not iterable.
std::vector<Object> iterators_of(Args iterables) {
  std::vector<Object> its;
  for (size_t i = 0; i < iterables.size(); ++i) {
    if (!is_iterable(iterables[i])) {
      raise(&exc::TypeError, "'" + type_of(iterables[i])->name + "' object is not iterable");
    }
    its.push_back(make_iterator(iterables[i]));
  }
  return its;
}

namespace {
Object make_enumerate(const Object&, const Object* a, Args, Kwargs) {
  Object it = iterators_of(Args(a, 1))[0];
  Object i = number_index(a[1]);
  if (i.is_bool()) i = py_int(i.as_bool());  // PyNumber_Index gives an exact int
  return lazy_iterator(&types::enumerate, [it, i](Object& out) mutable {
    Object x;
    if (!iterator_next(it, x)) return false;
    out = py_tuple({i, x});
    i = add(i, py_int(1));
    return true;
  });
}
}  // namespace

// enum_vectorcall: enumerate(iterable, start=0) checked by hand, keywords in the order given.
Object enumerate_impl(const Object&, const Object*, Args args, Kwargs kw) {
  const size_t nargs = args.size(), total = nargs + kw.size();
  auto check_keyword = [&](size_t i, std::string_view name) {
    if (kw.begin()[i].name != name) {
      raise(&exc::TypeError, "'" + std::string(kw.begin()[i].name) + "' is an invalid keyword argument for enumerate()");
    }
  };
  Object a[2] = {Object(), py_int(0)};
  if (total == 2) {
    if (kw.size() == 1) {
      check_keyword(0, "start");
      a[0] = args[0];
      a[1] = kw.begin()[0].value;
    } else if (kw.size() == 2) {
      if (kw.begin()[0].name == "start") {
        check_keyword(1, "iterable");
        a[0] = kw.begin()[1].value;
        a[1] = kw.begin()[0].value;
      } else {
        check_keyword(0, "iterable");
        check_keyword(1, "start");
        a[0] = kw.begin()[0].value;
        a[1] = kw.begin()[1].value;
      }
    } else {
      a[0] = args[0];
      a[1] = args[1];
    }
    return make_enumerate(None, a, {}, {});
  }
  if (total == 1) {
    if (kw.size() == 1) check_keyword(0, "iterable");
    a[0] = nargs ? args[0] : kw.begin()[0].value;
    return make_enumerate(None, a, {}, {});
  }
  if (nargs == 0) raise(&exc::TypeError, "enumerate() missing required argument 'iterable'");
  raise(&exc::TypeError, "enumerate() takes at most 2 arguments (" + std::to_string(total) + " given)");
}

Object zip_impl(const Object&, const Object*, Args args, Kwargs kw) {
  const Object* strict_kw = kw.find("strict");
  if (kw.size() > (strict_kw ? 1u : 0u)) raise(&exc::TypeError, "zip() takes at most 1 keyword argument");
  bool strict = strict_kw && truthy(*strict_kw);
  std::vector<Object> its = iterators_of(args);
  if (its.empty()) return lazy_iterator(&types::zip, [](Object&) { return false; });
  return lazy_iterator(&types::zip, [its, strict](Object& out) {
    std::vector<Object> row;
    for (size_t i = 0; i < its.size(); ++i) {
      Object x;
      if (iterator_next(its[i], x)) {
        row.push_back(std::move(x));
        continue;
      }
      if (!strict) return false;
      // strict=True: the first iterator ending must end them all (CPython's messages).
      std::string plural = i == 1 ? " " : "s 1-";
      if (i > 0) {
        raise(&exc::ValueError, "zip() argument " + std::to_string(i + 1) + " is shorter than argument" +
                                    plural + std::to_string(i));
      }
      for (size_t j = 1; j < its.size(); ++j) {
        if (iterator_next(its[j], x)) {
          std::string p = j == 1 ? " " : "s 1-";
          raise(&exc::ValueError, "zip() argument " + std::to_string(j + 1) + " is longer than argument" + p +
                                      std::to_string(j));
        }
      }
      return false;
    }
    out = py_tuple(std::move(row));
    return true;
  });
}

Object reversed_impl(const Object&, const Object* a, Args args, Kwargs kw) {
  return make_reversed(a[0]);
}

Object any_impl(const Object&, const Object* a, Args args, Kwargs kw) {
  Iter it(a[0]);
  for (Object x; it.next(x);) {
    if (truthy(x)) return True();
  }
  return False();
}

Object all_impl(const Object&, const Object* a, Args args, Kwargs kw) {
  Iter it(a[0]);
  for (Object x; it.next(x);) {
    if (!truthy(x)) return False();
  }
  return True();
}

double round_double(double d, int64_t n);

Object round_impl(const Object&, const Object* a, Args args, Kwargs kw) {
  const Object& nd = a[1];
  if (const Object* f = is_user(a[0]) ? user_class_lookup(type_of(a[0]), "__round__") : nullptr) {
    // round(x) and round(x, None) call x.__round__(), round(x, n) x.__round__(n).
    return nd.is_none() ? call_with_self(*f, a[0], {}, {}) : call_with_self(*f, a[0], {nd}, {});
  }
  if (InstanceObject* i = as_instance(a[0]); i && !i->base_value.is_unbound()) {
    Object inner[2] = {i->base_value, nd};
    return round(Args(inner, 2), {});
  }
  const Object& x = a[0];
  if (is_int(x) && !x.is_float()) {
    if (nd.is_none()) return pos(x);
    Object n = number_index(nd);
    if (!lt(n, py_int(0))) return x;
    // To a multiple of 10**-n, halves to the even multiple: x = q*p + r with 0 <= r < p.
    Object p = aiocc::pow(py_int(10), neg(n));
    Object q = floordiv(x, p), r = mod(x, p);
    Object twice = mul(r, py_int(2));
    if (lt(p, twice) || (eq(twice, p) && truthy(mod(q, py_int(2))))) q = add(q, py_int(1));
    return mul(q, p);
  }
  if (!x.is_float()) raise(&exc::TypeError, "type " + type_of(x)->name + " doesn't define __round__ method");
  double d = x.as_float();
  if (nd.is_none()) {
    if (std::isnan(d)) raise(&exc::ValueError, "cannot convert float NaN to integer");
    if (std::isinf(d)) raise(&exc::OverflowError, "cannot convert float infinity to integer");
    return call(Object(&types::int_), {Object::from_float(std::nearbyint(d))});
  }
  const Object ni = number_index(nd);
  int64_t n;
  if (!detail::small(ni, n)) n = lt(ni, py_int(0)) ? INT64_MIN : INT64_MAX;  // clamped, as CPython
  return Object::from_float(round_double(d, n));
}

// CPython's float.__round__: past 323 digits every double is exact, below -308 every double
// rounds to zero; in between, the exact binary value rounded half to even at 10**-n (glibc's
// printf for n >= 0, exact integer arithmetic for n < 0), then read back correctly rounded.
double round_double(double d, int64_t n) {
  constexpr int64_t kMaxDigits = 323, kMinDigits = -308;
  if (n > kMaxDigits || !std::isfinite(d)) return d;
  if (n < kMinDigits) return 0.0 * d;
  std::string text;
  if (n >= 0) {
    text.resize(static_cast<size_t>(std::snprintf(nullptr, 0, "%.*f", static_cast<int>(n), d)) + 1);
    std::snprintf(text.data(), text.size(), "%.*f", static_cast<int>(n), d);
  } else {
    int exp;
    double frac = std::frexp(std::fabs(d), &exp);  // |d| = frac * 2**exp, 0.5 <= frac < 1
    mpz_t m, den, q, r;
    mpz_inits(m, den, q, r, nullptr);
    mpz_set_d(m, std::ldexp(frac, 53));  // |d| = m * 2**(exp - 53) exactly
    mpz_ui_pow_ui(den, 10, static_cast<unsigned long>(-n));
    if (exp - 53 >= 0) {
      mpz_mul_2exp(m, m, static_cast<mp_bitcnt_t>(exp - 53));
    } else {
      mpz_mul_2exp(den, den, static_cast<mp_bitcnt_t>(53 - exp));
    }
    mpz_fdiv_qr(q, r, m, den);
    mpz_mul_2exp(r, r, 1);
    int half = mpz_cmp(r, den);
    if (half > 0 || (half == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    char* digits = mpz_get_str(nullptr, 10, q);
    text = std::string(std::signbit(d) ? "-" : "") + digits + "e" + std::to_string(-n);
    void (*free_fn)(void*, size_t);
    mp_get_memory_functions(nullptr, nullptr, &free_fn);
    free_fn(digits, std::strlen(digits) + 1);
    mpz_clears(m, den, q, r, nullptr);
  }
  errno = 0;
  double rounded = std::strtod(text.c_str(), nullptr);
  if (errno == ERANGE && std::fabs(rounded) >= 1.0) {
    raise(&exc::OverflowError, "rounded value too large to represent");
  }
  return rounded;
}

Object chr_impl(const Object&, const Object* a, Args, Kwargs) {
  int64_t cp;  // a[0] is an int (Param::Index)
  if (!detail::small(a[0], cp) || cp < INT32_MIN || cp > INT32_MAX) {
    raise(&exc::OverflowError, "Python int too large to convert to C int");
  }
  if (cp < 0 || cp > 0x10FFFF) raise(&exc::ValueError, "chr() arg not in range(0x110000)");
  std::string s;
  detail::append_utf8_rt(s, static_cast<unsigned long>(cp));
  return py_str(std::move(s));
}

Object ord_impl(const Object&, const Object* a, Args args, Kwargs kw) {
  if (is_bytes_like(a[0])) {
    const std::string& b = bytes_data(a[0]);
    if (b.size() != 1) {
      raise(&exc::TypeError, "ord() expected a character, but string of length " +
                                 std::to_string(b.size()) + " found");
    }
    return py_int(static_cast<unsigned char>(b[0]));
  }
  if (!is_str(a[0])) {
    raise(&exc::TypeError, "ord() expected string of length 1, but " + type_of(a[0])->name + " found");
  }
  auto* s = a[0].as<StrObject>();
  if (s->length() != 1) {
    raise(&exc::TypeError, "ord() expected a character, but string of length " +
                               std::to_string(s->length()) + " found");
  }
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s->s.data());
  unsigned long cp = p[0];
  if (cp >= 0xF0) cp = ((p[0] & 7) << 18) | ((p[1] & 63) << 12) | ((p[2] & 63) << 6) | (p[3] & 63);
  else if (cp >= 0xE0) cp = ((p[0] & 15) << 12) | ((p[1] & 63) << 6) | (p[2] & 63);
  else if (cp >= 0xC0) cp = ((p[0] & 31) << 6) | (p[1] & 63);
  return py_int(static_cast<int64_t>(cp));
}

Object id_impl(const Object&, const Object* a, Args args, Kwargs kw) {
  const Object& x = a[0];
  return py_int(x.is_heap() ? static_cast<int64_t>(reinterpret_cast<intptr_t>(x.heap())) : static_cast<int64_t>(py_hash(x)));
}

// CPython's hash of an int: the value modulo 2**61 - 1, keeping the sign; -1 becomes -2.
Object int_hash(const Object& v) {
  constexpr int64_t kModulus = (int64_t(1) << 61) - 1;
  int64_t x;
  if (detail::small(v, x)) {
    int64_t h = x % kModulus;  // truncating, so the sign stays
    return py_int(h == -1 ? -2 : h);
  }
  mpz_t z, r;
  mpz_inits(z, r, nullptr);
  int_to_mpz(v, z);
  mpz_tdiv_r_ui(r, z, static_cast<unsigned long>(kModulus));
  int64_t h = mpz_get_si(r);
  mpz_clears(z, r, nullptr);
  return py_int(h == -1 ? -2 : h);
}

Object hash_impl(const Object&, const Object* a, Args args, Kwargs kw) {
  const Object& x = a[0];
  if (is_int(x) && !x.is_float()) return int_hash(x);
  if (InstanceObject* i = as_instance(x)) {
    // CPython's hash of the int __hash__ returned (or of the extended built-in value).
    const Object& f = i->cls->slot(Slot::hash);
    if (f.is_unbound() && !i->base_value.is_unbound()) {
      const Object& v = i->base_value;  // list, dict and set: unhashable under the class's name
      if (as_list(v) || as_dict(v) || (as_set(v) && !as_set(v)->frozen)) return py_int(static_cast<int64_t>(py_hash(x)));  // raises
      return hash({v}, {});
    }
    if (!f.is_unbound() && !f.is_none()) {
      Object r = aiocc::call(f, {x});
      if (!is_int(r) || r.is_float()) raise(&exc::TypeError, "__hash__ method should return an integer");
      // A value that fits in 64 bits is the hash as it is; a bigger one is hashed as an int.
      int64_t h;
      if (detail::small(r, h)) return py_int(h == -1 ? -2 : h);
      return int_hash(r);
    }
  }
  return py_int(static_cast<int64_t>(py_hash(x)));
}

Object callable_impl(const Object&, const Object* a, Args args, Kwargs kw) {
  TypeObject* t = type_of(a[0]);
  return Object::from_bool(t == &types::function || t == &types::builtin_function ||
                           t == &types::method || t == &types::type ||
                           a[0].dyn<TypeObject>() != nullptr ||
                           (a[0].is_heap() && a[0].heap()->is_callable()) ||
                           (is_user(a[0]) && !as_instance(a[0])->cls->slot(Slot::call).is_unbound()));
}

Object divmod_impl(const Object&, const Object* a, Args args, Kwargs kw) {
  return aiocc::divmod(a[0], a[1]);
}

Object hex_impl(const Object&, const Object* a, Args args, Kwargs kw) {
  Object x = number_index(a[0]);
  bool negative = lt(x, py_int(0));
  std::string digits = format_spec(negative ? neg(x) : x, "x");
  return py_str((negative ? "-0x" : "0x") + digits);
}

Object map_impl(const Object&, const Object*, Args args, Kwargs kw) {
  check_no_kwargs("map", kw);
  if (args.size() < 2) raise(&exc::TypeError, "map() must have at least two arguments.");
  std::vector<Object> its = iterators_of(Args(args.p + 1, args.n - 1));
  Object f = args[0];
  return lazy_iterator(&types::map, [f, its](Object& out) {
    std::vector<Object> row;
    for (const Object& it : its) {
      Object x;
      if (!iterator_next(it, x)) return false;
      row.push_back(std::move(x));
    }
    out = call(f, Args(row));
    return true;
  });
}

Object filter_impl(const Object&, const Object* a, Args args, Kwargs kw) {
  Object f = a[0], it = iterators_of(Args(args.p + 1, 1))[0];
  return lazy_iterator(&types::filter, [f, it](Object& out) {
    for (Object x; iterator_next(it, x);) {
      if (f.is_none() ? truthy(x) : truthy(call(f, {x}))) {
        out = std::move(x);
        return true;
      }
    }
    return false;
  });
}

Object getattr_impl(const Object&, const Object* a, Args args, Kwargs kw) {
  if (!is_str(a[1])) raise(&exc::TypeError, "attribute name must be string, not '" + type_of(a[1])->name + "'");
  if (a[2].is_unbound()) return aiocc::getattr(a[0], str_value(a[1]));
  try {
    return aiocc::getattr(a[0], str_value(a[1]));
  } catch (PyException& e) {
    if (!type_of(e.exc)->is_subtype_of(&exc::AttributeError)) throw;
    return a[2];
  }
}

Object setattr_impl(const Object&, const Object* a, Args args, Kwargs kw) {
  if (!is_str(a[1])) raise(&exc::TypeError, "attribute name must be string, not '" + type_of(a[1])->name + "'");
  aiocc::setattr(a[0], str_value(a[1]), a[2]);
  return None;
}

Object hasattr_impl(const Object&, const Object* a, Args args, Kwargs kw) {
  if (!is_str(a[1])) builtins::getattr(args, {});  // its TypeError for a non-str name
  return Object::from_bool(has_attribute(a[0], str_value(a[1])));
}

// pow(base, exp, mod): for ints, GMP's modular power (a negative exponent takes the inverse),
// as long_pow does; anything else through base.__pow__(exp, mod).
Object pow_impl(const Object&, const Object* a, Args, Kwargs) {
  const Object &base = a[0], &exp = a[1], &m = a[2];
  if (m.is_none()) return aiocc::pow(base, exp);
  // ternary_op: base's __pow__(exp, mod) (three-argument power never uses __rpow__), then the
  // built-in slots of base's, exp's and mod's types in turn.
  if (InstanceObject* i = as_instance(base)) {
    const Object& f = i->cls->slot(Slot::pow);
    if (!f.is_unbound()) {
      Object r = call(f, {base, exp, m});
      if (!r.same(NotImplemented)) return r;
    }
  }
  auto plain_int = [](const Object& o) { return is_int(o) && !o.is_float(); };
  if (!plain_int(base) || !plain_int(exp) || !plain_int(m)) {
    auto real = [&](const Object& o) { return plain_int(o) || o.is_float(); };
    for (const Object* o : {&base, &exp, &m}) {
      // float_pow and complex_pow take base and exp they can convert, then refuse the modulus.
      if (o->is_float() && real(base) && real(exp)) {
        raise(&exc::TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
      }
      auto cplx = [&](const Object& x) { return real(x) || as_complex(x); };
      if (as_complex(*o) && cplx(base) && cplx(exp)) raise(&exc::ValueError, "complex modulo");
    }
    raise(&exc::TypeError, "unsupported operand type(s) for ** or pow(): '" + type_of(base)->name + "', '" +
                               type_of(exp)->name + "', '" + type_of(m)->name + "'");
  }
  mpz_t b, e, md, r;
  mpz_inits(b, e, md, r, nullptr);
  int_to_mpz(base, b);
  int_to_mpz(exp, e);
  int_to_mpz(m, md);
  auto done = [&](Object out) {
    mpz_clears(b, e, md, r, nullptr);
    return out;
  };
  if (mpz_sgn(md) == 0) {
    mpz_clears(b, e, md, r, nullptr);
    raise(&exc::ValueError, "pow() 3rd argument cannot be 0");
  }
  const bool negative_mod = mpz_sgn(md) < 0;
  mpz_abs(md, md);
  if (mpz_sgn(e) < 0) {
    if (mpz_invert(b, b, md) == 0) {
      mpz_clears(b, e, md, r, nullptr);
      raise(&exc::ValueError, "base is not invertible for the given modulus");
    }
    mpz_neg(e, e);
  }
  mpz_powm(r, b, e, md);  // in [0, |m|)
  if (negative_mod && mpz_sgn(r) != 0) mpz_sub(r, r, md);  // the sign of the modulus, as %
  return done(int_from_mpz(r));
}

Object bin_impl(const Object&, const Object* a, Args args, Kwargs kw) {
  Object x = number_index(a[0]);
  bool negative = lt(x, py_int(0));
  return py_str((negative ? "-0b" : "0b") + format_spec(negative ? neg(x) : x, "b"));
}

Object oct_impl(const Object&, const Object* a, Args args, Kwargs kw) {
  Object x = number_index(a[0]);
  bool negative = lt(x, py_int(0));
  return py_str((negative ? "-0o" : "0o") + format_spec(negative ? neg(x) : x, "o"));
}

Object format_impl(const Object&, const Object* a, Args args, Kwargs kw) {
  return py_str(format_spec(a[0], a[1].is_unbound() ? "" : str_value(a[1])));
}


}  // namespace aiocc::builtins

namespace aiocc::sys {

Object argv;

namespace {
const char* g_main_path = "";
}  // namespace

const char* main_path() { return g_main_path; }

void init(int argc, char** av, const char* main) {
  g_main_path = main;
  std::vector<Object> items;
  for (int i = 0; i < argc; ++i) items.push_back(py_str(av[i]));
  argv = py_list(std::move(items));
}

}  // namespace aiocc::sys
