// The one argument binder of built-in methods: see method_catalog.h. Each ArgStyle reproduces
// the checks, their order and their messages of the CPython machinery it is named after.
#include "method_catalog.h"

#include <map>
#include <string>
#include <vector>

#include "aiocc/py/bytes.h"
#include "aiocc/py/complex.h"
#include "aiocc/py/dict.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/function.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/protocols.h"
#include "aiocc/py/str.h"
#include "aiocc/py/types.h"
#include "builtin_bases.h"

namespace aiocc {
namespace {

std::string plural(size_t n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

size_t required_count(const MethodDef& m) {
  size_t n = 0;
  while (n < m.nparams && m.params[n].dflt == Param::Required) ++n;
  return n;
}

Object default_of(const Param& p) {
  switch (p.dflt) {
    case Param::None:
      return None;
    case Param::Int:
      return Object::from_int(p.value);
    case Param::False:
      return False();
    default:
      return Object();
  }
}

// A converter of Argument Clinic: _PyArg_BadArgument's text names a positional-only parameter
// by its number and any other by its name.
void convert_argument(const MethodDef& m, size_t i, Object& v) {
  const Param& p = m.params[i];
  if (p.conv == Param::Index) {
    v = number_index(v);
  } else if (p.conv == Param::Str && !is_str(v)) {
    const bool positional_only = m.style != ArgStyle::Keywords || i < m.posonly;
    raise(&exc::TypeError, std::string(m.name) + "() argument " +
                               (positional_only ? std::to_string(i + 1) : "'" + std::string(p.name) + "'") +
                               " must be str, not " + (v.is_none() ? std::string("None") : type_of(v)->error_name()));
  }
}

// Argument Clinic's _PyArg_UnpackKeywords.
void bind_keywords(const MethodDef& m, Args args, Kwargs kw, Object* out) {
  auto fname = [&] { return std::string(m.name) + "()"; };
  const size_t nargs = args.size(), maxargs = m.nparams, maxpos = m.kwonly_from;
  const size_t minpos = std::min(required_count(m), maxpos);
  if (nargs < m.posonly && nargs < required_count(m)) {  // a positional-only one is missing
    const size_t need = std::min<size_t>(m.posonly, required_count(m));
    raise(&exc::TypeError, fname() + " takes " + (need < maxpos ? "at least " : "exactly ") +
                               plural(need, "positional argument") + " (" + std::to_string(nargs) + " given)");
  }
  if (nargs + kw.size() > maxargs) {
    raise(&exc::TypeError, fname() + " takes at most " + std::to_string(maxargs) + " " +
                               (nargs == 0 ? "keyword " : "") +
                               (maxargs == 1 ? "argument" : "arguments") + " (" +
                               std::to_string(nargs + kw.size()) + " given)");
  }
  if (nargs > maxpos && maxpos == 0) raise(&exc::TypeError, fname() + " takes no positional arguments");
  if (nargs > maxpos) {
    raise(&exc::TypeError, fname() + " takes " + (minpos < maxpos ? "at most " : "exactly ") +
                               plural(maxpos, "positional argument") + " (" +
                               std::to_string(nargs) + " given)");
  }
  for (size_t i = 0; i < nargs; ++i) out[i] = args[i];
  size_t unused = kw.size();
  for (size_t i = nargs; i < maxargs; ++i) {
    const Object* v = i < m.posonly ? nullptr : kw.find(m.params[i].name);
    if (v) {
      out[i] = *v;
      --unused;
    } else if (m.params[i].dflt == Param::Required) {
      raise(&exc::TypeError, fname() + " missing required argument '" + m.params[i].name +
                                 "' (pos " + std::to_string(i + 1) + ")");
    }
  }
  if (unused == 0) return;
  for (size_t i = m.posonly; i < nargs; ++i) {
    if (kw.find(m.params[i].name)) {
      raise(&exc::TypeError, "argument for " + fname() + " given by name ('" + m.params[i].name +
                                 "') and position (" + std::to_string(i + 1) + ")");
    }
  }
  for (const Kw& k : kw) {
    bool known = false;
    for (size_t i = m.posonly; i < maxargs; ++i) known |= k.name == m.params[i].name;
    if (!known)
      raise(&exc::TypeError,
            str_repr(std::string(k.name)) + " is an invalid keyword argument for " + fname());
  }
}

}  // namespace

TypeObject getset_descriptor_type("getset_descriptor", &types::object, nullptr),
    member_descriptor_type("member_descriptor", &types::object, nullptr);

namespace {
TypeObject method_descriptor_type("method_descriptor", &types::object, nullptr);

// `int.real`: CPython's getset_descriptor / member_descriptor, reduced to what a script sees.
struct DataDescriptor final : HeapObject {
  TypeObject* owner;
  const DataAttribute* attr;
  DataDescriptor(TypeObject* t, const DataAttribute* a) : owner(t), attr(a) { refcnt = 1; }
  TypeObject* type() const override {
    return std::string_view(attr->kind) == "member" ? &member_descriptor_type : &getset_descriptor_type;
  }
  std::string repr() const override {
    return "<" + std::string(attr->kind) + " '" + std::string(attr->name) + "' of '" + owner->name +
           "' objects>";
  }
  Object descriptor_get(const Object& self, const Object& instance, TypeObject*) override {
    return instance.is_none() ? self : aiocc::getattr(instance, attr->name);
  }
};

// `list.append`: a method looked up on its type, called with the value first
// (`list.append(xs, 1)`); the value may be an instance of a subclass of the type.
struct MethodDescriptor final : HeapObject {
  TypeObject* owner;
  const MethodCatalog* cat;
  const MethodDef* def;
  MethodDescriptor(TypeObject* t, const MethodCatalog* c, const MethodDef* d) : owner(t), cat(c), def(d) {}
  TypeObject* type() const override { return &method_descriptor_type; }
  bool is_callable() const override { return true; }
  std::string repr() const override {
    return "<method '" + std::string(def->name) + "' of '" + owner->name + "' objects>";
  }
  Object call(Args args, Kwargs kw) override {
    const std::string name(def->name);
    if (args.size() == 0) {
      raise(&exc::TypeError, "unbound method " + owner->name + "." + name + "() needs an argument");
    }
    if (!type_of(args[0])->is_subtype_of(owner)) {
      raise(&exc::TypeError, "descriptor '" + name + "' for '" + owner->name +
                                 "' objects doesn't apply to a '" + type_of(args[0])->name + "' object");
    }
    return call_catalog_method(*cat, *def, unwrap(args[0]), Args(args.p + 1, args.n - 1), kw);
  }
};

}  // namespace

const MethodCatalog* catalog_of_type(const TypeObject* t) {
  if (t == &types::str) return &str_catalog();
  if (t == &types::list) return &list_catalog();
  if (t == &types::tuple) return &tuple_catalog();
  if (t == &types::range) return &range_catalog();
  if (t == &types::slice) return &slice_catalog();
  if (t == &types::dict) return &dict_catalog();
  if (t == &types::set) return &set_catalog();
  if (t == &types::frozenset) return &frozenset_catalog();
  if (t == &types::int_ || t == &types::bool_) return &int_catalog();
  if (t == &types::float_) return &float_catalog();
  if (t == &types::complex) return &complex_catalog();
  if (t == &types::bytes) return &bytes_catalog();
  if (t == &types::bytearray) return &bytearray_catalog();
  if (t == &exc::BaseException) return &exception_catalog();
  if (t == &types::dict_keys || t == &types::dict_values || t == &types::dict_items) {
    return &dict_view_catalog(t);
  }
  return nullptr;
}

Object catalog_type_attribute(TypeObject* t, std::string_view name) {
  // Every exception class has BaseException's methods (as descriptors of BaseException).
  if (t != &exc::BaseException && t->is_subtype_of(&exc::BaseException)) t = &exc::BaseException;
  const MethodCatalog* cat = catalog_of_type(t);
  if (!cat) return Object();
  if (const MethodDef* m = cat->find(name)) {
    if (m->is_static) return make<BoundMethod>(Object(t), cat, m);
    // One descriptor per (type, method), as CPython's type dict holds one.
    static std::map<std::pair<TypeObject*, const MethodDef*>, MethodDescriptor*> descriptors;
    MethodDescriptor*& d = descriptors[{t, m}];
    if (!d) {
      d = new MethodDescriptor(t, cat, m);
      d->refcnt = 1;  // lives as long as the program
    }
    return Object(d);
  }
  if (const DataAttribute* a = cat->find_attribute(name)) {
    // One descriptor per (type, attribute), made on first use and kept.
    static std::vector<DataDescriptor*> made;
    for (DataDescriptor* d : made) {
      if (d->owner == t && d->attr == a) return Object(d);
    }
    made.push_back(new DataDescriptor(t, a));
    return Object(made.back());
  }
  return Object();
}

Object catalog_bound_method(const MethodCatalog& cat, const Object& self, std::string_view name) {
  const MethodDef* m = cat.find(name);
  return m ? make<BoundMethod>(self, &cat, m) : Object();
}

namespace {
bool no_conversions(const MethodDef& m) {
  for (size_t i = 0; i < m.nparams; ++i) {
    if (m.params[i].conv != Param::Any) return false;
  }
  return true;
}
}  // namespace

Object call_catalog_method(const MethodCatalog& cat, const MethodDef& m, const Object& self,
                           Args args, Kwargs kw, Via via) {
  // Built only for an error message: calls stay free of allocations. A bound-method object
  // names the type of its self (CPython's builtin_function_or_method __qualname__).
  auto dotted = [&] {
    const std::string owner = via == Via::BoundObject && !m.is_static ? type_of(self)->name : cat.type_name;
    if (owner == "builtins") return std::string(m.name) + "()";
    return owner + "." + std::string(m.name) + "()";
  };
  const size_t n = args.size(), max = m.nparams, min = required_count(m);
  // Every parameter given by position, none to convert: the arguments are the method's argv
  // as they are (len(x), isinstance(x, T), d.get(k, v)), with nothing to bind or check.
  if (kw.size() == 0 && n == max && m.style != ArgStyle::AnyArgs && m.style != ArgStyle::Varargs &&
      m.kwonly_from >= max && no_conversions(m)) {
    return m.impl(self, args.p, args, kw);
  }
  Object argv[kMaxParams];
  switch (m.style) {
    case ArgStyle::Varargs:
      return m.impl(self, argv, args, kw);
    case ArgStyle::AnyArgs:
      if (kw.size()) {
        raise(&exc::TypeError, (via == Via::BoundObject ? std::string(m.name) + "()" : dotted()) +
                                   " takes no keyword arguments");
      }
      return m.impl(self, argv, args, kw);
    case ArgStyle::Keywords:
      bind_keywords(m, args, kw, argv);
      break;
    case ArgStyle::NoArgs:
      if (kw.size()) raise(&exc::TypeError, dotted() + " takes no keyword arguments");
      if (n)
        raise(&exc::TypeError, dotted() + " takes no arguments (" + std::to_string(n) + " given)");
      break;
    case ArgStyle::OneArg:
      if (kw.size()) raise(&exc::TypeError, dotted() + " takes no keyword arguments");
      if (n != 1)
        raise(&exc::TypeError,
              dotted() + " takes exactly one argument (" + std::to_string(n) + " given)");
      break;
    case ArgStyle::Positional: {  // _PyArg_CheckPositional
      if (kw.size()) raise(&exc::TypeError, dotted() + " takes no keyword arguments");
      if (n < min) {
        raise(&exc::TypeError, std::string(m.name) + " expected " +
                                   (min == max ? "" : "at least ") + plural(min, "argument") +
                                   ", got " + std::to_string(n));
      }
      if (n > max) {
        raise(&exc::TypeError, std::string(m.name) + " expected " + (min == max ? "" : "at most ") +
                                   plural(max, "argument") + ", got " + std::to_string(n));
      }
      break;
    }
    case ArgStyle::ParseTuple: {
      auto fname = [&] { return std::string(m.name) + "()"; };
      if (kw.size()) {
        raise(&exc::TypeError,
              (via == Via::BoundObject ? fname() : dotted()) + " takes no keyword arguments");
      }
      if (n < min || n > max) {
        const char* how = min == max ? "exactly " : n < min ? "at least " : "at most ";
        raise(&exc::TypeError, fname() + " takes " + how + plural(n < min ? min : max, "argument") +
                                   " (" + std::to_string(n) + " given)");
      }
      break;
    }
  }
  if (m.style != ArgStyle::Keywords) {
    for (size_t i = 0; i < n; ++i) argv[i] = args[i];
  }
  for (size_t i = 0; i < max; ++i) {
    if (argv[i].is_unbound()) {
      argv[i] = default_of(m.params[i]);
    } else if (m.params[i].conv != Param::Any) {
      convert_argument(m, i, argv[i]);
    }
  }
  return m.impl(self, argv, args, kw);
}

}  // namespace aiocc
