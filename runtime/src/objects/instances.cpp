// Shaped instances: attribute storage in the order a Shape lists them (a dict once an instance
// stops fitting, see instance.h), generic attribute access with __getattribute__/__getattr__/
// __setattr__ hooks, and the slow paths of the inline caches that fill them.
#include "aiocc/py/instance.h"

#include <algorithm>

#include "aiocc/py/builtins.h"
#include "aiocc/py/dict.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/list.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/protocols.h"
#include "aiocc/py/set.h"
#include "aiocc/py/str.h"
#include "builtin_bases.h"
#include "internal.h"
#include "method_catalog.h"
#include "object_model.h"

namespace aiocc {

namespace {

constexpr size_t kMaxShapeNames = 48;
constexpr size_t kMaxTransitions = 32;

bool is_function(const Object& o) { return o.is_heap() && o.heap()->type() == &types::function; }

[[noreturn]] void no_attribute(const Object& o, const Name& n) {
  const TypeObject* t = type_of(o);
  raise_attribute_error(o, n.text, "'" + (t->tp_name.empty() ? short_name(t) : t->tp_name) + "' object has no attribute '" + n.text + "'");
}

void fill(AttrCache* c, InstanceObject* inst, AttrEntry e) {
  if (!c || inst->shape == dict_shape()) return;
  c->slot_for(inst->shape) = e;
}

}  // namespace

Object* member_slot(InstanceObject* inst, const Name& n) {
  ClassObject* cls = inst->cls;
  if (cls->has_slots || cls->slot_names.empty()) return nullptr;
  auto it = std::find(cls->slot_names.begin(), cls->slot_names.end(), &n);
  if (it == cls->slot_names.end()) return nullptr;
  inst->slot_values.resize(cls->slot_names.size());
  return &inst->slot_values[it - cls->slot_names.begin()];
}

// ---- attribute access ------------------------------------------------------------------------
Object generic_getattr(InstanceObject* inst, const Object& self, const Name& n, AttrCache* c) {
  ClassObject* cls = inst->cls;
  const Object* d = cls->lookup(n);
  if (d && is_data_descriptor(*d)) return descr_get(*d, self, cls, n);
  if (Object* m = member_slot(inst, n)) {
    if (m->is_unbound()) no_attribute(self, n);
    return *m;
  }
  if (Object* v = inst->own(n)) {
    // A class attribute that is an instance of a user class may become a data descriptor later
    // (its class gains __set__) without this class changing: such names are not cached.
    if (inst->shape != dict_shape() && !(d && as_instance(*d))) {
      fill(c, inst, {inst->shape, cls->version, AttrEntry::Value,
                     static_cast<uint32_t>(inst->shape->index_of(&n)), nullptr});
    }
    return *v;
  }
  if (n.text == "__dict__" && !cls->has_slots) return inst->materialize_dict();
  if (n.text == "__class__") return Object(cls);
  if (d) {
    if (!binds(*d) && !as_instance(*d)) fill(c, inst, {inst->shape, cls->version, AttrEntry::ClassValue, 0, d});
    return descr_get(*d, self, cls, n);
  }
  if (!inst->base_value.is_unbound() && n.slot < 0) {
    try {
      return aiocc::getattr(inst->base_value, n.text);
    } catch (PyException& e) {
      if (!type_of(e.exc)->is_subtype_of(&exc::AttributeError)) throw;
    }
  }
  // A special method of the built-in type the class derives from (`d.__repr__` of a dict
  // subclass), else what every object inherits from `object` (__eq__, __setattr__...), bound.
  if (cls->builtin_base && n.slot >= 0) {
    if (Object m = inherited_builtin_special(cls->builtin_base, n); !m.is_unbound()) {
      return m.is_none() ? m : make_bound_method(m, self);
    }
  }
  if (const Object* f = object_attribute(n)) return make_bound_method(*f, self);
  no_attribute(self, n);
}

void generic_setattr(InstanceObject* inst, const Object& self, const Name& n, const Object* v,
                     StoreCache* c) {
  ClassObject* cls = inst->cls;
  const Object* d = cls->lookup(n);
  if (d && is_data_descriptor(*d)) return descr_set(*d, self, v, cls, n);
  if (n.text == "__dict__" && !cls->has_slots) return set_instance_dict(inst, v);
  if (n.text == "__class__") return set_instance_class(inst, v);
  if (Object* m = member_slot(inst, n)) {
    if (!v && m->is_unbound()) raise(&exc::AttributeError, n.text);  // the member descriptor's message
    *m = v ? *v : Object();
    return;
  }
  if (!v) {
    if (inst->del_own(n)) return;
    if (cls->has_slots && std::find(cls->slot_names.begin(), cls->slot_names.end(), &n) != cls->slot_names.end()) {
      raise(&exc::AttributeError, n.text);
    }
    no_attribute(self, n);
  }
  if (cls->has_slots && std::find(cls->slot_names.begin(), cls->slot_names.end(), &n) == cls->slot_names.end()) {
    no_attribute(self, n);
  }
  Shape* s = inst->shape;
  if (d && as_instance(*d)) c = nullptr;  // see generic_getattr
  if (s != dict_shape()) {
    int i = s->index_of(&n);
    if (i >= 0) {
      if (c) c->slot_for(s) = {s, s, cls->version, static_cast<uint32_t>(i)};
      inst->values[i] = *v;
      return;
    }
    if (Shape* next = s->names.size() < kMaxShapeNames ? s->with(&n) : nullptr) {
      if (c) c->slot_for(s) = {s, next, cls->version, static_cast<uint32_t>(inst->values.size())};
      inst->values.push_back(*v);
      inst->shape = next;
      return;
    }
  }
  inst->set_own(n, *v);
}

namespace {

Object instance_getattr(InstanceObject* inst, const Object& self, const Name& n, AttrCache* c) {
  ClassObject* cls = inst->cls;
  const Object& hook = cls->slot(Slot::getattr);
  if (cls->user_getattribute) {
    if (hook.is_unbound()) return aiocc::call(cls->slot(Slot::getattribute), {self, n.str});
    try {
      return aiocc::call(cls->slot(Slot::getattribute), {self, n.str});
    } catch (PyException& e) {
      if (!type_of(e.exc)->is_subtype_of(&exc::AttributeError)) throw;
    }
    return aiocc::call(hook, {self, n.str});
  }
  if (hook.is_unbound()) return generic_getattr(inst, self, n, c);
  try {
    return generic_getattr(inst, self, n, nullptr);
  } catch (PyException& e) {
    if (!type_of(e.exc)->is_subtype_of(&exc::AttributeError)) throw;
  }
  return aiocc::call(hook, {self, n.str});
}

void instance_setattr(InstanceObject* inst, const Object& self, const Name& n, const Object* v,
                      StoreCache* c) {
  ClassObject* cls = inst->cls;
  const Object& hook = cls->slot(v ? Slot::setattr : Slot::delattr);
  if (!hook.is_unbound()) {
    if (v) {
      aiocc::call(hook, {self, n.str, *v});
    } else {
      aiocc::call(hook, {self, n.str});
    }
    return;
  }
  generic_setattr(inst, self, n, v, c);
}

}  // namespace

// ---- Shape -----------------------------------------------------------------------------------
Shape* Shape::with(const Name* n) {
  for (auto& [name, next] : transitions) {
    if (name == n) return next;
  }
  // Instances that each add names of their own (setattr with computed names) use dicts.
  if (transitions.size() >= kMaxTransitions) return nullptr;
  auto* s = new Shape{cls, names, {}};  // shapes live as long as their class: forever
  s->names.push_back(n);
  if (cls) cls->attr_hint = std::max<uint32_t>(cls->attr_hint, static_cast<uint32_t>(s->names.size()));
  transitions.emplace_back(n, s);
  return s;
}

Shape* dict_shape() {
  static Shape s{nullptr, {}, {}};
  return &s;
}

// ---- InstanceObject --------------------------------------------------------------------------
InstanceObject::InstanceObject(ClassObject* c) : cls(c), shape(&c->root) {
  kind = Kind::Instance;
  values.reserve(c->attr_hint);
}

Object* InstanceObject::own(const Name& n) {
  if (shape != dict_shape()) {
    int i = shape->index_of(&n);
    return i >= 0 ? &values[i] : nullptr;
  }
  return as_dict(dict)->find(n.str);
}

void InstanceObject::set_own(const Name& n, const Object& v) {
  if (shape != dict_shape()) {
    int i = shape->index_of(&n);
    if (i >= 0) {
      values[i] = v;
      return;
    }
    if (Shape* next = shape->names.size() < kMaxShapeNames ? shape->with(&n) : nullptr) {
      shape = next;
      values.push_back(v);
      return;
    }
    materialize_dict();
  }
  as_dict(dict)->set(n.str, v);
}

bool InstanceObject::del_own(const Name& n) {
  if (!own(n)) return false;
  materialize_dict();
  return as_dict(dict)->erase(n.str);
}

Object& InstanceObject::materialize_dict() {
  if (shape == dict_shape()) return dict;
  dict = py_dict();
  for (size_t i = 0; i < shape->names.size(); ++i) as_dict(dict)->set(shape->names[i]->str, values[i]);
  values.clear();
  shape = dict_shape();
  return dict;
}

std::string InstanceObject::repr() const {
  const Object& r = cls->slot(Slot::repr);
 if (!r.is_unbound()) return user_string(r, Object(const_cast<InstanceObject*>(this)), "__repr__");
  if (SetObject* s = as_set(base_value)) {
    // set_repr names a subclass: MySet({1, 2}), MySet().
    std::string name = cls->name.substr(cls->name.rfind('.') + 1);
    if (s->used == 0) return name + "()";
    std::string inner = s->repr();  // {…}, or frozenset({…}) to unwrap
    if (s->frozen) inner = inner.substr(10, inner.size() - 11);
    return name + "(" + inner + ")";
  }
  if (!base_value.is_unbound()) return aiocc::repr(base_value);
  // object.__repr__: the class's module (unless builtins) and qualified name.
  const std::string where = cls->module == "builtins" ? "" : cls->module + ".";
  return "<" + where + cls->name + " object at " + detail::address(this) + ">";
}

std::string InstanceObject::str() const {
  const Object& s = cls->slot(Slot::str);
  if (!s.is_unbound()) return user_string(s, Object(const_cast<InstanceObject*>(this)), "__str__");
  // str defines __str__ itself; the other built-in types inherit object's, which calls repr.
  if (is_str(base_value)) return aiocc::str(base_value);
  return repr();
}

bool InstanceObject::truthy() const {
  Object self(const_cast<InstanceObject*>(this));
  const Object& b = cls->slot(Slot::bool_);
  if (!b.is_unbound()) {
    Object r = aiocc::call(b, {self});
    if (!r.is_bool()) {
      raise(&exc::TypeError, "__bool__ should return bool, returned " + type_of(r)->name);
    }
    return r.as_bool();
  }
  if (!cls->slot(Slot::len).is_unbound()) return length(self) != 0;
  if (!base_value.is_unbound()) return aiocc::truthy(base_value);
  return true;
}

Object InstanceObject::getattr(const Object& self, std::string_view name) {
  return instance_getattr(this, self, intern(name), nullptr);
}

void InstanceObject::setattr(std::string_view name, const Object& value) {
  Object self(this);
  instance_setattr(this, self, intern(name), value.is_unbound() ? nullptr : &value, nullptr);
}

Object InstanceObject::call(Args args, Kwargs kw) {
  const Object& c = cls->slot(Slot::call);
  if (!c.is_unbound()) return call_with_self(c, Object(this), args, kw);
  return HeapObject::call(args, kw);
}

std::string user_string(const Object& method, const Object& self, const char* which) {
  Object r = aiocc::call(method, {self});
  if (!is_str(r)) {
    raise(&exc::TypeError, std::string(which) + " returned non-string (type " + type_of(r)->name + ")");
  }
  return str_value(r);
}

// ---- cache slow paths ------------------------------------------------------------------------
Object getattr_slow(const Object& o, const Name& n, AttrCache& c) {
  if (InstanceObject* inst = as_instance(o)) return instance_getattr(inst, o, n, &c);
  if (ClassObject* cls = o.is_heap() && o.heap()->type()->is_subtype_of(&types::type) ? o.as<TypeObject>()->kind_of_class() : nullptr) {
    // `C.CONSTANT`: the class's root shape stands for the class in the cache.
    const uint64_t version = cls->version;
    for (const AttrEntry& e : c.ways) {
      if (e.shape == &cls->root && e.version == version) return *e.value;
    }
    const Object* d = cls->lookup(n);
    // type's own data descriptors win over a class attribute of the same name (ClassObject::get).
    if (d && !binds(*d) && !as_instance(*d) && !is_type_attribute(n)) {
      c.slot_for(&cls->root) = {&cls->root, version, AttrEntry::ClassValue, 0, d};
      return *d;
    }
    return cls->get(n);
  }
  return getattr_name(o, n);
}

void setattr_slow(const Object& o, const Name& n, const Object& v, StoreCache& c) {
  if (InstanceObject* inst = as_instance(o)) return instance_setattr(inst, o, n, &v, &c);
  setattr_name(o, n, v);
}

namespace {
// The built-in methods hot loops call, for the site caches. Each handles the common arity only.
bool list_append(Args a, Object& out) {
  if (a.size() != 2) return false;
  a[0].as<ListObject>()->items.push_back(a[1]);
  out = None;
  return true;
}
bool list_pop(Args a, Object& out) {
  auto& items = a[0].as<ListObject>()->items;
  if (a.size() != 1 || items.empty()) return false;
  out = std::move(items.back());
  items.pop_back();
  return true;
}
bool dict_get(Args a, Object& out) {
  if (a.size() != 2 && a.size() != 3) return false;
  Object* v = a[0].as<DictObject>()->find(a[1]);
  out = v ? *v : a.size() == 3 ? a[2] : None;
  return true;
}
bool set_add(Args a, Object& out) {
  if (a.size() != 2 || a[0].as<SetObject>()->frozen) return false;
  a[0].as<SetObject>()->add(a[1]);
  out = None;
  return true;
}

BuiltinMethod builtin_method(HeapObject::Kind k, const Name& n) {
  using K = HeapObject::Kind;
  if (k == K::List && n.text == "append") return list_append;
  if (k == K::List && n.text == "pop") return list_pop;
  if (k == K::Dict && n.text == "get") return dict_get;
  if (k == K::Set && n.text == "add") return set_add;
  return nullptr;
}

// The catalog of a type whose call_method looks the name up there before anything else, so
// that a site may call the entry it found directly.
const MethodCatalog* site_catalog(const TypeObject* t) {
  const bool catalog_first = t == &types::str || t == &types::list || t == &types::tuple || t == &types::dict ||
                             t == &types::set || t == &types::frozenset || t == &types::dict_keys ||
                             t == &types::dict_values || t == &types::dict_items;
  return catalog_first ? catalog_of_type(t) : nullptr;
}
}  // namespace

Object call_cached_catalog_method(const MethodCache& c, Args args, Kwargs kw) {
  return call_catalog_method(*c.catalog, *c.def, args[0], Args(args.p + 1, args.n - 1), kw);
}

Object call_method_slow(const Name& n, MethodCache& c, Args args, Kwargs kw) {
  const Object& self = args[0];
  Args rest(args.p + 1, args.n - 1);
  InstanceObject* inst = as_instance(self);
  if (!inst && self.is_heap() && kw.size() == 0) {
    BuiltinMethod m = builtin_method(self.heap()->kind, n);
    if (!m) m = self.heap()->fast_method(n);
    if (!m) {
      TypeObject* t = self.heap()->type();
      if (const MethodCatalog* cat = site_catalog(t)) {
        if (const MethodDef* d = cat->find(n.text)) {
          c.catalog_type = t;
          c.catalog = cat;
          c.def = d;
          return call_catalog_method(*cat, *d, self, rest, kw);
        }
      }
    }
    if (m) {
      c.builtin_kind = self.heap()->kind;
      c.builtin = m;
      Object out;
      if (m(args, out)) return out;
    }
  }
  if (!inst) {
    if (auto* t = self.is_heap() && self.heap()->type()->is_subtype_of(&types::type) ? self.as<TypeObject>() : nullptr;
        t && t->kind_of_class()) {
      // C.method(...): static and class methods, and plain functions called through the class.
      if (const Object* d = t->kind_of_class()->lookup(n)) return aiocc::call(descr_get(*d, Object(), t, n), rest, kw);
    }
    if (self.is_heap()) return self.heap()->call_method(self, n.text, rest, kw);
    return aiocc::call_method(self, n.text, rest, kw);
  }
  ClassObject* cls = inst->cls;
  if (!cls->user_getattribute && cls->slot(Slot::getattr).is_unbound() &&
      inst->shape != dict_shape() && !inst->own(n)) {
    const Object* d = cls->lookup(n);
    if (d && is_function(*d)) {
      auto* f = d->as<FunctionObject>();
      const FunctionInfo* info = f->info;
      c.slot_for(inst->shape) = {inst->shape, cls->version,
                                 info->vararg_index < 0 && info->kwarg_index < 0 &&
                                     info->nparams == static_cast<int>(args.size()),
                                 f};
      return f->call(args, kw);
    }
  }
  return aiocc::call(instance_getattr(inst, self, n, nullptr), rest, kw);
}

namespace {
// Whether `e` is the AttributeError of looking `n` up on `self` (not one the method raised).
bool is_lookup_failure(const Object& e, const Name& n, const Object& self) {
  auto* eo = e.as<ExceptionObject>();
  if (eo->cls != &exc::AttributeError) return false;
  DictObject* a = as_dict(eo->attrs);
  const Object* name = a ? a->find(py_str("name")) : nullptr;
  const Object* obj = a ? a->find(py_str("obj")) : nullptr;
  return name && obj && is_str(*name) && str_value(*name) == n.text && obj->same(self);
}
}  // namespace

Object call_method_slow_at(const Name& n, MethodCache& c, Args args, Kwargs kw, Frame& f, int attr_pos) {
  try {
    return call_method_slow(n, c, args, kw);
  } catch (PyException& e) {
    if (is_lookup_failure(e.exc, n, args[0])) {
      f.pos = attr_pos;
      // The entry the raise gave this frame, at the call's position until now.
      auto& tb = e.obj()->tb;
      if (!tb.empty() && tb.front().code == f.code) tb.front().pos = attr_pos;
    }
    throw;
  }
}

Object load_method_slow(const Name& n, const Object& recv) {
  if (InstanceObject* inst = as_instance(recv)) {
    ClassObject* cls = inst->cls;
    if (!cls->user_getattribute && inst->shape != dict_shape() && !inst->own(n) && !member_slot(inst, n)) {
      const Object* d = cls->lookup(n);
      if (d && is_function(*d)) return Object();  // found again by the call, with no code run
    }
    return instance_getattr(inst, recv, n, nullptr);
  }
  if (auto* t = recv.dyn<TypeObject>(); t && t->kind_of_class()) return getattr_name(recv, n);
  // The core built-in types answer getattr for every method they have, without running user
  // code; other runtime objects may know some methods only when called: the call decides.
  TypeObject* t = type_of(recv);
  if (t == &types::str || t == &types::list || t == &types::dict || t == &types::tuple || t == &types::set ||
      t == &types::frozenset || t == &types::int_ || t == &types::float_ || t == &types::bool_ ||
      t == &types::none || t == &types::range) {
    aiocc::getattr(recv, n.text);
  }
  return Object();
}

void finalize_instance(HeapObject* h) {
  auto* inst = static_cast<InstanceObject*>(h);
  Object del = inst->cls->slot(Slot::del_);
  if (del.is_unbound() || inst->finalized) {
    delete inst;
    return;
  }
  inst->finalized = true;
  Object self(inst);  // the reference __del__ is called with
  try {
    aiocc::call(del, {self});
  } catch (PyException& e) {  // as the interpreter reports an exception in __del__
    write_unraisable(aiocc::repr(del), e);
  }
}  // `self` lets go: the object is freed, unless __del__ stored a reference to it somewhere

Object call_loaded_slow(const Object& loaded, Args args, Kwargs kw) {
  return aiocc::call(loaded, Args(args.p + 1, args.n - 1), kw);
}

Object getattr_name(const Object& o, const Name& n) {
  if (InstanceObject* inst = as_instance(o)) return instance_getattr(inst, o, n, nullptr);
  if (o.is_heap() && o.heap()->type()->is_subtype_of(&types::type) && o.as<TypeObject>()->kind_of_class()) {
    return o.as<TypeObject>()->kind_of_class()->get(n);
  }
  return aiocc::getattr(o, n.text);
}

void setattr_name(const Object& o, const Name& n, const Object& v) {
  if (InstanceObject* inst = as_instance(o)) return instance_setattr(inst, o, n, &v, nullptr);
  aiocc::setattr(o, n.text, v);
}

void delattr_name(const Object& o, const Name& n, Pos) {
  if (InstanceObject* inst = as_instance(o)) return instance_setattr(inst, o, n, nullptr, nullptr);
  aiocc::setattr(o, n.text, Object());
}

}  // namespace aiocc
