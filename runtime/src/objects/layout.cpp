// The layout of a class's instances, as CPython's type() decides it (typeobject.c: best_base,
// solid_base, type_new_slots): which base fixes the layout, whether instances have a __dict__
// and a weak reference list, and what __slots__ adds. type() records the answer in the class
// namespace as descriptors: a member descriptor per slot (`<member 'x' of 'P' objects>`) and the
// `__dict__`/`__weakref__` getset descriptors of the first class of its line to have them. So
// `vars(C)`, `C.__dict__['x']`, `C.x` and `dir(C)` show what CPython's show.
//
// The values stay where instances.cpp keeps them (shapes, slot_values, the instance dict):
// attribute access goes there directly, and these descriptors are what an explicit
// `__get__`/`__set__`/`__delete__` goes through.
#include <algorithm>

#include "aiocc/py/bytes.h"
#include "aiocc/py/dict.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/function.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/str.h"
#include "object_model.h"

namespace aiocc {

namespace {

using Layout = ClassObject::Layout;

// A built-in type's layout (tp_dictoffset, tp_weaklistoffset, tp_itemsize); a class's own.
Layout layout_of(TypeObject* t) {
  if (ClassObject* k = t->kind_of_class()) return k->layout;
  // BaseException keeps a dict but no weak references; its subclasses share its layout.
  if (t->is_subtype_of(&exc::BaseException)) return {true, false, false, &exc::BaseException};
  if (t == &types::type) return {true, true, true, t};
  if (t == &types::int_ || t == &types::bool_ || t == &types::tuple || t == &types::str || t == &types::bytes) {
    return {false, false, true, t};
  }
  if (t == &types::set || t == &types::frozenset) return {false, true, false, t};
  if (t == &types::object) return {false, false, false, t};
  return {false, false, false, t};
}

// CPython's best_base: the base whose solid base derives from every other base's.
TypeObject* best_base(const ClassObject* c) {
  TypeObject *base = nullptr, *winner = nullptr;
  for (TypeObject* b : c->bases) {
    TypeObject* candidate = layout_of(b).solid;
    if (!winner || (candidate != winner && candidate->is_subtype_of(winner))) {
      winner = candidate;
      base = b;
    }
  }
  return base ? base : &types::object;
}

struct LayoutDescriptor final : HeapObject {
  enum What : uint8_t { Member, Dict, Weakref };
  What what;
  ClassObject* owner;  // classes are immortal
  const Name* name;
  LayoutDescriptor(What w, ClassObject* o, const Name* n) : what(w), owner(o), name(n) {}
  TypeObject* type() const override { return what == Member ? &member_descriptor_type : &getset_descriptor_type; }
  std::string repr() const override {
    return std::string(what == Member ? "<member '" : "<attribute '") + name->text + "' of '" + short_name(owner) +
           "' objects>";
  }
  bool is_descriptor() const override { return true; }

  InstanceObject* check(const Object& instance) const {
    if (!type_of(instance)->is_subtype_of(owner)) {
      raise(&exc::TypeError, "descriptor '" + name->text + "' for '" + short_name(owner) +
                                 "' objects doesn't apply to a '" + short_name(type_of(instance)) + "' object");
    }
    return as_instance(instance);
  }
  Object get(const Object& instance) const {
    InstanceObject* i = check(instance);
    if (what == Weakref || !i) return None;  // no weak references are ever made
    if (what == Dict) return i->materialize_dict();
    if (Object* m = member_slot(i, *name)) {
      if (!m->is_unbound()) return *m;
    } else if (Object* v = i->own(*name)) {
      return *v;
    }
    raise_attribute_error(instance, name->text,
                          "'" + short_name(type_of(instance)) + "' object has no attribute '" + name->text + "'");
  }
  void set(const Object& instance, const Object* value) const {
    InstanceObject* i = check(instance);
    if (what == Weakref || !i) raise(&exc::AttributeError, "attribute '__weakref__' of '" + short_name(owner) + "' objects is not writable");
    if (what == Dict) return set_instance_dict(i, value);
    if (Object* m = member_slot(i, *name)) {
      if (!value && m->is_unbound()) raise(&exc::AttributeError, name->text);
      *m = value ? *value : Object();
    } else if (value) {
      i->set_own(*name, *value);
    } else if (!i->del_own(*name)) {
      raise(&exc::AttributeError, name->text);
    }
  }

