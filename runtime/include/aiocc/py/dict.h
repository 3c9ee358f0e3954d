// dict: insertion-ordered hash map (entries vector + open index), keys compared with
// Python equality (so 1, 1.0 and True are one key).
#pragma once

#include <unordered_map>
#include <vector>

#include "aiocc/py/hash.h"
#include "aiocc/py/object.h"

namespace aiocc {

struct DictObject final : HeapObject {
  struct Entry {
    Object key, value;
    bool live;
  };
  std::vector<Entry> entries;
  std::unordered_multimap<size_t, size_t> index;  // hash -> entry position
  size_t live_count = 0;

  DictObject() { kind = Kind::Dict; }

  TypeObject* type() const override;
  std::string repr() const override;
  bool truthy() const override { return live_count > 0; }
  Object call_method(const Object& self, std::string_view name, Args args, Kwargs kw) override;
  Object getattr(const Object& self, std::string_view name) override;

  Object* find(const Object& key);
  void set(const Object& key, const Object& value);
  bool erase(const Object& key);
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
inline DictObject* as_dict(const Object& o) {
  return o.is_heap() && o.heap()->kind == HeapObject::Kind::Dict ? o.as<DictObject>() : nullptr;
}

}  // namespace aiocc
