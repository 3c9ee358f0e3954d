// collections.namedtuple's class factory: see namedtuple.h. Lib/collections/__init__.py is
// the reference: the same checks in the same order, the same class namespace, the same
// messages. The generated methods are real function objects (make_native_function) whose
// native body reads the field names from a cell, so calls bind arguments and raise TypeErrors
// as the functions namedtuple() makes with eval() do (`Point.__new__() missing 1 required
// positional argument: 'y'`).
#include "aiocc/py/namedtuple.h"

#include <set>

#include "aiocc/py/dict.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/function.h"
#include "aiocc/py/instance.h"
#include "aiocc/py/list.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/protocols.h"
#include "aiocc/py/str.h"
#include "builtin_bases.h"
#include "internal.h"

namespace aiocc::namedtuple {

namespace {
Object construct_tuplegetter(TypeObject*, Args args, Kwargs kw);
}  // namespace

TypeObject tuplegetter_type("_tuplegetter", &types::object, construct_tuplegetter, "_collections");

void tuplegetter_set(const Object* value) {
  raise(&exc::AttributeError, value ? "can't set attribute" : "can't delete attribute");
}

namespace {

// `Point.x`: reads item `index` of a tuple (_collections._tuplegetter).
struct TupleGetter final : HeapObject {
  int64_t index;
  Object doc;
  TupleGetter(int64_t i, Object d) : index(i), doc(std::move(d)) {}
  TypeObject* type() const override { return &tuplegetter_type; }
  std::string repr() const override {
    return "_tuplegetter(" + std::to_string(index) + ", " + aiocc::repr(doc) + ")";
  }
  Object getattr(const Object& self, std::string_view name) override {
    if (name == "__doc__") return doc;
    return HeapObject::getattr(self, name);
  }
  void setattr(std::string_view name, const Object& value) override {
    if (name == "__doc__") {  // a writable member, as urllib.parse sets it
      doc = value;
      return;
    }
    HeapObject::setattr(name, value);
  }
  bool is_descriptor() const override { return true; }
  Object descriptor_get(const Object& self, const Object& instance, TypeObject*) override {
    if (instance.is_unbound() || instance.is_none()) return self;
    const Object& value = unwrap(instance);
    TupleObject* t = as_tuple(value);
    if (!t) {
      raise(&exc::TypeError, "descriptor for index '" + std::to_string(index) +
                                 "' for tuple subclasses doesn't apply to '" + type_of(instance)->name + "' object");
    }
    if (index >= static_cast<int64_t>(t->items.size())) raise(&exc::IndexError, "tuple index out of range");
    return t->items[index];
  }
};

Object construct_tuplegetter(TypeObject*, Args args, Kwargs kw) {
  check_no_kwargs("_tuplegetter", kw);
  check_nargs("_tuplegetter", args, 2, 2);
  if (!args[0].is_small_int()) {
    raise(&exc::TypeError, "'" + type_of(args[0])->name + "' object cannot be interpreted as an integer");
  }
  return make<TupleGetter>(args[0].as_int(), args[1]);
}

bool is_keyword(const std::string& s) {  // keyword.iskeyword: the hard keywords only
  static const std::set<std::string> kws = {
      "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
      "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
      "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
      "with", "yield"};
  return kws.count(s) > 0;
}

bool is_identifier(const std::string& s) { return truthy(aiocc::call_method(py_str(s), "isidentifier", {})); }

// What the generated methods of one class share.
struct SpecObject final : HeapObject {
  std::string type_name;
  std::vector<Object> fields;  // str
  TypeObject* type() const override { return &types::object; }
};

const SpecObject& spec_of(FunctionObject& fn) { return *fn.cells[0].get().as<SpecObject>(); }

// tuple.__new__(cls, items).
Object tuple_new(const Object& cls, std::vector<Object> items) {
  TypeObject* t = cls.dyn<TypeObject>();
  ClassObject* c = t ? t->kind_of_class() : nullptr;
  if (c && c->builtin_base == &types::tuple && !c->is_subtype_of(&exc::BaseException)) {
    auto* inst = new InstanceObject(c);
    Object out(inst);
    inst->base_value = py_tuple(std::move(items));
    return out;
  }
  return aiocc::call(new_method(&types::tuple), {cls, py_tuple(std::move(items))});  // its errors
}

// def __new__(_cls, x, y): return _tuple_new(_cls, (x, y))
Object new_invoke(FunctionObject& fn, const Object* argv) {
  const size_t n = spec_of(fn).fields.size();
  return tuple_new(argv[0], std::vector<Object>(argv + 1, argv + 1 + n));
}

// @classmethod def _make(cls, iterable)
Object make_invoke(FunctionObject& fn, const Object* argv) {
  const size_t n = spec_of(fn).fields.size();
  Object result = tuple_new(argv[0], to_vector(argv[1]));
  const size_t got = as_tuple(unwrap(result))->items.size();
  if (got != n) {
    raise(&exc::TypeError, "Expected " + std::to_string(n) + " arguments, got " + std::to_string(got));
  }
  return result;
}

// def _replace(self, /, **kwds): self._make(map(kwds.pop, field_names, self)), then the
// ValueError for names left over.
Object replace_invoke(FunctionObject& fn, const Object* argv) {
  const SpecObject& spec = spec_of(fn);
  const Object& self = argv[0];
  const Object& kwds = argv[1];
  Object make = aiocc::getattr(self, "_make");
  std::vector<Object> values;
  Iter it(self);
  Object item;
  for (const Object& name : spec.fields) {
    if (!it.next(item)) break;
    values.push_back(aiocc::call_method(kwds, "pop", {name, item}));
  }
  Object result = aiocc::call(make, {py_list(std::move(values))});
  if (as_dict(kwds)->live_count) {
    Object names = py_list(to_vector(kwds));
    raise(&exc::ValueError, "Got unexpected field names: " + aiocc::repr(names));
  }
  return result;
}

// def __repr__(self): return self.__class__.__name__ + repr_fmt % self
Object repr_invoke(FunctionObject& fn, const Object* argv) {
  const SpecObject& spec = spec_of(fn);
  const Object& self = argv[0];
  Object name = aiocc::getattr(aiocc::getattr(self, "__class__"), "__name__");
  const std::vector<Object>& items = as_tuple(unwrap(self))->items;
  if (items.size() < spec.fields.size()) raise(&exc::TypeError, "not enough arguments for format string");
  if (items.size() > spec.fields.size()) {
    raise(&exc::TypeError, "not all arguments converted during string formatting");
  }
  std::string out = "(";
  for (size_t i = 0; i < items.size(); ++i) {
    out += (i ? ", " : "") + str_value(spec.fields[i]) + "=" + aiocc::repr(items[i]);
  }
  return add(name, py_str(out + ")"));
}

// def _asdict(self): return _dict(_zip(self._fields, self))
Object asdict_invoke(FunctionObject&, const Object* argv) {
  const Object& self = argv[0];
  Object out = py_dict();
  Iter names(aiocc::getattr(self, "_fields")), values(self);
  Object name, value;
  while (names.next(name) && values.next(value)) setitem(out, name, value);
  return out;
}

// def __getnewargs__(self): return _tuple(self)
Object getnewargs_invoke(FunctionObject&, const Object* argv) { return py_tuple(to_vector(argv[0])); }

std::string joined(const std::vector<Object>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) out += (i ? ", " : "") + str_value(names[i]);
  return out;
}

}  // namespace

