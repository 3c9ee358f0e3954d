// Built-in type objects and their constructors (int(x), str(x), list(xs), ...).
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <unordered_map>

#include "aiocc/py/builtins.h"
#include "aiocc/py/dict.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/function.h"
#include "aiocc/py/instance.h"
#include "aiocc/py/int.h"
#include "aiocc/py/protocols.h"
#include "aiocc/py/list.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/set.h"
#include "aiocc/py/str.h"
#include "aiocc/py/types.h"
#include "aiocc/program.h"
#include "builtin_bases.h"
#include "bytes_internal.h"
#include "cpython_names.h"
#include "internal.h"
#include "method_catalog.h"
#include "object_model.h"
#include "str_methods.h"
#include "unicode.h"

namespace aiocc {
namespace {

Object not_constructible(TypeObject* self, Args, Kwargs) {
  raise(&exc::TypeError, "cannot create '" + self->name + "' instances");
}

// types.FunctionType(code, globals, ...): func_new. aiocc has no code objects to make one from.
Object construct_function(TypeObject*, Args args, Kwargs kw) {
  Object a[5];
  clinic_bind("function", {"code", "globals", "name", "argdefs", "closure"}, 5, 2, args, kw, a);
  if (type_of(a[0])->name != "code") {
    raise(&exc::TypeError, "function() argument 'code' must be code, not " + type_of(a[0])->name);
  }
  raise(&exc::NotImplementedError, "aiocc cannot make a function of a code object");
}

// types.MethodType(function, instance): method_new.
Object construct_method(TypeObject*, Args args, Kwargs kw) {
  if (kw.n != 0) raise(&exc::TypeError, "method() takes no keyword arguments");
  if (args.size() != 2) {
    raise(&exc::TypeError, "method expected 2 arguments, got " + std::to_string(args.size()));
  }
  if (!truthy(builtins::callable({args[0]}, {}))) raise(&exc::TypeError, "first argument must be callable");
  if (args[1].is_none()) raise(&exc::TypeError, "instance must not be None");
  return make_bound_method(args[0], args[1]);
}

// type.__new__'s arguments checked: the name, the bases and a copy of the namespace without
// __qualname__ (which names the class instead).
struct ClassParts {
  const char* name;
  const char* qualname;
  Object ns;
};

ClassParts class_parts(Args args) {
  static const char* const what[] = {"str", "tuple", "dict"};
  const bool ok[] = {is_str(args[0]), as_tuple(args[1]) != nullptr, as_dict(args[2]) != nullptr};
  for (int i = 0; i < 3; ++i) {
    if (!ok[i]) {
      raise(&exc::TypeError, "type.__new__() argument " + std::to_string(i + 1) + " must be " + what[i] +
                                 ", not " + type_of(args[i])->name);
    }
  }
  const Object* q = as_dict(args[2])->find(py_str("__qualname__"));
  if (q && !is_str(*q)) {
    raise(&exc::TypeError, "type __qualname__ must be a str, not " + type_of(*q)->name);
  }
  // Classes live as long as the program: their names may be kept as C strings.
  const char* name = strdup(str_value(args[0]).c_str());
  const char* qualname = q ? strdup(str_value(*q).c_str()) : name;
  Object ns = py_dict();
  for (const auto& e : as_dict(args[2])->entries) {
    if (e.live() && !(is_str(e.key) && str_value(e.key) == "__qualname__")) as_dict(ns)->set(e.key, e.value);
  }
  return {name, qualname, ns};
}

// type(name, bases, namespace): a class, as a class statement makes it.
Object new_type(Args args, Kwargs kw) {
  ClassParts p = class_parts(args);
  return make_class(p.name, p.qualname, Args(as_tuple(args[1])->items), p.ns, kw);
}

}  // namespace

// type.__new__(meta, name, bases, namespace, **kw), as a metaclass of the script calls it.
Object type_new(TypeObject* meta, Args args, Kwargs kw) {
  if (args.size() != 3) {
    raise(&exc::TypeError, "type.__new__() takes exactly 3 arguments (" + std::to_string(args.size()) + " given)");
  }
  ClassParts p = class_parts(args);
  return build_class(is_user_metaclass(meta) ? meta : nullptr, p.name, p.qualname, Args(as_tuple(args[1])->items),
                     p.ns, kw);
}

namespace {

Object construct_type(TypeObject*, Args args, Kwargs kw) {
  if (args.size() == 3) return new_type(args, kw);
  if (args.size() != 1) raise(&exc::TypeError, "type() takes 1 or 3 arguments");
  check_no_kwargs("type", kw);
  if (TypeObject* t = args[0].dyn<TypeObject>(); t && t->kind_of_class() && t->kind_of_class()->metaclass) {
    return Object(t->kind_of_class()->metaclass);
  }
  return Object(type_of(args[0]));
}

Object construct_bool(TypeObject*, Args args, Kwargs kw) {
  check_no_kwargs("bool", kw);
  check_nargs("bool", args, 0, 1);
  return Object::from_bool(args.size() == 1 && truthy(args[0]));
}

// int(text, base) as CPython's PyLong_FromString: surrounding whitespace, a sign, the 0x/0o/0b
// prefix (required to infer base 0, allowed for its own base), single underscores between
// digits, no leading zeros in base 0.
Object parse_int_text(const std::string& text, int base) {
  auto fail = [&]() {
    raise(&exc::ValueError, "invalid literal for int() with base " + std::to_string(base) + ": " + str_repr(text));
  };
  // Unicode decimal digits and spaces count as their ASCII equivalents (int("٤٢") == 42).
  const bool ascii = std::all_of(text.begin(), text.end(), [](char c) { return (c & 0x80) == 0; });
  const std::string src = ascii ? text : uni::ascii_digits_and_spaces(text);
  size_t a = 0, b = src.size();
  while (a < b && std::isspace(static_cast<unsigned char>(src[a]))) ++a;
  while (b > a && std::isspace(static_cast<unsigned char>(src[b - 1]))) --b;
  bool neg = false;
  if (a < b && (src[a] == '+' || src[a] == '-')) neg = src[a++] == '-';
  int effective = base;
  auto prefix = [&](char p) {
    return b - a >= 2 && src[a] == '0' && std::tolower(static_cast<unsigned char>(src[a + 1])) == p;
  };
  bool prefixed = false;
  if ((base == 0 || base == 16) && prefix('x')) effective = 16, prefixed = true;
  else if ((base == 0 || base == 8) && prefix('o')) effective = 8, prefixed = true;
  else if ((base == 0 || base == 2) && prefix('b')) effective = 2, prefixed = true;
  else if (base == 0) effective = 10;
  if (prefixed) a += 2;
  std::string digits;
  bool after_digit = false;
  for (size_t i = a; i < b; ++i) {
    char c = src[i];
    if (c == '_') {
      // One underscore between digits (or right after a base prefix).
      if (!(after_digit || (prefixed && i == a)) || i + 1 >= b || src[i + 1] == '_') fail();
      after_digit = false;
      continue;
    }
    digits += c;
    after_digit = true;
  }
  if (digits.empty()) fail();
  if ((effective & (effective - 1)) != 0) check_int_str_digits(digits.size(), true);  // not a power of two
  if (base == 0 && !prefixed && digits.size() > 1 && digits[0] == '0' &&
      digits.find_first_not_of('0') != std::string::npos) {
    fail();  // int("010", 0)
  }
  mpz_t v;
  mpz_init(v);
  for (char c : digits) {
    int d = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
            : std::isalpha(static_cast<unsigned char>(c)) ? std::tolower(static_cast<unsigned char>(c)) - 'a' + 10
                                                          : 99;
    if (d >= effective) {
      mpz_clear(v);
      fail();
    }
  }
  if (mpz_set_str(v, digits.c_str(), effective) != 0) {
    mpz_clear(v);
    fail();
  }
  if (neg) mpz_neg(v, v);
  Object r = int_from_mpz(v);
  mpz_clear(v);
  return r;
}

// int(b'12'), float(b'1.5'): ASCII text in a buffer, with the errors naming the bytes.
Object number_from_bytes(const Object& x, const std::function<Object(const Object&)>& parse,
                         const std::string& what) {
  const std::string& b = bytes_data(x);
  try {
    if (std::all_of(b.begin(), b.end(), [](char c) { return (c & 0x80) == 0; })) return parse(py_str(b));
  } catch (PyException& e) {
    if (!type_of(e.exc)->is_subtype_of(&exc::ValueError)) throw;
  }
  raise(&exc::ValueError, what + repr(x));
}

Object construct_int(TypeObject* t, Args args, Kwargs kw) {
  // int(x, base=10): `base` may be given by keyword (x may not).
  if (kw.size()) {
    if (kw.size() > 1 || kw.begin()->name != "base") {
      raise(&exc::TypeError, "'" + std::string(kw.begin()->name == "base" ? kw.p[1].name : kw.begin()->name) +
                                 "' is an invalid keyword argument for int()");
    }
    if (args.size() != 1) raise(&exc::TypeError, "int() missing string argument");
    Object both[2] = {args[0], kw.begin()->value};
    return construct_int(t, Args(both, 2), {});
  }
  check_nargs("int", args, 0, 2);
  if (args.size() == 0) return py_int(0);
  const Object& x = args[0];
  if (InstanceObject* i = as_instance(x); i && args.size() == 1) {
    // __int__, then __index__, then the value a subclass of int/float/str extends.
    const Object& f = i->cls->slot(Slot::int_);
    if (!f.is_unbound()) {
      Object r = call(f, {x});
      if (!is_int(r) || r.is_float()) {
        raise(&exc::TypeError, "__int__ returned non-int (type " + type_of(r)->name + ")");
      }
      return r;
    }
    if (!i->cls->slot(Slot::index).is_unbound()) return user_index(x);
    // PyNumber_Long's deprecated last resort: __trunc__, whose result must be an int or have
    // __index__.
    if (const Object* trunc = i->cls->lookup(intern("__trunc__"))) {
      warn(&exc::DeprecationWarning, "The delegation of int() to __trunc__ is deprecated.");
      Object r = call(descr_get(*trunc, x, i->cls, intern("__trunc__")), {});
      if (is_int(r) && !r.is_float()) return r.is_bool() ? py_int(r.as_bool()) : r;
      InstanceObject* ri = as_instance(r);
      if (!ri || ri->cls->slot(Slot::index).is_unbound()) {
        raise(&exc::TypeError, "__trunc__ returned non-Integral (type " + type_of(r)->name + ")");
      }
      return user_index(r);
    }
    if (!i->base_value.is_unbound()) return construct_int(nullptr, {i->base_value}, kw);
  }
  if (args.size() == 2) {  // long_new_impl: the base is checked first
    int64_t base;
    if (!detail::small(number_index(args[1]), base) || (base != 0 && (base < 2 || base > 36))) {
      raise(&exc::ValueError, "int() base must be >= 2 and <= 36, or 0");
    }
    if (is_bytes_like(x)) {
      return number_from_bytes(x, [&](const Object& s) { return parse_int_text(str_value(s), static_cast<int>(base)); },
                               "invalid literal for int() with base " + std::to_string(base) + ": ");
    }
    if (!is_str(x)) raise(&exc::TypeError, "int() can't convert non-string with explicit base");
    return parse_int_text(str_value(x), static_cast<int>(base));
  }
  if (x.is_bool()) return py_int(x.as_bool());
  if (is_int(x)) return x;
  if (x.is_float()) {
    double d = x.as_float();
    if (std::isnan(d)) raise(&exc::ValueError, "cannot convert float NaN to integer");
    if (std::isinf(d)) raise(&exc::OverflowError, "cannot convert float infinity to integer");
    d = std::trunc(d);
    if (d >= -9.2e18 && d <= 9.2e18) return py_int(static_cast<int64_t>(d));
    mpz_t v;
    mpz_init_set_d(v, d);
    Object r = int_from_mpz(v);
    mpz_clear(v);
    return r;
  }
  if (is_str(x)) return parse_int_text(str_value(x), 10);
  if (is_bytes_like(x)) {
    return number_from_bytes(x, [](const Object& s) { return parse_int_text(str_value(s), 10); },
                             "invalid literal for int() with base 10: ");
  }
  raise(&exc::TypeError, "int() argument must be a string, a bytes-like object or a real number, "
                         "not '" + type_of(x)->name + "'");
}

Object construct_float(TypeObject*, Args args, Kwargs kw) {
  check_no_kwargs("float", kw);
  check_nargs("float", args, 0, 1);
  if (args.size() == 0) return Object::from_float(0.0);
  const Object& x = args[0];
  if (InstanceObject* i = as_instance(x)) {
    const Object& f = i->cls->slot(Slot::float_);
    if (!f.is_unbound()) {
      Object r = call(f, {x});
      if (!r.is_float()) {
        raise(&exc::TypeError, type_of(x)->name + ".__float__ returned non-float (type " + type_of(r)->name + ")");
      }
      return r;
    }
    if (!i->cls->slot(Slot::index).is_unbound()) return Object::from_float(int_to_double(user_index(x)));
    if (!i->base_value.is_unbound()) return construct_float(nullptr, {i->base_value}, kw);
  }
  if (x.is_float()) return x;
  if (x.is_bool()) return Object::from_float(x.as_bool());
  if (is_int(x)) return Object::from_float(int_to_double(x));
  if (is_str(x)) {
    std::string t;
    const StrObject* raw = x.as<StrObject>();
    for (char c : raw->ascii ? raw->s : uni::ascii_digits_and_spaces(raw->s)) {
      if (c != '_') t += c;
    }
    size_t a = t.find_first_not_of(" \t\n");
    size_t b = t.find_last_not_of(" \t\n");
    std::string core = a == std::string::npos ? "" : t.substr(a, b - a + 1);
    std::string lower;
    for (char c : core) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::string unsigned_part = lower;
    double sign = 1;
    if (!unsigned_part.empty() && (unsigned_part[0] == '+' || unsigned_part[0] == '-')) {
      sign = unsigned_part[0] == '-' ? -1 : 1;
      unsigned_part = unsigned_part.substr(1);
    }
    if (unsigned_part == "inf" || unsigned_part == "infinity") {
      return Object::from_float(sign * INFINITY);
    }
    if (unsigned_part == "nan") return Object::from_float(std::copysign(NAN, sign));
    char* end = nullptr;
    double d = core.empty() ? 0 : std::strtod(core.c_str(), &end);
    if (core.empty() || *end != '\0' || lower.find("inf") != std::string::npos ||
        lower.find("nan") != std::string::npos || lower.find('x') != std::string::npos) {
      raise(&exc::ValueError, "could not convert string to float: " + str_repr(str_value(x)));
    }
    return Object::from_float(d);
  }
  if (is_bytes_like(x)) {
    return number_from_bytes(x, [](const Object& s) { return construct_float(nullptr, {s}, {}); },
                             "could not convert string to float: ");
  }
  raise(&exc::TypeError,
        "float() argument must be a string or a real number, not '" + type_of(x)->name + "'");
}

Object construct_str(TypeObject*, Args args, Kwargs kw) {
  if (args.size() > 1 || kw.size()) return construct_str_decoding(args, kw);  // bytes.cpp
  check_nargs("str", args, 0, 1);
  if (args.size() == 0) return py_str("");
  if (is_str(args[0])) return args[0];
  return py_str(str(args[0]));
}

Object construct_list(TypeObject*, Args args, Kwargs kw) {
  check_no_kwargs("list", kw);
  check_nargs("list", args, 0, 1);
  return py_list(args.size() ? sequence_items(args[0]) : std::vector<Object>{});
}

Object construct_tuple(TypeObject*, Args args, Kwargs kw) {
  check_no_kwargs("tuple", kw);
  check_nargs("tuple", args, 0, 1);
  if (args.size() && as_tuple(args[0])) return args[0];
  return py_tuple(args.size() ? sequence_items(args[0]) : std::vector<Object>{});
}

Object construct_set(TypeObject*, Args args, Kwargs kw) {
  check_no_kwargs("set", kw);
  check_nargs("set", args, 0, 1);
  return args.size() ? set_from(args[0], false) : py_set({});
}

Object construct_frozenset(TypeObject*, Args args, Kwargs kw) {
  check_no_kwargs("frozenset", kw);
  check_nargs("frozenset", args, 0, 1);
  if (args.size() && as_set(args[0]) && as_set(args[0])->frozen) return args[0];
  return args.size() ? set_from(args[0], true) : py_frozenset({});
}

Object construct_dict(TypeObject*, Args args, Kwargs kw) {
  Object d = py_dict();
  dict_update(as_dict(d), args, kw, "dict");
  return d;
}

// range()'s arguments: ints of any size (PyNumber_Index), bools as ints.
Object range_arg(const Object& o) {
  if (o.is_small_int()) return o;
  if (is_user(o)) return range_arg(number_index(o));
  if (o.is_bool()) return Object::from_int(o.as_bool());
  if (is_int(o)) return o;
  raise(&exc::TypeError,
        "'" + type_of(o)->name + "' object cannot be interpreted as an integer");
}

Object construct_range(TypeObject*, Args args, Kwargs kw) {
  check_no_kwargs("range", kw);
  if (args.size() == 0) raise(&exc::TypeError, "range expected at least 1 argument, got 0");
  if (args.size() > 3) {
    raise(&exc::TypeError, "range expected at most 3 arguments, got " + std::to_string(args.size()));
  }
  Object start = Object::from_int(0), stop, step = Object::from_int(1);
  if (args.size() == 1) {
    stop = range_arg(args[0]);
  } else {
    start = range_arg(args[0]);
    stop = range_arg(args[1]);
    if (args.size() == 3) step = range_arg(args[2]);
  }
  if (eq(step, Object::from_int(0))) raise(&exc::ValueError, "range() arg 3 must not be zero");
  return make_range(start, stop, step);
}

Object construct_slice(TypeObject*, Args args, Kwargs kw) {
  check_no_kwargs("slice", kw);
  if (args.size() == 0) raise(&exc::TypeError, "slice expected at least 1 argument, got 0");
  if (args.size() > 3) raise(&exc::TypeError, "slice expected at most 3 arguments, got " + std::to_string(args.size()));
  if (args.size() == 1) return make_slice(None, args[0], None);
  return make_slice(args[0], args[1], args.size() == 3 ? args[2] : None);
}

// object(): a plain object with no attributes (a sentinel, usually).
struct PlainObject final : HeapObject {
  TypeObject* type() const override { return &types::object; }
};

Object construct_object(TypeObject*, Args args, Kwargs kw) {
  if (args.size() || kw.size()) raise(&exc::TypeError, "object() takes no arguments");
  return make<PlainObject>();
}

}  // namespace

int64_t range_stop(const Object& stop, int64_t step, Pos) {
  Object v = range_arg(stop);
  if (v.is_small_int()) return v.as_int();
  // A big int: past every value a 64-bit counter reaches, on the side the step goes.
  int sign = mpz_sgn(v.as<BigInt>()->v);
  if (step > 0) return sign > 0 ? INT64_MAX : INT64_MIN;
  return sign < 0 ? INT64_MIN : INT64_MAX;
}

void range_counter_overflow() { raise(&exc::OverflowError, "range() counter beyond 64 bits"); }

namespace types {
TypeObject object("object", nullptr, construct_object);
TypeObject type("type", &object, construct_type);
// NoneType(), like ellipsis() and NotImplementedType(), gives the singleton back.
Object construct_none(TypeObject* self, Args args, Kwargs kw) {
  if (args.size() || kw.size()) raise(&exc::TypeError, self->name + " takes no arguments");
  return None;
}
TypeObject none("NoneType", &object, construct_none);
TypeObject int_("int", &object, construct_int);
TypeObject bool_("bool", &int_, construct_bool);
TypeObject float_("float", &object, construct_float);
TypeObject str("str", &object, construct_str);
TypeObject list("list", &object, construct_list);
TypeObject tuple("tuple", &object, construct_tuple);
TypeObject dict("dict", &object, construct_dict);
TypeObject set("set", &object, construct_set);
TypeObject frozenset("frozenset", &object, construct_frozenset);
TypeObject range("range", &object, construct_range);
TypeObject slice("slice", &object, construct_slice);
TypeObject function("function", &object, construct_function);
TypeObject builtin_function("builtin_function_or_method", &object, not_constructible);
TypeObject method("method", &object, construct_method);
TypeObject coroutine("coroutine", &object, not_constructible);
TypeObject cell("cell", &object, not_constructible);
TypeObject module("module", &object, construct_module);
}  // namespace types

Object not_constructible_type(TypeObject* self, Args args, Kwargs kw) { return not_constructible(self, args, kw); }

namespace {

// What a built-in type's namespace holds where aiocc has no object of its own for the name (a
// slot wrapper, a getset descriptor): something with CPython's repr, for membership tests and
// `T.__dict__[name] is None` checks.
TypeObject wrapper_descriptor_type("wrapper_descriptor", &types::object, nullptr);
struct SlotWrapper final : HeapObject {
  std::string name, owner;
  SlotWrapper(std::string n, std::string o) : name(std::move(n)), owner(std::move(o)) {}
  TypeObject* type() const override { return &wrapper_descriptor_type; }
  std::string repr() const override { return "<slot wrapper '" + name + "' of '" + owner + "' objects>"; }
};

}  // namespace

// CPython's type sets `__hash__ = None` in its dict (PyObject_HashNotImplemented): list, dict...
static bool unhashable_builtin(const TypeObject* t) {
  return std::any_of(std::begin(cpython_names::kHashNoneTypes), std::end(cpython_names::kHashNoneTypes),
                     [&](const char* name) { return t->name == name; });
}

// The names CPython's type `t` defines itself (its __dict__, asked of python3 at build time).
static const cpython_names::TypeDir* cpython_type_dict(const TypeObject* t) {
  const cpython_names::TypeDir* row = nullptr;
  for (const auto& r : cpython_names::kTypeDicts) {
    if (t->name == r.name) row = &r;
  }
  return row;
}

Object inherited_builtin_special(TypeObject* t, const Name& n) {
  const cpython_names::TypeDir* row = cpython_type_dict(t);
  if (!row || std::find(row->names, row->names + row->count, n.text) == row->names + row->count) return Object();
  if (n.text == "__hash__" && unhashable_builtin(t)) return None;
  return unbound_builtin_method(t, n);
}

// T.__dict__ of a built-in type: a read-only view of its own names (asked of python3 at build
// time), each bound to what T.name gives in aiocc.
Object builtin_type_dict(TypeObject* t) {
  static std::unordered_map<TypeObject*, Object> made;
  if (auto it = made.find(t); it != made.end()) return it->second;
  const cpython_names::TypeDir* row = cpython_type_dict(t);
  if (!row) raise(&exc::NotImplementedError, "aiocc: the namespace of type '" + t->name + "' is not known");
  Object ns = py_dict();
  for (int i = 0; i < row->count; ++i) {
    const std::string n = row->names[i];
    Object v;
    if (n == "__hash__" && unhashable_builtin(t)) {
      v = None;  // PyObject_HashNotImplemented: `__hash__ = None` in the type's dict
    } else if (n != "__dict__") {
      try {
        v = t->getattr(Object(t), n);
      } catch (PyException& e) {
        if (!type_of(e.exc)->is_subtype_of(&exc::AttributeError) && !type_of(e.exc)->is_subtype_of(&exc::NotImplementedError)) throw;
      }
    }
    as_dict(ns)->set(py_str(n), v.is_unbound() ? make<SlotWrapper>(n, t->name) : v);
  }
  return made[t] = make_mappingproxy(ns);
}

TypeObject* TypeObject::type() const { return &types::type; }
Object TypeObject::call(Args args, Kwargs kw) {
  if (!construct) return not_constructible(this, args, kw);  // a runtime type made without one
  return construct(this, args, kw);
}
Object TypeObject::getattr(const Object& self, std::string_view attr) {
  if (attr == "__name__" || attr == "__qualname__") return py_str(name);
  if (attr == "__module__") return py_str(module);
  if (attr == "__dict__") return builtin_type_dict(this);
  if (this == &types::object) {
    if (const Object* v = builtin_object_attribute(intern(attr))) return *v;
  }
  if (attr == "mro") {  // cls.mro(): the method resolution order as a list; type.mro(cls)
    // Errors name the class the method is bound to, or `type` for the descriptor.
    static auto mro = [](Args a, Kwargs kw, bool bound) {
      if (a.size() == 0) raise(&exc::TypeError, "unbound method type.mro() needs an argument");
      const std::string owner = bound ? aiocc::str(aiocc::getattr(a[0], "__qualname__")) : "type";
      if (kw.size()) raise(&exc::TypeError, owner + ".mro() takes no keyword arguments");
      if (a.size() > 1) {
        raise(&exc::TypeError,
              owner + ".mro() takes no arguments (" + std::to_string(a.size() - 1) + " given)");
      }
      return py_list(to_vector(aiocc::getattr(a[0], "__mro__")));
    };
    static BuiltinFunction descriptor("mro", [](Args a, Kwargs kw) { return mro(a, kw, false); });
    static BuiltinFunction bound("mro", [](Args a, Kwargs kw) { return mro(a, kw, true); });
    return this == &types::type ? Object(&descriptor) : make_bound_method(Object(&bound), self);
  }
  if (attr == "__mro__" || attr == "__bases__" || attr == "__base__") {
    std::vector<Object> chain;
    if (!mro.empty()) {
      for (TypeObject* t : mro) chain.push_back(Object(t));
    } else {
      for (TypeObject* t = this; t; t = t->base) chain.push_back(Object(t));
    }
    if (attr == "__mro__") return py_tuple(std::move(chain));
    if (attr == "__base__") return base ? Object(base) : None;
    return py_tuple(base ? std::vector<Object>{Object(base)} : std::vector<Object>{});
  }
  if (this == &types::bytes || this == &types::bytearray) {  // fromhex, maketrans
    if (Object m = bytes_static_method(this, attr); !m.is_unbound()) return m;
  }
  if (attr == "__hash__" && unhashable_builtin(this)) return None;
  if (Object a = catalog_type_attribute(this, attr); !a.is_unbound()) return a;
  if (attr == "__init__" && is_subtype_of(&exc::BaseException)) return exception_init_function();
  if (acceptable_builtin_base(this) || this == &types::object || this == &types::bool_ ||
      this == &types::range || this == &types::slice || this == &types::bytes ||
      this == &types::bytearray) {
    if (Object m = unbound_builtin_method(this, intern(attr)); !m.is_unbound()) return m;
  } else if (const Name& n = intern(attr); n.slot >= 0) {
    // Another built-in type's special methods (`types.MappingProxyType.__repr__`).
    if (Object m = unbound_builtin_method(this, n); !m.is_unbound()) return m;
  }
  raise_attribute_error(self, attr, "type object '" + name + "' has no attribute '" + std::string(attr) + "'");
}
TypeObject* CellObject::type() const { return &types::cell; }
std::string CellObject::repr() const {
  if (value.is_unbound()) return "<cell at " + detail::address(this) + ": empty>";
  return "<cell at " + detail::address(this) + ": " + type_of(value)->name + " object at " +
         (value.is_heap() ? detail::address(value.heap()) : detail::address(this)) + ">";
}
Object CellObject::getattr(const Object& self, std::string_view name) {
  if (name == "cell_contents") {
    if (value.is_unbound()) raise(&exc::ValueError, "Cell is empty");
    return value;
  }
  return HeapObject::getattr(self, name);
}
void CellObject::setattr(std::string_view name, const Object& v) {
  if (name == "cell_contents") {
    value = v;  // Unbound (del) empties it
    return;
  }
  HeapObject::setattr(name, v);
}

TypeObject* type_of(const Object& o) {
  switch (o.tag()) {
    case Tag::Unbound:
    case Tag::None: return &types::none;
    case Tag::Bool: return &types::bool_;
    case Tag::Int: return &types::int_;
    case Tag::Float: return &types::float_;
    case Tag::Heap: return o.heap()->type();
  }
  return &types::object;
}

// ---- HeapObject defaults ---------------------------------------------------------------------
void free_object(HeapObject* h) {
  if (h->kind == HeapObject::Kind::Instance) {
    finalize_instance(h);  // runs a class's __del__ first (instances.cpp)
  } else if (h->kind == HeapObject::Kind::Future) {
    finalize_future(h);
  } else {
    delete h;
  }
}

std::string HeapObject::repr() const {
  return "<" + type()->qualified_name() + " object at " + detail::address(this) + ">";
}

namespace {
// The type name CPython's attribute errors print: tp_name, which has the module for the types
// _asyncio implements in C.
std::string error_type_name(const TypeObject* t) {
  return t->module == "_asyncio" ? t->module + "." + t->name : t->error_name();
}
}  // namespace

Object HeapObject::descriptor_get(const Object& self, const Object&, TypeObject*) { return self; }

Object HeapObject::getattr(const Object& self, std::string_view name) {
  if (Object d = builtin_dunder(self, name); !d.is_unbound()) return d;
  if (name == "__class__") return Object(type());
  // A callable's __call__ (a method-wrapper in CPython): calling it calls the object.
  if (name == "__call__" && builtins::callable({self}, {}).as_bool()) return self;
  raise_attribute_error(Object(this), name, "'" + error_type_name(type()) + "' object has no attribute '" + std::string(name) + "'");
}

void HeapObject::setattr(std::string_view name, const Object&) {
  // A built-in object's methods exist but cannot be replaced; anything else does not exist.
  bool exists = true;
  try {
    getattr(Object(this), name);
  } catch (PyException& e) {
    if (!type_of(e.exc)->is_subtype_of(&exc::AttributeError)) throw;
    exists = false;
  }
  if (exists) {
    raise(&exc::AttributeError, "'" + error_type_name(type()) + "' object attribute '" + std::string(name) +
                                    "' is read-only");
  }
  raise_attribute_error(Object(this), name, "'" + error_type_name(type()) + "' object has no attribute '" + std::string(name) + "'");
}

void TypeObject::setattr(std::string_view name, const Object&) {
  raise(&exc::TypeError, "cannot set '" + std::string(name) + "' attribute of immutable type '" + this->name + "'");
}

Object HeapObject::call_method(const Object& self, std::string_view name, Args args, Kwargs kw) {
  Object f = getattr(self, name);
  // A bound method that would come straight back here: the type advertises a method its
  // call_method does not implement.
  auto* b = f.dyn<BoundMethod>();
  if (b && !b->def && b->self.same(self) && b->name == name) {
    raise_attribute_error(self, name, "'" + error_type_name(type()) + "' object has no attribute '" + std::string(name) + "'");
  }
  return aiocc::call(f, args, kw);
}

Object HeapObject::call(Args, Kwargs) {
  raise(&exc::TypeError, "'" + type()->name + "' object is not callable");
}

const Object* Kwargs::find(std::string_view name) const {
  for (const Kw& k : *this) {
    if (k.name == name) return &k.value;
  }
  return nullptr;
}


}  // namespace aiocc
