// User classes: a class is a TypeObject with a namespace dict; an instance holds its own
// attribute dict; methods bind `self` when looked up on an instance. Single inheritance, no
// metaclasses, no descriptors (@property, @staticmethod) yet.
#include "aiocc/py/dict.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/function.h"
#include "aiocc/py/list.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/str.h"
#include "internal.h"

namespace aiocc {
namespace {

// What a class attribute means when looked up: @property, @staticmethod, @classmethod.
struct DescriptorObject final : HeapObject {
  enum class Kind { Property, Static, Class } kind;
  Object func;
  DescriptorObject(Kind k, Object f) : kind(k), func(std::move(f)) {}
  TypeObject* type() const override { return &types::object; }
  std::string repr() const override {
    const char* n = kind == Kind::Property ? "property" : kind == Kind::Static ? "staticmethod" : "classmethod";
    return std::string("<") + n + " object at " + detail::address(this) + ">";
  }
};

struct ClassObject final : TypeObject {
  Object ns;  // dict: methods and class attributes
  ClassObject(const char* qualname, TypeObject* base, Object dict)
      : TypeObject(qualname, base, nullptr, "__main__"), ns(std::move(dict)) {}
  // Looks `name` up in this class and its bases (user classes only).
  const Object* lookup(std::string_view name) const {
    Object key = py_str(std::string(name));
    for (const TypeObject* t = this; t; t = t->base) {
      auto* c = dynamic_cast<const ClassObject*>(t);
      if (!c) break;
      if (Object* v = as_dict(c->ns)->find(key)) return v;
    }
    return nullptr;
  }
  Object getattr(const Object& self, std::string_view name) override;
  void setattr(std::string_view name, const Object& value) override {
    as_dict(ns)->set(py_str(std::string(name)), value);
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
  Object call(Args args, Kwargs kw) override {
    std::vector<Object> all;
    all.reserve(args.size() + 1);
    all.push_back(self);
    all.insert(all.end(), args.begin(), args.end());
    return aiocc::call(func, Args(all), kw);
  }
};

bool is_function(const Object& o) { return o.is_heap() && o.heap()->type() == &types::function; }

// A class attribute `v` looked up through an instance (`self` set) or the class itself.
Object bind_attribute(const Object& v, const Object& self, const Object& cls) {
  if (auto* d = v.dyn<DescriptorObject>()) {
    switch (d->kind) {
      case DescriptorObject::Kind::Property:
        if (self.is_unbound()) return v;
        return aiocc::call(d->func, {self});
      case DescriptorObject::Kind::Static: return d->func;
      case DescriptorObject::Kind::Class: return make<MethodObject>(d->func, cls);
    }
  }
  if (!self.is_unbound() && is_function(v)) return make<MethodObject>(v, self);
  return v;
}

Object ClassObject::getattr(const Object& self, std::string_view name) {
  if (const Object* v = lookup(name)) return bind_attribute(*v, Object(), self);
  if (name == "__name__") return py_str(this->name.substr(this->name.rfind('.') + 1));
  return TypeObject::getattr(self, name);
}

struct InstanceObject final : HeapObject {
  Object cls;  // the ClassObject
  DictObject attrs;
  explicit InstanceObject(Object c) : cls(std::move(c)) {}
  ClassObject* klass() const { return cls.as<ClassObject>(); }
  TypeObject* type() const override { return klass(); }

