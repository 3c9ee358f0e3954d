// Descriptors and method objects: the descriptor protocol (descr_get/descr_set: functions bind,
// property, staticmethod, classmethod, and user classes with __get__/__set__/__delete__), bound
// methods, what `object` itself offers (__init__, __repr__, __getattribute__, ...) and super().
#include "aiocc/py/instance.h"

#include <algorithm>

#include "aiocc/py/dict.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/int.h"
#include "aiocc/py/namedtuple.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/protocols.h"
#include "aiocc/py/str.h"
#include "builtin_bases.h"
#include "internal.h"
#include "object_model.h"

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
  Object attrs;  // its __dict__ (3.10+): attributes set on it, such as typing.final's __final__
  WrapperObject(bool c, Object f) : is_class(c), func(std::move(f)) {}
  TypeObject* type() const override { return is_class ? &types::classmethod : &types::staticmethod; }
  Object getattr(const Object& self, std::string_view name) override {
    if (name == "__func__") return func;
    if (name == "__isabstractmethod__") return Object::from_bool(marked_abstract(func));
    if (name == "__dict__") {
      if (attrs.is_unbound()) attrs = py_dict();
      return attrs;
    }
    if (DictObject* d = as_dict(attrs)) {
      if (Object* v = d->find(py_str(std::string(name)))) return *v;
    }
    // 3.10+: the wrapped function's attributes, as functools.wraps would copy them.
    if (name == "__wrapped__") return func;
    if (name == "__module__" || name == "__name__" || name == "__qualname__" || name == "__doc__" ||
        name == "__annotations__") {
      return aiocc::getattr(func, name);
    }
    return HeapObject::getattr(self, name);
  }
  void setattr(std::string_view name, const Object& value) override {
    if (attrs.is_unbound()) attrs = py_dict();
    if (value.is_unbound()) {
      if (!as_dict(attrs)->erase(py_str(std::string(name)))) HeapObject::setattr(name, value);
      return;
    }
    as_dict(attrs)->set(py_str(std::string(name)), value);
  }
  // A staticmethod object is callable (3.10+): `to_cents(x)` in the class body that defines it.
  bool is_callable() const override { return !is_class; }
  Object call(Args args, Kwargs kw) override {
    if (is_class) return HeapObject::call(args, kw);
    return aiocc::call(func, args, kw);
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
  if (name == "__isabstractmethod__") {
    return Object::from_bool(marked_abstract(fget) || marked_abstract(fset) || marked_abstract(fdel));
  }
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

}  // namespace

bool marked_abstract(const Object& f) {
  if (f.is_unbound() || f.is_none()) return false;
  const Object flag = attribute_or_unbound(f, "__isabstractmethod__");
  return !flag.is_unbound() && aiocc::truthy(flag);
}

bool is_data_descriptor(const Object& d) {
  if (!d.is_heap()) return false;
  if (d.heap()->type() == &types::property || d.heap()->type() == &namedtuple::tuplegetter_type) return true;
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
  if (d.heap()->is_descriptor()) return true;
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
  if (d.heap()->is_descriptor()) return d.heap()->descriptor_get(d, self, cls);
  if (InstanceObject* i = as_instance(d)) {
    const Object& get = i->cls->slot(Slot::get);
    if (!get.is_unbound()) return aiocc::call(get, {d, self.is_unbound() ? None : self, Object(cls)});
  }
  return d;
}

