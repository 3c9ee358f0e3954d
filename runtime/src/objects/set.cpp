// set and frozenset operations, each following its setobject.c counterpart in which set it
// copies, which one it iterates and which it looks up in, since that decides the result's
// table layout (and, among equal keys like 1 and 1.0, which one is kept).
#include "aiocc/py/set.h"

#include <utility>

#include "aiocc/py/exceptions.h"
#include "aiocc/py/function.h"
#include "aiocc/py/ops.h"
#include "builtin_bases.h"
#include "method_catalog.h"

namespace aiocc {

TypeObject* SetObject::type() const { return frozen ? &types::frozenset : &types::set; }

std::string SetObject::repr() const {
  if (used == 0) return frozen ? "frozenset()" : "set()";
  std::string out = frozen ? "frozenset({" : "{";
  bool first = true;
  for (const Object& x : items()) {
    if (!first) out += ", ";
    out += aiocc::repr(x);
    first = false;
  }
  return out + (frozen ? "})" : "}");
}

namespace {
using Entry = SetObject::Entry;

// PyAnySet_Check: a set, a frozenset, or an instance of a subclass of either.
SetObject* any_set(const Object& o) {
  if (SetObject* s = as_set(o)) return s;
  return as_set(base_value_of(o));
}

Object new_like(const SetObject* so) {
  Object o = py_set({});
  o.as<SetObject>()->frozen = so->frozen;
  return o;
}

Object copy_of(SetObject* so) {
  Object o = new_like(so);
  o.as<SetObject>()->merge(so);
  return o;
}

// Calls f(entry) for each live slot of s in order, re-reading the table at every step because
// an __eq__ that f triggers may change it.
template <typename F>
void each_entry(SetObject* s, F f) {
  for (size_t i = 0; i <= s->mask; ++i) {
    if (!s->table[i].live()) continue;
    Entry e = s->table[i];
    f(e);
  }
}

// A set that is a key (`{1} in s`, s.remove({1})) is looked up as the equal frozenset.
Object as_key(const Object& key) {
  SetObject* k = as_set(key);
  return k && !k->frozen ? set_from(key, true) : key;
}

// set_intersection: a set operand's smaller side is iterated and looked up in the larger.
Object intersection(SetObject* so, const Object& other) {
  SetObject* o = any_set(other);
  if (o == so) return copy_of(so);
  Object result = new_like(so);
  SetObject* r = as_set(result);
  if (o) {
    SetObject *larger = so, *smaller = o;
    if (o->used > so->used) std::swap(larger, smaller);
    each_entry(smaller, [&](const Entry& e) {
      if (larger->lookup(e.key, e.hash)) r->add_entry(e.key, e.hash);
    });
    return result;
  }
  Iter it(other);
  Object x;
  while (it.next(x)) {
    size_t h = py_hash(x);
    if (so->lookup(x, h)) r->add_entry(x, h);
  }
  return result;
}

// set_difference_update_internal: removals leave dummies, purged if they pass a quarter.
void difference_update(SetObject* so, const Object& other) {
  SetObject* o = any_set(other);
  if (o == so) return so->clear();
  if (o) {
    // A much larger other is first cut down to the common part.
    Object common;
    if ((o->used >> 3) > so->used) {
      common = intersection(so, other);
      o = as_set(common);
    }
    each_entry(o, [&](const Entry& e) { so->discard_entry(e.key, e.hash); });
  } else {
    Iter it(other);
    Object x;
    while (it.next(x)) so->discard_entry(x, py_hash(x));
  }
  if (so->fill - so->used <= so->mask / 4) return;
  so->resize(so->used > 50000 ? so->used * 2 : so->used * 4);
}

Object copy_and_difference(SetObject* so, const Object& other) {
  Object r = copy_of(so);
  difference_update(as_set(r), other);
  return r;
}

// set_difference: a new set filled from so, unless so is much larger than other.
Object difference(SetObject* so, const Object& other) {
  SetObject* o = any_set(other);
  DictObject* d = o ? nullptr : as_dict(other);
  if (!o && !d) return copy_and_difference(so, other);
  size_t other_size = o ? o->used : d->live_count;
  if ((so->used >> 2) > other_size) return copy_and_difference(so, other);
  Object result = new_like(so);
  SetObject* r = as_set(result);
  each_entry(so, [&](const Entry& e) {
    bool in = o ? o->lookup(e.key, e.hash) != nullptr : d->find(e.key) != nullptr;
    if (!in) r->add_entry(e.key, e.hash);
  });
  return result;
}

// set_symmetric_difference_update: each key of other is removed if present, else added.
void symmetric_difference_update(SetObject* so, const Object& other) {
  SetObject* o = any_set(other);
  if (o == so) return so->clear();
  auto toggle = [&](const Object& key, size_t h) {
    if (!so->discard_entry(key, h)) so->add_entry(key, h);
  };
  if (DictObject* d = o ? nullptr : as_dict(other)) {
    for (size_t i = 0; i < d->entries.size(); ++i) {
      if (!d->entries[i].live()) continue;
      Object key = d->entries[i].key;
      toggle(key, d->entries[i].hash);  // the stored hash, as CPython
    }
    return;
  }
  Object holder;
  if (!o) {
    holder = set_from(other, false);
    o = as_set(holder);
  }
  each_entry(o, [&](const Entry& e) { toggle(e.key, e.hash); });
}

// set_symmetric_difference: a copy of other, updated with so.
Object symmetric_difference(SetObject* so, const Object& other) {
  Object result = new_like(so);
  as_set(result)->update(other);
  symmetric_difference_update(as_set(result), Object(so));
  return result;
}

bool issubset(SetObject* so, const Object& other) {
  SetObject* o = any_set(other);
  Object holder;
  if (!o) {
    holder = set_from(other, false);
    o = as_set(holder);
  }
  if (so->used > o->used) return false;
  bool all = true;
  each_entry(so, [&](const Entry& e) { all = all && o->lookup(e.key, e.hash); });
  return all;
}

bool issuperset(SetObject* so, const Object& other) {
  if (SetObject* o = any_set(other)) return issubset(o, Object(so));
  Iter it(other);
  Object x;
  while (it.next(x)) {
    if (!so->contains(x)) return false;
  }
  return true;
}

bool isdisjoint(SetObject* so, const Object& other) {
  SetObject* o = any_set(other);
  if (o == so) return so->used == 0;
  if (o) {
    SetObject *larger = so, *smaller = o;
    if (o->used > so->used) std::swap(larger, smaller);
    bool none = true;
    each_entry(smaller, [&](const Entry& e) { none = none && !larger->lookup(e.key, e.hash); });
    return none;
  }
  Iter it(other);
  Object x;
  while (it.next(x)) {
    if (so->contains(x)) return false;
  }
  return true;
}
}  // namespace

// ---- methods, as catalogs (method_catalog.h): frozenset's are set's that do not mutate ---------
namespace {
using P = Param;

SetObject* set_of(const Object& self) { return self.as<SetObject>(); }

Object s_add(const Object& self, const Object* a, Args, Kwargs) {
  set_of(self)->add(a[0]);
  return None;
}
Object discard_or_remove(const Object& self, const Object& x, bool remove) {
  Object key = as_key(x);
  if (!set_of(self)->discard_entry(key, py_hash(key)) && remove) {
    raise_exc(new_exception(&exc::KeyError, {x}));
  }
  return None;
}
Object s_discard(const Object& self, const Object* a, Args, Kwargs) { return discard_or_remove(self, a[0], false); }
Object s_remove(const Object& self, const Object* a, Args, Kwargs) { return discard_or_remove(self, a[0], true); }
Object s_pop(const Object& self, const Object*, Args, Kwargs) { return set_of(self)->pop(); }
Object s_clear(const Object& self, const Object*, Args, Kwargs) {
  set_of(self)->clear();
  return None;
}
Object s_copy(const Object& self, const Object*, Args, Kwargs) {
  return set_of(self)->frozen ? self : copy_of(set_of(self));
}
Object s_update(const Object& self, const Object*, Args args, Kwargs) {
  for (const Object& a : args) set_of(self)->update(a);
  return None;
}
Object s_union(const Object& self, const Object*, Args args, Kwargs) {
  Object r = copy_of(set_of(self));
  for (const Object& a : args) {
    if (any_set(a) != set_of(self)) as_set(r)->update(a);
  }
  return r;
}
// set_intersection_multi: each operand in turn, from this set.
Object intersection_multi(const Object& self, Args args) {
  Object r = args.size() == 0 ? copy_of(set_of(self)) : self;
  for (const Object& a : args) r = intersection(as_set(r), a);
  return r;
}
Object s_intersection(const Object& self, const Object*, Args args, Kwargs) {
  return intersection_multi(self, args);
}
Object s_intersection_update(const Object& self, const Object*, Args args, Kwargs) {
  Object r = intersection_multi(self, args);
  if (!r.same(self)) set_of(self)->swap_bodies(as_set(r));
  return None;
}
Object s_difference(const Object& self, const Object*, Args args, Kwargs) {
  if (args.size() == 0) return copy_of(set_of(self));
  Object r = difference(set_of(self), args[0]);
  for (size_t i = 1; i < args.size(); ++i) difference_update(as_set(r), args[i]);
  return r;
}
Object s_difference_update(const Object& self, const Object*, Args args, Kwargs) {
  for (const Object& a : args) difference_update(set_of(self), a);
  return None;
}
Object s_symmetric_difference(const Object& self, const Object* a, Args, Kwargs) {
  return symmetric_difference(set_of(self), a[0]);
}
Object s_symmetric_difference_update(const Object& self, const Object* a, Args, Kwargs) {
  symmetric_difference_update(set_of(self), a[0]);
  return None;
}
Object s_isdisjoint(const Object& self, const Object* a, Args, Kwargs) {
  return Object::from_bool(isdisjoint(set_of(self), a[0]));
}
Object s_issubset(const Object& self, const Object* a, Args, Kwargs) {
  return Object::from_bool(issubset(set_of(self), a[0]));
}
Object s_issuperset(const Object& self, const Object* a, Args, Kwargs) {
  return Object::from_bool(issuperset(set_of(self), a[0]));
}

constexpr P kOther{"other"}, kElem{"elem"};
constexpr MethodDef kCopy{"copy", s_copy}, kDifference{"difference", s_difference, ArgStyle::AnyArgs},
    kIntersection{"intersection", s_intersection, ArgStyle::AnyArgs},
    kIsDisjoint{"isdisjoint", s_isdisjoint, ArgStyle::OneArg, {kOther}, 1},
    kIsSubset{"issubset", s_issubset, ArgStyle::OneArg, {kOther}, 1},
    kIsSuperset{"issuperset", s_issuperset, ArgStyle::OneArg, {kOther}, 1},
    kSymmetricDifference{"symmetric_difference", s_symmetric_difference, ArgStyle::OneArg, {kOther}, 1},
    kUnion{"union", s_union, ArgStyle::AnyArgs};

constexpr MethodDef kSetMethods[] = {
    {"add", s_add, ArgStyle::OneArg, {kElem}, 1},
    {"clear", s_clear},
    kCopy,
    kDifference,
    {"difference_update", s_difference_update, ArgStyle::AnyArgs},
    {"discard", s_discard, ArgStyle::OneArg, {kElem}, 1},
    kIntersection,
    {"intersection_update", s_intersection_update, ArgStyle::AnyArgs},
    kIsDisjoint,
    kIsSubset,
    kIsSuperset,
    {"pop", s_pop},
    {"remove", s_remove, ArgStyle::OneArg, {kElem}, 1},
    kSymmetricDifference,
    {"symmetric_difference_update", s_symmetric_difference_update, ArgStyle::OneArg, {kOther}, 1},
    kUnion,
    {"update", s_update, ArgStyle::AnyArgs},
};
static_assert(sorted_by_name(kSetMethods), "kSetMethods must stay sorted by name");
constexpr MethodCatalog kSetCatalog{"set", kSetMethods};

constexpr MethodDef kFrozenSetMethods[] = {
    kCopy, kDifference, kIntersection, kIsDisjoint, kIsSubset, kIsSuperset, kSymmetricDifference, kUnion,
};
static_assert(sorted_by_name(kFrozenSetMethods), "kFrozenSetMethods must stay sorted by name");
constexpr MethodCatalog kFrozenSetCatalog{"frozenset", kFrozenSetMethods};
}  // namespace

const MethodCatalog& set_catalog() { return kSetCatalog; }
const MethodCatalog& frozenset_catalog() { return kFrozenSetCatalog; }

Object SetObject::getattr(const Object& self, std::string_view name) {
  if (Object m = catalog_bound_method(frozen ? kFrozenSetCatalog : kSetCatalog, self, name);
      !m.is_unbound()) {
    return m;
  }
  return HeapObject::getattr(self, name);
}

Object SetObject::call_method(const Object& self, std::string_view name, Args args, Kwargs kw) {
  const MethodCatalog& cat = frozen ? kFrozenSetCatalog : kSetCatalog;
  if (const MethodDef* m = cat.find(name)) return call_catalog_method(cat, *m, self, args, kw);
  return HeapObject::call_method(self, name, args, kw);
}

bool set_contains_key(SetObject* s, const Object& key) { return s->contains(as_key(key)); }

namespace {
bool set_like(const Object& o) {
  if (as_set(o)) return true;
  DictViewObject* v = as_dict_view(o);
  return v && v->which != DictViewObject::Values;
}

// dictviews_to_set: a keys view of a dict is built from the dict itself.
Object view_to_set(const Object& o) {
  DictViewObject* v = as_dict_view(o);
  return set_from(v && v->which == DictViewObject::Keys ? v->dict : o, false);
}

size_t size_of(const Object& o) {
  if (SetObject* s = as_set(o)) return s->used;
  return as_dict_view(o)->items().size();
}

// _PyDictView_Intersect: a set no smaller than the view intersects itself with it; otherwise
// the smaller side is iterated and looked up in the view.
Object view_intersection(Object self, Object other) {
  if (!as_dict_view(self)) std::swap(self, other);
  const size_t len_self = size_of(self);
  if (as_set(other) && !as_set(other)->frozen && len_self <= as_set(other)->used) {
    return intersection(as_set(other), self);
  }
  if (as_dict_view(other) && set_like(other) && size_of(other) > len_self) std::swap(self, other);
  Object result = py_set({});
  Iter it(other);
  Object x;
  DictViewObject* v = as_dict_view(self);
  while (it.next(x)) {
    if (v->contains(x)) as_set(result)->add(x);
  }
  return result;
}
}  // namespace

Object set_binop(const Object& a, const Object& b, char op) {
  // A set needs a set (or set-like view) on the other side; a keys/items view takes any iterable.
  const bool view = as_dict_view(a) || as_dict_view(b);
  auto values_view = [](const Object& o) {
    DictViewObject* v = as_dict_view(o);
    return v && v->which == DictViewObject::Values;
  };
  if (values_view(a) || values_view(b)) return Object();
  if (view ? !(set_like(a) || set_like(b)) || !is_iterable(a) || !is_iterable(b)
           : !set_like(a) || !set_like(b)) {
    return Object();
  }
  if (view) {
    // The dict views' operators: a set of the left operand, changed by the right one.
    if (op == '&') return view_intersection(a, b);
    Object r = view_to_set(a);
    if (op == '|') as_set(r)->update(b);
    else if (op == '-') difference_update(as_set(r), b);
    else symmetric_difference_update(as_set(r), b);
    return r;
  }
  // The result is of the left operand's kind: frozenset | set is a frozenset.
  SetObject* sa = as_set(a);
  switch (op) {
    case '|': {
      Object r = copy_of(sa);
      if (!a.same(b)) as_set(r)->update(b);
      return r;
    }
    case '&': return intersection(sa, b);
    case '-': return difference(sa, b);
    default: return symmetric_difference(sa, b);
  }
}

void set_inplace(SetObject* a, const Object& b, char op) {
  switch (op) {
    case '|': return a->update(b);
    case '&': {
      Object r = intersection(a, b);
      return a->swap_bodies(as_set(r));
    }
    case '-': return difference_update(a, b);
    default: return symmetric_difference_update(a, b);
  }
}

Object set_compare(const Object& a, const Object& b, const char* op) {
  if (!set_like(a) || !set_like(b)) return Object();
  Object x = as_set(a) ? a : view_to_set(a), y = as_set(b) ? b : view_to_set(b);
  SetObject *sx = as_set(x), *sy = as_set(y);
  std::string o = op;
  bool r;
  if (o == "<=") r = issubset(sx, y);
  else if (o == ">=") r = issubset(sy, x);
  else if (o == "<") r = sx->used < sy->used && issubset(sx, y);
  else r = sy->used < sx->used && issubset(sy, x);
  return Object::from_bool(r);
}

}  // namespace aiocc
