// dict: insertion-ordered hash map (entries vector + open index), keys compared with
// Python equality (so 1, 1.0 and True are one key).
#pragma once

#include <cstdint>
#include <vector>

#include "aiocc/py/hash.h"
#include "aiocc/py/object.h"

namespace aiocc {

struct DictObject final : HeapObject {
  // An entry keeps its key's hash, so that a key's __hash__ runs once per operation, as in
  // CPython, and copies and merges from a dict call none. A deleted entry's key is unbound.
  struct Entry {
    Object key, value;
    size_t hash;
    bool live() const { return !key.is_unbound(); }
  };
  std::vector<Entry> entries;  // insertion order, deleted ones included until the next resize
  size_t live_count = 0;

  DictObject() { kind = Kind::Dict; }
  ~DictObject() override;

  TypeObject* type() const override;
  std::string repr() const override;
  bool truthy() const override { return live_count > 0; }
  Object call_method(const Object& self, std::string_view name, Args args, Kwargs kw) override;
  Object getattr(const Object& self, std::string_view name) override;

  Object* find(const Object& key) { return find(key, py_hash(key)); }
  Object* find(const Object& key, size_t hash);
  void set(const Object& key, const Object& value) { set(key, py_hash(key), value); }
  void set(const Object& key, size_t hash, const Object& value);
  void insert_absent(const Object& key, size_t hash, const Object& value);  // after a failed find
  bool erase(const Object& key) { return pop(key, nullptr); }
  // Removes `key`, moving its value to *out when out is not null; false when absent.
  bool pop(const Object& key, Object* out);
  Object remove(size_t pos);  // deletes the live entry at pos; its value
  void clear();
  // Room for n more keys without a resize (a display's or a copy's size, as _PyDict_NewPresized).
  void reserve(size_t n);
  size_t slot_count() const { return mask_ + 1; }
  static constexpr size_t kMinSlots = 8;

 private:
  // The index: open addressing with CPython's probe sequence over mask_ + 1 slots, each 0
  // (empty), 1 (a deleted key's) or an entry's position + 2. Small dicts use small_slots_.
  uint32_t* slots_ = small_slots_;
  size_t mask_ = kMinSlots - 1;
  uint64_t layout_ = 0;  // changes whenever entries move (resize, clear)
  uint32_t small_slots_[kMinSlots] = {};
  size_t lookup(const Object& key, size_t hash);  // an entry's position, or SIZE_MAX
  // The slot after i on a hash's probe sequence (perturb starts as the hash).
  size_t next_slot(size_t i, size_t& perturb) const {
    perturb >>= 5;
    return (i * 5 + perturb + 1) & mask_;
  }
  void insert_slot(size_t hash, size_t pos);
  void resize(size_t min_slots);
};

// `{k: v, **m}`: key, value pairs in order; an unbound key merges the mapping after it.
Object dict_display(std::initializer_list<Object> items);

// dict.keys(), .values(), .items(): live views of the dict.
struct DictViewObject final : HeapObject {
  enum Which { Keys, Values, Items } which;
  Object dict;
  DictViewObject(Object d, Which w) : which(w), dict(std::move(d)) {}
  TypeObject* type() const override;
  std::string repr() const override;
  bool truthy() const override;
  std::vector<Object> items() const;  // the current keys, values or (key, value) tuples
  bool contains(const Object& x) const;
  Object getattr(const Object& self, std::string_view name) override;
  Object call_method(const Object& self, std::string_view name, Args args, Kwargs kw) override;
};
DictViewObject* as_dict_view(const Object& o);
namespace types {
extern TypeObject dict_keys, dict_values, dict_items;
}  // namespace types

// A class's __dict__: a read-only view of its namespace (writing to it would bypass the caches).
struct MappingProxyObject final : HeapObject {
  Object dict;
  explicit MappingProxyObject(Object d) : dict(std::move(d)) {}
  TypeObject* type() const override;
  std::string repr() const override;
  std::string str() const override;
  bool truthy() const override;
  Object getattr(const Object& self, std::string_view name) override;
  Object call_method(const Object& self, std::string_view name, Args args, Kwargs kw) override;
};
Object make_mappingproxy(const Object& dict);
namespace types {
extern TypeObject mappingproxy;
}  // namespace types
// o as a mappingproxy, or null; the dict behind a mappingproxy, or null.
inline MappingProxyObject* as_mappingproxy(const Object& o) {
  return o.is_heap() && o.heap()->type() == &types::mappingproxy ? o.as<MappingProxyObject>() : nullptr;
}
DictObject* proxied_dict(const Object& o);

Object py_dict();
// dict(*args, **kw) and d.update(*args, **kw) into `d`: a mapping (keys() then d[k]) or an
// iterable of pairs, then the keywords; `fname` names the caller in the count error.
void dict_update(DictObject* d, Args args, Kwargs kw, const char* fname);
// d.update(src) for an exact dict src; `copy`: into an empty d, as dict.copy().
void dict_merge(DictObject* d, DictObject* src, bool copy = false);
inline DictObject* as_dict(const Object& o) {
  return o.is_heap() && o.heap()->kind == HeapObject::Kind::Dict ? o.as<DictObject>() : nullptr;
}

}  // namespace aiocc
