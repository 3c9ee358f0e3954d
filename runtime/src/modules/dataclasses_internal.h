// The dataclasses module's internals shared by its files: Field and InitVar objects, and the
// spec each generated method reads (dataclasses.cpp processes classes, dataclass_methods.cpp
// holds the methods' bodies).
#pragma once

#include <set>
#include <string>
#include <vector>

#include "aiocc/py/dataclasses.h"
#include "aiocc/py/dict.h"
#include "aiocc/py/function.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/str.h"
#include "aiocc/py/types.h"
#include "internal.h"

namespace aiocc::dataclasses {

extern TypeObject field_type, missing_type, kw_only_type, init_var_type;
extern TypeObject wrap_type;  // what dataclass(...) returns

struct SentinelObject final : HeapObject {
  TypeObject* cls;
  const char* text;  // its repr, when the class defines one
  explicit SentinelObject(TypeObject* c, const char* t = nullptr) : cls(c), text(t) { refcnt = 1; }
  TypeObject* type() const override { return cls; }
  std::string repr() const override { return text ? text : HeapObject::repr(); }
};
extern SentinelObject g_missing, g_kw_only, g_has_factory;
extern const Object kMissing;
extern const Object kHasDefaultFactory;  // the __init__ default of a default_factory field

inline bool is_missing(const Object& o) { return o.is_unbound() || o.same(kMissing); }

enum class FieldKind { Field, ClassVar, InitVar };

struct FieldObject final : HeapObject {
  std::string name;
  Object type_, default_, default_factory, hash, metadata, kw_only;
  bool init = true, repr_ = true, compare = true;
  FieldKind kind = FieldKind::Field;
  TypeObject* type() const override { return &field_type; }
  std::string repr() const override {
    auto b = [](bool v) { return std::string(v ? "True" : "False"); };
    const char* kinds[] = {"_FIELD", "_FIELD_CLASSVAR", "_FIELD_INITVAR"};
    return "Field(name=" + (name.empty() ? std::string("None") : aiocc::repr(py_str(name))) +
           ",type=" + (type_.is_unbound() ? "None" : aiocc::repr(type_)) + ",default=" + aiocc::repr(default_) +
           ",default_factory=" + aiocc::repr(default_factory) + ",init=" + b(init) + ",repr=" + b(repr_) +
           ",hash=" + aiocc::repr(hash) + ",compare=" + b(compare) + ",metadata=mappingproxy(" +
           aiocc::repr(metadata) + "),kw_only=" + aiocc::repr(kw_only) + ",_field_type=" +
           kinds[static_cast<int>(kind)] + ")";
  }
  Object getattr(const Object& self, std::string_view attr) override {
    if (attr == "name") return name.empty() ? None : py_str(name);
    if (attr == "type") return type_.is_unbound() ? None : type_;
    if (attr == "default") return default_;
    if (attr == "default_factory") return default_factory;
    if (attr == "init") return Object::from_bool(init);
    if (attr == "repr") return Object::from_bool(repr_);
    if (attr == "compare") return Object::from_bool(compare);
    if (attr == "hash") return hash;
    if (attr == "metadata") return metadata;
    if (attr == "kw_only") return kw_only;
    return HeapObject::getattr(self, attr);
  }
};

inline FieldObject* as_field(const Object& o) {
  return o.is_heap() && o.heap()->type() == &field_type ? o.as<FieldObject>() : nullptr;
}

inline Object new_field() {
  Object f = make<FieldObject>();
  auto* fo = f.as<FieldObject>();
  fo->default_ = fo->default_factory = fo->kw_only = kMissing;
  fo->hash = None;
  fo->metadata = py_dict();
  return f;
}

// InitVar[T]: marks an __init__-only parameter passed on to __post_init__.
struct InitVarObject final : HeapObject {
  Object inner;
  explicit InitVarObject(Object t) : inner(std::move(t)) {}
  TypeObject* type() const override { return &init_var_type; }
  std::string repr() const override {
    TypeObject* t = inner.dyn<TypeObject>();
    return "dataclasses.InitVar[" + (t ? t->name : aiocc::repr(inner)) + "]";
  }
};

// What a class's processing decided, kept in a cell of each added method.
struct SpecObject final : HeapObject {
  TypeObject* cls;
  std::vector<Object> fields;  // FieldObjects of kind Field and InitVar, in definition order
  std::vector<std::string> init_params;  // __init__'s parameters after self (keyword-only last)
  bool frozen = false;
  bool slots = false;
  bool has_post_init = false;  // the class had __post_init__ when decorated: __init__ calls it
  std::set<std::string> field_names;
  explicit SpecObject(TypeObject* c) : cls(c) {}
  TypeObject* type() const override { return &types::object; }
  std::vector<const FieldObject*> of_kind(FieldKind k) const {
    std::vector<const FieldObject*> out;
    for (const Object& f : fields) {
      if (as_field(f)->kind == k) out.push_back(as_field(f));
    }
    return out;
  }
};

inline const SpecObject& spec_of(FunctionObject& fn) { return *fn.cells[0].get().as<SpecObject>(); }

// The bodies of the methods @dataclass adds (dataclass_methods.cpp).
Object init_invoke(FunctionObject& fn, const Object* argv);
Object repr_invoke(FunctionObject& fn, const Object* argv);
Object eq_invoke(FunctionObject& fn, const Object* argv);
Object lt_invoke(FunctionObject& fn, const Object* argv);
Object le_invoke(FunctionObject& fn, const Object* argv);
Object gt_invoke(FunctionObject& fn, const Object* argv);
Object ge_invoke(FunctionObject& fn, const Object* argv);
Object hash_invoke(FunctionObject& fn, const Object* argv);
Object frozen_setattr_invoke(FunctionObject& fn, const Object* argv);
Object frozen_delattr_invoke(FunctionObject& fn, const Object* argv);

}  // namespace aiocc::dataclasses