void descr_set(const Object& d, const Object& self, const Object* value, TypeObject* cls, const Name& n) {
  if (d.heap()->type() == &namedtuple::tuplegetter_type) namedtuple::tuplegetter_set(value);
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

namespace {

// BaseException.__init__(self, *args) reached through super(): sets args.
Object exception_init(Args args, Kwargs kw) {
  check_no_kwargs("__init__", kw);
  args[0].as<ExceptionObject>()->args.assign(args.begin() + 1, args.end());
  return None;
}
BuiltinFunction g_exception_init("__init__", exception_init);
Object object_init(Args, Kwargs) { return None; }
BuiltinFunction g_object_init("__init__", object_init);
}  // namespace

Object exception_init_function() { return Object(&g_exception_init); }

namespace {

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
// object.__ne__: the type's own __eq__ (no reflection, no identity fallback), inverted.
BuiltinFunction g_object_ne("__ne__", [](Args a, Kwargs) {
  check_nargs("__ne__", a, 2, 2);
  Object r;
  InstanceObject* inst = as_instance(a[0]);
  if (inst && !inst->cls->slot(Slot::eq).is_unbound()) {
    r = aiocc::call(inst->cls->slot(Slot::eq), {a[0], a[1]});
  } else if (inst && inst->base_value.is_unbound()) {
    r = a[0].same(a[1]) ? True() : NotImplemented;  // object.__eq__
  } else {
    r = richcompare(a[0], a[1], Slot::eq);
  }
  if (r.same(NotImplemented)) return r;
  return Object::from_bool(!truthy(r));
});
// object's ordering methods: always NotImplemented, so that the other operand's reflection
// (or the TypeError) decides.
Object object_order(Args a, Kwargs) {
  check_nargs("comparison", a, 2, 2);
  return NotImplemented;
}
BuiltinFunction g_object_lt("__lt__", object_order), g_object_le("__le__", object_order),
    g_object_gt("__gt__", object_order), g_object_ge("__ge__", object_order);
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

}  // namespace

// What `object` itself offers through super() or `object.name`.
// object.__init_subclass__(cls): accepts no class keywords.
BuiltinFunction g_object_init_subclass("__init_subclass__", [](Args a, Kwargs kw) -> Object {
  if (kw.size()) {
    TypeObject* t = a.size() ? a[0].dyn<TypeObject>() : nullptr;
    raise(&exc::TypeError, (t ? short_name(t) : std::string("object")) + ".__init_subclass__() takes no keyword arguments");
  }
  return None;
});

const Object* object_attribute(const Name& n) {
  static const Object init(&g_object_init), ga(&g_object_getattribute), sa(&g_object_setattr),
      da(&g_object_delattr), rp(&g_object_repr), st(&g_object_str), eq(&g_object_eq),
      ne(&g_object_ne), hs(&g_object_hash), fm(&g_object_format), is(&g_object_init_subclass),
      lt(&g_object_lt), le(&g_object_le), gt(&g_object_gt), ge(&g_object_ge);
  if (n.text == "__lt__") return &lt;
  if (n.text == "__le__") return &le;
  if (n.text == "__gt__") return &gt;
  if (n.text == "__ge__") return &ge;
  if (n.text == "__init_subclass__") return &is;
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

namespace {

// What a metaclass of the script reaches through super() in type: __new__ (type.__new__),
// __call__ (instance creation past the metaclass's own __call__), __init__ (nothing to do),
// __repr__ (the class's own repr); Unbound for other names.
Object type_method(const Name& n, const Object& self) {
  static BuiltinFunction call("__call__", [](Args a, Kwargs kw) {
    return type_call(a[0].as<TypeObject>(), Args(a.p + 1, a.n - 1), kw);
  });
  static BuiltinFunction init("__init__", [](Args, Kwargs) { return None; });
  static BuiltinFunction repr("__repr__", [](Args a, Kwargs) {
    const TypeObject* t = a[0].as<TypeObject>();
    return py_str("<class '" + t->qualified_name() + "'>");
  });
  if (n.text == "__new__") return new_method(&types::type);
  if (!self.dyn<TypeObject>()) return Object();
  if (n.text == "__call__") return make<MethodObject>(Object(&call), self);
  if (n.text == "__init__") return make<MethodObject>(Object(&init), self);
  if (n.text == "__repr__") return make<MethodObject>(Object(&repr), self);
  return Object();
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
        // As super_getattro: no instance when the receiver is the start type itself
        // (super().__new__(cls, ...) finds __new__ unbound).
        if (Object* v = as_dict(c->ns)->find(n.str)) return descr_get(*v, self.dyn<TypeObject>() == start ? Object() : self, start, n);
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
      } else if (*it == &types::type) {
        if (Object m = type_method(n, self); !m.is_unbound()) return m;
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

Object super_class(const Object& cell_value) {
  if (cell_value.is_unbound()) raise(&exc::RuntimeError, "super(): empty __class__ cell");
  if (!cell_value.dyn<TypeObject>()) raise(&exc::RuntimeError, "super(): __class__ is not a type (" + type_of(cell_value)->name + ")");
  return cell_value;
}

Object super_error(const char* message) { raise(&exc::RuntimeError, message); }

Object call_super(const Object& cls, const Object& self, const Name& n, Args args, Kwargs kw, Pos) {
  // The common case without a super object: the method found in a class of the script after
  // `cls` in the receiver's MRO, called with the receiver prepended.
  auto* t = cls.is_heap() && cls.heap()->type()->is_subtype_of(&types::type) ? cls.as<TypeObject>() : nullptr;
  TypeObject* start = type_of(self);
  if (t && start->kind_of_class() && start->is_subtype_of(t)) {
    const std::vector<TypeObject*>& mro = start->mro;
    auto it = std::find(mro.begin(), mro.end(), t);
    for (++it; it < mro.end() && (*it)->kind_of_class(); ++it) {
      if (Object* v = as_dict((*it)->kind_of_class()->ns)->find(n.str)) {
        if (v->is_heap() && v->heap()->type() == &types::function) return call_with_self(*v, self, args, kw);
        return aiocc::call(descr_get(*v, self, start, n), args, kw);
      }
    }
  }
  return aiocc::call(aiocc::getattr(make_super(cls, self), n.text), args, kw);
}

Object make_property(const Object& fget) { return make<PropertyObject>(fget, Object(), Object()); }
Object make_property(const Object& fget, const Object& fset, const Object& fdel) {
  return make<PropertyObject>(fget, fset, fdel);
}
Object make_staticmethod(const Object& f) { return make<WrapperObject>(false, f); }
Object make_classmethod(const Object& f) { return make<WrapperObject>(true, f); }
const Object& wrapped_function(const Object& wrapper) { return wrapper.as<WrapperObject>()->func; }

Object property_new(Args args, Kwargs kw) {
  Object p[4];
  bind_args("property", args, kw, {"fget", "fset", "fdel", "doc"}, p, 0);
  return make<PropertyObject>(p[0].is_none() ? Object() : p[0], p[1].is_none() ? Object() : p[1],
                              p[2].is_none() ? Object() : p[2], p[3]);
}

Object bind_user_method(const Object& func, const Object& self) {
  return descr_get(func, self, type_of(self), intern(""));
}

}  // namespace aiocc