  const Object* special(std::string_view name) const { return klass()->lookup(name); }
  std::string repr() const override {
    if (const Object* r = special("__repr__")) return user_string(*r, "__repr__");
    return "<__main__." + klass()->name + " object at " + detail::address(this) + ">";
  }
  std::string str() const override {
    if (const Object* r = special("__str__")) return user_string(*r, "__str__");
    return repr();
  }
  std::string user_string(const Object& method, const char* which) const {
    Object self(const_cast<InstanceObject*>(this));
    Object r = aiocc::call(method, {self});
    if (!is_str(r)) {
      raise(&exc::TypeError, std::string(which) + " returned non-string (type " + type_of(r)->name + ")");
    }
    return str_value(r);
  }
  bool truthy() const override {
    if (const Object* b = special("__bool__")) {
      return aiocc::truthy(aiocc::call(*b, {Object(const_cast<InstanceObject*>(this))}));
    }
    if (const Object* l = special("__len__")) {
      return aiocc::truthy(aiocc::call(*l, {Object(const_cast<InstanceObject*>(this))}));
    }
    return true;
  }
  Object getattr(const Object& self, std::string_view name) override {
    Object key = py_str(std::string(name));
    if (Object* v = attrs.find(key)) return *v;
    if (const Object* v = klass()->lookup(name)) return bind_attribute(*v, self, cls);
    if (name == "__class__") return cls;
    if (name == "__dict__") {
      Object d = py_dict();
      for (auto& e : attrs.entries) {
        if (e.live) as_dict(d)->set(e.key, e.value);
      }
      return d;
    }
    raise(&exc::AttributeError,
          "'" + klass()->name + "' object has no attribute '" + std::string(name) + "'");
  }
  void setattr(std::string_view name, const Object& value) override {
    if (const Object* v = klass()->lookup(name)) {
      auto* d = v->dyn<DescriptorObject>();
      if (d && d->kind == DescriptorObject::Kind::Property) {
        raise(&exc::AttributeError, "property '" + std::string(name) + "' of '" +
                                        klass()->name.substr(klass()->name.rfind('.') + 1) +
                                        "' object has no setter");
      }
    }
    attrs.set(py_str(std::string(name)), value);
  }
  Object call(Args args, Kwargs kw) override {
    Object self(this);
    if (const Object* c = special("__call__")) return aiocc::call(make<MethodObject>(*c, self), args, kw);
    return HeapObject::call(args, kw);
  }
};

Object construct_instance(TypeObject* t, Args args, Kwargs kw) {
  auto* c = static_cast<ClassObject*>(t);
  Object inst = make<InstanceObject>(Object(c));
  if (const Object* init = c->lookup("__init__")) {
    Object r = aiocc::call(make<MethodObject>(*init, inst), args, kw);
    if (!r.is_none()) {
      raise(&exc::TypeError, "__init__() should return None, not '" + type_of(r)->name + "'");
    }
  } else if (args.size() || kw.size()) {
    raise(&exc::TypeError, c->name.substr(c->name.rfind('.') + 1) + "() takes no arguments");
  }
  return inst;
}

// BaseException.__init__(self, *args) reached through super(): sets args.
struct ExceptionInit final : HeapObject {
  Object self;
  explicit ExceptionInit(Object s) : self(std::move(s)) {}
  TypeObject* type() const override { return &types::builtin_function; }
  Object call(Args args, Kwargs kw) override {
    check_no_kwargs("__init__", kw);
    self.as<ExceptionObject>()->args.assign(args.begin(), args.end());
    return None;
  }
};

Object construct_user_exception(TypeObject* t, Args args, Kwargs kw) {
  Object e = new_exception(t, std::vector<Object>(args.begin(), args.end()));
  if (const Object* init = static_cast<ClassObject*>(t)->lookup("__init__")) {
    Object r = aiocc::call(make<MethodObject>(*init, e), args, kw);
    if (!r.is_none()) raise(&exc::TypeError, "__init__() should return None, not '" + type_of(r)->name + "'");
  } else if (kw.size()) {
    raise(&exc::TypeError, t->name + "() takes no keyword arguments");
  }
  return e;
}

struct SuperObject final : HeapObject {
  Object cls, self;
  SuperObject(Object c, Object s) : cls(std::move(c)), self(std::move(s)) {}
  TypeObject* type() const override { return &types::object; }
  std::string repr() const override { return "<super: <class '" + cls.as<TypeObject>()->name + "'>>"; }
  Object getattr(const Object&, std::string_view name) override {
    TypeObject* base = cls.as<TypeObject>()->base;
    if (auto* b = dynamic_cast<ClassObject*>(base)) {
      if (const Object* v = b->lookup(name)) return bind_attribute(*v, self, Object(type_of(self)));
    }
    if (name == "__init__" && base->is_subtype_of(&exc::BaseException)) return make<ExceptionInit>(self);
    if (name == "__init__") return make<BuiltinFunction>("__init__", [](Args, Kwargs) { return None; });
    raise(&exc::AttributeError, "'super' object has no attribute '" + std::string(name) + "'");
  }
};

}  // namespace

Object make_class(const char* name, const char* qualname, const Object& base, const Object& ns) {
  (void)name;
  TypeObject* b = &types::object;
  if (!base.is_unbound()) {
    b = base.dyn<TypeObject>();
    if (!b) raise(&exc::TypeError, "bases must be types");
  }
  if (b->is_subtype_of(&exc::BaseException)) {
    // Exception subclasses: instances are exception objects carrying an attribute dict.
    auto* c = new ClassObject(qualname, b, ns);
    c->construct = construct_user_exception;
    return Object(c);
  }
  if (b != &types::object && !dynamic_cast<ClassObject*>(b)) {
    raise(&exc::TypeError, "aiocc classes may derive from object, exception classes or other "
                           "classes of the script, not " + b->name);
  }
  auto* c = new ClassObject(qualname, b, ns);
  c->construct = construct_instance;
  return Object(c);
}

Object make_super(const Object& cls, const Object& self) { return make<SuperObject>(cls, self); }

Object make_property(const Object& fget) {
  return make<DescriptorObject>(DescriptorObject::Kind::Property, fget);
}
Object make_staticmethod(const Object& f) {
  return make<DescriptorObject>(DescriptorObject::Kind::Static, f);
}
Object make_classmethod(const Object& f) {
  return make<DescriptorObject>(DescriptorObject::Kind::Class, f);
}

const Object* user_class_lookup(const TypeObject* cls, std::string_view name) {
  auto* c = dynamic_cast<const ClassObject*>(cls);
  return c ? c->lookup(name) : nullptr;
}

Object bind_user_method(const Object& func, const Object& self) { return make<MethodObject>(func, self); }

}  // namespace aiocc
