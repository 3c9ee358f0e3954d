// User classes: class objects with a C3 MRO and cached special methods, instances with shaped
// attribute storage, the descriptor protocol (functions, property, staticmethod, classmethod,
// user descriptors), super(), and the slow paths of the inline caches (see instance.h).
#include "aiocc/py/instance.h"

#include <algorithm>

#include "aiocc/py/dict.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/int.h"
#include "aiocc/py/list.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/protocols.h"
#include "aiocc/py/str.h"
#include "builtin_bases.h"
#include "internal.h"

namespace aiocc {

namespace {
Object construct_property(TypeObject*, Args args, Kwargs kw) { return property_new(args, kw); }
Object construct_staticmethod(TypeObject*, Args args, Kwargs kw) {
  check_no_kwargs("staticmethod", kw);
  check_nargs("staticmethod", args, 1, 1);
  return make_staticmethod(args[0]);
}
// super(type, obj) called through the type object (the emitter compiles super() calls itself).
Object construct_super(TypeObject*, Args args, Kwargs kw) {
  check_no_kwargs("super", kw);
  if (args.size() == 0) raise(&exc::RuntimeError, "super(): no arguments");
  check_nargs("super", args, 2, 2);
  return make_super(args[0], args[1]);
}

Object construct_classmethod(TypeObject*, Args args, Kwargs kw) {
  check_no_kwargs("classmethod", kw);
  check_nargs("classmethod", args, 1, 1);
  return make_classmethod(args[0]);
}
}  // namespace

namespace types {
TypeObject property("property", &object, construct_property);
TypeObject staticmethod("staticmethod", &object, construct_staticmethod);
TypeObject classmethod("classmethod", &object, construct_classmethod);
TypeObject super("super", &object, construct_super);
}  // namespace types

namespace {

uint64_t g_next_version = 1;
constexpr size_t kMaxShapeNames = 48;
constexpr size_t kMaxTransitions = 32;

std::string short_name(const TypeObject* t) { return t->name.substr(t->name.rfind('.') + 1); }

// ---- descriptors -----------------------------------------------------------------------------
struct PropertyObject final : HeapObject {
  Object fget, fset, fdel, doc;
  PropertyObject(Object g, Object s, Object d, Object dc = Object())
      : fget(std::move(g)), fset(std::move(s)), fdel(std::move(d)), doc(std::move(dc)) {
    if ((doc.is_unbound() || doc.is_none()) && fget.is_heap() && fget.heap()->type() == &types::function) {
      doc = aiocc::getattr(fget, "__doc__");  // property() takes the getter's docstring
    }
  }
  // How CPython 3.11 names a property in its errors: the name it has in its class (empty when
  // used on its own: then the getter's __name__, if any).
  std::string error_name(const TypeObject* cls, const char* what, const std::string& name) const {
    std::string owner = "'" + cls->name.substr(cls->name.rfind('.') + 1) + "' object has no " + what;
    if (!name.empty()) return "property '" + name + "' of " + owner;
    if (fget.is_heap() && fget.heap()->type() == &types::function) {
      return "property '" + aiocc::str(aiocc::getattr(fget, "__name__")) + "' of " + owner;
    }
    return "property of " + owner;
  }
  TypeObject* type() const override { return &types::property; }
  Object getattr(const Object& self, std::string_view name) override;
};

struct WrapperObject final : HeapObject {  // staticmethod / classmethod
  bool is_class;
  Object func;
  WrapperObject(bool c, Object f) : is_class(c), func(std::move(f)) {}
  TypeObject* type() const override { return is_class ? &types::classmethod : &types::staticmethod; }
  Object getattr(const Object& self, std::string_view name) override {
    if (name == "__func__") return func;
    return HeapObject::getattr(self, name);
  }
};

struct MethodObject final : HeapObject {
  Object func, self;
  MethodObject(Object f, Object s) : func(std::move(f)), self(std::move(s)) {}
  TypeObject* type() const override { return &types::method; }
  std::string repr() const override {
    return "<bound method " + aiocc::str(aiocc::getattr(func, "__qualname__")) + " of " +
           aiocc::repr(self) + ">";
  }
  Object getattr(const Object& me, std::string_view name) override {
    if (name == "__self__") return self;
    if (name == "__func__") return func;
    return aiocc::getattr(func, name);
  }
  Object call(Args args, Kwargs kw) override { return call_with_self(func, self, args, kw); }
};

Object property_method(const Object& self, std::string_view which, Args args) {
  auto* p = self.as<PropertyObject>();
  check_nargs(std::string(which).c_str(), args, 1, 1);
  Object g = p->fget, s = p->fset, d = p->fdel;
  (which == "getter" ? g : which == "setter" ? s : d) = args[0];
  return make<PropertyObject>(g, s, d, p->doc);
}

Object descr_get(const Object& d, const Object& self, TypeObject* cls, const Name& n);
void descr_set(const Object& d, const Object& self, const Object* value, TypeObject* cls, const Name& n);

// property.__get__(obj, type=None), __set__(obj, value), __delete__(obj), called directly.
Object property_get(Args a, Kwargs) {
  check_nargs("__get__", Args(a.p + 1, a.n - 1), 1, 2);
  if (a[1].is_none()) return a[0];
  return descr_get(a[0], a[1], type_of(a[1]), intern(""));
}
Object property_set(Args a, Kwargs) {
  check_nargs("__set__", Args(a.p + 1, a.n - 1), 2, 2);
  descr_set(a[0], a[1], &a[2], type_of(a[1]), intern(""));
  return None;
}
Object property_delete(Args a, Kwargs) {
  check_nargs("__delete__", Args(a.p + 1, a.n - 1), 1, 1);
  descr_set(a[0], a[1], nullptr, type_of(a[1]), intern(""));
  return None;
}

Object PropertyObject::getattr(const Object& self, std::string_view name) {
  if (name == "__get__" || name == "__set__" || name == "__delete__") {
    static BuiltinFunction get("__get__", property_get), set("__set__", property_set),
        del("__delete__", property_delete);
    return make<MethodObject>(Object(name == "__get__" ? &get : name == "__set__" ? &set : &del), self);
  }
  if (name == "fget") return fget.is_unbound() ? None : fget;
  if (name == "fset") return fset.is_unbound() ? None : fset;
  if (name == "fdel") return fdel.is_unbound() ? None : fdel;
  if (name == "__doc__") return doc.is_unbound() ? None : doc;
  if (name == "getter" || name == "setter" || name == "deleter") {
    static BuiltinFunction getter("getter", [](Args a, Kwargs) { return property_method(a[0], "getter", Args(a.p + 1, a.n - 1)); });
    static BuiltinFunction setter("setter", [](Args a, Kwargs) { return property_method(a[0], "setter", Args(a.p + 1, a.n - 1)); });
    static BuiltinFunction deleter("deleter", [](Args a, Kwargs) { return property_method(a[0], "deleter", Args(a.p + 1, a.n - 1)); });
    BuiltinFunction& f = name == "getter" ? getter : name == "setter" ? setter : deleter;
    return make<MethodObject>(Object(&f), self);
  }
  return HeapObject::getattr(self, name);
}

bool is_function(const Object& o) { return o.is_heap() && o.heap()->type() == &types::function; }

bool is_data_descriptor(const Object& d) {
  if (!d.is_heap()) return false;
  if (d.heap()->type() == &types::property) return true;
  if (InstanceObject* i = as_instance(d)) {
    return !i->cls->slot(Slot::set).is_unbound() || !i->cls->slot(Slot::delete_).is_unbound();
  }
  return false;
}

// Does reading class attribute `d` through an instance run code (bind, call a getter)?
bool binds(const Object& d) {
  if (!d.is_heap()) return false;
  TypeObject* t = d.heap()->type();
  if (t == &types::function || t == &types::property || t == &types::staticmethod ||
      t == &types::classmethod) {
    return true;
  }
  InstanceObject* i = as_instance(d);
  return i && !i->cls->slot(Slot::get).is_unbound();
}

// The value of class attribute `d` read through `self` (Unbound: through the class itself).
Object descr_get(const Object& d, const Object& self, TypeObject* cls, const Name& n) {
  if (!d.is_heap()) return d;
  TypeObject* t = d.heap()->type();
  if (t == &types::function) return self.is_unbound() ? d : make<MethodObject>(d, self);
  if (t == &types::property) {
    if (self.is_unbound()) return d;
    auto* p = d.as<PropertyObject>();
    if (p->fget.is_unbound() || p->fget.is_none()) {
      raise(&exc::AttributeError, p->error_name(cls, "getter", n.text));
    }
    return aiocc::call(p->fget, {self});
  }
  if (t == &types::staticmethod) return d.as<WrapperObject>()->func;
  if (t == &types::classmethod) return make<MethodObject>(d.as<WrapperObject>()->func, Object(cls));
  if (InstanceObject* i = as_instance(d)) {
    const Object& get = i->cls->slot(Slot::get);
    if (!get.is_unbound()) return aiocc::call(get, {d, self.is_unbound() ? None : self, Object(cls)});
  }
  return d;
}

void descr_set(const Object& d, const Object& self, const Object* value, TypeObject* cls, const Name& n) {
  if (d.heap()->type() == &types::property) {
    auto* p = d.as<PropertyObject>();
    const Object& f = value ? p->fset : p->fdel;
    if (f.is_unbound() || f.is_none()) {
      raise(&exc::AttributeError, p->error_name(cls, value ? "setter" : "deleter", n.text));
    }
    if (value) {
      aiocc::call(f, {self, *value});
    } else {
      aiocc::call(f, {self});
    }
    return;
  }
  InstanceObject* i = as_instance(d);
  const Object& f = i->cls->slot(value ? Slot::set : Slot::delete_);
  if (f.is_unbound()) raise(&exc::AttributeError, value ? "__set__" : "__delete__");
  if (value) {
    aiocc::call(f, {d, self, *value});
  } else {
    aiocc::call(f, {d, self});
  }
}

[[noreturn]] void no_attribute(const Object& o, const Name& n) {
  // As CPython does, the error carries the name and the object (e.name, e.obj).
  Object e = new_exception(&exc::AttributeError,
                           "'" + short_name(type_of(o)) + "' object has no attribute '" + n.text + "'");
  e.as<ExceptionObject>()->setattr("name", n.str);
  e.as<ExceptionObject>()->setattr("obj", o);
  raise_exc(e);
}

// ---- MRO -------------------------------------------------------------------------------------
std::vector<TypeObject*> mro_of(TypeObject* t) {
  if (!t->mro.empty()) return t->mro;
  std::vector<TypeObject*> out;
  for (TypeObject* b = t; b; b = b->base) out.push_back(b);
  return out;
}

std::vector<TypeObject*> c3(TypeObject* cls, const std::vector<TypeObject*>& bases) {
  std::vector<std::vector<TypeObject*>> seqs;
  for (TypeObject* b : bases) seqs.push_back(mro_of(b));
  seqs.push_back(bases);
  std::vector<TypeObject*> out{cls};
  for (;;) {
    bool empty = true;
    for (auto& s : seqs) empty = empty && s.empty();
    if (empty) return out;
    TypeObject* head = nullptr;
    for (auto& s : seqs) {
      if (s.empty()) continue;
      TypeObject* cand = s[0];
      bool in_tail = false;
      for (auto& o : seqs) {
        if (std::find(o.begin() + (o.empty() ? 0 : 1), o.end(), cand) != o.end()) in_tail = true;
      }
      if (!in_tail) {
        head = cand;
        break;
      }
    }
    if (!head) {
      std::string names;
      for (auto& s : seqs) {
        if (s.empty()) continue;
        bool seen = false;
        for (auto& o : seqs) {
          if (&o == &s) break;
          if (!o.empty() && o[0] == s[0]) seen = true;
        }
        if (seen) continue;
        names += (names.empty() ? "" : ", ") + short_name(s[0]);
      }
      raise(&exc::TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases " + names);
    }
    out.push_back(head);
    for (auto& s : seqs) {
      if (!s.empty() && s[0] == head) s.erase(s.begin());
    }
  }
}

// ---- instances -------------------------------------------------------------------------------
void fill(AttrCache* c, InstanceObject* inst, AttrEntry e) {
  if (!c || inst->shape == dict_shape()) return;
  c->slot_for(inst->shape) = e;
}

Object generic_getattr(InstanceObject* inst, const Object& self, const Name& n, AttrCache* c) {
  ClassObject* cls = inst->cls;
  const Object* d = cls->lookup(n);
  if (d && is_data_descriptor(*d)) return descr_get(*d, self, cls, n);
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
  no_attribute(self, n);
}

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

void generic_setattr(InstanceObject* inst, const Object& self, const Name& n, const Object* v,
                     StoreCache* c) {
  ClassObject* cls = inst->cls;
  const Object* d = cls->lookup(n);
  if (d && is_data_descriptor(*d)) return descr_set(*d, self, v, cls, n);
  if (!v) {
    if (!inst->del_own(n)) no_attribute(self, n);
    return;
  }
  if (cls->has_slots && std::find(cls->slot_names.begin(), cls->slot_names.end(), &n) == cls->slot_names.end()) {
    no_attribute(self, n);
  }
  if (n.text == "__class__") raise(&exc::TypeError, "assigning __class__ is not supported by aiocc");
  if (n.text == "__dict__") raise(&exc::TypeError, "assigning __dict__ is not supported by aiocc");
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

Object construct_instance(TypeObject* t, Args args, Kwargs kw) {
  auto* c = static_cast<ClassObject*>(t);
  Object inst;
  const Object* user_new = c->lookup(intern("__new__"));
  if (user_new) {
    // __new__ is a static method whether or not it says so.
    Object f = user_new->is_heap() && user_new->heap()->type() == &types::staticmethod
                   ? user_new->as<WrapperObject>()->func
                   : *user_new;
    inst = call_with_self(f, Object(c), args, kw);
    if (!type_of(inst)->is_subtype_of(c)) return inst;
  } else {
    inst = make<InstanceObject>(c);
    if (c->builtin_base) {
      const bool own_init = !c->slot(Slot::init).is_unbound();
      inst.as<InstanceObject>()->base_value =
          builtin_is_mutable(c->builtin_base) && !own_init
              ? c->builtin_base->construct(c->builtin_base, args, kw)
              : new_builtin_value(c->builtin_base, args, kw);
    }
  }
  const Object& init = c->slot(Slot::init);
  if (!init.is_unbound()) {
    Object r = call_with_self(init, inst, args, kw);
    if (!r.is_none()) {
      raise(&exc::TypeError, "__init__() should return None, not '" + type_of(r)->name + "'");
    }
  } else if ((args.size() || kw.size()) && !user_new && !c->builtin_base) {
    raise(&exc::TypeError, short_name(c) + "() takes no arguments");
  }
  return inst;
}

Object construct_user_exception(TypeObject* t, Args args, Kwargs kw) {
  Object e = new_exception(t, std::vector<Object>(args.begin(), args.end()));
  const Object& init = static_cast<ClassObject*>(t)->slot(Slot::init);
  if (!init.is_unbound()) {
    Object r = call_with_self(init, e, args, kw);
    if (!r.is_none()) raise(&exc::TypeError, "__init__() should return None, not '" + type_of(r)->name + "'");
  } else if (kw.size()) {
    raise(&exc::TypeError, t->name + "() takes no keyword arguments");
  }
  return e;
}

// BaseException.__init__(self, *args) reached through super(): sets args.
Object exception_init(Args args, Kwargs kw) {
  check_no_kwargs("__init__", kw);
  args[0].as<ExceptionObject>()->args.assign(args.begin() + 1, args.end());
  return None;
}
BuiltinFunction g_exception_init("__init__", exception_init);
Object object_init(Args, Kwargs) { return None; }
BuiltinFunction g_object_init("__init__", object_init);

Object object_getattribute(Args args, Kwargs kw) {
  check_no_kwargs("__getattribute__", kw);
  check_nargs("__getattribute__", args, 2, 2);
  if (!is_str(args[1])) raise(&exc::TypeError, "attribute name must be string, not '" + type_of(args[1])->name + "'");
  const Name& n = intern(str_value(args[1]));
  if (InstanceObject* i = as_instance(args[0])) return generic_getattr(i, args[0], n, nullptr);
  return getattr_name(args[0], n);
}
BuiltinFunction g_object_getattribute("__getattribute__", object_getattribute);

Object object_setattr(Args args, Kwargs kw) {
  check_no_kwargs("__setattr__", kw);
  check_nargs("__setattr__", args, 3, 3);
  const Name& n = intern(str_value(args[1]));
  if (InstanceObject* i = as_instance(args[0])) {
    generic_setattr(i, args[0], n, &args[2], nullptr);
  } else {
    setattr_name(args[0], n, args[2]);
  }
  return None;
}
BuiltinFunction g_object_setattr("__setattr__", object_setattr);

Object object_delattr(Args args, Kwargs kw) {
  check_no_kwargs("__delattr__", kw);
  check_nargs("__delattr__", args, 2, 2);
  const Name& n = intern(str_value(args[1]));
  if (InstanceObject* i = as_instance(args[0])) {
    generic_setattr(i, args[0], n, nullptr, nullptr);
  } else {
    delattr_name(args[0], n);
  }
  return None;
}
BuiltinFunction g_object_delattr("__delattr__", object_delattr);

std::string default_repr(const Object& self) {
  TypeObject* t = type_of(self);
  return "<" + (t->module == "builtins" ? std::string() : t->module + ".") + short_name(t) +
         " object at " + detail::address(self.is_heap() ? self.heap() : nullptr) + ">";
}
BuiltinFunction g_object_repr("__repr__", [](Args a, Kwargs) {
  check_nargs("__repr__", a, 1, 1);
  return py_str(default_repr(a[0]));
});
BuiltinFunction g_object_str("__str__", [](Args a, Kwargs) {
  check_nargs("__str__", a, 1, 1);
  return py_str(aiocc::repr(a[0]));
});
BuiltinFunction g_object_eq("__eq__", [](Args a, Kwargs) {
  check_nargs("__eq__", a, 2, 2);
  return a[0].same(a[1]) ? True() : NotImplemented;
});
BuiltinFunction g_object_ne("__ne__", [](Args a, Kwargs) {
  check_nargs("__ne__", a, 2, 2);
  Object r = richcompare(a[0], a[1], Slot::eq);
  return r.is_bool() ? Object::from_bool(!r.as_bool()) : NotImplemented;
});
BuiltinFunction g_object_hash("__hash__", [](Args a, Kwargs) {
  check_nargs("__hash__", a, 1, 1);
  return py_int(static_cast<int64_t>(std::hash<const void*>{}(a[0].is_heap() ? a[0].heap() : nullptr) >> 4));
});
BuiltinFunction g_object_format("__format__", [](Args a, Kwargs) {
  check_nargs("__format__", a, 2, 2);
  if (!is_str(a[1]) || !str_value(a[1]).empty()) {
    raise(&exc::TypeError, "unsupported format string passed to " + short_name(type_of(a[0])) + ".__format__");
  }
  return py_str(aiocc::str(a[0]));
});

// What `object` itself offers through super() or `object.name`.
const Object* object_attribute(const Name& n) {
  static const Object init(&g_object_init), ga(&g_object_getattribute), sa(&g_object_setattr),
      da(&g_object_delattr), rp(&g_object_repr), st(&g_object_str), eq(&g_object_eq),
      ne(&g_object_ne), hs(&g_object_hash), fm(&g_object_format);
  if (n.text == "__repr__") return &rp;
  if (n.text == "__str__") return &st;
  if (n.text == "__eq__") return &eq;
  if (n.text == "__ne__") return &ne;
  if (n.text == "__hash__") return &hs;
  if (n.text == "__format__") return &fm;
  if (n.text == "__init__") return &init;
  if (n.text == "__getattribute__") return &ga;
  if (n.text == "__setattr__") return &sa;
  if (n.text == "__delattr__") return &da;
  return nullptr;
}

struct SuperObject final : HeapObject {
  TypeObject* cls;
  Object self;
  SuperObject(TypeObject* c, Object s) : cls(c), self(std::move(s)) {}
  TypeObject* type() const override { return &types::super; }
  std::string repr() const override {
    return "<super: <class '" + short_name(cls) + "'>, <" + short_name(type_of(self)) + " object>>";
  }
  Object getattr(const Object&, std::string_view name) override {
    const Name& n = intern(name);
    if (n.text == "__class__") return Object(&types::super);
    if (n.text == "__self__") return self;
    if (n.text == "__thisclass__") return Object(cls);
    TypeObject* start = type_of(self);
    if (auto* t = self.dyn<TypeObject>(); t && t->is_subtype_of(cls)) start = t;
    std::vector<TypeObject*> mro = mro_of(start);
    auto it = std::find(mro.begin(), mro.end(), cls);
    if (it != mro.end()) ++it;
    for (; it != mro.end(); ++it) {
      if (auto* c = (*it)->kind_of_class()) {
        if (Object* v = as_dict(c->ns)->find(n.str)) return descr_get(*v, self, start, n);
      } else if (*it == &exc::BaseException && n.text == "__init__") {
        return make<MethodObject>(Object(&g_exception_init), self);
      } else if (*it == &exc::BaseException && (n.text == "__str__" || n.text == "__repr__") &&
                 type_of(self)->is_subtype_of(&exc::BaseException)) {
        static BuiltinFunction base_str("__str__", [](Args a, Kwargs) {
          return py_str(a[0].as<ExceptionObject>()->base_str());
        });
        static BuiltinFunction base_repr("__repr__", [](Args a, Kwargs) {
          return py_str(a[0].as<ExceptionObject>()->base_repr());
        });
        return make<MethodObject>(Object(n.text == "__str__" ? &base_str : &base_repr), self);
      } else if (*it == &types::object) {
        if (n.text == "__new__") return new_method(&types::object);
        if (const Object* v = object_attribute(n)) return make<MethodObject>(*v, self);
      } else if (acceptable_builtin_base(*it)) {
        const Object& value = base_value_of(self);
        if (n.text == "__new__" || !value.is_unbound()) return builtin_attribute(*it, self, value, n);
      }
    }
    raise(&exc::AttributeError, "'super' object has no attribute '" + n.text + "'");
  }
};

}  // namespace

const Object* builtin_object_attribute(const Name& n) { return object_attribute(n); }

Object make_bound_method(const Object& f, const Object& self) { return make<MethodObject>(f, self); }

bool bound_methods_equal(const Object& a, const Object& b, bool& handled) {
  auto* x = a.dyn<MethodObject>();
  auto* y = b.dyn<MethodObject>();
  handled = x && y;
  return handled && x->self.same(y->self) && (x->func.same(y->func) || eq(x->func, y->func));
}

// ---- call helpers ----------------------------------------------------------------------------
Object call_with_self(const Object& f, const Object& self, Args args, Kwargs kw) {
  Object small[8];
  std::vector<Object> big;
  Object* argv = small;
  if (args.size() + 1 > 8) {
    big.resize(args.size() + 1);
    argv = big.data();
  }
  argv[0] = self;
  for (size_t i = 0; i < args.size(); ++i) argv[i + 1] = args[i];
  return aiocc::call(f, Args(argv, args.size() + 1), kw);
}

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

// ---- ClassObject -----------------------------------------------------------------------------
ClassObject::ClassObject(std::string qualname, std::vector<TypeObject*> bs, Object dict)
    : TypeObject(std::move(qualname), bs.empty() ? &types::object : bs[0], nullptr, "__main__"),
      ns(std::move(dict)),
      version(g_next_version++),
      root{this, {}, {}} {
  refcnt = 1;  // classes are immortal: shapes and caches point at them
  user = this;
  bases = bs.empty() ? std::vector<TypeObject*>{&types::object} : std::move(bs);
  mro = c3(this, bases);
  for (TypeObject* b : bases) {
    if (auto* c = b->kind_of_class()) c->subclasses.push_back(this);
  }
}

const Object* ClassObject::lookup(const Name& n) const {
  if (lookup_cache.size() > 4096) lookup_cache.clear();  // names made at run time
  auto [it, fresh] = lookup_cache.try_emplace(&n, nullptr);
  if (!fresh) return it->second;
  for (TypeObject* t : mro) {
    if (auto* c = t->kind_of_class()) {
      if (Object* v = as_dict(c->ns)->find(n.str)) return it->second = v;
    }
  }
  return nullptr;
}

void ClassObject::changed(bool specials_too) {
  version = g_next_version++;
  lookup_cache.clear();
  if (specials_too) {
    for (int i = 0; i < kSlotCount; ++i) {
      const Object* v = lookup(slot_name(static_cast<Slot>(i)));
      specials[i] = v ? *v : Object();
    }
    user_getattribute = !slot(Slot::getattribute).is_unbound();
    user_setattr = !slot(Slot::setattr).is_unbound() || !slot(Slot::delattr).is_unbound();
  }
  for (ClassObject* s : subclasses) s->changed(specials_too);
}

std::string ClassObject::repr() const { return "<class '__main__." + name + "'>"; }

Object ClassObject::getattr(const Object&, std::string_view name) { return get(intern(name)); }

Object ClassObject::get(const Name& n) {
  Object self(this);
  std::string_view name = n.text;
  if (const Object* v = lookup(n)) return descr_get(*v, Object(), this, n);
  if (n.text == "__name__") return py_str(short_name(this));
  if (n.text == "__mro__") {
    std::vector<Object> out;
    for (TypeObject* t : mro) out.push_back(Object(t));
    return py_tuple(std::move(out));
  }
  if (n.text == "__bases__") {
    std::vector<Object> out;
    for (TypeObject* t : bases) out.push_back(Object(t));
    return py_tuple(std::move(out));
  }
  if (n.text == "__base__") return Object(base);
  if (n.text == "mro") {
    static BuiltinFunction mro_fn("mro", [](Args a, Kwargs) {
      std::vector<Object> out;
      for (TypeObject* t : a[0].as<TypeObject>()->mro) out.push_back(Object(t));
      return py_list(std::move(out));
    });
    return make<MethodObject>(Object(&mro_fn), self);
  }
  if (n.text == "__dict__") return make_mappingproxy(ns);
  if (n.text == "__doc__") return None;
  if (n.text == "__new__") return new_method(builtin_base ? builtin_base : &types::object);
  if (const Object* v = object_attribute(n)) return *v;
  if (n.text == "__qualname__" || n.text == "__module__") return TypeObject::getattr(self, name);
  raise(&exc::AttributeError, "type object '" + short_name(this) + "' has no attribute '" + n.text + "'");
}

void ClassObject::setattr(std::string_view name, const Object& value) {
  const Name& n = intern(name);
  const bool special = n.slot >= 0 || n.text == "__slots__";
  if (value.is_unbound()) {
    if (!as_dict(ns)->erase(n.str)) {
      raise(&exc::AttributeError, "type object '" + short_name(this) + "' has no attribute '" + n.text + "'");
    }
    changed(special);
    return;
  }
  // A plain value replacing a plain value (`Counter.count += 1`): every cache that could hold
  // it reads through the same dict entry, which is assigned in place, so nothing is invalidated.
  auto plain = [](const Object& v) { return !binds(v) && !as_instance(v); };
  Object* old = as_dict(ns)->find(n.str);
  if (old && !special && plain(*old) && plain(value)) {
    *old = value;
    return;
  }
  as_dict(ns)->set(n.str, value);
  changed(special);
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
  if (!base_value.is_unbound()) return aiocc::repr(base_value);
  return "<__main__." + short_name(cls) + " object at " + detail::address(this) + ">";
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
  if (ClassObject* cls = o.is_heap() && o.heap()->type() == &types::type ? o.as<TypeObject>()->kind_of_class() : nullptr) {
    // `C.CONSTANT`: the class's root shape stands for the class in the cache.
    const uint64_t version = cls->version;
    for (const AttrEntry& e : c.ways) {
      if (e.shape == &cls->root && e.version == version) return *e.value;
    }
    const Object* d = cls->lookup(n);
    if (d && !binds(*d) && !as_instance(*d)) {
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

Object call_method_slow(const Name& n, MethodCache& c, Args args, Kwargs kw) {
  const Object& self = args[0];
  Args rest(args.p + 1, args.n - 1);
  InstanceObject* inst = as_instance(self);
  if (!inst) {
    if (auto* t = self.is_heap() && self.heap()->type() == &types::type ? self.as<TypeObject>() : nullptr;
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

Object getattr_name(const Object& o, const Name& n) {
  if (InstanceObject* inst = as_instance(o)) return instance_getattr(inst, o, n, nullptr);
  if (o.is_heap() && o.heap()->type() == &types::type && o.as<TypeObject>()->kind_of_class()) {
    return o.as<TypeObject>()->kind_of_class()->get(n);
  }
  return aiocc::getattr(o, n.text);
}

void setattr_name(const Object& o, const Name& n, const Object& v) {
  if (InstanceObject* inst = as_instance(o)) return instance_setattr(inst, o, n, &v, nullptr);
  aiocc::setattr(o, n.text, v);
}

void delattr_name(const Object& o, const Name& n) {
  if (InstanceObject* inst = as_instance(o)) return instance_setattr(inst, o, n, nullptr, nullptr);
  aiocc::setattr(o, n.text, Object());
}

// ---- class creation --------------------------------------------------------------------------
Object make_class(const char* name, const char* qualname, Args base_args, const Object& ns) {
  (void)name;
  std::vector<TypeObject*> bases;
  bool exception = false;
  for (const Object& b : base_args) {
    auto* t = b.dyn<TypeObject>();
    if (!t) raise(&exc::TypeError, "bases must be types");
    if (std::find(bases.begin(), bases.end(), t) != bases.end()) {
      raise(&exc::TypeError, "duplicate base class " + short_name(t));
    }
    if (t->is_subtype_of(&exc::BaseException)) {
      exception = true;
    } else if (t != &types::object && !t->kind_of_class() && !acceptable_builtin_base(t)) {
      if (t == &types::bool_ || t == &types::range || t == &types::slice || t == &types::none ||
          t == &types::function || t == &types::builtin_function || t == &types::method ||
          t == &types::coroutine || t == &types::cell) {
        raise(&exc::TypeError, "type '" + t->name + "' is not an acceptable base type");
      }
      raise(&exc::TypeError, "aiocc classes may derive from object, exception classes, list, dict, "
                             "set, str, int, float, tuple or other classes of the script, not " + t->name);
    }
    bases.push_back(t);
  }
  // One built-in layout at most: a list and a dict, or an exception and an int, cannot share.
  TypeObject* builtin_base = nullptr;
  for (TypeObject* t : bases) {
    TypeObject* b = t->kind_of_class() ? t->kind_of_class()->builtin_base : acceptable_builtin_base(t) ? t : nullptr;
    if (!b) continue;
    if ((builtin_base && builtin_base != b) || exception) {
      raise(&exc::TypeError, "multiple bases have instance lay-out conflict");
    }
    builtin_base = b;
  }
  // The namespace as CPython's type() leaves it: __module__ first, __doc__ always there.
  Object full = py_dict();
  DictObject* d = as_dict(full);
  d->set(intern("__module__").str, py_str("__main__"));
  for (auto& e : as_dict(ns)->entries) {
    if (e.live) d->set(e.key, e.value);
  }
  if (!d->find(intern("__doc__").str)) d->set(intern("__doc__").str, None);
  // A class that defines __eq__ but not __hash__ is unhashable (CPython sets __hash__ = None).
  if (d->find(slot_name(Slot::eq).str) && !d->find(slot_name(Slot::hash).str)) {
    d->set(slot_name(Slot::hash).str, None);
  }
  auto* c = new ClassObject(qualname, std::move(bases), full);
  c->construct = exception ? construct_user_exception : construct_instance;
  c->builtin_base = builtin_base;
  if (Object* slots = d->find(intern("__slots__").str)) {
    c->has_slots = true;
    std::vector<Object> names = is_str(*slots) ? std::vector<Object>{*slots} : to_vector(*slots);
    for (const Object& s : names) c->slot_names.push_back(&intern(str_value(s)));
    for (TypeObject* t : c->mro) {
      auto* k = t->kind_of_class();
      if (k && k != c && !k->has_slots) c->has_slots = false;  // a base without slots has a dict
      if (k && k != c) c->slot_names.insert(c->slot_names.end(), k->slot_names.begin(), k->slot_names.end());
    }
  }
  c->changed();
  Object cls(c);
  // __set_name__ on class attributes that define it, in namespace order.
  for (auto& e : d->entries) {
    if (!e.live) continue;
    if (InstanceObject* i = as_instance(e.value)) {
      const Object& sn = i->cls->slot(Slot::set_name);
      if (!sn.is_unbound()) aiocc::call(sn, {e.value, cls, e.key});
    }
  }
  return cls;
}

Object make_super(const Object& cls, const Object& self) {
  auto* t = cls.dyn<TypeObject>();
  if (!t) raise(&exc::TypeError, "super() argument 1 must be a type, not " + type_of(cls)->name);
  TypeObject* st = type_of(self);
  auto* as_type = self.dyn<TypeObject>();
  if (!st->is_subtype_of(t) && !(as_type && as_type->is_subtype_of(t))) {
    raise(&exc::TypeError, "super(type, obj): obj must be an instance or subtype of type");
  }
  return make<SuperObject>(t, self);
}

Object make_property(const Object& fget) { return make<PropertyObject>(fget, Object(), Object()); }
Object make_staticmethod(const Object& f) { return make<WrapperObject>(false, f); }
Object make_classmethod(const Object& f) { return make<WrapperObject>(true, f); }

Object property_new(Args args, Kwargs kw) {
  Object p[4];
  bind_args("property", args, kw, {"fget", "fset", "fdel", "doc"}, p, 0);
  return make<PropertyObject>(p[0].is_none() ? Object() : p[0], p[1].is_none() ? Object() : p[1],
                              p[2].is_none() ? Object() : p[2], p[3]);
}

const Object* user_class_lookup(const TypeObject* cls, std::string_view name) {
  auto* c = const_cast<TypeObject*>(cls)->kind_of_class();
  return c ? c->lookup(intern(name)) : nullptr;
}

Object bind_user_method(const Object& func, const Object& self) {
  return descr_get(func, self, type_of(self), intern(""));
}

}  // namespace aiocc