Object make_namedtuple(const Object& type_name, const Object& field_names, const Options& o) {
  std::vector<Object> names;
  if (is_str(field_names)) {
    Object spaced = aiocc::call_method(field_names, "replace", {py_str(","), py_str(" ")});
    names = to_vector(aiocc::call_method(spaced, "split", {}));
  } else {
    names = to_vector(field_names);
  }
  for (Object& n : names) n = py_str(aiocc::str(n));
  const std::string tname = aiocc::str(type_name);
  if (o.rename) {
    std::set<std::string> seen;
    for (size_t i = 0; i < names.size(); ++i) {
      const std::string n = str_value(names[i]);
      if (!is_identifier(n) || is_keyword(n) || n[0] == '_' || seen.count(n)) names[i] = py_str("_" + std::to_string(i));
      seen.insert(n);
    }
  }
  std::vector<Object> all{py_str(tname)};
  all.insert(all.end(), names.begin(), names.end());
  for (const Object& n : all) {
    if (!is_identifier(str_value(n))) {
      raise(&exc::ValueError, "Type names and field names must be valid identifiers: " + aiocc::repr(n));
    }
    if (is_keyword(str_value(n))) {
      raise(&exc::ValueError, "Type names and field names cannot be a keyword: " + aiocc::repr(n));
    }
  }
  std::set<std::string> seen;
  for (const Object& n : names) {
    if (str_value(n)[0] == '_' && !o.rename) {
      raise(&exc::ValueError, "Field names cannot start with an underscore: " + aiocc::repr(n));
    }
    if (!seen.insert(str_value(n)).second) raise(&exc::ValueError, "Encountered duplicate field name: " + aiocc::repr(n));
  }
  const bool has_defaults = !o.defaults.is_unbound() && !o.defaults.is_none();
  std::vector<Object> defaults;
  Object field_defaults = py_dict();
  if (has_defaults) {
    defaults = to_vector(o.defaults);
    if (defaults.size() > names.size()) raise(&exc::TypeError, "Got more default values than field names");
    const size_t first = names.size() - defaults.size();
    for (size_t i = 0; i < defaults.size(); ++i) setitem(field_defaults, names[first + i], defaults[i]);
  }

  Object spec_obj = make<SpecObject>();
  auto* spec = spec_obj.as<SpecObject>();
  spec->type_name = tname;
  spec->fields = names;
  const Object fields = py_tuple(names);
  const std::string arg_list = joined(names) + (names.size() == 1 ? "," : "");
  auto method = [&](const char* name, NativeSignature sig, std::vector<Object> defs,
                    Object (*invoke)(FunctionObject&, const Object*), const std::string& doc) {
    return make_native_function(name, tname + "." + name, std::move(sig), std::move(defs), spec_obj, invoke, doc);
  };

  NativeSignature new_sig{{"_cls"}};
  for (const Object& n : names) new_sig.params.push_back(str_value(n));
  Object new_fn = method("__new__", new_sig, {}, new_invoke, "Create new instance of " + tname + "(" + arg_list + ")");
  if (has_defaults) aiocc::setattr(new_fn, "__defaults__", py_tuple(defaults));
  NativeSignature replace_sig{{"self", "kwds"}};
  replace_sig.posonly = 1;
  replace_sig.kwarg = 1;

  Object ns = py_dict();
  auto put = [&](const char* key, const Object& value) { setitem(ns, py_str(key), value); };
  put("__doc__", py_str(tname + "(" + arg_list + ")"));
  put("__slots__", py_tuple({}));
  put("_fields", fields);
  put("_field_defaults", field_defaults);
  put("__new__", make_staticmethod(new_fn));  // as type() stores a __new__ function
  put("_make", make_classmethod(method("_make", {{"cls", "iterable"}}, {}, make_invoke,
                                       "Make a new " + tname + " object from a sequence or iterable")));
  put("_replace", method("_replace", replace_sig, {}, replace_invoke,
                         "Return a new " + tname + " object replacing specified fields with new values"));
  put("__repr__", method("__repr__", {{"self"}}, {}, repr_invoke, "Return a nicely formatted representation string"));
  put("_asdict", method("_asdict", {{"self"}}, {}, asdict_invoke, "Return a new dict which maps field names to their values."));
  put("__getnewargs__", method("__getnewargs__", {{"self"}}, {}, getnewargs_invoke,
                               "Return self as a plain tuple.  Used by copy and pickle."));
  put("__match_args__", fields);
  for (size_t i = 0; i < names.size(); ++i) {
    setitem(ns, names[i], make<TupleGetter>(static_cast<int64_t>(i), py_str("Alias for field number " + std::to_string(i))));
  }
  std::vector<Object> bases{Object(&types::tuple)};
  for (TypeObject* b : o.extra_bases) bases.push_back(Object(b));
  if (!o.orig_bases.is_unbound()) setitem(ns, py_str("__orig_bases__"), o.orig_bases);
  Object cls = make_class(tname.c_str(), tname.c_str(), Args(bases), ns);
  if (o.module != "__main__") {
    aiocc::setattr(cls, "__module__", py_str(o.module));
    cls.as<TypeObject>()->module = o.module;
  }
  return cls;
}

}  // namespace aiocc::namedtuple
