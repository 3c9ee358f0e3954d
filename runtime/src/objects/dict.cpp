// dict: entries in insertion order under an open-addressing index, as Objects/dictobject.c.
// Deleted entries stay as tombstones until an insertion finds the entries used up and resizes.
#include "aiocc/py/dict.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/function.h"
#include "aiocc/py/instance.h"
#include "aiocc/py/int.h"
#include "aiocc/py/list.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/protocols.h"
#include "aiocc/py/set.h"
#include "aiocc/py/str.h"
#include "internal.h"
#include "method_catalog.h"

namespace aiocc {

TypeObject* DictObject::type() const { return &types::dict; }

std::string DictObject::repr() const {
  detail::ReprGuard guard(this);
  if (guard.recursive()) return "{...}";
  std::string out = "{";
  bool first = true;
  for (const Entry& e : entries) {
    if (!e.live()) continue;
    if (!first) out += ", ";
    out += aiocc::repr(e.key) + ": " + aiocc::repr(e.value);
    first = false;
  }
  return out + "}";
}

DictObject::~DictObject() {
  if (slots_ != small_slots_) delete[] slots_;
}

// lookdict: the probe sequence of Objects/dictobject.c. An __eq__ that changes the dict makes
// the search start over, as in CPython.
size_t DictObject::lookup(const Object& key, size_t hash) {
restart:
  size_t perturb = hash, i = hash & mask_;
  for (;;) {
    const uint32_t ix = slots_[i];
    if (ix == 0) return SIZE_MAX;
    if (ix > 1) {
      const size_t pos = ix - 2;
      const Entry& e = entries[pos];
      if (e.key.same(key)) return pos;
      if (e.hash == hash) {
        const Object start = e.key;
        const uint64_t layout = layout_;
        const bool equal = eq(start, key);
        if (layout != layout_ || !entries[pos].key.same(start)) goto restart;
        if (equal) return pos;
      }
    }
    i = next_slot(i, perturb);
  }
}

// find_empty_slot: the first empty or deleted slot on the hash's probe sequence.
void DictObject::insert_slot(size_t hash, size_t pos) {
  size_t perturb = hash, i = hash & mask_;
  while (slots_[i] > 1) {
    i = next_slot(i, perturb);
  }
  slots_[i] = static_cast<uint32_t>(pos + 2);
}

// dictresize: the live entries, in order, under an index of at least min_slots slots.
void DictObject::resize(size_t min_slots) {
  size_t slots = kMinSlots;
  while (slots < min_slots) slots <<= 1;
  std::vector<Entry> kept;
  kept.reserve(slots * 2 / 3);
  for (Entry& e : entries) {
    if (e.live()) kept.push_back(std::move(e));
  }
  entries.swap(kept);
  if (slots_ != small_slots_) delete[] slots_;
  slots_ = slots == kMinSlots ? small_slots_ : new uint32_t[slots];
  std::fill(slots_, slots_ + slots, 0u);
  mask_ = slots - 1;
  ++layout_;
  for (size_t pos = 0; pos < entries.size(); ++pos) insert_slot(entries[pos].hash, pos);
}

Object* DictObject::find(const Object& key, size_t hash) {
  const size_t pos = lookup(key, hash);
  return pos == SIZE_MAX ? nullptr : &entries[pos].value;
}

void DictObject::set(const Object& key, size_t hash, const Object& value) {
  if (const size_t pos = lookup(key, hash); pos != SIZE_MAX) {
    entries[pos].value = value;
    return;
  }
  insert_absent(key, hash, value);
}

void DictObject::insert_absent(const Object& key, size_t hash, const Object& value) {
  // insertion_resize when the entries are used up: GROWTH_RATE is three times the live keys.
  if (entries.size() >= (mask_ + 1) * 2 / 3) resize(live_count * 3);
  entries.push_back({key, value, hash});
  insert_slot(hash, entries.size() - 1);
  ++live_count;
}

bool DictObject::pop(const Object& key, Object* out) {
  const size_t pos = lookup(key, py_hash(key));
  if (pos == SIZE_MAX) return false;
  Object value = remove(pos);
  if (out) *out = std::move(value);
  return true;
}

// delitem_common: the entry's slot (found by its stored hash, with no comparison) becomes a
// deleted one. The old key is released once the dict is consistent again.
Object DictObject::remove(size_t pos) {
  size_t perturb = entries[pos].hash, i = perturb & mask_;
  while (slots_[i] != pos + 2) {
    i = next_slot(i, perturb);
  }
  slots_[i] = 1;
  --live_count;
  Object old_key = std::move(entries[pos].key);
  return std::move(entries[pos].value);
}

void DictObject::clear() {
  std::vector<Entry> old;
  old.swap(entries);  // the values are freed once the dict is consistent again
  if (slots_ != small_slots_) delete[] slots_;
  slots_ = small_slots_;
  std::fill(slots_, slots_ + kMinSlots, 0u);
  mask_ = kMinSlots - 1;
  ++layout_;
  live_count = 0;
}

void DictObject::reserve(size_t n) {
  if (entries.size() + n > (mask_ + 1) * 2 / 3) resize(((live_count + n) * 3 + 1) / 2);
}

Object py_dict() { return make<DictObject>(); }

namespace {
// The views' methods: keys and items views are set-like (isdisjoint); every view has .mapping.
Object v_isdisjoint(const Object& self, const Object* a, Args, Kwargs) {
  Iter it(a[0]);
  for (Object x; it.next(x);) {
    if (self.as<DictViewObject>()->contains(x)) return False();
  }
  return True();
}
constexpr MethodDef kSetLikeViewMethods[] = {
    {"isdisjoint", v_isdisjoint, ArgStyle::OneArg, {Param{"other"}}, 1},
};
constexpr DataAttribute kViewAttributes[] = {{"mapping"}};
constexpr MethodCatalog kKeysCatalog{"dict_keys", kSetLikeViewMethods, kViewAttributes};
constexpr MethodCatalog kItemsCatalog{"dict_items", kSetLikeViewMethods, kViewAttributes};
constexpr MethodCatalog kValuesCatalog{"dict_values", {}, kViewAttributes};

const MethodCatalog& view_catalog(DictViewObject::Which which) {
  return which == DictViewObject::Keys ? kKeysCatalog
         : which == DictViewObject::Items ? kItemsCatalog
                                          : kValuesCatalog;
}
}  // namespace

const MethodCatalog& dict_view_catalog(const TypeObject* t) {
  return t == &types::dict_keys ? kKeysCatalog : t == &types::dict_items ? kItemsCatalog : kValuesCatalog;
}

Object DictViewObject::getattr(const Object& self, std::string_view name) {
  if (name == "mapping") return make_mappingproxy(dict);
  if (Object m = catalog_bound_method(view_catalog(which), self, name); !m.is_unbound()) return m;
  return HeapObject::getattr(self, name);
}

Object DictViewObject::call_method(const Object& self, std::string_view name, Args args, Kwargs kw) {
  const MethodCatalog& cat = view_catalog(which);
  if (const MethodDef* m = cat.find(name)) return call_catalog_method(cat, *m, self, args, kw);
  return HeapObject::call_method(self, name, args, kw);
}

// ---- mappingproxy ----------------------------------------------------------------------------
namespace {
// mappingproxy(mapping) (types.MappingProxyType): a read-only view of a dict.
Object construct_mappingproxy(TypeObject*, Args args, Kwargs kw) {
  static const PyDef def("mappingproxy", {{"mapping"}}, {Object()});
  const std::vector<Object> a = def.bind(args, kw);
  TypeObject* t = type_of(a[0]);
  if (!as_dict(a[0])) {
    if (t->is_subtype_of(&types::list) || t->is_subtype_of(&types::tuple) || !has_attribute(a[0], "__getitem__")) {
      raise(&exc::TypeError, "mappingproxy() argument must be a mapping, not " + t->name);
    }
    raise(&exc::NotImplementedError, "aiocc: a mappingproxy of a mapping that is not a dict");
  }
  return make_mappingproxy(a[0]);
}
}  // namespace

namespace types {
TypeObject mappingproxy("mappingproxy", &object, construct_mappingproxy);
}  // namespace types

TypeObject* MappingProxyObject::type() const { return &types::mappingproxy; }
std::string MappingProxyObject::repr() const { return "mappingproxy(" + aiocc::repr(dict) + ")"; }
std::string MappingProxyObject::str() const { return aiocc::str(dict); }  // mappingproxy_str
bool MappingProxyObject::truthy() const { return dict.as<DictObject>()->live_count > 0; }
Object MappingProxyObject::getattr(const Object& self, std::string_view name) {
  if (name == "get" || name == "keys" || name == "values" || name == "items" || name == "copy") {
    return make<BoundMethod>(self, std::string(name));
  }
  return HeapObject::getattr(self, name);
}
Object MappingProxyObject::call_method(const Object& self, std::string_view name, Args args, Kwargs kw) {
  if (name == "get" || name == "keys" || name == "values" || name == "items" || name == "copy") {
    return dict.heap()->call_method(dict, name, args, kw);
  }
  return HeapObject::call_method(self, name, args, kw);
}
Object make_mappingproxy(const Object& dict) { return make<MappingProxyObject>(dict); }
DictObject* proxied_dict(const Object& o) {
  MappingProxyObject* p = as_mappingproxy(o);
  return p ? p->dict.as<DictObject>() : nullptr;
}

// ---- views -----------------------------------------------------------------------------------
namespace types {
TypeObject dict_keys("dict_keys", &object, nullptr);
TypeObject dict_values("dict_values", &object, nullptr);
TypeObject dict_items("dict_items", &object, nullptr);
}  // namespace types

TypeObject* DictViewObject::type() const {
  return which == Keys ? &types::dict_keys : which == Values ? &types::dict_values : &types::dict_items;
}

std::vector<Object> DictViewObject::items() const {
  std::vector<Object> out;
  for (const auto& e : dict.as<DictObject>()->entries) {
    if (!e.live()) continue;
    out.push_back(which == Keys ? e.key : which == Values ? e.value : py_tuple({e.key, e.value}));
  }
  return out;
}

std::string DictViewObject::repr() const { return type()->name + "(" + aiocc::repr(py_list(items())) + ")"; }
bool DictViewObject::truthy() const { return dict.as<DictObject>()->live_count > 0; }

bool DictViewObject::contains(const Object& x) const {
  DictObject* d = dict.as<DictObject>();
  if (which == Keys) return d->find(x) != nullptr;
  if (which == Items) {
    TupleObject* t = as_tuple(x);
    if (!t || t->items.size() != 2) return false;
    Object* v = d->find(t->items[0]);
    return v && (v->same(t->items[1]) || eq(*v, t->items[1]));
  }
  for (const Object& v : items()) {
    if (v.same(x) || eq(v, x)) return true;
  }
  return false;
}

DictViewObject* as_dict_view(const Object& o) {
  if (!o.is_heap()) return nullptr;
  TypeObject* t = o.heap()->type();
  return t == &types::dict_keys || t == &types::dict_values || t == &types::dict_items
             ? o.as<DictViewObject>()
             : nullptr;
}

// dict_merge: the stored hashes, no __hash__ calls. An empty dict takes the keys of a source
// with no deleted entries (and not oversized) as CPython clones its keys table: with no
// comparisons either. dict.copy() clones unless over a third of the entries are deleted.
void dict_merge(DictObject* dd, DictObject* src, bool copy) {
  const size_t n = src->entries.size();
  const bool clone = dd->live_count == 0 &&
                     (copy ? src->live_count >= n * 2 / 3
                           : src->live_count == n && (src->slot_count() == DictObject::kMinSlots ||
                                                      src->slot_count() / 2 * 2 / 3 < n));
  dd->reserve(src->live_count);
  for (size_t i = 0; i < n; ++i) {
    const DictObject::Entry e = src->entries[i];
    if (!e.live()) continue;
    if (clone) {
      dd->insert_absent(e.key, e.hash, e.value);
    } else {
      dd->set(e.key, e.hash, e.value);
    }
  }
}

void dict_update(DictObject* dd, Args args, Kwargs kw, const char* fname) {
  if (args.size() > 1) {
    raise(&exc::TypeError, std::string(fname) + " expected at most 1 argument, got " +
                               std::to_string(args.size()));
  }
  if (args.size()) {
    // A dict subclass that keeps dict's iteration is copied from its storage, as CPython does.
    InstanceObject* inst = as_instance(args[0]);
    const Object& from = inst && as_dict(inst->base_value) && inst->cls->slot(Slot::iter).is_unbound()
                             ? inst->base_value
                             : args[0];
    if (DictObject* src = as_dict(from)) {
      if (src != dd) dict_merge(dd, src);
    } else if (has_attribute(from, "keys")) {  // a mapping: its keys(), then each value by key
      for (const Object& k : to_vector(call_method(from, "keys", {}))) dd->set(k, getitem(from, k));
    } else {  // an iterable of pairs
      size_t i = 0;
      Iter it(args[0]);
      for (Object pair; it.next(pair);) {
        if (!is_iterable(pair)) {
          raise(&exc::TypeError, "cannot convert dictionary update sequence element #" +
                                     std::to_string(i) + " to a sequence");
        }
        auto kv = to_vector(pair);
        if (kv.size() != 2) {
          raise(&exc::ValueError, "dictionary update sequence element #" + std::to_string(i) +
                                      " has length " + std::to_string(kv.size()) + "; 2 is required");
        }
        dd->set(kv[0], kv[1]);
        ++i;
      }
    }
  }
  for (const Kw& k : kw) dd->set(py_str(std::string(k.name)), k.value);
}

// ---- methods, as a catalog (method_catalog.h) ---------------------------------------------------
namespace {
using P = Param;

DictObject* dict_of(const Object& self) { return self.as<DictObject>(); }

Object d_clear(const Object& self, const Object*, Args, Kwargs) {
  dict_of(self)->clear();
  return None;
}
Object d_copy(const Object& self, const Object*, Args, Kwargs) {
  Object out = py_dict();
  dict_merge(as_dict(out), dict_of(self), true);
  return out;
}
// A classmethod: `self` is dict (or a dict), `a` the iterable and the value.
Object d_fromkeys(const Object& self, const Object* a, Args, Kwargs) {
  // A subclass's fromkeys: cls() filled through its __setitem__ (dict_fromkeys).
  if (TypeObject* cls = self.dyn<TypeObject>(); cls && cls != &types::dict) {
    Object d = aiocc::call(self, {});
    Iter it(a[0]);
    for (Object k; it.next(k);) setitem(d, k, a[1]);
    return d;
  }
  Object d = py_dict();
  DictObject* out = as_dict(d);
  // A dict's or a set's keys come with their stored hashes (_PyDict_FromKeys).
  if (DictObject* src = as_dict(a[0])) {
    out->reserve(src->live_count);
    for (size_t i = 0; i < src->entries.size(); ++i) {
      const DictObject::Entry e = src->entries[i];
      if (e.live()) out->set(e.key, e.hash, a[1]);
    }
    return d;
  }
  if (SetObject* src = as_set(a[0])) {
    out->reserve(src->used);
    for (size_t i = 0; i <= src->mask; ++i) {
      const SetObject::Entry e = src->table[i];
      if (e.live()) out->set(e.key, e.hash, a[1]);
    }
    return d;
  }
  Iter it(a[0]);
  for (Object k; it.next(k);) out->set(k, a[1]);
  return d;
}
Object d_get(const Object& self, const Object* a, Args, Kwargs) {
  Object* v = dict_of(self)->find(a[0]);
  return v ? *v : a[1];
}
Object view(const Object& self, DictViewObject::Which which) { return make<DictViewObject>(self, which); }
Object d_items(const Object& self, const Object*, Args, Kwargs) { return view(self, DictViewObject::Items); }
Object d_keys(const Object& self, const Object*, Args, Kwargs) { return view(self, DictViewObject::Keys); }
Object d_values(const Object& self, const Object*, Args, Kwargs) { return view(self, DictViewObject::Values); }
Object d_pop(const Object& self, const Object* a, Args, Kwargs) {
  if (Object r; dict_of(self)->pop(a[0], &r)) return r;
  if (!a[1].is_unbound()) return a[1];
  raise_exc(new_exception(&exc::KeyError, {a[0]}));
}
Object d_popitem(const Object& self, const Object*, Args, Kwargs) {
  DictObject* d = dict_of(self);
  for (size_t pos = d->entries.size(); pos-- > 0;) {
    if (!d->entries[pos].live()) continue;
    Object key = d->entries[pos].key;
    return py_tuple({key, d->remove(pos)});
  }
  raise(&exc::KeyError, "popitem(): dictionary is empty");
}
Object d_setdefault(const Object& self, const Object* a, Args, Kwargs) {
  DictObject* d = dict_of(self);
  const size_t hash = py_hash(a[0]);
  if (Object* v = d->find(a[0], hash)) return *v;
  d->insert_absent(a[0], hash, a[1]);
  return a[1];
}
Object d_update(const Object& self, const Object*, Args args, Kwargs kw) {
  dict_update(dict_of(self), args, kw, "update");
  return None;
}

constexpr P kKey{"key"};

constexpr MethodDef kDictMethods[] = {
    {"clear", d_clear},
    {"copy", d_copy},
    {"fromkeys", d_fromkeys, ArgStyle::Positional, {P{"iterable"}, P{"value", P::None}}, 2,
     kMaxParams, true},
    {"get", d_get, ArgStyle::Positional, {kKey, P{"default", P::None}}, 2},
    {"items", d_items},
    {"keys", d_keys},
    {"pop", d_pop, ArgStyle::Positional, {kKey, P{"default", P::Absent}}, 2},
    {"popitem", d_popitem},
    {"setdefault", d_setdefault, ArgStyle::Positional, {kKey, P{"default", P::None}}, 2},
    {"update", d_update, ArgStyle::Varargs},
    {"values", d_values},
};
static_assert(sorted_by_name(kDictMethods), "kDictMethods must stay sorted by name");
constexpr MethodCatalog kDictCatalog{"dict", kDictMethods};
}  // namespace

const MethodCatalog& dict_catalog() { return kDictCatalog; }

Object DictObject::getattr(const Object& self, std::string_view name) {
  if (Object m = catalog_bound_method(kDictCatalog, self, name); !m.is_unbound()) return m;
  return HeapObject::getattr(self, name);
}

Object DictObject::call_method(const Object& self, std::string_view name, Args args, Kwargs kw) {
  if (const MethodDef* m = kDictCatalog.find(name)) return call_catalog_method(kDictCatalog, *m, self, args, kw);
  return HeapObject::call_method(self, name, args, kw);
}

}  // namespace aiocc
