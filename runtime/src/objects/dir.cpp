// dir(obj): CPython's object.__dir__ (the instance's __dict__ and its class's names),
// type.__dir__ (the namespaces along the MRO), a user __dir__, and the overrides of enum.py
// (EnumType.__dir__, Enum.__dir__). The names of the built-in types are asked of the python3
// found at build time (scripts/gen_cpython_names.py); a class of the script adds what CPython's
// type() puts in a class's dict beyond the class body: the __dict__/__weakref__ descriptors,
// the __slots__ members, and ABCMeta's __abstractmethods__/_abc_impl.
#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "aiocc/py/abc.h"
#include "aiocc/py/builtins.h"
#include "aiocc/py/module.h"
#include "aiocc/py/bytes.h"
#include "aiocc/py/dict.h"
#include "aiocc/py/enum.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/instance.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/protocols.h"
#include "aiocc/py/str.h"
#include "aiocc/py/types.h"
#include "aiocc/py/typing.h"
#include "cpython_names.h"
#include "internal.h"

namespace aiocc {
namespace {

using Names = std::set<std::string>;

const cpython_names::TypeDir* find_row(const cpython_names::TypeDir* rows, size_t n, std::string_view name) {
  for (size_t i = 0; i < n; ++i) {
    if (name == rows[i].name) return &rows[i];
  }
  return nullptr;
}

// dir() of a built-in type; false when the build's table does not have it.
bool add_builtin_type(const TypeObject* t, Names& out) {
  const auto* row = find_row(cpython_names::kTypeDirs, std::size(cpython_names::kTypeDirs), t->name);
  if (!row) return false;
  out.insert(row->names, row->names + row->count);
  return true;
}

void add_dict_keys(const Object& dict, Names& out) {
  if (DictObject* d = as_dict(dict)) {
    for (auto& e : d->entries) {
      if (e.live() && is_str(e.key)) out.insert(str_value(e.key));
    }
  }
}

// What instances of a built-in base carry: a __dict__ (exceptions), weak references (set,
// frozenset), or room for neither to be added (variable-sized int, tuple, bytes).
bool builtin_has_dict(const TypeObject* t) { return t->is_subtype_of(&exc::BaseException); }
bool builtin_has_weakref(const TypeObject* t) { return t == &types::set || t == &types::frozenset; }
bool builtin_variable_size(const TypeObject* t) {
  return t == &types::int_ || t == &types::bool_ || t == &types::tuple || t == &types::bytes;
}

struct Layout {
  bool dict = false, weakref = false;
};

// Whether instances of `t` have a __dict__ / take weak references; `own` receives the
// descriptors type() adds to this class's own dict (CPython's type_new: add_dict, add_weak).
Layout layout(TypeObject* t, Names* own) {
  ClassObject* c = t->kind_of_class();
  if (!c) return {builtin_has_dict(t), builtin_has_weakref(t)};
  Layout base;
  TypeObject* builtin = nullptr;
  for (TypeObject* b : c->bases) {
    Layout l = layout(b, nullptr);
    base.dict |= l.dict;
    base.weakref |= l.weakref;
    if (!b->kind_of_class()) builtin = b;
    else if (b->kind_of_class()->builtin_base) builtin = b->kind_of_class()->builtin_base;
  }
  Layout self = base;
  const Object* slots = as_dict(c->ns)->find(intern("__slots__").str);
  if (slots) {
    std::vector<Object> names = is_str(*slots) ? std::vector<Object>{*slots} : to_vector(*slots);
    for (const Object& s : names) {
      const std::string n = str_value(s);
      if (n == "__dict__") self.dict = true;
      else if (n == "__weakref__") self.weakref = true;
    }
    if (own) {
      // The member descriptors, under their mangled names (the last of slot_names are the bases').
      size_t own_count = 0;
      for (const Object& s : names) {
        const std::string n = str_value(s);
        own_count += n != "__dict__" && n != "__weakref__";
      }
      for (size_t i = 0; i < own_count && i < c->slot_names.size(); ++i) own->insert(c->slot_names[i]->text);
    }
  } else {
    self.dict = true;
    self.weakref = base.weakref || !(builtin && builtin_variable_size(builtin));
  }
  if (own) {
    if (self.dict && !base.dict) own->insert("__dict__");
    if (self.weakref && !base.weakref) own->insert("__weakref__");
    if (c->module == "typing" && (c->name == "Generic" || c->name == "Protocol")) {
      // typing.py's own methods of these classes (aiocc implements them natively).
      own->insert("__init_subclass__");
      own->insert(c->name == "Generic" ? "__class_getitem__" : "__parameters__");
      own->insert("_is_protocol");
    }
    if (c->metaclass && c->metaclass->is_subtype_of(&abc::ABCMeta_type)) {
      own->insert("__abstractmethods__");
      own->insert("_abc_impl");
    }
  }
  return self;
}

bool add_class_names(TypeObject* cls, Names& out);

// EnumType.__dir__.
bool is_enum_class(const ClassObject* c) {
  Object e = enums::attr("Enum");
  return c->is_subtype_of(e.as<TypeObject>());
}

TypeObject* enum_member_type(const ClassObject* c) { return c->builtin_base ? c->builtin_base : &types::object; }

void add_member_names(const ClassObject* c, Names& out) {
  if (DictObject* d = as_dict(c->enum_by_name)) {
    for (auto& e : d->entries) {
      if (e.live() && is_str(e.key)) out.insert(str_value(e.key));
    }
  }
}

bool add_enum_class(ClassObject* c, Names& out) {
  for (const char* n : {"__class__", "__contains__", "__doc__", "__getitem__", "__init_subclass__", "__iter__",
                        "__len__", "__members__", "__module__", "__name__", "__qualname__"}) {
    out.insert(n);
  }
  add_member_names(c, out);
  TypeObject* member_type = enum_member_type(c);
  // `_new_member_ is not object.__new__`: a data type's __new__, or Enum's own for Enum itself.
  if (member_type != &types::object || c == enums::attr("Enum").as<ClassObject>()) out.insert("__new__");
  return member_type == &types::object || add_builtin_type(member_type, out);
}

// Enum.__dir__ for a member.
bool add_enum_member(const Object& member, ClassObject* c, Names& out) {
  Names members;
  add_member_names(c, members);
  TypeObject* member_type = enum_member_type(c);
  if (member_type != &types::object) {
    // object.__dir__(self): the data type's names, enum.py's attributes, and the classes' own.
    if (!add_builtin_type(member_type, out)) return false;
    const char* base = c->is_subtype_of(enums::attr("IntFlag").as<TypeObject>())   ? "IntFlag"
                       : c->is_subtype_of(enums::attr("StrEnum").as<TypeObject>()) ? "StrEnum"
                       : c->is_subtype_of(enums::attr("IntEnum").as<TypeObject>()) ? "IntEnum"
                                                                                    : "Enum";
    const auto* row = find_row(cpython_names::kEnumMemberExtras, std::size(cpython_names::kEnumMemberExtras), base);
    out.insert(row->names, row->names + row->count);
    out.insert(members.begin(), members.end());
    for (TypeObject* t : c->mro) {
      if (ClassObject* k = t->kind_of_class(); k && is_script_module(k->module)) add_dict_keys(k->ns, out);
    }
    return true;
  }
  for (const char* n : {"__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"}) out.insert(n);
  if (InstanceObject* inst = as_instance(member); inst && as_dict(inst->dict)) {
    Names own;
    add_dict_keys(inst->dict, own);
    for (const std::string& n : own) {
      if (n[0] != '_' && !members.count(n)) out.insert(n);
    }
  }
  for (TypeObject* t : c->mro) {
    ClassObject* k = t->kind_of_class();
    if (!k || !is_script_module(k->module)) continue;
    Names own;
    add_dict_keys(k->ns, own);
    for (const std::string& n : own) {
      if (n[0] != '_' && !members.count(n)) out.insert(n);
    }
  }
  return true;
}

// type.__dir__: every namespace along the MRO.
bool add_class_names(TypeObject* cls, Names& out) {
  if (ClassObject* c = cls->kind_of_class(); c && is_enum_class(c)) return add_enum_class(c, out);
  bool known = true;
  for (TypeObject* t : cls->mro.empty() ? std::vector<TypeObject*>{cls} : cls->mro) {
    if (ClassObject* c = t->kind_of_class()) {
      add_dict_keys(c->ns, out);
      layout(c, &out);
    } else {
      known &= add_builtin_type(t, out);
    }
  }
  return known;
}

// The instance's own attributes, as its __dict__ would list them.
void add_instance_names(InstanceObject* inst, Names& out) {
  if (as_dict(inst->dict)) {
    add_dict_keys(inst->dict, out);
  } else if (inst->shape) {
    for (size_t i = 0; i < inst->shape->names.size() && i < inst->values.size(); ++i) {
      if (!inst->values[i].is_unbound()) out.insert(inst->shape->names[i]->text);
    }
  }
}

}  // namespace

bool dir_names(const Object& obj, std::vector<std::string>& result) {
  Names out;
  bool known = true;
  TypeObject* type = type_of(obj);
  ClassObject* user = type->kind_of_class();
  const Object* user_dir = user && !is_enum_class(user) ? user->lookup(intern("__dir__")) : nullptr;
  if (user_dir) {
    // A class's own __dir__: its result as a sorted list, duplicates kept.
    Object names = call_with_self(*user_dir, obj, {}, {});
    result.clear();
    for (const Object& n : to_vector(names)) {
      if (!is_str(n)) raise(&exc::TypeError, "'<' not supported between instances of '" + type_of(n)->name + "' and 'str'");
      result.push_back(str_value(n));
    }
    std::sort(result.begin(), result.end());
    return true;
  } else if (auto* t = obj.dyn<TypeObject>()) {
    known = add_class_names(t, out);
  } else if (InstanceObject* inst = as_instance(obj)) {
    if (is_enum_class(inst->cls)) {
      known = add_enum_member(obj, inst->cls, out);
    } else {
      add_instance_names(inst, out);
      known = add_class_names(inst->cls, out);
    }
  } else if (auto* e = obj.dyn<ExceptionObject>()) {
    add_dict_keys(e->attrs, out);
    known = add_class_names(e->cls, out);
  } else if (type == &types::module && is_user_module(obj)) {
    // The module's dict: what importlib puts in it, then its globals.
    for (const char* n : {"__builtins__", "__cached__", "__doc__", "__file__", "__loader__", "__name__",
                          "__package__", "__spec__"}) {
      out.insert(n);
    }
    add_dict_keys(module_attr_if_bound(obj, "__dict__"), out);
  } else if (type == &types::module) {
    known = false;  // a module's names are CPython's whole module, not what aiocc offers of it
  } else {
    known = add_class_names(type, out);
    // Instances with a __dict__ in CPython (asyncio's primitives, TypeVar...) whose attributes
    // aiocc does not keep are not known.
    if (known && out.count("__dict__")) {
      if (!has_attribute(obj, "__dict__")) return false;
      add_dict_keys(aiocc::getattr(obj, "__dict__"), out);
    }
  }
  result.assign(out.begin(), out.end());
  return known;
}

namespace builtins {

Object dir_impl(const Object&, const Object* a, Args, Kwargs) {
  // dir() without an argument (the local names) is refused at compile time when the call is seen.
  if (a[0].is_unbound()) raise(&exc::NotImplementedError, "dir() without an argument is not supported by aiocc");
  std::vector<std::string> names;
  if (!dir_names(a[0], names)) {
    raise(&exc::NotImplementedError, "dir() of a '" + type_of(a[0])->name + "' object is not supported by aiocc");
  }
  std::vector<Object> out;
  out.reserve(names.size());
  for (const std::string& n : names) out.push_back(py_str(n));
  return py_list(std::move(out));
}

}  // namespace builtins
}  // namespace aiocc
