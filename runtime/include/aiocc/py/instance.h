// User classes and their instances, and the inline caches the generated code keeps at every
// attribute and method site.
//
// A class is a TypeObject with a namespace dict, a C3 MRO, a version number (fresh whenever the
// class or one of its bases changes) and, per special method, what its MRO resolves it to.
//
// An instance keeps its attributes in a plain array, in the order a Shape lists them (PyPy's
// maps, CPython 3.11's inline values): instances built by the same `__init__` share one chain
// of shapes, so the index of `self.x` is known once per shape. An instance whose attributes
// stop fitting that scheme (deleted attributes, many names, `__dict__` asked for) moves its
// attributes into a real dict and takes the `dict_shape()` sentinel, which no cache ever holds.
//
// An attribute site caches (shape, class version) → where the value is. A hit is two compares
// and a load; a method call hit calls the cached function with the receiver as its first
// argument, without a bound-method object.
#pragma once

#include <unordered_map>
#include <vector>

#include "aiocc/frame.h"
#include "aiocc/py/function.h"
#include "aiocc/py/name.h"
#include "aiocc/py/types.h"

namespace aiocc {

struct ClassObject;

struct Shape {
  ClassObject* cls;
  std::vector<const Name*> names;                            // attribute order
  std::vector<std::pair<const Name*, Shape*>> transitions;  // adding one more name

  int index_of(const Name* n) const {
    for (size_t i = 0; i < names.size(); ++i) {
      if (names[i] == n) return static_cast<int>(i);
    }
    return -1;
  }
  Shape* with(const Name* n);
};
Shape* dict_shape();

struct ClassObject final : TypeObject {
  Object ns;  // dict: the class namespace (str keys)
  uint64_t version;
  Shape root;
  std::vector<ClassObject*> subclasses;
  Object specials[kSlotCount];  // what the MRO gives each special method; Unbound: not defined
  bool user_getattribute = false, user_setattr = false;
  std::vector<const Name*> slot_names;  // __slots__, when the class declares it
  // What an instance holds beyond its attributes, in CPython's terms (typeobject.c): a __dict__,
  // a weak reference list, a variable-size part (int, tuple, str: tp_itemsize); `solid` is the
  // nearest class of the MRO that fixes the layout (solid_base). Set by runtime/src/objects/layout.cpp.
  struct Layout {
    bool dict = true, weakref = true, varsize = false;
    TypeObject* solid = nullptr;
  } layout;
  bool has_slots = false;               // instances take only the __slots__ names
  TypeObject* builtin_base = nullptr;   // list, dict, str, … when the class derives from one
  uint32_t attr_hint = 0;               // the most attributes an instance had: the room to reserve
  // lookup()'s answers (null included) since the last change.
  mutable std::unordered_map<const Name*, const Object*> lookup_cache;

  // An Enum subclass with members (runtime/src/modules/enum.cpp): its members, by name (aliases too)
  // and by value. Unbound for other classes.
  Object enum_members, enum_by_name, enum_by_value;
  TypeObject* metaclass = nullptr;       // type(cls) when it is not `type` (typing._TypedDictMeta)
  bool abstract_base = false;            // made by abc.ABCMeta (derives from ABC): checks below
  std::vector<std::string> abstract_methods;  // __abstractmethods__, sorted: no instances while any
  bool abstract_methods_set = false;          // __abstractmethods__ exists (after __init_subclass__)
  std::vector<Object> abc_registry;           // ABCMeta.register()'s virtual subclasses
  ClassObject(std::string qualname, std::vector<TypeObject*> bases, Object dict);
  // The class attribute `n` found through the MRO (user classes' namespaces only), or null.
  const Object* lookup(const Name& n) const;
  const Object& slot(Slot s) const { return specials[static_cast<int>(s)]; }
  // Called after the namespace of this class changed: a new version (and, when a special
  // method may have changed, the slots found again), for every subclass too.
  void changed(bool specials_too = true);

