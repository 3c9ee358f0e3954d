// typing.NamedTuple and typing.TypedDict, as Lib/typing.py of CPython 3.11 builds them.
//
// Both are functions; as a class statement's base, their __mro_entries__ hands the class to a
// metaclass (NamedTupleMeta, _TypedDictMeta) that builds something else than the class body
// describes: a named tuple made by collections.namedtuple's factory (namedtuple.cpp) with the
// body's annotations as fields and its other names copied over; or a subclass of dict whose
// instances are plain dicts, with the merged annotations and its required and optional keys.
// make_class hands such class statements to make_special_class.
#include <set>

#include "aiocc/program.h"
#include "aiocc/py/dict.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/function.h"
#include "aiocc/py/instance.h"
#include "aiocc/py/list.h"
#include "aiocc/py/namedtuple.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/protocols.h"
#include "aiocc/py/set.h"
#include "aiocc/py/str.h"
#include "aiocc/py/typing.h"
#include "internal.h"

namespace aiocc::typing {

TypeObject TypedDictMeta_type("_TypedDictMeta", &types::type, nullptr, "typing");

bool is_typed_dict(const TypeObject* cls) {
  return cls->kind_of_class() && cls->kind_of_class()->metaclass == &TypedDictMeta_type;
}

bool is_typed_dict(const Object& cls) {
  TypeObject* t = cls.dyn<TypeObject>();
  return t && is_typed_dict(t);
}

void typed_dict_check_error() { raise(&exc::TypeError, "TypedDict does not support instance and class checks"); }

namespace {

Object own_item(const Object& cls, const char* key) {
  ClassObject* c = cls.as<TypeObject>()->kind_of_class();
  const Object* v = as_dict(c->ns)->find(py_str(key));
  return v ? *v : Object();
}

// ---- NamedTuple ------------------------------------------------------------------------------

// typing._make_nmtuple: `types` is iterated twice (names, then checked types), as CPython does.
Object make_nmtuple(const Object& name, const Object& types, const Object& defaults,
                    const std::vector<TypeObject*>& extra_bases = {}, const Object& orig_bases = Object()) {
  std::vector<Object> fields;
  {
    Iter it(types);
    Object item;
    while (it.next(item)) fields.push_back(unpack(item, 2)[0]);
  }
  Object checked = py_dict();
  {
    Iter it(types);
    Object item;
    while (it.next(item)) {
      std::vector<Object> nt = unpack(item, 2);
      setitem(checked, nt[0], type_check(nt[1], "field " + aiocc::str(nt[0]) + " annotation must be a type", None));
    }
  }
  namedtuple::Options o;
  o.defaults = defaults;
  o.extra_bases = extra_bases;
  if (!extra_bases.empty()) o.orig_bases = orig_bases;
  Object cls = namedtuple::make_namedtuple(name, py_list(std::move(fields)), o);
  aiocc::setattr(cls, "__annotations__", checked);
  aiocc::setattr(aiocc::getattr(cls, "__new__"), "__annotations__", checked);
  return cls;
}

// def NamedTuple(typename, fields=None, /, **kwargs)
Object namedtuple_invoke(FunctionObject&, const Object* argv) {
  Object fields = argv[1];
  if (fields.is_none()) {
    fields = aiocc::call_method(argv[2], "items", {});
  } else if (as_dict(argv[2])->live_count) {
    raise(&exc::TypeError, "Either list of fields or keywords can be provided to NamedTuple, not both");
  }
  return make_nmtuple(argv[0], fields, py_tuple({}));
}

// NamedTupleMeta.__new__(typename, bases, ns)
Object namedtuple_class(const std::string& name, const std::string& qualname, Args bases, const Object& ns,
                        Kwargs kw) {
  if (kw.size()) {
    raise(&exc::TypeError, "NamedTupleMeta.__new__() got an unexpected keyword argument '" + std::string(kw.begin()->name) + "'");
  }
  std::vector<TypeObject*> extra_bases;  // CPython assigns __bases__ after namedtuple() made the class
  for (const Object& b : bases) {
    if (b.same(NamedTuple_function())) continue;
    if (!is_generic_class(b)) raise(&exc::TypeError, "can only inherit from a NamedTuple type and Generic");
    extra_bases.push_back(b.as<TypeObject>());
  }
  const Object* found = as_dict(ns)->find(py_str("__annotations__"));
  Object types = found ? *found : py_dict();
  std::vector<Object> default_names;
  for (const Object& field : to_vector(types)) {
    if (as_dict(ns)->find(field)) {
      default_names.push_back(field);
    } else if (!default_names.empty()) {
      std::string names;
      for (const Object& d : default_names) names += (names.empty() ? "" : ", ") + aiocc::str(d);
      raise(&exc::TypeError, "Non-default namedtuple field " + aiocc::str(field) + " cannot follow default field" +
                                 (default_names.size() > 1 ? "s " : " ") + names);
    }
  }
  std::vector<Object> defaults;
  for (const Object& d : default_names) defaults.push_back(*as_dict(ns)->find(d));
  const Object* orig = as_dict(ns)->find(intern("__orig_bases__").str);
  Object cls = make_nmtuple(py_str(name), aiocc::call_method(types, "items", {}), py_list(std::move(defaults)),
                            extra_bases, orig ? *orig : Object());
  cls.as<TypeObject>()->name = qualname;  // CPython copies __qualname__ from the namespace
  static const std::set<std::string> prohibited = {"__new__", "__init__", "__slots__", "__getnewargs__", "_fields",
                                                   "_field_defaults", "_make", "_replace", "_asdict", "_source"};
  static const std::set<std::string> special = {"__module__", "__name__", "__annotations__"};
  Object field_names = aiocc::getattr(cls, "_fields");
  for (auto& e : as_dict(ns)->entries) {
    if (!e.live()) continue;
    const std::string key = str_value(e.key);
    if (prohibited.count(key)) raise(&exc::AttributeError, "Cannot overwrite NamedTuple attribute " + key);
    if (!special.count(key) && !contains(field_names, e.key)) aiocc::setattr(cls, key, e.value);
  }
  return cls;
}

// ---- TypedDict -------------------------------------------------------------------------------

Object construct_typed_dict(TypeObject*, Args args, Kwargs kw) { return types::dict.construct(&types::dict, args, kw); }

// _TypedDictMeta.__new__(name, bases, ns, total=True); `bases` without TypedDict itself.
Object typed_dict_class(const std::string& qualname, const std::vector<Object>& bases, const Object& ns,
                        const Object& total) {
  bool generic = false;
  for (const Object& b : bases) {
    if (!is_typed_dict(b) && !is_generic_class(b)) {
      raise(&exc::TypeError, "cannot inherit from both a TypedDict type and a non-TypedDict base class");
    }
    generic = generic || b.as<TypeObject>()->is_subtype_of(attr("Generic").as<TypeObject>());
  }
  std::vector<Object> real_bases;
  if (generic) real_bases.push_back(attr("Generic"));
  real_bases.push_back(Object(&types::dict));
  Object cls = make_class(qualname.c_str(), qualname.c_str(), Args(real_bases), ns);
  ClassObject* c = cls.as<TypeObject>()->kind_of_class();
  c->metaclass = &TypedDictMeta_type;
  c->construct = construct_typed_dict;

  Object annotations = py_dict();
  Object own = py_dict();
  if (const Object* given = as_dict(ns)->find(py_str("__annotations__"))) {
    const std::string msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type";
    for (const Object& key : to_vector(*given)) setitem(own, key, type_check(getitem(*given, key), msg, py_str("__main__")));
  }
  Object required = py_set({}), optional = py_set({});
  for (const Object& b : bases) {
    if (!is_typed_dict(b)) continue;
    if (Object a = own_item(b, "__annotations__"); !a.is_unbound()) aiocc::call_method(annotations, "update", {a});
    Object base_required = own_item(b, "__required_keys__");
    if (base_required.is_unbound()) base_required = py_set({});
    aiocc::call_method(required, "update", {base_required});
    aiocc::call_method(optional, "difference_update", {base_required});
    Object base_optional = own_item(b, "__optional_keys__");
    if (base_optional.is_unbound()) base_optional = py_set({});
    aiocc::call_method(required, "difference_update", {base_optional});
    aiocc::call_method(optional, "update", {base_optional});
  }
  aiocc::call_method(annotations, "update", {own});
  const Object required_form = attr("Required"), not_required_form = attr("NotRequired"), annotated = attr("Annotated");
  for (auto& e : as_dict(own)->entries) {
    if (!e.live()) continue;
    Object annotation = e.value;
    Object origin = get_origin({annotation}, {});
    if (origin.same(annotated)) {
      Object args = get_args({annotation}, {});
      if (length(args)) {
        annotation = getitem(args, Object::from_int(0));
        origin = get_origin({annotation}, {});
      }
    }
    const bool is_required = origin.same(required_form) ? true : origin.same(not_required_form) ? false : truthy(total);
    aiocc::call_method(is_required ? required : optional, "add", {e.key});
    aiocc::call_method(is_required ? optional : required, "discard", {e.key});
  }
  aiocc::setattr(cls, "__annotations__", annotations);
  aiocc::setattr(cls, "__required_keys__", aiocc::call(Object(&types::frozenset), {required}));
  aiocc::setattr(cls, "__optional_keys__", aiocc::call(Object(&types::frozenset), {optional}));
  if (!c->lookup(intern("__total__"))) aiocc::setattr(cls, "__total__", total);
  return cls;
}

// def TypedDict(typename, fields=None, /, *, total=True, **kwargs)
Object typeddict_invoke(FunctionObject&, const Object* argv) {
  Object fields = argv[1];
  const bool has_kwargs = as_dict(argv[3])->live_count > 0;
  if (fields.is_none()) {
    fields = argv[3];
  } else if (has_kwargs) {
    raise(&exc::TypeError, "TypedDict takes either a dict or keyword arguments, but not both");
  }
  if (has_kwargs) {
    warn(&exc::DeprecationWarning,
         "The kwargs-based syntax for TypedDict definitions is deprecated in Python 3.11, will be removed "
         "in Python 3.13, and may not be understood by third-party type checkers.");
  }
  Object ns = py_dict();
  setitem(ns, py_str("__annotations__"), aiocc::call(Object(&types::dict), {fields}));
  setitem(ns, py_str("__module__"), py_str("__main__"));
  if (!is_str(argv[0])) {
    raise(&exc::TypeError, "type.__new__() argument 1 must be str, not " + type_of(argv[0])->name);
  }
  return typed_dict_class(str_value(argv[0]), {}, ns, argv[2]);
}

Object immortal_function(const char* name, NativeSignature sig, std::vector<Object> defaults,
                         Object (*invoke)(FunctionObject&, const Object*)) {
  Object f = make_native_function(name, name, std::move(sig), std::move(defaults), None, invoke);
  aiocc::setattr(f, "__module__", py_str("typing"));
  f.heap()->refcnt += 1;
  return f;
}

}  // namespace

Object NamedTuple_function() {
  static Object f = [] {
    NativeSignature sig{{"typename", "fields", "kwargs"}};
    sig.posonly = 2;
    sig.kwarg = 2;
    return immortal_function("NamedTuple", sig, {Object(), None, Object()}, namedtuple_invoke);
  }();
  return f;
}

Object TypedDict_function() {
  static Object f = [] {
    NativeSignature sig{{"typename", "fields", "total", "kwargs"}};
    sig.posonly = 2;
    sig.kwonly = 2;
    sig.kwarg = 3;
    return immortal_function("TypedDict", sig, {Object(), None, True(), Object()}, typeddict_invoke);
  }();
  return f;
}

Object make_special_class(const char* name, const char* qualname, Args given, const Object& ns, Kwargs kw) {
  bool named_tuple = false, typed_dict = false;
  std::vector<Object> bases;
  for (const Object& g : given) {
    Object b = mro_entry(g);
    if (b.same(NamedTuple_function())) {
      named_tuple = true;
    } else if (b.same(TypedDict_function())) {
      typed_dict = true;
      continue;  // typing._TypedDict: no annotations, no keys
    } else if (is_typed_dict(b)) {
      typed_dict = true;
    }
    bases.push_back(b);
  }
  if (!named_tuple && !typed_dict) return Object();
  if (named_tuple && typed_dict) {
    raise(&exc::TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                           "subclass of the metaclasses of all its bases");
  }
  // __build_class__ records the bases __mro_entries__ replaced (the NamedTuple and TypedDict
  // functions always are); the class keeps them.
  as_dict(ns)->set(intern("__orig_bases__").str, py_tuple(std::vector<Object>(given.begin(), given.end())));
  if (named_tuple) return namedtuple_class(name, qualname, Args(bases), ns, kw);
  Object total = True();
  for (const Kw& k : kw) {
    if (k.name != "total") {
      raise(&exc::TypeError, "_TypedDictMeta.__new__() got an unexpected keyword argument '" + std::string(k.name) + "'");
    }
    total = k.value;
  }
  return typed_dict_class(qualname, bases, ns, total);
}

}  // namespace aiocc::typing
