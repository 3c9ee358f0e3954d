// set and frozenset operations, each following its setobject.c counterpart in which set it
// copies, which one it iterates and which it looks up in, since that decides the result's
// table layout (and, among equal keys like 1 and 1.0, which one is kept).
#include "aiocc/py/set.h"

#include <utility>

#include "aiocc/py/exceptions.h"
#include "aiocc/py/function.h"
#include "aiocc/py/ops.h"
#include "builtin_bases.h"

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
      if (!d->entries[i].live) continue;
      Object key = d->entries[i].key;
      toggle(key, py_hash(key));
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

Object SetObject::getattr(const Object& self, std::string_view name) {
  static const char* methods[] = {"add", "discard", "remove", "pop", "clear", "copy", "update",
                                  "union", "intersection", "difference", "symmetric_difference",
                                  "issubset", "issuperset", "isdisjoint", "intersection_update",
                                  "difference_update", "symmetric_difference_update"};
  static const char* mutators[] = {"add", "discard", "remove", "pop", "clear", "update",
                                   "intersection_update", "difference_update",
                                   "symmetric_difference_update"};
  for (const char* m : methods) {
    if (name != m) continue;
    for (const char* x : mutators) {
      if (frozen && name == x) return HeapObject::getattr(self, name);
    }
    return make<BoundMethod>(self, std::string(name));
  }
  return HeapObject::getattr(self, name);
}

Object SetObject::call_method(const Object& self, std::string_view name, Args args, Kwargs kw) {
  if (kw.size()) check_no_kwargs(("set." + std::string(name)).c_str(), kw);
  const std::string n(name);
  if (frozen && (name == "add" || name == "discard" || name == "remove" || name == "pop" ||
                 name == "clear" || name.find("update") != std::string_view::npos)) {
    return HeapObject::call_method(self, name, args, kw);
  }
  auto one_arg = [&] { check_nargs(n.c_str(), args, 1, 1); };
  if (name == "add") {
    one_arg();
    add(args[0]);
    return None;
  }
  if (name == "discard" || name == "remove") {
    one_arg();
    Object key = as_key(args[0]);
    if (!discard_entry(key, py_hash(key)) && name == "remove") raise_exc(new_exception(&exc::KeyError, {args[0]}));
    return None;
  }
  if (name == "pop") {
    check_nargs("pop", args, 0, 0);
    return pop();
  }
  if (name == "clear") {
    clear();
    return None;
  }
  if (name == "copy") return frozen ? self : copy_of(this);
  if (name == "update") {
    for (const Object& a : args) update(a);
    return None;
  }
  if (name == "union") {
    Object r = copy_of(this);
    for (const Object& a : args) {
      if (any_set(a) != this) as_set(r)->update(a);
    }
    return r;
  }
  if (name == "intersection" || name == "intersection_update") {
    // set_intersection_multi: each operand in turn, from this set.
    Object r = self;
    if (args.size() == 0) r = copy_of(this);
    for (const Object& a : args) r = intersection(as_set(r), a);
    if (name == "intersection") return r;
    swap_bodies(as_set(r));
    return None;
  }
  if (name == "difference") {
    if (args.size() == 0) return copy_of(this);
    Object r = difference(this, args[0]);
    for (size_t i = 1; i < args.size(); ++i) difference_update(as_set(r), args[i]);
    return r;
  }
  if (name == "difference_update") {
    for (const Object& a : args) difference_update(this, a);
    return None;
  }
  if (name == "symmetric_difference") {
    one_arg();
    return symmetric_difference(this, args[0]);
  }
  if (name == "symmetric_difference_update") {
    one_arg();
    symmetric_difference_update(this, args[0]);
    return None;
  }
  if (name == "issubset" || name == "issuperset" || name == "isdisjoint") {
    one_arg();
    if (name == "issubset") return Object::from_bool(issubset(this, args[0]));
    if (name == "issuperset") return Object::from_bool(issuperset(this, args[0]));
    return Object::from_bool(isdisjoint(this, args[0]));
  }
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
