// isinstance() and issubclass() through a class's metaclass, as CPython's PyObject_IsInstance /
// PyObject_IsSubclass call __instancecheck__ / __subclasscheck__: abc.ABCMeta's (Lib/_py_abc.py,
// Modules/_abc.c: __subclasshook__, the class in the MRO, the registry of virtual subclasses,
// then the subclasses) and typing._ProtocolMeta's (Lib/typing.py: a runtime-checkable
// protocol's members present on the instance; `_proto_hook` as the protocol's
// __subclasshook__). Without caches: the answers are recomputed, which only costs time.
//
// CPython's `_allow_reckless_class_checks()` looks at the caller's module: a protocol hook
// reached from inside abc's own machinery (ABCMeta.__instancecheck__, or a subclass check
// recursing through registries and subclasses) answers NotImplemented instead of raising.
// Here that is the `reckless` flag threaded through the calls.
#include <algorithm>
#include <set>

#include "aiocc/py/abc.h"
#include "aiocc/py/builtins.h"
#include "aiocc/py/dict.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/instance.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/protocols.h"
#include "aiocc/py/set.h"
#include "aiocc/py/str.h"
#include "aiocc/py/typing.h"
#include "object_model.h"

namespace aiocc::abc {

TypeObject ProtocolMeta_type("_ProtocolMeta", &ABCMeta_type, nullptr, "typing");

namespace {

bool subclass_check_from(TypeObject* sub, TypeObject* cls, bool reckless);

ClassObject* meta_class(TypeObject* t) {
  ClassObject* c = t ? t->kind_of_class() : nullptr;
  return c && (c->metaclass == &ABCMeta_type || c->metaclass == &ProtocolMeta_type) ? c : nullptr;
}

bool is_protocol_meta(const ClassObject* c) { return c->metaclass == &ProtocolMeta_type; }

// getattr(cls, name, False) for the flags typing keeps in class namespaces.
bool class_flag(ClassObject* c, std::string_view name) {
  const Object* v = c->lookup(intern(name));
  return v && truthy(*v);
}
bool own_flag(ClassObject* c, std::string_view name) {
  const Object* v = as_dict(c->ns)->find(intern(name).str);
  return v && truthy(*v);
}

// typing._get_protocol_attrs: names of the class dicts and annotations along the MRO, less
// typing's internals and the special names.
std::vector<std::string> protocol_attrs(ClassObject* cls) {
  static const std::set<std::string> excluded = {
      "__parameters__", "__orig_bases__", "__orig_class__", "_is_protocol", "_is_runtime_protocol",
      "__final__", "__abstractmethods__", "__annotations__", "__dict__", "__doc__", "__init__",
      "__module__", "__new__", "__slots__", "__subclasshook__", "__weakref__", "__class_getitem__",
      "_MutableMapping__marker", "__qualname__", "__classcell__"};
  std::vector<std::string> out;
  auto add = [&](const Object& key) {
    if (!is_str(key)) return;
    std::string n(str_value(key));
    if (n.rfind("_abc_", 0) == 0 || excluded.count(n)) return;
    if (std::find(out.begin(), out.end(), n) == out.end()) out.push_back(n);
  };
  for (TypeObject* t : cls->mro) {
    ClassObject* k = t->kind_of_class();
    if (!k || k->name == "Protocol" || k->name == "Generic") continue;
    DictObject* d = as_dict(k->ns);
    for (auto& e : d->entries) {
      if (e.live()) add(e.key);
    }
    if (Object* ann = d->find(py_str("__annotations__")); ann && as_dict(*ann)) {
      for (auto& e : as_dict(*ann)->entries) {
        if (e.live()) add(e.key);
      }
    }
  }
  return out;
}

// getattr(cls, attr, None)
Object class_attr_or_none(ClassObject* cls, const std::string& attr) {
  try {
    return aiocc::getattr(Object(cls), attr);
  } catch (PyException& e) {
    if (!exception_matches(e.exc, Object(&exc::AttributeError))) throw;
    return None;
  }
}

bool callable_members_only(ClassObject* cls) {
  for (const std::string& a : protocol_attrs(cls)) {
    if (!truthy(builtins::callable({class_attr_or_none(cls, a)}, {}))) return false;
  }
  return true;
}

// typing's _proto_hook: True, or Unbound for NotImplemented.
Object proto_hook(ClassObject* cls, TypeObject* other, bool reckless) {
  if (!own_flag(cls, "_is_protocol")) return Object();
  if (!class_flag(cls, "_is_runtime_protocol")) {
    if (reckless) return Object();
    raise(&exc::TypeError, "Instance and class checks can only be used with @runtime_checkable protocols");
  }
  if (!callable_members_only(cls)) {
    if (reckless) return Object();
    raise(&exc::TypeError, "Protocols with non-method members don't support issubclass()");
  }
  for (const std::string& attr : protocol_attrs(cls)) {
    bool found = false;
    for (TypeObject* base : other->mro) {
      if (ClassObject* k = base->kind_of_class()) {
        DictObject* d = as_dict(k->ns);
        if (Object* v = d->find(py_str(attr))) {
          if (v->is_none()) return Object();
          found = true;
          break;
        }
        // ...or in the annotations of a sub-protocol.
        Object* ann = d->find(py_str("__annotations__"));
        if (ann && as_dict(*ann) && as_dict(*ann)->find(py_str(attr)) && is_protocol_meta(k) &&
            own_flag(k, "_is_protocol")) {
          found = true;
          break;
        }
      } else if (has_attribute(Object(base), attr)) {
        found = true;  // a built-in class (object included) has it, in its own or a base's dict
        break;
      }
    }
    if (!found) return Object();
  }
  return True();
}

// ABCMeta.__subclasscheck__(cls, sub).
bool abc_subclasscheck(ClassObject* cls, TypeObject* sub, bool reckless) {
  // cls.__subclasshook__(sub): a user definition (an implicit classmethod), else the
  // protocol hook typing installs on every Protocol subclass, else object's NotImplemented.
  Object ok;
  if (const Object* hook = cls->lookup(intern("__subclasshook__"))) {
    Object r = aiocc::call(descr_get(*hook, Object(), cls, intern("__subclasshook__")), {Object(sub)});
    if (!r.same(NotImplemented)) return truthy(r);
  } else if (is_protocol_meta(cls)) {
    ok = proto_hook(cls, sub, reckless);
    if (!ok.is_unbound()) return true;
  }
  if (std::find(sub->mro.begin(), sub->mro.end(), cls) != sub->mro.end()) return true;
  for (const Object& r : cls->abc_registry) {
    if (subclass_check_from(sub, r.as<TypeObject>(), true)) return true;
  }
  for (ClassObject* s : std::vector<ClassObject*>(cls->subclasses)) {
    if (subclass_check_from(sub, s, true)) return true;
  }
  return false;
}

bool subclass_check_from(TypeObject* sub, TypeObject* cls, bool reckless) {
  if (ClassObject* c = meta_class(cls)) return abc_subclasscheck(c, sub, reckless);
  return sub->is_subtype_of(cls);
}

// _ProtocolMeta.__instancecheck__(cls, instance).
bool protocol_instancecheck(ClassObject* cls, const Object& instance) {
  const bool is_protocol = own_flag(cls, "_is_protocol");
  if (is_protocol && !class_flag(cls, "_is_runtime_protocol")) {
    raise(&exc::TypeError, "Instance and class checks can only be used with @runtime_checkable protocols");
  }
  TypeObject* t = class_type(instance);
  if ((!is_protocol || callable_members_only(cls)) && subclass_check_from(t, cls, false)) return true;
  if (is_protocol) {
    bool all = true;
    for (const std::string& attr : protocol_attrs(cls)) {
      Object v;
      try {
        v = aiocc::getattr(instance, attr);
      } catch (PyException& e) {
        if (!exception_matches(e.exc, Object(&exc::AttributeError))) throw;
        all = false;
        break;
      }
      // All *methods* can be blocked by setting them to None.
      if (truthy(builtins::callable({class_attr_or_none(cls, attr)}, {})) && v.is_none()) {
        all = false;
        break;
      }
    }
    if (all) return true;
  }
  return abc_subclasscheck(cls, t, true);  // ABCMeta.__instancecheck__
}

}  // namespace

TypeObject* class_type(const Object& v) {
  TypeObject* t = type_of(v);
  if (t == &types::type) {
    if (ClassObject* c = v.as<TypeObject>()->kind_of_class(); c && c->metaclass) return c->metaclass;
  }
  return t;
}

bool instance_check(const Object& v, TypeObject* cls) {
  TypeObject* t = class_type(v);
  if (t == cls) return true;  // PyObject_IsInstance's exact-type shortcut
  ClassObject* c = meta_class(cls);
  if (!c) return t->is_subtype_of(cls);
  if (is_protocol_meta(c)) return protocol_instancecheck(c, v);
  return abc_subclasscheck(c, t, true);
}

bool subclass_check(TypeObject* sub, TypeObject* cls) { return subclass_check_from(sub, cls, false); }

namespace {
Object register_method(Args args, Kwargs kw) {
  check_no_kwargs("register", kw);
  check_nargs("register", args, 2, 2);
  return register_virtual(args[0].as<ClassObject>(), args[1]);
}
BuiltinFunction register_fn("register", register_method);
}  // namespace

Object metaclass_attribute(ClassObject* cls, std::string_view name) {
  if (!meta_class(cls)) return Object();
  if (name == "register") return make_bound_method(Object(&register_fn), Object(cls));
  if (name == "__abstractmethods__" && cls->abstract_methods_set) {
    std::vector<Object> names;
    for (const std::string& m : cls->abstract_methods) names.push_back(py_str(m));
    return py_frozenset(names);
  }
  return Object();
}

// ABCMeta.register(cls, subclass).
Object register_virtual(ClassObject* cls, const Object& subclass) {
  TypeObject* sub = subclass.dyn<TypeObject>();
  if (!sub) raise(&exc::TypeError, "Can only register classes");
  if (subclass_check(sub, cls)) return subclass;  // already a subclass
  if (subclass_check(cls, sub)) raise(&exc::RuntimeError, "Refusing to create an inheritance cycle");
  for (const Object& r : cls->abc_registry) {
    if (r.same(subclass)) return subclass;
  }
  cls->abc_registry.push_back(subclass);
  return subclass;
}

}  // namespace aiocc::abc
