// Built-in functions, and the sys and time modules.
#include "aiocc/py/complex.h"
#include "aiocc/py/builtins.h"
#include "aiocc/py/typing.h"
#include "str_methods.h"
#include "aiocc/py/instance.h"
#include "aiocc/py/protocols.h"

#include <unistd.h>

#include <algorithm>
#include <time.h>

#include <chrono>
#include <cmath>
#include <cstdio>

#include "aiocc/py/dict.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/int.h"
#include "aiocc/py/list.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/str.h"
#include "internal.h"
#include "aiocc/py/bytes.h"
#include "method_catalog.h"

namespace aiocc::builtins {
namespace {

std::string& out_buffer() {
  static std::string buf;
  return buf;
}
bool stdout_is_tty() {
  static const bool tty = isatty(1);
  return tty;
}

void write_all(int fd, const char* p, size_t n) {
  while (n) {
    ssize_t w = ::write(fd, p, n);
    if (w <= 0) return;
    p += w;
    n -= static_cast<size_t>(w);
  }
}

// min()/max() share their argument handling.
Object extreme(const char* name, Args args, Kwargs kw, bool want_max) {
  const Object* key = kw.find("key");
  const Object* dflt = kw.find("default");
  for (const Kw& k : kw) {
    if (k.name != "key" && k.name != "default") {
      raise(&exc::TypeError, std::string(name) + "() got an unexpected keyword argument '" +
                                 std::string(k.name) + "'");
    }
  }
  if (args.size() == 0) {
    raise(&exc::TypeError, std::string(name) + " expected at least 1 argument, got 0");
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

void write_stdout(const std::string& s) {
  std::string& buf = out_buffer();
  buf += s;
  if (buf.size() > (1 << 16) || (stdout_is_tty() && s.find('\n') != std::string::npos)) {
    flush_stdout();
  }
}

void flush_stdout() {
  std::string& buf = out_buffer();
  write_all(1, buf.data(), buf.size());
  buf.clear();
}

void write_stderr(const std::string& s) { write_all(2, s.data(), s.size()); }

namespace {
// sys.stdout and sys.stderr: print(file=...) and .write() go through the same buffers as print.
TypeObject text_io_type("TextIOWrapper", &types::object, construct_exception, "_io");
struct StreamObject final : HeapObject {
  int fd;
  explicit StreamObject(int f) : fd(f) { refcnt = 1; }
  TypeObject* type() const override { return &text_io_type; }
  std::string repr() const override {
    return fd == 1 ? "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>"
                   : "<_io.TextIOWrapper name='<stderr>' mode='w' encoding='utf-8'>";
  }
  void write(const std::string& s) {
    if (fd == 1) {
      write_stdout(s);
    } else {
      flush_stdout();
      write_stderr(s);
    }
  }
  Object getattr(const Object& self, std::string_view name) override {
    if (name == "write" || name == "flush") return make<BoundMethod>(self, std::string(name));
    return HeapObject::getattr(self, name);
  }
  Object call_method(const Object& self, std::string_view name, Args args, Kwargs kw) override {
    if (name == "write") {
      check_nargs("write", args, 1, 1);
      if (!is_str(args[0])) {
        raise(&exc::TypeError, "write() argument must be str, not " + type_of(args[0])->name);
      }
      write(str_value(args[0]));
      return py_int(static_cast<int64_t>(args[0].as<StrObject>()->length()));
    }
    if (name == "flush") {
      if (fd == 1) flush_stdout();
      return None;
    }
    return HeapObject::call_method(self, name, args, kw);
  }
};
StreamObject stdout_stream(1), stderr_stream(2);
}  // namespace

Object print(Args args, Kwargs kw) {
  std::string sep = " ", end = "\n";
  bool flush = false;
  StreamObject* target = &stdout_stream;
  for (const Kw& k : kw) {
    const Object& v = k.value;
    if (k.name == "sep" || k.name == "end") {
      if (!v.is_none() && !is_str(v)) {
        raise(&exc::TypeError, std::string(k.name) + " must be None or a string, not " + type_of(v)->name);
      }
      if (!v.is_none()) (k.name == "sep" ? sep : end) = str_value(v);
    } else if (k.name == "flush") {
      flush = truthy(v);
    } else if (k.name == "file") {
      if (!v.is_none()) {
        auto* stream = v.dyn<StreamObject>();
        if (!stream) raise(&exc::AttributeError, "'" + type_of(v)->name + "' object has no attribute 'write'");
        target = stream;
      }
    } else {
      raise(&exc::TypeError, "'" + std::string(k.name) + "' is an invalid keyword argument for print()");
    }
  }
  std::string line;
  for (size_t i = 0; i < args.size(); ++i) {
    if (i) line += sep;
    line += str(args[i]);
  }
  line += end;
  target->write(line);
  if (flush && target->fd == 1) flush_stdout();
  return None;
}

Object len(Args args, Kwargs kw) {
  check_no_kwargs("len", kw);
  check_nargs("len", args, 1, 1);
  return py_int(length(args[0]));
}

Object repr(Args args, Kwargs kw) {
  check_no_kwargs("repr", kw);
  check_nargs("repr", args, 1, 1);
  return py_str(aiocc::repr(args[0]));
}

Object ascii(Args args, Kwargs kw) {
  check_no_kwargs("ascii", kw);
  check_nargs("ascii", args, 1, 1);
  return py_str(ascii_repr(args[0]));
}

Object abs(Args args, Kwargs kw) {
  check_no_kwargs("abs", kw);
  check_nargs("abs", args, 1, 1);
  const Object& x = args[0];
  if (x.is_float()) return Object::from_float(std::fabs(x.as_float()));
  if (ComplexObject* c = as_complex(x)) return complex_abs(*c);
 if (is_int(x)) return lt(x, py_int(0)) ? neg(x) : pos(x);
  if (is_user(x)) return unary_protocol(x, Slot::abs, "abs");
  raise(&exc::TypeError, "bad operand type for abs(): '" + type_of(x)->name + "'");
}

Object min(Args args, Kwargs kw) { return extreme("min", args, kw, false); }
Object max(Args args, Kwargs kw) { return extreme("max", args, kw, true); }

Object sum(Args args, Kwargs kw) {
  check_nargs("sum", args, 1, 2);
  const Object* start_kw = kw.find("start");
  Object acc = args.size() > 1 ? args[1] : start_kw ? *start_kw : py_int(0);
  if (is_str(acc)) raise(&exc::TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  Iter it(args[0]);
  Object x;
  while (it.next(x)) acc = add(acc, x);
  return acc;
}

Object isinstance(Args args, Kwargs kw) {
  check_no_kwargs("isinstance", kw);
  check_nargs("isinstance", args, 2, 2);
  std::vector<Object> classes = as_tuple(args[1]) ? as_tuple(args[1])->items : std::vector<Object>{args[1]};
  TypeObject* t = type_of(args[0]);
  for (const Object& c : classes) {
    auto* ct = c.dyn<TypeObject>();
    if (!ct) {
      bool handled = false;
      if (alias_instancecheck(c, t, handled)) return True();
      if (handled) continue;
      if (form_isinstance(c, args[0], handled)) return True();
      if (handled) continue;
      raise(&exc::TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    }
    if (typing::is_typed_dict(ct)) typing::typed_dict_check_error();
    if (t->is_subtype_of(ct)) return True();
  }
  return False();
}

Object sorted(Args args, Kwargs kw) {
  check_nargs("sorted", args, 1, 1);
  Object l = py_list(to_vector(args[0]));
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

Object enumerate(Args args, Kwargs kw) {
  check_nargs("enumerate", args, 1, 2);
  const Object* start_kw = kw.find("start");
  Object i = args.size() > 1 ? args[1] : start_kw ? *start_kw : py_int(0);
  Object it = iterators_of(Args(args.p, 1))[0];
  return lazy_iterator(&types::enumerate, [it, i](Object& out) mutable {
    Object x;
    if (!iterator_next(it, x)) return false;
    out = py_tuple({i, x});
    i = add(i, py_int(1));
    return true;
  });
}

Object zip(Args args, Kwargs kw) {
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

Object reversed(Args args, Kwargs kw) {
  check_no_kwargs("reversed", kw);
  check_nargs("reversed", args, 1, 1);
  if (Object r = user_reversed(args[0]); !r.is_unbound()) return r;
  std::vector<Object> v = to_vector(args[0]);
  std::reverse(v.begin(), v.end());
  return eager_iterator(py_list(std::move(v)), &types::list_reverseiterator);
}

Object any(Args args, Kwargs kw) {
  check_no_kwargs("any", kw);
  check_nargs("any", args, 1, 1);
  Iter it(args[0]);
  for (Object x; it.next(x);) {
    if (truthy(x)) return True();
  }
  return False();
}

Object all(Args args, Kwargs kw) {
  check_no_kwargs("all", kw);
  check_nargs("all", args, 1, 1);
  Iter it(args[0]);
  for (Object x; it.next(x);) {
    if (!truthy(x)) return False();
  }
  return True();
}

Object round(Args args, Kwargs kw) {
  check_nargs("round", args, 1, 2);
  const Object* nd_kw = kw.find("ndigits");
  Object nd = args.size() > 1 ? args[1] : nd_kw ? *nd_kw : None;
  if (InstanceObject* i = as_instance(args[0]); i && !i->base_value.is_unbound()) {
    Object inner[2] = {i->base_value, nd};
    return round(Args(inner, 2), {});
  }
  const Object& x = args[0];
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
  // Correctly rounded decimal via printf, which rounds half to even on the exact binary value.
  char buf[512];
  int64_t n = nd.as_int();
  if (n >= 0) {
    std::snprintf(buf, sizeof buf, "%.*f", static_cast<int>(std::min<int64_t>(n, 300)), d);
    return Object::from_float(std::strtod(buf, nullptr));
  }
  double p = std::pow(10.0, static_cast<double>(-n));
  return Object::from_float(std::nearbyint(d / p) * p);
}

Object chr(Args args, Kwargs kw) {
  check_no_kwargs("chr", kw);
  check_nargs("chr", args, 1, 1);
  int64_t cp = args[0].as_int();
  if (cp < 0 || cp > 0x10FFFF) raise(&exc::ValueError, "chr() arg not in range(0x110000)");
  std::string s;
  detail::append_utf8_rt(s, static_cast<unsigned long>(cp));
  return py_str(std::move(s));
}

Object ord(Args args, Kwargs kw) {
  check_no_kwargs("ord", kw);
  check_nargs("ord", args, 1, 1);
  if (is_bytes_like(args[0])) {
    const std::string& b = bytes_data(args[0]);
    if (b.size() != 1) {
      raise(&exc::TypeError, "ord() expected a character, but string of length " +
                                 std::to_string(b.size()) + " found");
    }
    return py_int(static_cast<unsigned char>(b[0]));
  }
  if (!is_str(args[0])) {
    raise(&exc::TypeError, "ord() expected string of length 1, but " + type_of(args[0])->name + " found");
  }
  auto* s = args[0].as<StrObject>();
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

Object id(Args args, Kwargs kw) {
  check_no_kwargs("id", kw);
  check_nargs("id", args, 1, 1);
  const Object& x = args[0];
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

Object hash(Args args, Kwargs kw) {
  check_no_kwargs("hash", kw);
  check_nargs("hash", args, 1, 1);
  const Object& x = args[0];
  if (is_int(x) && !x.is_float()) return int_hash(x);
  if (InstanceObject* i = as_instance(x)) {
    // CPython's hash of the int __hash__ returned (or of the extended built-in value).
    const Object& f = i->cls->slot(Slot::hash);
    if (f.is_unbound() && !i->base_value.is_unbound()) return hash({i->base_value}, {});
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

Object callable(Args args, Kwargs kw) {
  check_no_kwargs("callable", kw);
  check_nargs("callable", args, 1, 1);
  TypeObject* t = type_of(args[0]);
  return Object::from_bool(t == &types::function || t == &types::builtin_function ||
                           t == &types::method || t == &types::type ||
                           args[0].dyn<TypeObject>() != nullptr ||
                           (args[0].is_heap() && args[0].heap()->is_callable()) ||
                           (is_user(args[0]) && !as_instance(args[0])->cls->slot(Slot::call).is_unbound()));
}

Object divmod(Args args, Kwargs kw) {
  check_no_kwargs("divmod", kw);
  check_nargs("divmod", args, 2, 2);
  if (is_user(args[0]) || is_user(args[1])) {
    return binary_protocol(args[0], args[1], Slot::divmod, Slot::rdivmod, "divmod()");
  }
  return py_tuple({floordiv(args[0], args[1]), mod(args[0], args[1])});
}

Object hex(Args args, Kwargs kw) {
  check_no_kwargs("hex", kw);
  check_nargs("hex", args, 1, 1);
  Object a = number_index(args[0]);
  bool negative = lt(a, py_int(0));
  std::string digits = format_spec(negative ? neg(a) : a, "x");
  return py_str((negative ? "-0x" : "0x") + digits);
}

Object map(Args args, Kwargs kw) {
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

Object filter(Args args, Kwargs kw) {
  check_no_kwargs("filter", kw);
  check_nargs("filter", args, 2, 2);
  Object f = args[0], it = iterators_of(Args(args.p + 1, 1))[0];
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

Object getattr(Args args, Kwargs kw) {
  check_no_kwargs("getattr", kw);
  check_nargs("getattr", args, 2, 3);
  if (!is_str(args[1])) raise(&exc::TypeError, "attribute name must be string, not '" + type_of(args[1])->name + "'");
  if (args.size() == 2) return aiocc::getattr(args[0], str_value(args[1]));
  try {
    return aiocc::getattr(args[0], str_value(args[1]));
  } catch (PyException& e) {
    if (!type_of(e.exc)->is_subtype_of(&exc::AttributeError)) throw;
    return args[2];
  }
}

Object setattr(Args args, Kwargs kw) {
  check_no_kwargs("setattr", kw);
  check_nargs("setattr", args, 3, 3);
  if (!is_str(args[1])) raise(&exc::TypeError, "attribute name must be string, not '" + type_of(args[1])->name + "'");
  aiocc::setattr(args[0], str_value(args[1]), args[2]);
  return None;
}

Object hasattr(Args args, Kwargs kw) {
  check_no_kwargs("hasattr", kw);
  check_nargs("hasattr", args, 2, 2);
  if (!is_str(args[1])) builtins::getattr(args, kw);  // its TypeError for a non-str name
  return Object::from_bool(has_attribute(args[0], str_value(args[1])));
}

namespace {
// pow(base, exp, mod): for ints, GMP's modular power (a negative exponent takes the inverse),
// as long_pow does; anything else through base.__pow__(exp, mod).
Object pow_impl(const Object&, const Object* a, Args, Kwargs) {
  const Object &base = a[0], &exp = a[1], &m = a[2];
  if (m.is_none()) return aiocc::pow(base, exp);
  if (InstanceObject* i = as_instance(base)) {
    const Object& f = i->cls->slot(Slot::pow);
    if (!f.is_unbound()) return call(f, {base, exp, m});
  }
  auto plain_int = [](const Object& o) { return is_int(o) && !o.is_float(); };
  if (!plain_int(base) || !plain_int(exp) || !plain_int(m)) {
    if (as_complex(base) || as_complex(exp) || as_complex(m)) raise(&exc::ValueError, "complex modulo");
    raise(&exc::TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
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
constexpr MethodDef kPow{"pow", pow_impl, ArgStyle::Keywords, {Param{"base"}, Param{"exp"}, Param{"mod", Param::None}}, 3};
constexpr MethodCatalog kPowOwner{"builtins", {&kPow, 1}};
}  // namespace

Object pow(Args args, Kwargs kw) { return call_catalog_method(kPowOwner, kPow, None, args, kw); }

Object bin(Args args, Kwargs kw) {
  check_no_kwargs("bin", kw);
  check_nargs("bin", args, 1, 1);
  Object x = number_index(args[0]);
  bool negative = lt(x, py_int(0));
  return py_str((negative ? "-0b" : "0b") + format_spec(negative ? neg(x) : x, "b"));
}

Object oct(Args args, Kwargs kw) {
  check_no_kwargs("oct", kw);
  check_nargs("oct", args, 1, 1);
  Object x = number_index(args[0]);
  bool negative = lt(x, py_int(0));
  return py_str((negative ? "-0o" : "0o") + format_spec(negative ? neg(x) : x, "o"));
}

Object format(Args args, Kwargs kw) {
  check_no_kwargs("format", kw);
  check_nargs("format", args, 1, 2);
  return py_str(format_spec(args[0], args.size() > 1 ? str_value(args[1]) : ""));
}

#define AIOCC_DEFINE_BUILTIN(name) BuiltinFunction name##_fn(#name, name);
AIOCC_BUILTINS(AIOCC_DEFINE_BUILTIN)
#undef AIOCC_DEFINE_BUILTIN

}  // namespace aiocc::builtins

namespace aiocc::sys {

Object argv;
Object stdout_obj(&builtins::stdout_stream);
Object stderr_obj(&builtins::stderr_stream);

void init(int argc, char** av) {
  std::vector<Object> items;
  for (int i = 0; i < argc; ++i) items.push_back(py_str(av[i]));
  argv = py_list(std::move(items));
}

Object exit(Args args, Kwargs kw) {
  check_no_kwargs("exit", kw);
  check_nargs("exit", args, 0, 1);
  raise_exc(new_exception(&exc::SystemExit, args.size() ? std::vector<Object>{args[0]} : std::vector<Object>{}));
}
BuiltinFunction exit_fn("exit", exit);

Object getrecursionlimit(Args args, Kwargs kw) {
  check_no_kwargs("getrecursionlimit", kw);
  check_nargs("getrecursionlimit", args, 0, 0);
  return py_int(g_recursion_limit);
}

Object setrecursionlimit(Args args, Kwargs kw) {
  check_no_kwargs("setrecursionlimit", kw);
  check_nargs("setrecursionlimit", args, 1, 1);
  if (!args[0].is_small_int()) {
    raise(&exc::TypeError, "'" + type_of(args[0])->name + "' object cannot be interpreted as an integer");
  }
  int64_t n = args[0].as_int();
  if (n < 1) raise(&exc::ValueError, "recursion limit must be greater or equal than 1");
  g_recursion_limit = static_cast<int>(std::min<int64_t>(n, 1 << 30));
  return None;
}
BuiltinFunction getrecursionlimit_fn("getrecursionlimit", getrecursionlimit);
BuiltinFunction setrecursionlimit_fn("setrecursionlimit", setrecursionlimit);

}  // namespace aiocc::sys

namespace aiocc::time_module {

Object monotonic(Args args, Kwargs kw) {
  check_no_kwargs("monotonic", kw);
  check_nargs("monotonic", args, 0, 0);
  auto t = std::chrono::steady_clock::now().time_since_epoch();
  return Object::from_float(std::chrono::duration<double>(t).count());
}
Object perf_counter(Args args, Kwargs kw) { return monotonic(args, kw); }
Object time(Args args, Kwargs kw) {
  check_no_kwargs("time", kw);
  check_nargs("time", args, 0, 0);
  auto t = std::chrono::system_clock::now().time_since_epoch();
  return Object::from_float(std::chrono::duration<double>(t).count());
}
Object sleep(Args args, Kwargs kw) {
  check_no_kwargs("sleep", kw);
  check_nargs("sleep", args, 1, 1);
  double d = args[0].is_float() ? args[0].as_float() : static_cast<double>(args[0].as_int());
  if (d < 0) raise(&exc::ValueError, "sleep length must be non-negative");
  timespec ts;
  ts.tv_sec = static_cast<time_t>(d);
  ts.tv_nsec = static_cast<long>((d - static_cast<double>(ts.tv_sec)) * 1e9);
  nanosleep(&ts, nullptr);
  return None;
}
BuiltinFunction sleep_fn("sleep", sleep);
BuiltinFunction monotonic_fn("monotonic", monotonic);
BuiltinFunction time_fn("time", time);
BuiltinFunction perf_counter_fn("perf_counter", perf_counter);

}  // namespace aiocc::time_module
