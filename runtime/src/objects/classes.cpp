// Class objects: a user class is a TypeObject with a C3 MRO, a namespace dict, a version that
// changes whenever the class or a base does (the inline caches compare it), and the special
// methods its MRO resolves to, cached per slot. Instances and attribute access are in
// instances.cpp, descriptors and method objects in descriptors.cpp.
#include "aiocc/py/instance.h"
#include "aiocc/py/abc.h"
#include "aiocc/py/typing.h"
#include "aiocc/py/enum.h"
#include "aiocc/py/functools.h"

#include <algorithm>
#include <cstring>
#include <set>

#include "aiocc/py/dict.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/list.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/protocols.h"
#include "method_catalog.h"
#include "aiocc/py/str.h"
#include "builtin_bases.h"
#include "object_model.h"

namespace aiocc {

std::string short_name(const TypeObject* t) {
  return t->simple_name.empty() ? t->name.substr(t->name.rfind('.') + 1) : t->simple_name;
}

// ---- MRO -------------------------------------------------------------------------------------
std::vector<TypeObject*> mro_of(TypeObject* t) {
  if (!t->mro.empty()) return t->mro;
  std::vector<TypeObject*> out;
  for (TypeObject* b = t; b; b = b->base) out.push_back(b);
  return out;
}

namespace {

uint64_t g_next_version = 1;

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

// ---- instance creation -----------------------------------------------------------------------
// C(...): the metaclass's __call__ when a metaclass of the script defines one, else type.__call__.
Object construct_instance(TypeObject* t, Args args, Kwargs kw) {
  // Every instance creation passes here: only a class with a metaclass looks further.
  if (static_cast<ClassObject*>(t)->metaclass) {
    if (const Object* call = metaclass_slot(Object(t), Slot::call)) return call_with_self(*call, Object(t), args, kw);
  }
  return type_call(t, args, kw);
}

}  // namespace

// type.__call__(cls, *args, **kw): __new__, then __init__ on an instance of cls.
Object type_call(TypeObject* t, Args args, Kwargs kw) {
  auto* c = t->kind_of_class();
  if (!c) return t->call(args, kw);
  if (!c->enum_by_value.is_unbound()) {
    if (args.size() == 1 && kw.size() == 0) return enums::lookup_value(c, args[0]);
    return enums::functional(c, args, kw);
  }
  // typing.Protocol's __init__ (_no_init_or_replace_init) refuses protocol classes.
  if (c->metaclass == &abc::ProtocolMeta_type) {
    const Object* p = as_dict(c->ns)->find(intern("_is_protocol").str);
    if (p && truthy(*p)) raise(&exc::TypeError, "Protocols cannot be instantiated");
  }
  if (!c->abstract_methods.empty()) {
    std::string list;
    for (const std::string& m : c->abstract_methods) list += (list.empty() ? "" : ", ") + m;
    raise(&exc::TypeError, "Can't instantiate abstract class " + short_name(c) + " with abstract method" +
                               (c->abstract_methods.size() == 1 ? " " : "s ") + list);
  }
  Object inst;
  const Object* user_new = c->lookup(intern("__new__"));
  if (user_new) {
    // __new__ is a static method whether or not it says so.
    Object f = user_new->is_heap() && user_new->heap()->type() == &types::staticmethod
                   ? wrapped_function(*user_new)
                   : *user_new;
    inst = call_with_self(f, Object(c), args, kw);
    if (!type_of(inst)->is_subtype_of(c)) return inst;
  } else if (c->builtin_base == &types::type) {
    inst = type_new(c, args, kw);  // a metaclass called: type.__new__ makes the class
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

namespace {

Object construct_user_exception(TypeObject* t, Args args, Kwargs kw) {
  auto* c = static_cast<ClassObject*>(t);
  Object e;
  if (const Object* user_new = c->lookup(intern("__new__"))) {  // the class's own __new__
    Object f = user_new->is_heap() && user_new->heap()->type() == &types::staticmethod ? wrapped_function(*user_new)
                                                                                         : *user_new;
    e = call_with_self(f, Object(t), args, kw);
    if (!type_of(e)->is_subtype_of(t)) return e;
  } else {
    e = construct_exception(t, args, {});  // BaseException.__new__ (groups, OSError)
  }
  const Object& init = c->slot(Slot::init);
  if (!init.is_unbound()) {
    Object r = call_with_self(init, e, args, kw);
    if (!r.is_none()) raise(&exc::TypeError, "__init__() should return None, not '" + type_of(r)->name + "'");
  } else if (kw.size()) {
    raise(&exc::TypeError, t->name + "() takes no keyword arguments");
  } else if (e.as<ExceptionObject>()->args.size() != args.size() ||
             !std::equal(args.begin(), args.end(), e.as<ExceptionObject>()->args.begin(),
                         [](const Object& x, const Object& y) { return x.same(y); })) {
    e.as<ExceptionObject>()->args.assign(args.begin(), args.end());  // BaseException.__init__: args = the call's
  }
  return e;
}

}  // namespace

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

// ---- ClassObject -----------------------------------------------------------------------------
ClassObject::ClassObject(std::string qualname, std::vector<TypeObject*> bs, Object dict)
    : TypeObject(std::move(qualname), bs.empty() ? &types::object : bs[0], nullptr, current_module_name()),
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

std::string ClassObject::repr() const {
  Object self(const_cast<ClassObject*>(this));
  if (const Object* f = metaclass_slot(self, Slot::repr)) return user_string(*f, self, "__repr__");
  if (!enum_members.is_unbound()) return enums::class_repr(this);
  return module == "builtins" ? "<class '" + name + "'>" : "<class '" + module + "." + name + "'>";
}

std::string ClassObject::str() const {
  Object self(const_cast<ClassObject*>(this));
  if (const Object* f = metaclass_slot(self, Slot::str)) return user_string(*f, self, "__str__");
  return repr();
}

bool ClassObject::truthy() const {
  Object self(const_cast<ClassObject*>(this));
  if (const Object* f = metaclass_slot(self, Slot::bool_)) {
    Object r = call_with_self(*f, self, {}, {});
    if (!r.is_bool()) raise(&exc::TypeError, "__bool__ should return bool, returned " + type_of(r)->name);
    return r.as_bool();
  }
  if (metaclass_slot(self, Slot::len)) return length(self) != 0;
  return true;
}

Object ClassObject::getattr(const Object&, std::string_view name) { return get(intern(name)); }

bool is_type_attribute(const Name& n) {
  static const Name* const names[] = {&intern("__name__"), &intern("__qualname__"), &intern("__mro__"),
                                      &intern("__bases__"), &intern("__base__"),    &intern("__class__"),
                                      &intern("__dict__")};
  return std::find(std::begin(names), std::end(names), &n) != std::end(names);
}

Object ClassObject::get(const Name& n) {
  Object self(this);
  if (!enum_by_name.is_unbound() && n.text == "__members__") {
    Object copy = py_dict();  // CPython: a read-only mappingproxy of the same items
    for (auto& e : as_dict(enum_by_name)->entries) {
      if (e.live()) as_dict(copy)->set(e.key, e.value);
    }
    return copy;
  }
  std::string_view name = n.text;
  // A metaclass of the script: its data descriptors come first, its other attributes after
  // the class's own (type_getattro).
  ClassObject* meta = metaclass ? metaclass->kind_of_class() : nullptr;
  const Object* meta_value = meta ? meta->lookup(n) : nullptr;
  if (meta_value && is_data_descriptor(*meta_value)) return descr_get(*meta_value, self, meta, n);
  if (n.text == "__qualname__") return TypeObject::getattr(self, name);  // the type's own, never inherited
  // type's own data descriptors (is_type_attribute), which a class attribute does not hide.
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
  if (n.text == "__class__") return Object(metaclass ? metaclass : &types::type);
  if (n.text == "__dict__") return make_mappingproxy(ns);
  if (const Object* v = lookup(n)) return descr_get(*v, Object(), this, n);
  if (meta_value) return descr_get(*meta_value, self, meta, n);
  if (n.text == "__call__") return self;  // type.__call__ bound to the class: calling it makes an instance
  if (n.text == "__doc__") return None;
  if (n.text == "__new__") return new_method(builtin_base ? builtin_base : &types::object);
  // What the built-in type it derives from defines comes before object's (the MRO): `D.__repr__`
  // of a dict subclass is dict's.
  if (builtin_base && n.slot >= 0) {
    if (Object m = inherited_builtin_special(builtin_base, n); !m.is_unbound()) return m;
  }
  if (const Object* v = object_attribute(n)) return *v;
  if (n.text == "__qualname__" || n.text == "__module__") return TypeObject::getattr(self, name);
  if (n.text == "mro") return TypeObject::getattr(self, name);
  if (n.text == "__subclasses__") {  // type.__subclasses__: the direct subclasses, oldest first
    static BuiltinFunction fn("__subclasses__", [](Args a, Kwargs kw) {
      if (kw.size()) raise(&exc::TypeError, "type.__subclasses__() takes no keyword arguments");
      if (a.size() != 1) {
        raise(&exc::TypeError, "type.__subclasses__() takes no arguments (" + std::to_string(a.size() - 1) + " given)");
      }
      std::vector<Object> out;
      for (ClassObject* k : a[0].as<TypeObject>()->kind_of_class()->subclasses) out.push_back(Object(k));
      return py_list(std::move(out));
    });
    return make_bound_method(Object(&fn), self);
  }
  if (Object m = catalog_type_attribute(this, name); !m.is_unbound()) return m;  // add_note...
  if (builtin_base) {
    // What the built-in type it derives from offers: a class method bound to this class
    // (dict.fromkeys makes one of it), a method descriptor (`D.keys`), a special method.
    if (Object m = catalog_type_attribute(builtin_base, name); !m.is_unbound()) {
      if (auto* b = m.dyn<BoundMethod>(); b && b->def && b->def->is_static) return make<BoundMethod>(self, b->catalog, b->def);
      return m;
    }
    if (Object m = unbound_builtin_method(builtin_base, n); !m.is_unbound()) return m;
  }
  if (Object m = abc::metaclass_attribute(this, name); !m.is_unbound()) return m;
  // type's getter: the namespace entry ABCMeta sets, else this bare message.
  if (n.text == "__abstractmethods__") raise_attribute_error(self, n.text, "__abstractmethods__");
  if (meta && !meta->slot(Slot::getattr).is_unbound()) return call_with_self(meta->slot(Slot::getattr), self, {py_str(n.text)}, {});
  raise_attribute_error(self, n.text, "type object '" + (tp_name.empty() ? short_name(this) : tp_name) + "' has no attribute '" + n.text + "'");
}

void ClassObject::setattr(std::string_view name, const Object& value) {
  enums::check_member_assignment(this, name, value.is_unbound());
  const Name& n = intern(name);
  if (n.text == "__qualname__") {  // type_set_qualname: the type's own name, not a class attribute
    if (value.is_unbound()) raise(&exc::TypeError, "cannot delete '__qualname__' attribute of immutable type '" + short_name(this) + "'");
    if (!is_str(value)) {
      raise(&exc::TypeError, "can only assign string to " + short_name(this) + ".__qualname__, not '" +
                                 type_of(value)->name + "'");
    }
    if (simple_name.empty()) simple_name = short_name(this);
    this->name = str_value(value);
    changed(false);
    return;
  }
  // type's other data descriptors.
  if (n.text == "__dict__") raise_attribute_error(Object(this), n.text, "attribute '__dict__' of 'type' objects is not writable");
  if (n.text == "__mro__" || n.text == "__base__") raise_attribute_error(Object(this), n.text, "readonly attribute");
  if (n.text == "__class__") {
    if (value.is_unbound()) raise(&exc::TypeError, "can't delete __class__ attribute");
    raise(&exc::TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
  }
  if (value.is_unbound() && (n.text == "__name__" || n.text == "__module__" || n.text == "__doc__")) {
    raise(&exc::TypeError, "cannot delete '" + n.text + "' attribute of immutable type '" + short_name(this) + "'");
  }
  if (n.text == "__name__") {  // type_set_name
    if (!is_str(value)) {
      raise(&exc::TypeError, "can only assign string to " + short_name(this) + ".__name__, not '" + type_of(value)->name + "'");
    }
    simple_name = str_value(value);
    return;
  }
  const bool special = n.slot >= 0 || n.text == "__slots__";
  if (value.is_unbound()) {
    if (!as_dict(ns)->erase(n.str)) {
      raise(&exc::AttributeError, "type object '" + (tp_name.empty() ? short_name(this) : tp_name) + "' has no attribute '" + n.text + "'");
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

// ---- metaclasses of the script --------------------------------------------------------------
bool is_user_metaclass(const TypeObject* t) {
  const ClassObject* c = t->kind_of_class();
  return c && c->builtin_base == &types::type;
}

const Object* metaclass_slot(const Object& cls, Slot s) {
  auto* t = cls.is_heap() && cls.heap()->kind == HeapObject::Kind::Other ? cls.dyn<TypeObject>() : nullptr;
  ClassObject* c = t ? t->kind_of_class() : nullptr;
  ClassObject* meta = c && c->metaclass ? c->metaclass->kind_of_class() : nullptr;
  if (!meta) return nullptr;
  const Object& f = meta->slot(s);
  return f.is_unbound() || f.is_none() ? nullptr : &f;
}

namespace {

// The `metaclass=` keyword of a class statement (Unbound without one) and its other keywords.
Object split_metaclass(Kwargs kw, std::vector<Kw>& rest) {
  Object meta;
  for (const Kw& k : kw) {
    if (k.name == "metaclass") meta = k.value;
    else rest.push_back(k);
  }
  return meta;
}

// Does this statement's class come from a metaclass of the script (or from a callable given as
// the metaclass)? Then __build_class__'s protocol applies: __prepare__, then a call of it.
bool user_metaclass_involved(const Object& meta, Args bases) {
  if (!meta.is_unbound()) {
    auto* t = meta.dyn<TypeObject>();
    if (!t || is_user_metaclass(t)) return true;
  }
  for (const Object& b : bases) {
    if (is_user_metaclass(type_of(b))) return true;
  }
  return false;
}

// _PyType_CalculateMetaclass: the most derived of `meta` and the bases' metaclasses.
TypeObject* calculate_metaclass(TypeObject* meta, const std::vector<Object>& bases) {
  TypeObject* winner = meta;
  for (const Object& b : bases) {
    TypeObject* t = type_of(b);
    if (winner->is_subtype_of(t)) continue;
    if (t->is_subtype_of(winner)) {
      winner = t;
      continue;
    }
    raise(&exc::TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                           "subclass of the metaclasses of all its bases");
  }
  return winner;
}

// The metaclass a class statement calls: the keyword's (a callable that is no type is called
// as is), else type, replaced by the most derived metaclass of the bases.
Object statement_metaclass(const Object& meta, const std::vector<Object>& bases) {
  if (!meta.is_unbound() && !meta.dyn<TypeObject>()) return meta;
  return Object(calculate_metaclass(meta.is_unbound() ? &types::type : meta.as<TypeObject>(), bases));
}

}  // namespace

// ---- class creation --------------------------------------------------------------------------
// The namespace a class body fills: the metaclass's __prepare__(name, bases, **kw) when a
// metaclass of the script defines it (a dict: aiocc's class bodies store into dicts), else a
// new dict. For a metaclass of the script, the body's first stores are __module__ and
// __qualname__ (make_class gives the latter its value), as CPython's class body code does.
Object class_namespace(const char* name, Args bases, Kwargs kw) {
  std::vector<Kw> rest;
  Object meta = split_metaclass(kw, rest);
  if (user_metaclass_involved(meta, bases)) {
    std::vector<Object> resolved = mro_entries(bases);
    Object winner = statement_metaclass(meta, resolved);
    Object ns;
    if (winner.dyn<TypeObject>() && winner.as<TypeObject>()->kind_of_class() &&
        winner.as<TypeObject>()->kind_of_class()->lookup(intern("__prepare__"))) {
      ns = aiocc::call(aiocc::getattr(winner, "__prepare__"), {py_str(name), py_tuple(resolved)}, Kwargs(rest));
      if (!as_dict(ns) || type_of(ns) != &types::dict) {
        raise(&exc::NotImplementedError, "aiocc: __prepare__ must return a dict, not '" + type_of(ns)->name + "'");
      }
    } else {
      ns = py_dict();
    }
    as_dict(ns)->set(intern("__module__").str, py_str(current_module_name()));
    as_dict(ns)->set(intern("__qualname__").str, py_str(name));
    return ns;
  }
  Object ns = py_dict();
  if (enums::is_enum_bases(bases)) enums::track_namespace(ns, name);
  return ns;
}

void class_store(const Object& ns, const Object& key, const Object& value, Pos) {
  if (enums::tracking_namespaces()) enums::namespace_store(ns, key, value);
  as_dict(ns)->set(key, value);
}

Object make_class(const char* name, const char* qualname, Args base_args, const Object& ns, Kwargs kw) {
  enums::untrack_namespace(ns);
  std::vector<Kw> rest;
  Object meta = split_metaclass(kw, rest);
  if (user_metaclass_involved(meta, base_args)) {
    // __build_class__: the metaclass called with the name, the bases (__mro_entries__ applied,
    // the originals kept as __orig_bases__) and the namespace with __module__ and __qualname__.
    std::vector<Object> resolved = mro_entries(base_args);
    Object winner = statement_metaclass(meta, resolved);
    Object full = ns;
    // The qualified name, unless the body assigned __qualname__ itself.
    const Object* q = as_dict(full)->find(intern("__qualname__").str);
    if (q && is_str(*q) && str_value(*q) == name) as_dict(full)->set(intern("__qualname__").str, py_str(qualname));
    if (resolved.size() != base_args.size() ||
        !std::equal(resolved.begin(), resolved.end(), base_args.begin(), [](const Object& a, const Object& b) { return a.same(b); })) {
      as_dict(full)->set(py_str("__orig_bases__"), py_tuple(std::vector<Object>(base_args.begin(), base_args.end())));
    }
    return aiocc::call(winner, {py_str(name), py_tuple(std::move(resolved)), full}, Kwargs(rest));
  }
  return build_class(nullptr, name, qualname, base_args, ns, kw);
}

// type.__new__'s work: `meta` is the metaclass of the script making the class (null: type, or
// the metaclasses aiocc implements, from the keyword and the bases).
Object build_class(TypeObject* meta, const char* name, const char* qualname, Args base_args, const Object& ns, Kwargs kw) {
  // `class P(NamedTuple)`, `class M(TypedDict)`: typing's metaclasses make something else.
  if (Object made = typing::make_special_class(name, qualname, base_args, ns, kw); !made.is_unbound()) return made;
  // type_new: __init_subclass__ and __class_getitem__ are implicit classmethods.
  if (DictObject* d = as_dict(ns)) {
    for (const char* special : {"__init_subclass__", "__class_getitem__"}) {
      Object key = py_str(special);
      if (Object* f = d->find(key); f && f->is_heap() && f->heap()->type() == &types::function) {
        *f = make_classmethod(*f);
      }
    }
  }
  std::vector<TypeObject*> bases;
  bool exception = false;
  // __mro_entries__: `class Box(Generic[T])` derives from Generic, `class L(List[int])` from
  // list and Generic.
  for (const Object& b : mro_entries(base_args)) {
    auto* t = b.dyn<TypeObject>();
    if (!t) raise(&exc::TypeError, "bases must be types");
    if (std::find(bases.begin(), bases.end(), t) != bases.end()) {
      raise(&exc::TypeError, "duplicate base class " + short_name(t));
    }
    if (t->is_subtype_of(&exc::BaseException)) {
      exception = true;
    } else if (t != &types::object && t != &types::type && !t->kind_of_class() && !acceptable_builtin_base(t)) {
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
    TypeObject* b = t->kind_of_class()                             ? t->kind_of_class()->builtin_base
                    : acceptable_builtin_base(t) || t == &types::type ? t
                                                                      : nullptr;
    if (!b) continue;
    if ((builtin_base && builtin_base != b) || exception) {
      raise(&exc::TypeError, "multiple bases have instance lay-out conflict");
    }
    builtin_base = b;
  }
  // The namespace as CPython's type() leaves it: __module__ first, __doc__ always there.
  Object full = py_dict();
  DictObject* d = as_dict(full);
  d->set(intern("__module__").str, py_str(current_module_name()));
  // __qualname__, which the class body's namespace holds from its start, is the type's own
  // name, not a class attribute.
  const Object qualname_key = intern("__qualname__").str;
  for (auto& e : as_dict(ns)->entries) {
    if (!e.live()) continue;
    if (e.key.same(qualname_key) || (is_str(e.key) && str_value(e.key) == "__qualname__")) {
      if (!is_str(e.value)) raise(&exc::TypeError, "type __qualname__ must be a str, not " + type_of(e.value)->name);
      qualname = strdup(str_value(e.value).c_str());  // classes live as long as the program
      continue;
    }
    d->set(e.key, e.value);
  }
  auto* c = new ClassObject(qualname, std::move(bases), full);
  // A class body's own `__module__ = ...` is the module its repr names.
  if (const Object* m = d->find(intern("__module__").str); m && is_str(*m)) c->module = str_value(*m);
  if (meta) c->metaclass = meta;
  if (std::string_view q(qualname); q.substr(q.rfind('.') + 1) != name) c->simple_name = name;
  c->construct = exception ? construct_user_exception : construct_instance;
  c->builtin_base = builtin_base;
  set_layout(c, name, d);
  if (!d->find(intern("__doc__").str)) d->set(intern("__doc__").str, None);
  // A class that defines __eq__ but not __hash__ is unhashable (CPython sets __hash__ = None).
  if (d->find(slot_name(Slot::eq).str) && !d->find(slot_name(Slot::hash).str)) {
    d->set(slot_name(Slot::hash).str, None);
  }
  // typing._ProtocolMeta, inherited; Protocol.__init_subclass__: a protocol when Protocol is a
  // direct base (a class deriving from protocols only implements them).
  for (TypeObject* b : c->bases) {
    ClassObject* k = b->kind_of_class();
    if (k && k->metaclass == &abc::ProtocolMeta_type) c->metaclass = k->metaclass;
  }
  if (c->metaclass == &abc::ProtocolMeta_type && !d->find(intern("_is_protocol").str)) {
    bool direct = std::any_of(c->bases.begin(), c->bases.end(), [](TypeObject* b) {
      return b->kind_of_class() && b->name == "Protocol" && b->module == "typing";
    });
    d->set(intern("_is_protocol").str, direct ? True() : False());
  }
  typing::class_created(c, base_args);
  c->changed();
  Object cls(c);
  // __set_name__ on class attributes that define it, in namespace order, over a copy of the
  // namespace as CPython's type_new_set_names: a __set_name__ may set class attributes.
  std::vector<std::pair<Object, Object>> names_to_set;
  for (auto& e : d->entries) {
    if (e.live()) names_to_set.emplace_back(e.key, e.value);
  }
  for (auto& [key, value] : names_to_set) {
    if (InstanceObject* i = as_instance(value)) {
      const Object sn = i->cls->slot(Slot::set_name);
      if (!sn.is_unbound()) aiocc::call(sn, {value, cls, key});
    } else if (value.is_heap() && value.heap()->type() == &functools::cached_property_type) {
      aiocc::call_method(value, "__set_name__", {cls, key});  // the runtime's own descriptor
    }
  }
  // abc.ABCMeta: the metaclass keyword (the only one sema lets through) or an ABC base.
  std::vector<Kw> subclass_kw;
  for (const Kw& k : kw) {
    if (k.name == "metaclass") {
      c->abstract_base = true;
    } else {
      subclass_kw.push_back(k);
    }
  }
  for (TypeObject* b : c->bases) {
    if (b->kind_of_class() && b->kind_of_class()->abstract_base) c->abstract_base = true;
  }
  if (c->abstract_base && !c->metaclass) c->metaclass = &abc::ABCMeta_type;
  enums::enum_class_created(c);
  // ABCMeta.__new__ sets __abstractmethods__ after type.__new__ ran __init_subclass__.
  init_subclass(c, Kwargs(subclass_kw));
  if (c->abstract_base) update_abstract_methods(c);
  return cls;
}

// Whether a class attribute is abstract: __isabstractmethod__ on it, on a property's getter,
// or on the function a classmethod/staticmethod wraps.
bool is_abstract(const Object& v) {
  if (!v.is_heap()) return false;
  TypeObject* t = v.heap()->type();
  if (t == &types::staticmethod || t == &types::classmethod) return is_abstract(wrapped_function(v));
  if (t == &types::property) return is_abstract(aiocc::getattr(v, "fget"));
  if (t != &types::function) return false;
  Object dict = aiocc::getattr(v, "__dict__");
  const Object* flag = as_dict(dict)->find(py_str("__isabstractmethod__"));
  return flag && truthy(*flag);
}

void update_abstract_methods(ClassObject* c) {
  c->abstract_methods.clear();
  c->abstract_methods_set = true;
  std::set<std::string> names;
  for (TypeObject* t : c->mro) {
    if (ClassObject* k = t->kind_of_class()) {
      for (auto& e : as_dict(k->ns)->entries) {
        if (e.live() && is_str(e.key)) names.insert(str_value(e.key));
      }
    }
  }
  for (const std::string& n : names) {
    const Object* v = c->lookup(intern(n));
    if (v && is_abstract(*v)) c->abstract_methods.push_back(n);
  }
}

// super(cls, cls).__init_subclass__(**kw): the nearest definition after the class itself.
void init_subclass(ClassObject* c, Kwargs kw) {
  for (size_t i = 1; i < c->mro.size(); ++i) {
    ClassObject* k = c->mro[i]->kind_of_class();
    if (!k) continue;
    const Object* f = as_dict(k->ns)->find(py_str("__init_subclass__"));
    if (!f) continue;
    // An implicit classmethod.
    const Object& fn = f->is_heap() && f->heap()->type() == &types::classmethod ? wrapped_function(*f) : *f;
    call_with_self(fn, Object(c), {}, kw);
    return;
  }
  if (kw.size()) raise(&exc::TypeError, c->name + ".__init_subclass__() takes no keyword arguments");
}

const Object* user_class_lookup(const TypeObject* cls, std::string_view name) {
  auto* c = const_cast<TypeObject*>(cls)->kind_of_class();
  return c ? c->lookup(intern(name)) : nullptr;
}

}  // namespace aiocc