  TypeObject* type() const override { return metaclass ? metaclass : &types::type; }
  std::string repr() const override;
  std::string str() const override;
  bool truthy() const override;
  Object getattr(const Object& self, std::string_view name) override;
  void setattr(std::string_view name, const Object& value) override;
  Object get(const Name& n);  // C.name
};

struct InstanceObject final : HeapObject {
  ClassObject* cls;  // classes are immortal
  Shape* shape;
  std::vector<Object> values;  // in shape order
  Object dict;                 // a DictObject once the instance left shapes (dict_shape())
  Object base_value;           // the list, str, int… a class deriving from one extends
  // A class with a __dict__ deriving from one with __slots__: the slot values, by position in
  // cls->slot_names, kept out of the dict (CPython's member descriptors).
  std::vector<Object> slot_values;
  bool finalized = false;  // its __del__ ran (PEP 442: at most once)

  explicit InstanceObject(ClassObject* c);
  TypeObject* type() const override { return cls; }
  std::string repr() const override;
  std::string str() const override;
  bool truthy() const override;
  Object getattr(const Object& self, std::string_view name) override;
  void setattr(std::string_view name, const Object& value) override;
  Object call(Args args, Kwargs kw) override;

  // The instance's own attribute, or null.
  Object* own(const Name& n);
  void set_own(const Name& n, const Object& v);
  bool del_own(const Name& n);
  Object& materialize_dict();  // moves the attributes into `dict` for good
};

inline InstanceObject* as_instance(const Object& o) {
  return o.is_heap() && o.heap()->kind == HeapObject::Kind::Instance ? o.as<InstanceObject>()
                                                                     : nullptr;
}

// ---- inline caches ---------------------------------------------------------------------------
// Each site remembers up to kCacheWays (shape, version) pairs: a site that sees instances of a
// few classes (a method called on several subclasses) still hits.
constexpr int kCacheWays = 4;

template <typename Entry>
struct SiteCache {
  Entry ways[kCacheWays];
  uint8_t next = 0;
  // The entry to fill for `shape`: its old entry if it has one, else the next in turn.
  Entry& slot_for(Shape* shape) {
    for (Entry& e : ways) {
      if (e.shape == shape) return e;
    }
    return ways[next++ % kCacheWays];
  }
};

struct AttrEntry {
  enum Kind : uint8_t { Value, ClassValue };
  Shape* shape = nullptr;
  uint64_t version = 0;
  Kind kind = Value;
  uint32_t index = 0;
  const Object* value = nullptr;  // ClassValue: the class attribute (kept by the class)
};
struct AttrCache : SiteCache<AttrEntry> {};

struct StoreEntry {
  Shape* shape = nullptr;  // the shape before the store
  Shape* next = nullptr;   // after it: the same, or one name longer
  uint64_t version = 0;
  uint32_t index = 0;
};
struct StoreCache : SiteCache<StoreEntry> {};

struct MethodEntry {
  Shape* shape = nullptr;
  uint64_t version = 0;
  bool direct = false;  // the function takes exactly the site's arguments: invoke it as is
  FunctionObject* func = nullptr;
};
// A built-in method a site calls (list.append, dict.get, …): false when this call is not one
// it handles as is (another arity), so the generic path runs and reports errors.
struct MethodCatalog;
struct MethodDef;
struct MethodCache : SiteCache<MethodEntry> {
  HeapObject::Kind builtin_kind = HeapObject::Kind::Other;  // the receiver kind `builtin` is for
  BuiltinMethod builtin = nullptr;
  // A method of a built-in type's catalog (str.replace, dict.items): the receiver's exact type
  // and the method's entry, so that the call skips the search by name.
  const TypeObject* catalog_type = nullptr;
  const MethodCatalog* catalog = nullptr;
  const MethodDef* def = nullptr;
};
// The call of a catalog method a site has cached (args[0] is of type c.catalog_type).
Object call_cached_catalog_method(const MethodCache& c, Args args, Kwargs kw);

Object getattr_slow(const Object& o, const Name& n, AttrCache& c);
void setattr_slow(const Object& o, const Name& n, const Object& v, StoreCache& c);
// `args` holds the receiver first, then the call's arguments.
Object call_method_slow(const Name& n, MethodCache& c, Args args, Kwargs kw);

inline Object getattr(const Object& o, const Name& n, AttrCache& c, Pos = {}) {
  if (InstanceObject* inst = as_instance(o)) {
    const uint64_t version = inst->cls->version;
    for (const AttrEntry& e : c.ways) {
      if (inst->shape == e.shape && version == e.version) {
        if (e.kind == AttrEntry::Value) return inst->values[e.index];
        return *e.value;
      }
    }
  }
  return getattr_slow(o, n, c);
}

inline void setattr(const Object& o, const Name& n, const Object& v, StoreCache& c, Pos = {}) {
  if (InstanceObject* inst = as_instance(o)) {
    const uint64_t version = inst->cls->version;
    for (const StoreEntry& e : c.ways) {
      if (inst->shape == e.shape && version == e.version) {
        if (e.next == e.shape) {
          inst->values[e.index] = v;
        } else {
          inst->values.push_back(v);
          inst->shape = e.next;
        }
        return;
      }
    }
  }
  setattr_slow(o, n, v, c);
}

// The slow path of a call site: a failed lookup of the method is located at `attr_pos` (the
// `obj.name` part, CPython's LOAD_METHOD), anything the call raises at the call's position.
Object call_method_slow_at(const Name& n, MethodCache& c, Args args, Kwargs kw, Frame& f, int attr_pos);

inline Object call_method(const Name& n, MethodCache& c, Args args, Kwargs kw, Pos, Frame& f, int attr_pos) {
  if (InstanceObject* inst = as_instance(args[0]); inst && kw.size() == 0) {
    const uint64_t version = inst->cls->version;
    for (const MethodEntry& e : c.ways) {
      if (inst->shape == e.shape && version == e.version) {
        if (e.direct) return e.func->info->invoke(*e.func, args.p);
        return e.func->call(args, kw);
      }
    }
  } else if (c.builtin && args[0].is_heap() && args[0].heap()->kind == c.builtin_kind && kw.size() == 0) {
    Object out;
    if (c.builtin(args, out)) return out;
  } else if (c.catalog_type && args[0].is_heap() && args[0].heap()->type() == c.catalog_type) {
    return call_cached_catalog_method(c, args, kw);
  }
  return call_method_slow_at(n, c, args, kw, f, attr_pos);
}

// `recv.name(args)` whose arguments may run code or raise: the method is found before they are
// evaluated (CPython's LOAD_METHOD comes first). Unbound when the call finds it again without
// running any code (a function of the class, a built-in method: cached sites pass at once);
// else what the lookup gave (through a property, __getattr__, an instance attribute), which
// call_loaded calls. A missing method raises AttributeError here.
Object load_method_slow(const Name& n, const Object& recv);
inline Object load_method(const Name& n, MethodCache& c, const Object& recv, Pos = {}) {
  if (InstanceObject* inst = as_instance(recv)) {
    const uint64_t version = inst->cls->version;
    for (const MethodEntry& e : c.ways) {
      if (inst->shape == e.shape && version == e.version) return Object();
    }
  } else if (c.builtin && recv.is_heap() && recv.heap()->kind == c.builtin_kind) {
    return Object();
  }
  return load_method_slow(n, recv);
}
Object call_loaded_slow(const Object& loaded, Args args, Kwargs kw);
inline Object call_loaded(const Object& loaded, const Name& n, MethodCache& c, Args args, Kwargs kw, Pos p,
                          Frame& f, int attr_pos) {
  if (loaded.is_unbound()) return call_method(n, c, args, kw, p, f, attr_pos);
  return call_loaded_slow(loaded, args, kw);
}

// Attribute access by a name known only at run time (getattr(), hasattr(), the slow paths).
Object getattr_name(const Object& o, const Name& n);
void setattr_name(const Object& o, const Name& n, const Object& v);
void delattr_name(const Object& o, const Name& n, Pos = {});

}  // namespace aiocc