  Object descriptor_get(const Object& self, const Object& instance, TypeObject*) override {
    return instance.is_unbound() || instance.is_none() ? self : get(instance);
  }
  Object getattr(const Object& self, std::string_view attr) override {
    if (attr == "__name__") return name->str;
    if (attr == "__qualname__") return py_str(str_value(aiocc::getattr(Object(owner), "__qualname__")) + "." + name->text);
    if (attr == "__objclass__") return Object(owner);
    if (attr == "__doc__") return None;
    if (attr == "__get__" || attr == "__set__" || attr == "__delete__") return make<BoundMethod>(self, std::string(attr));
    return HeapObject::getattr(self, attr);
  }
  Object call_method(const Object& self, std::string_view method, Args a, Kwargs kw) override {
    if (method == "__get__") {
      check_nargs("__get__", a, 1, 2);
      if (a[0].is_none()) {
        if (a.size() < 2 || a[1].is_none()) raise(&exc::TypeError, "__get__(None, None) is invalid");
        return self;
      }
      return get(a[0]);
    }
    if (method == "__set__") {
      check_nargs("__set__", a, 2, 2);
      set(a[0], &a[1]);
      return None;
    }
    if (method == "__delete__") {
      check_nargs("__delete__", a, 1, 1);
      set(a[0], nullptr);
      return None;
    }
    return HeapObject::call_method(self, method, a, kw);
  }
};

// _Py_Mangle, as type_new applies it to slot names: `__x` in class `_P` is `_P__x`.
std::string mangle(const std::string& cls_name, std::string n) {
  const std::string owner = cls_name.substr(std::min(cls_name.find_first_not_of('_'), cls_name.size()));
  if (!owner.empty() && n.size() > 2 && n.compare(0, 2, "__") == 0 &&
      !(n.size() >= 4 && n.compare(n.size() - 2, 2, "__") == 0) && n.find('.') == std::string::npos) {
    return "_" + owner + n;
  }
  return n;
}

}  // namespace

// subtype_setdict: deleting leaves an empty dict behind.
void set_instance_dict(InstanceObject* i, const Object* value) {
  if (value && !as_dict(*value)) {
    raise(&exc::TypeError, "__dict__ must be set to a dictionary, not a '" + short_name(type_of(*value)) + "'");
  }
  i->materialize_dict();
  i->dict = value ? *value : py_dict();
}

namespace {

// The built-in type at the root of a class's layout: compatible_for_assignment's walk down
// tp_base, through the classes of the script.
TypeObject* layout_root(TypeObject* t) {
  while (ClassObject* k = t->kind_of_class()) t = best_base(k);
  return t;
}

}  // namespace

ClassObject* class_for_assignment(const Object& self, const Object* value) {
  if (!value) raise(&exc::TypeError, "can't delete __class__ attribute");
  auto* to = value->dyn<TypeObject>();
  if (!to) raise(&exc::TypeError, "__class__ must be set to a class, not '" + short_name(type_of(*value)) + "' object");
  ClassObject* from = type_of(self)->kind_of_class();
  ClassObject* k = to->kind_of_class();
  if (!from || !k) raise(&exc::TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
  if (layout_root(from) != layout_root(k) || from->layout.dict != k->layout.dict ||
      from->layout.weakref != k->layout.weakref || from->has_slots != k->has_slots || from->slot_names != k->slot_names) {
    raise(&exc::TypeError, "__class__ assignment: '" + short_name(k) + "' object layout differs from '" + short_name(from) + "'");
  }
  return k;
}

void set_instance_class(InstanceObject* i, const Object* value) {
  ClassObject* k = class_for_assignment(Object(i), value);
  if (k == i->cls) return;
  // The same attributes along the new class's shapes (a shape belongs to one class).
  if (i->shape != dict_shape()) {
    Shape* s = &k->root;
    for (const Name* n : i->shape->names) {
      if (s) s = s->with(n);
    }
    if (!s) i->materialize_dict();
    else i->shape = s;
  }
  i->cls = k;
}

void set_layout(ClassObject* c, const std::string& name, DictObject* ns) {
  const Layout base = layout_of(best_base(c));
  bool add_dict = false, add_weak = false;
  std::vector<std::string> own;  // the slot names, mangled and sorted, without __dict__/__weakref__
  if (Object* slots = ns->find(intern("__slots__").str)) {
    std::vector<Object> names = is_str(*slots) ? std::vector<Object>{*slots} : to_vector(*slots);
    if (!names.empty() && base.varsize) {
      raise(&exc::TypeError, "nonempty __slots__ not supported for subtype of '" + short_name(best_base(c)) + "'");
    }
    for (const Object& s : names) {
      if (!is_str(s)) raise(&exc::TypeError, "__slots__ items must be strings, not '" + short_name(type_of(s)) + "'");
      if (!truthy(call_method(s, "isidentifier", {}))) raise(&exc::TypeError, "__slots__ must be identifiers");
      const std::string& n = str_value(s);
      if (n == "__dict__") {
        if (base.dict || add_dict) raise(&exc::TypeError, "__dict__ slot disallowed: we already got one");
        add_dict = true;
      } else if (n == "__weakref__") {
        if (base.weakref || add_weak) {
          raise(&exc::TypeError, "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
        }
        add_weak = true;
      } else {
        own.push_back(mangle(name, n));
      }
    }
    for (const std::string& n : own) {
      if (ns->find(py_str(n))) raise(&exc::ValueError, str_repr(n) + " in __slots__ conflicts with class variable");
    }
    std::sort(own.begin(), own.end());
    own.erase(std::unique(own.begin(), own.end()), own.end());
    c->has_slots = !add_dict && !base.dict;
  } else {
    add_dict = !base.dict;
    add_weak = !base.weakref && !base.varsize;
  }
  c->layout = {base.dict || add_dict, base.weakref || add_weak, base.varsize,
               own.empty() ? base.solid : static_cast<TypeObject*>(c)};
  // The slots: the class's own, then its bases'. A class with a __dict__ keeps its bases' slots
  // as slots (InstanceObject::slot_values); a base without __slots__ gives instances a dict.
  for (const std::string& n : own) c->slot_names.push_back(&intern(n));
  for (TypeObject* t : c->mro) {
    ClassObject* k = t->kind_of_class();
    if (!k || k == c) continue;
    if (!k->has_slots) c->has_slots = false;
    c->slot_names.insert(c->slot_names.end(), k->slot_names.begin(), k->slot_names.end());
  }
  for (const std::string& n : own) ns->set(py_str(n), make<LayoutDescriptor>(LayoutDescriptor::Member, c, &intern(n)));
  if (add_dict) ns->set(intern("__dict__").str, make<LayoutDescriptor>(LayoutDescriptor::Dict, c, &intern("__dict__")));
  if (add_weak) {
    ns->set(intern("__weakref__").str, make<LayoutDescriptor>(LayoutDescriptor::Weakref, c, &intern("__weakref__")));
  }
}

}  // namespace aiocc
