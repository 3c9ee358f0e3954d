// The dataclasses module, as Lib/dataclasses.py of CPython 3.11 builds it: @dataclass reads the
// class's own __annotations__ (after the fields of its dataclass bases), turns defaults and
// field() specifiers into Field objects, and adds __init__, __repr__, __eq__, the order
// methods, __hash__, __setattr__/__delattr__ for frozen classes and __match_args__.
//
// The added methods are real function objects (FunctionInfo made per class) whose native body
// reads the class's field list from a cell, so calls bind arguments, raise TypeErrors and
// show qualified names exactly like the functions dataclasses.py generates with exec(). Their
// bodies are in dataclass_methods.cpp.
#include "aiocc/py/dataclasses.h"

#include <set>

#include "aiocc/py/builtins.h"
#include "aiocc/py/bytes.h"
#include "aiocc/py/dict.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/instance.h"
#include "aiocc/py/int.h"
#include "aiocc/py/list.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/protocols.h"
#include "aiocc/py/str.h"
#include "aiocc/py/types.h"
#include "aiocc/py/typing.h"
#include "aiocc/py/copy.h"
#include "cpython_frames.h"
#include "dataclasses_internal.h"
#include "internal.h"
#include "object_model.h"

namespace aiocc {
namespace dataclasses {

TypeObject FrozenInstanceError_type("FrozenInstanceError", &exc::AttributeError, construct_exception, "dataclasses");

TypeObject field_type("Field", &types::object, nullptr, "dataclasses");
TypeObject missing_type("_MISSING_TYPE", &types::object, nullptr, "dataclasses");
TypeObject kw_only_type("_KW_ONLY_TYPE", &types::object, nullptr, "dataclasses");
TypeObject init_var_type("InitVar", &types::object, nullptr, "dataclasses");
TypeObject wrap_type("function", &types::object, nullptr);
TypeObject has_factory_type("_HAS_DEFAULT_FACTORY_CLASS", &types::object, nullptr, "dataclasses");
SentinelObject g_missing(&missing_type), g_kw_only(&kw_only_type), g_has_factory(&has_factory_type, "<factory>");
const Object kMissing(&g_missing);
const Object kHasDefaultFactory(&g_has_factory);

namespace {

// A method whose body is `invoke`, named and bound like the source dataclasses.py would exec.
Object native_method(SpecObject* spec, const std::string& name, std::vector<std::string> params,
                     std::vector<Object> defaults, int kwonly_index,
                     Object (*invoke)(FunctionObject&, const Object*)) {
  NativeSignature sig{std::move(params)};
  sig.kwonly = kwonly_index;
  return make_native_function(name, spec->cls->name + "." + name, std::move(sig), std::move(defaults), Object(spec),
                              invoke);
}

// The kind an annotation gives a field (ClassVar and InitVar, also as strings).
FieldKind kind_of(const Object& annotation) {
  if (is_str(annotation)) {
    const std::string& s = str_value(annotation);
    for (const char* p : {"ClassVar", "typing.ClassVar"}) {
      std::string_view sv(s);
      if (sv == p || (sv.substr(0, std::string_view(p).size()) == p && s.size() > std::string_view(p).size() &&
                      s[std::string_view(p).size()] == '[')) {
        return FieldKind::ClassVar;
      }
    }
    if (s.rfind("InitVar[", 0) == 0 || s.rfind("dataclasses.InitVar[", 0) == 0) return FieldKind::InitVar;
    return FieldKind::Field;
  }
  if (is_classvar_annotation(annotation)) return FieldKind::ClassVar;
  if (annotation.is_heap() && annotation.heap()->type() == &init_var_type) return FieldKind::InitVar;
  if (annotation.same(Object(&init_var_type))) return FieldKind::InitVar;
  return FieldKind::Field;
}

bool is_kw_only_marker(const Object& annotation) {
  return annotation.same(Object(&g_kw_only)) || (is_str(annotation) && (str_value(annotation) == "KW_ONLY" ||
                                                                        str_value(annotation) == "dataclasses.KW_ONLY"));
}

struct Options {
  bool init = true, repr = true, eq = true, order = false, unsafe_hash = false, frozen = false,
       match_args = true, kw_only = false, slots = false;
};

// A dataclass's __dataclass_params__: the decorator's options as CPython's _DataclassParams.
TypeObject params_type("_DataclassParams", &types::object, nullptr, "dataclasses");
struct ParamsObject final : HeapObject {
  Options o;
  explicit ParamsObject(const Options& opts) : o(opts) {}
  TypeObject* type() const override { return &params_type; }
  std::string repr() const override {
    auto b = [](bool v) { return v ? "True" : "False"; };
    return std::string("_DataclassParams(init=") + b(o.init) + ",repr=" + b(o.repr) + ",eq=" + b(o.eq) +
           ",order=" + b(o.order) + ",unsafe_hash=" + b(o.unsafe_hash) + ",frozen=" + b(o.frozen) + ")";
  }
  Object getattr(const Object& self, std::string_view name) override {
    const bool* v = name == "init" ? &o.init : name == "repr" ? &o.repr : name == "eq" ? &o.eq
                  : name == "order" ? &o.order : name == "unsafe_hash" ? &o.unsafe_hash
                  : name == "frozen" ? &o.frozen : nullptr;
    return v ? Object::from_bool(*v) : HeapObject::getattr(self, name);
  }
};

const Object* own(ClassObject* c, const std::string& name) { return as_dict(c->ns)->find(py_str(name)); }

void add_if_absent(const Object& cls, ClassObject* c, const std::string& name, const Object& value) {
  if (!own(c, name)) aiocc::setattr(cls, name, value);
}

void add_or_raise(const Object& cls, ClassObject* c, const std::string& name, const Object& value, const char* hint) {
  if (own(c, name)) {
    raise(&exc::TypeError, "Cannot overwrite attribute " + name + " in class " + short_name(c) + hint);
  }
  aiocc::setattr(cls, name, value);
}

std::vector<const FieldObject*> fields_of(const Object& o);

// _dataclass_getstate / _dataclass_setstate, which _add_slots gives a frozen class (pickling).
Object getstate_invoke(FunctionObject&, const Object* argv) {
  std::vector<Object> out;
  for (const FieldObject* f : fields_of(argv[0])) out.push_back(getattr_name(argv[0], intern(f->name)));
  return py_list(std::move(out));
}
Object setstate_invoke(FunctionObject&, const Object* argv) {
  std::vector<const FieldObject*> fs = fields_of(argv[0]);
  std::vector<Object> values = to_vector(argv[1]);
  InstanceObject* inst = as_instance(argv[0]);
  for (size_t i = 0; i < fs.size() && i < values.size(); ++i) {
    // object.__setattr__: past the frozen class's own __setattr__.
    if (inst) generic_setattr(inst, argv[0], intern(fs[i]->name), &values[i], nullptr);
  }
  return None;
}
const Object& state_function(bool set) {
  static Object get = make_native_function("_dataclass_getstate", "_dataclass_getstate", NativeSignature{{"self"}}, {Object()},
                                           None, getstate_invoke);
  static Object put = make_native_function("_dataclass_setstate", "_dataclass_setstate",
                                           NativeSignature{{"self", "state"}}, {Object(), Object()}, None, setstate_invoke);
  return set ? put : get;
}

// dataclass(slots=True), as _add_slots: a new class from the same namespace, with __slots__ for
// the fields that no base already has a slot for, and without the fields' class attributes.
Object with_slots(const Object& cls, ClassObject* c, const SpecObject* spec) {
  std::vector<Object> field_names;
  for (const Object& f : spec->fields) field_names.push_back(py_str(as_field(f)->name));
  std::vector<const Name*> inherited;
  for (size_t i = 1; i + 1 < c->mro.size(); ++i) {
    if (ClassObject* b = c->mro[i]->kind_of_class()) inherited.insert(inherited.end(), b->slot_names.begin(), b->slot_names.end());
  }
  Object ns = py_dict();
  for (const auto& e : as_dict(c->ns)->entries) {
    if (e.live()) as_dict(ns)->set(e.key, e.value);
  }
  std::vector<Object> slots;
  for (const Object& n : field_names) {
    if (std::find(inherited.begin(), inherited.end(), &intern(str_value(n))) == inherited.end()) slots.push_back(n);
    as_dict(ns)->erase(n);
  }
  as_dict(ns)->set(py_str("__slots__"), py_tuple(std::move(slots)));
  as_dict(ns)->erase(py_str("__dict__"));
  as_dict(ns)->erase(py_str("__weakref__"));
  std::vector<Object> bases;
  for (TypeObject* b : c->bases) bases.push_back(Object(b));
  as_dict(ns)->set(py_str("__qualname__"), aiocc::getattr(cls, "__qualname__"));
  Object made = call(Object(type_of(cls)), {py_str(short_name(c)), py_tuple(std::move(bases)), ns});
  if (spec->frozen) {
    if (!as_dict(ns)->find(py_str("__getstate__"))) aiocc::setattr(made, "__getstate__", state_function(false));
    if (!as_dict(ns)->find(py_str("__setstate__"))) aiocc::setattr(made, "__setstate__", state_function(true));
  }
  return made;
}

// _get_field(cls, name, type, kw_only), in its frame `f` (positions: cpython::GetFieldPos).
Object get_field(const Object& cls, const std::string& name, const Object& annotation, bool kw_only, PlainFrame& f) {
  // The default is getattr(cls, name): a descriptor gives its __get__(None, cls), and a base
  // class's attribute counts; a slot's member descriptor is no default.
  Object found;
  try {
    found = aiocc::getattr(cls, name);
  } catch (PyException& e) {
    if (!type_of(e.exc)->is_subtype_of(&exc::AttributeError)) throw;
  }
  if (!found.is_unbound() && type_of(found) == &member_descriptor_type) found = Object();
  Object fld;
  if (!found.is_unbound() && as_field(found)) {
    fld = found;
  } else {
    fld = new_field();
    if (!found.is_unbound()) as_field(fld)->default_ = found;
  }
  FieldObject* fo = as_field(fld);
  fo->name = name;
  fo->type_ = annotation;
  fo->kind = kind_of(annotation);
  if (fo->kind != FieldKind::Field && !is_missing(fo->default_factory)) {
    f.pos = cpython::kGfDefaultFactory;
    raise(&exc::TypeError, "field " + name + " cannot have a default factory");
  }
  // Fields and InitVars take the class's kw_only (or KW_ONLY's); a ClassVar keeps MISSING.
  if (fo->kind != FieldKind::ClassVar) {
    if (fo->kw_only.same(kMissing)) fo->kw_only = Object::from_bool(kw_only);
  } else if (!fo->kw_only.same(kMissing)) {
    f.pos = cpython::kGfClassVarKwOnly;
    raise(&exc::TypeError, "field " + name + " is a ClassVar but specifies kw_only");
  }
  // Mutable defaults: a value of an unhashable class (`__hash__ is None`: list, dict, set, a
  // class defining __eq__ alone…) must come from a default_factory.
  if (fo->kind == FieldKind::Field && !is_missing(fo->default_)) {
    TypeObject* t = type_of(fo->default_);
    auto* k = t->kind_of_class();
    const bool unhashable = k ? k->slot(Slot::hash).is_none()
                              : t == &types::list || t == &types::dict || t == &types::set ||
                                    t == &types::bytearray || t == &types::slice ||
                                    t == &types::dict_keys || t == &types::dict_items;
    if (unhashable) {
      f.pos = cpython::kGfMutableDefault;
      raise(&exc::ValueError, "mutable default " + aiocc::repr(Object(t)) + " for field " + name +
                                  " is not allowed: use default_factory");
    }
  }
  return fld;
}

// _process_class, in its frame `pf` (positions: cpython::ProcessClassPos).
Object process_class(const Object& cls, const Options& o, PlainFrame& pf) {
  ClassObject* c = cls.dyn<TypeObject>() ? cls.as<TypeObject>()->kind_of_class() : nullptr;
  if (!c) raise(&exc::TypeError, "dataclass() should be called on a class");
  Object spec = make<SpecObject>(c);
  auto* spec_ptr = spec.as<SpecObject>();
  spec_ptr->frozen = o.frozen;
  spec_ptr->slots = o.slots;
  spec_ptr->has_post_init = c->lookup(intern("__post_init__")) != nullptr;
  aiocc::setattr(cls, "__dataclass_params__", make<ParamsObject>(o));
  // Fields of dataclass bases first, the farthest base first.
  std::vector<Object> fields;
  auto place = [&](const Object& f) {
    for (Object& existing : fields) {
      if (as_field(existing)->name == as_field(f)->name) {
        existing = f;
        return;
      }
    }
    fields.push_back(f);
  };
  bool any_frozen_base = false, has_dataclass_bases = false;
  for (size_t i = c->mro.size(); i-- > 1;) {
    ClassObject* b = c->mro[i]->kind_of_class();
    const Object* base_fields = b ? b->lookup(intern("__dataclass_fields__")) : nullptr;
    if (!base_fields) continue;
    has_dataclass_bases = true;
    for (auto& e : as_dict(*base_fields)->entries) {
      if (e.live()) place(e.value);
    }
    const Object* params = b->lookup(intern("__dataclass_params__"));
    ParamsObject* p = params ? params->dyn<ParamsObject>() : nullptr;
    if (p && p->o.frozen) any_frozen_base = true;
  }
  // This class's own annotations, in order.
  bool kw_only = o.kw_only, kw_only_seen = false;
  std::vector<Object> cls_fields;
  const Object* ann = own(c, "__annotations__");
  if (ann && as_dict(*ann)) {
    std::vector<std::pair<Object, Object>> items;
    for (auto& e : as_dict(*ann)->entries) {
      if (e.live()) items.emplace_back(e.key, e.value);
    }
    for (auto& [key, annotation] : items) {
      const std::string name = str_value(key);
      if (is_kw_only_marker(annotation)) {
        if (kw_only_seen) {
          pf.pos = cpython::kPcKwOnlyTwice;
          raise(&exc::TypeError, str_repr(name) + " is KW_ONLY, but KW_ONLY has already been specified");
        }
        kw_only_seen = kw_only = true;
        continue;
      }
      pf.pos = cpython::kPcGetField;
      cls_fields.push_back(cpython::run_in(&cpython::dc_get_field, [&](PlainFrame& f) {
        return get_field(cls, name, annotation, kw_only, f);
      }));
    }
  }
  for (const Object& f : cls_fields) {
    place(f);
    // A field() class attribute becomes the plain default (or goes, when there is none).
    const FieldObject* fo = as_field(f);
    Object current;
    try {
      current = aiocc::getattr(cls, fo->name);
    } catch (PyException& e) {
      if (!type_of(e.exc)->is_subtype_of(&exc::AttributeError)) throw;
    }
    if (current.is_unbound() || !as_field(current)) continue;
    if (is_missing(fo->default_)) {
      as_dict(c->ns)->erase(py_str(fo->name));  // delattr
      c->changed();
    } else {
      aiocc::setattr(cls, fo->name, fo->default_);
    }
  }
  for (auto& e : as_dict(c->ns)->entries) {
    if (e.live() && as_field(e.value) && !(ann && as_dict(*ann) && as_dict(*ann)->find(e.key))) {
      pf.pos = cpython::kPcNoAnnotation;
      raise(&exc::TypeError, aiocc::repr(e.key) + " is a field but has no type annotation");
    }
  }
  if (has_dataclass_bases && any_frozen_base && !o.frozen) {
    pf.pos = cpython::kPcInheritThawed;
    raise(&exc::TypeError, "cannot inherit non-frozen dataclass from a frozen one");
  }
  if (has_dataclass_bases && !any_frozen_base && o.frozen) {
    pf.pos = cpython::kPcInheritFrozen;
    raise(&exc::TypeError, "cannot inherit frozen dataclass from a non-frozen one");
  }
  Object all_fields = py_dict();
  for (const Object& f : fields) {
    as_dict(all_fields)->set(py_str(as_field(f)->name), f);
    if (as_field(f)->kind != FieldKind::ClassVar) spec_ptr->fields.push_back(f);
    if (as_field(f)->kind == FieldKind::Field) spec_ptr->field_names.insert(as_field(f)->name);
  }
  aiocc::setattr(cls, "__dataclass_fields__", all_fields);
  if (o.order && !o.eq) {
    pf.pos = cpython::kPcOrderEq;
    raise(&exc::ValueError, "eq must be true if order is true");
  }
  if (o.init) {
    // Parameters: init fields in order, keyword-only ones last (after a bare *).
    std::vector<std::string> params{"self"};
    std::vector<Object> defaults{Object()};
    std::vector<const FieldObject*> positional, keyword;
    for (const Object& f : spec_ptr->fields) {
      const FieldObject* fo = as_field(f);
      if (fo->kind == FieldKind::Field && !fo->init) continue;
      (fo->kw_only.is_bool() && fo->kw_only.as_bool() ? keyword : positional).push_back(fo);
    }
    bool seen_default = false;
    for (const FieldObject* fo : positional) {
      bool has_default = !is_missing(fo->default_) || !is_missing(fo->default_factory);
      if (!has_default && seen_default) {
        pf.pos = cpython::kPcInitFn;
        cpython::run_in(&cpython::dc_init_fn, [&](PlainFrame&) -> Object {
          raise(&exc::TypeError, "non-default argument '" + fo->name + "' follows default argument");
        });
      }
      seen_default |= has_default;
    }
    // init_invoke reads arguments in field order: keep spec order but record the parameter order.
    std::vector<Object> ordered;
    for (const FieldObject* fo : positional) ordered.push_back(Object(const_cast<FieldObject*>(fo)));
    for (const FieldObject* fo : keyword) ordered.push_back(Object(const_cast<FieldObject*>(fo)));
    for (const Object& f : spec_ptr->fields) {
      const FieldObject* fo = as_field(f);
      if (fo->kind == FieldKind::Field && !fo->init) ordered.push_back(f);
    }
    // _init_fn's def line annotates each parameter with its field's type and the result
    // with None: `def __init__(self, x: _type_x, ...) -> _return_type`.
    Object annotations = py_dict();
    for (const Object& f : ordered) {
      const FieldObject* fo = as_field(f);
      if (fo->kind == FieldKind::Field && !fo->init) continue;
      as_dict(annotations)->set(py_str(fo->name), fo->type_);
      params.push_back(fo->name);
      spec_ptr->init_params.push_back(fo->name);
      defaults.push_back(!is_missing(fo->default_factory) ? kHasDefaultFactory
                         : is_missing(fo->default_)         ? Object()
                                                            : fo->default_);
    }
    int kwonly_index = keyword.empty() ? -1 : static_cast<int>(1 + positional.size());
    as_dict(annotations)->set(py_str("return"), None);
    add_if_absent(cls, c, "__init__",
                  with_annotations(native_method(spec_ptr, "__init__", params, defaults, kwonly_index, init_invoke),
                                   annotations));
  }
  if (o.repr) {
    // CPython's is _recursive_repr's wrapper (functools.wraps) of the function __create_fn__
    // made: that function is its __wrapped__ (pprint looks for it).
    Object repr = native_method(spec_ptr, "__repr__", {"self"}, {}, -1, repr_invoke);
    aiocc::setattr(repr, "__wrapped__", make_native_function("__repr__", "__create_fn__.<locals>.__repr__",
                                                             NativeSignature{{"self"}}, {}, Object(spec_ptr), repr_invoke));
    add_if_absent(cls, c, "__repr__", repr);
  }
  if (o.eq) add_if_absent(cls, c, "__eq__", native_method(spec_ptr, "__eq__", {"self", "other"}, {}, -1, eq_invoke));
  if (o.order) {
    pf.pos = cpython::kPcOverwriteOrder;
    const char* hint = ". Consider using functools.total_ordering";
    add_or_raise(cls, c, "__lt__", native_method(spec_ptr, "__lt__", {"self", "other"}, {}, -1, lt_invoke), hint);
    add_or_raise(cls, c, "__le__", native_method(spec_ptr, "__le__", {"self", "other"}, {}, -1, le_invoke), hint);
    add_or_raise(cls, c, "__gt__", native_method(spec_ptr, "__gt__", {"self", "other"}, {}, -1, gt_invoke), hint);
    add_or_raise(cls, c, "__ge__", native_method(spec_ptr, "__ge__", {"self", "other"}, {}, -1, ge_invoke), hint);
  }
  if (o.frozen) {
    pf.pos = cpython::kPcOverwriteFrozen;
    add_or_raise(cls, c, "__setattr__",
                 native_method(spec_ptr, "__setattr__", {"self", "name", "value"}, {}, -1, frozen_setattr_invoke), "");
    add_or_raise(cls, c, "__delattr__",
                 native_method(spec_ptr, "__delattr__", {"self", "name"}, {}, -1, frozen_delattr_invoke), "");
  }
  // __hash__ (dataclasses._hash_action).
  const Object* class_hash = own(c, "__hash__");
  bool explicit_hash = class_hash && !(class_hash->is_none() && own(c, "__eq__"));
  Object hash_fn = native_method(spec_ptr, "__hash__", {"self"}, {}, -1, hash_invoke);
  if (o.unsafe_hash) {
    if (explicit_hash) {
      pf.pos = cpython::kPcHashAction;
      cpython::run_in(&cpython::dc_hash_exception, [&](PlainFrame&) -> Object {
        raise(&exc::TypeError, "Cannot overwrite attribute __hash__ in class " + short_name(c));
      });
    }
    aiocc::setattr(cls, "__hash__", hash_fn);
  } else if (o.eq && !explicit_hash) {
    aiocc::setattr(cls, "__hash__", o.frozen ? hash_fn : None);
  }
  // A class without a docstring gets its name and the signature of its constructor.
  if (!truthy(aiocc::getattr(cls, "__doc__"))) {
    std::string sig;
    if (class_text_signature(c, sig)) {
      for (size_t at; (at = sig.find(" -> None")) != std::string::npos;) sig.erase(at, 8);
    }
    aiocc::setattr(cls, "__doc__", py_str(short_name(c) + sig));
  }
  if (o.match_args && !own(c, "__match_args__")) {
    std::vector<Object> names;
    for (const Object& f : spec_ptr->fields) {
      const FieldObject* fo = as_field(f);
      // std_init_fields: the fields and InitVars __init__ takes positionally.
      const bool in_init = fo->kind == FieldKind::InitVar || (fo->kind == FieldKind::Field && fo->init);
      if (in_init && !(fo->kw_only.is_bool() && fo->kw_only.as_bool())) names.push_back(py_str(fo->name));
    }
    aiocc::setattr(cls, "__match_args__", py_tuple(std::move(names)));
  }
  Object result = cls;
  if (o.slots) {
    pf.pos = cpython::kPcAddSlots;
    result = cpython::run_in(&cpython::dc_add_slots, [&](PlainFrame&) {
      if (own(c, "__slots__")) raise(&exc::TypeError, short_name(c) + " already specifies __slots__");
      return with_slots(cls, c, spec_ptr);
    });
  }
  // abc.update_abstractmethods: the methods added may implement abstract ones.
  ClassObject* made = result.as<TypeObject>()->kind_of_class();
  if (made->abstract_methods_set) update_abstract_methods(made);
  return result;
}

// The decorator applied: wrap(cls) in dataclasses.py's frames (`direct`: `@dataclass` without
// parentheses, where dataclass() itself calls wrap).
Object decorate(const Object& cls, const Options& o, bool direct) {
  auto wrap = [&] {
    return cpython::run_in(&cpython::dc_wrap, [&](PlainFrame&) {
      return cpython::run_in(&cpython::dc_process_class, [&](PlainFrame& pf) { return process_class(cls, o, pf); });
    });
  };
  if (!direct) return wrap();
  return cpython::run_in(&cpython::dc_dataclass, [&](PlainFrame&) { return wrap(); });
}

Options options_from(Kwargs kw) {
  Options o;
  for (const Kw& k : kw) {
    bool v = truthy(k.value);
    if (k.name == "init") o.init = v;
    else if (k.name == "repr") o.repr = v;
    else if (k.name == "eq") o.eq = v;
    else if (k.name == "order") o.order = v;
    else if (k.name == "unsafe_hash") o.unsafe_hash = v;
    else if (k.name == "frozen") o.frozen = v;
    else if (k.name == "match_args") o.match_args = v;
    else if (k.name == "kw_only") o.kw_only = v;
    else if (k.name == "slots") o.slots = v;
    else if (k.name == "weakref_slot" && v) {
      raise(&exc::TypeError, "aiocc does not support dataclass(weakref_slot=True)");
    } else if (k.name != "weakref_slot") {
      raise(&exc::TypeError, "dataclass() got an unexpected keyword argument '" + std::string(k.name) + "'");
    }
  }
  return o;
}

// `@dataclass(order=True)`: the decorator that the call returns.
struct DecoratorObject final : HeapObject {
  Options options;
  explicit DecoratorObject(Options o) : options(o) {}
  TypeObject* type() const override { return &wrap_type; }
  std::string repr() const override { return "<function dataclass.<locals>.wrap at " + detail::address(this) + ">"; }
  bool is_callable() const override { return true; }
  Object call(Args args, Kwargs kw) override {
    check_no_kwargs("wrap", kw);
    check_nargs("wrap", args, 1, 1);
    return decorate(args[0], options, false);
  }
};

// The __dataclass_fields__ of a dataclass or of an instance of one.
bool dataclass_fields(const Object& o, Object& fields_dict) {
  TypeObject* t = o.dyn<TypeObject>() ? o.as<TypeObject>() : type_of(o);
  ClassObject* c = t->kind_of_class();
  const Object* f = c ? c->lookup(intern("__dataclass_fields__")) : nullptr;
  if (!f) return false;
  fields_dict = *f;
  return true;
}

std::vector<const FieldObject*> fields_of(const Object& o) {
  Object d;
  if (!dataclass_fields(o, d)) raise(&exc::TypeError, "must be called with a dataclass type or instance");
  std::vector<const FieldObject*> out;
  for (auto& e : as_dict(d)->entries) {
    if (e.live() && as_field(e.value)->kind == FieldKind::Field) out.push_back(as_field(e.value));
  }
  return out;
}

bool is_dataclass_instance(const Object& o) {
  Object d;
  return !o.dyn<TypeObject>() && dataclass_fields(o, d);
}

// asdict/astuple's copy (_asdict_inner): dataclass instances, lists, tuples, namedtuples and
// dicts are rebuilt recursively; any other value is deep-copied.
// `factory`: asdict's dict_factory or astuple's tuple_factory, Unbound for dict or tuple.
Object as_inner(const Object& v, bool to_dict, const Object& factory) {
  NativeDepth guard;
  if (is_dataclass_instance(v)) {
    std::vector<Object> parts;
    Object d = py_dict();
    for (const FieldObject* f : fields_of(v)) {
      Object x = as_inner(getattr_name(v, intern(f->name)), to_dict, factory);
      if (to_dict) {
        as_dict(d)->set(py_str(f->name), x);
      } else {
        parts.push_back(x);
      }
    }
    if (!factory.is_unbound()) {  // dict_factory([(name, value), ...]) / tuple_factory([values])
      std::vector<Object> items;
      if (to_dict) {
        for (auto& e : as_dict(d)->entries) {
          if (e.live()) items.push_back(py_tuple({e.key, e.value}));
        }
      }
      return call(factory, {py_list(to_dict ? std::move(items) : std::move(parts))});
    }
    return to_dict ? d : py_tuple(std::move(parts));
  }
  if (ListObject* l = as_list(v); l && type_of(v) == &types::list) {
    std::vector<Object> items;
    for (const Object& x : l->items) items.push_back(as_inner(x, to_dict, factory));
    return py_list(std::move(items));
  }
  if (TupleObject* t = as_tuple(v); t && type_of(v) == &types::tuple) {
    std::vector<Object> items;
    for (const Object& x : t->items) items.push_back(as_inner(x, to_dict, factory));
    return py_tuple(std::move(items));
  }
  if (DictObject* d = as_dict(v); d && type_of(v) == &types::dict) {
    Object out = py_dict();
    for (auto& e : d->entries) {
      if (e.live()) as_dict(out)->set(as_inner(e.key, to_dict, factory), as_inner(e.value, to_dict, factory));
    }
    return out;
  }
  if (InstanceObject* i = as_instance(v); i && as_tuple(i->base_value) && has_attribute(v, "_fields")) {
    std::vector<Object> items;  // a namedtuple: type(obj)(*[inner(x) for x in obj])
    for (const Object& x : as_tuple(i->base_value)->items) items.push_back(as_inner(x, to_dict, factory));
    return call(Object(type_of(v)), Args(items));
  }
  return copy::deep_copy(v);
}

}  // namespace

Object dataclass(Args args, Kwargs kw) {
  // dataclass(cls=None, /, *, init=True, ...): the keywords are checked by options_from.
  if (args.size() > 1) {
    raise(&exc::TypeError, "dataclass() takes from 0 to 1 positional arguments but " + std::to_string(args.size()) +
                               " were given");
  }
  Options o = options_from(kw);
  if (args.size() == 1 && !args[0].is_none()) return decorate(args[0], o, true);
  return make<DecoratorObject>(o);
}

Object field(Args args, Kwargs kw) {
  if (args.size()) {
    raise(&exc::TypeError, "field() takes 0 positional arguments but " + std::to_string(args.size()) +
                               (args.size() == 1 ? " was given" : " were given"));
  }
  Object f = new_field();
  FieldObject* fo = as_field(f);
  for (const Kw& k : kw) {
    if (k.name == "default") fo->default_ = k.value;
    else if (k.name == "default_factory") fo->default_factory = k.value;
    else if (k.name == "init") fo->init = truthy(k.value);
    else if (k.name == "repr") fo->repr_ = truthy(k.value);
    else if (k.name == "hash") fo->hash = k.value;
    else if (k.name == "compare") fo->compare = truthy(k.value);
    else if (k.name == "metadata") fo->metadata = k.value.is_none() ? py_dict() : k.value;
    else if (k.name == "kw_only") fo->kw_only = k.value;
    else raise(&exc::TypeError, "field() got an unexpected keyword argument '" + std::string(k.name) + "'");
  }
  if (!is_missing(fo->default_) && !is_missing(fo->default_factory)) {
    cpython::raise_in(cpython::dc_field, &exc::ValueError, "cannot specify both default and default_factory");
  }
  return f;
}

Object fields(Args args, Kwargs kw) {
  static const PyDef def("fields", {{"class_or_instance"}}, {Object()}, py_body<+[](const Object* a) {
                           Object d;
                           if (!dataclass_fields(a[0], d)) {
                             cpython::raise_in(cpython::dc_fields, &exc::TypeError, "must be called with a dataclass type or instance");
                           }
                           std::vector<Object> out;
                           for (const FieldObject* f : fields_of(a[0])) out.push_back(Object(const_cast<FieldObject*>(f)));
                           return py_tuple(std::move(out));
                         }>);
  return def(args, kw);
}

Object asdict(Args args, Kwargs kw) {
  static const PyDef def("asdict", {{"obj", "dict_factory"}, 0, 1}, {Object(), Object(&types::dict)},
                         py_body<+[](const Object* a) {
                           if (!is_dataclass_instance(a[0])) {
                             cpython::raise_in(cpython::dc_asdict, &exc::TypeError, "asdict() should be called on dataclass instances");
                           }
                           return as_inner(a[0], true, a[1].same(Object(&types::dict)) ? Object() : a[1]);
                         }>);
  return def(args, kw);
}

Object astuple(Args args, Kwargs kw) {
  static const PyDef def("astuple", {{"obj", "tuple_factory"}, 0, 1}, {Object(), Object(&types::tuple)},
                         py_body<+[](const Object* a) {
                           if (!is_dataclass_instance(a[0])) {
                             cpython::raise_in(cpython::dc_astuple, &exc::TypeError, "astuple() should be called on dataclass instances");
                           }
                           return as_inner(a[0], false, a[1].same(Object(&types::tuple)) ? Object() : a[1]);
                         }>);
  return def(args, kw);
}

Object replace(Args args, Kwargs kw) {
  // replace(obj, /, **changes)
  if (args.size() != 1) {
    raise(&exc::TypeError, args.size() == 0 ? std::string("replace() missing 1 required positional argument: 'obj'")
                                        : "replace() takes 1 positional argument but " + std::to_string(args.size()) +
                                              " were given");
  }
  const Object& obj = args[0];
  return cpython::run_in(&cpython::dc_replace, [&](PlainFrame& f) {
    if (!is_dataclass_instance(obj)) raise(&exc::TypeError, "replace() should be called on dataclass instances");
    // `changes` as dataclasses.py fills it: the keywords given, then each init field's value.
    std::vector<Kw> changes(kw.begin(), kw.end());
    std::vector<std::string> names;  // keeps the names the added keywords point into
    Object fields_dict;
    dataclass_fields(obj, fields_dict);
    std::vector<const FieldObject*> all;
    for (auto& e : as_dict(fields_dict)->entries) {
      if (e.live()) all.push_back(as_field(e.value));
    }
    names.reserve(all.size());
    std::vector<Object> values;
    values.reserve(all.size());
    for (const FieldObject* fo : all) {
      if (fo->kind == FieldKind::ClassVar) continue;
      bool given = false;
      for (const Kw& k : kw) given = given || k.name == fo->name;
      if (!fo->init) {
        if (given) {
          f.pos = cpython::kReplaceInitFalse;
          raise(&exc::ValueError, "field " + fo->name + " is declared with init=False, it cannot be specified with replace()");
        }
        continue;
      }
      if (given) continue;
      if (fo->kind == FieldKind::InitVar && is_missing(fo->default_)) {
        f.pos = cpython::kReplaceInitVar;
        raise(&exc::ValueError, "InitVar " + str_repr(fo->name) + " must be specified with replace()");
      }
      names.push_back(fo->name);
      values.push_back(getattr_name(obj, intern(fo->name)));
      changes.push_back(Kw{names.back(), values.back()});
    }
    f.pos = cpython::kReplaceCall;
    return aiocc::call(Object(type_of(obj)), {}, Kwargs(changes));
  });
}

Object is_dataclass(Args args, Kwargs kw) {
  static const PyDef def("is_dataclass", {{"obj"}}, {Object()}, py_body<+[](const Object* a) {
                           Object d;
                           return Object::from_bool(dataclass_fields(a[0], d));
                         }>);
  return def(args, kw);
}

Object init_var_getitem(const Object& type) { return make<InitVarObject>(type); }

Object attr(std::string_view name) {
  if (name == "MISSING") return kMissing;
  if (name == "KW_ONLY") return Object(&g_kw_only);
  if (name == "InitVar") return Object(&init_var_type);
  if (name == "Field") return Object(&field_type);
  raise(&exc::AttributeError, "module 'dataclasses' has no attribute '" + std::string(name) + "'");
}

bool is_init_var_class(const Object& o) { return o.same(Object(&init_var_type)); }

BuiltinFunction dataclass_fn("dataclass", dataclass, "dataclasses"), field_fn("field", field, "dataclasses"),
    fields_fn("fields", fields, "dataclasses"), asdict_fn("asdict", asdict, "dataclasses"),
    astuple_fn("astuple", astuple, "dataclasses"), replace_fn("replace", replace, "dataclasses"),
    is_dataclass_fn("is_dataclass", is_dataclass, "dataclasses");

}  // namespace dataclasses
}  // namespace aiocc
