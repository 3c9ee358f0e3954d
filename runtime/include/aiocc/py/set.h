// set and frozenset: CPython's open-addressing table (Objects/setobject.c), reproduced exactly,
// because a set iterates (and prints, and pops) in table-slot order: for values whose hashes
// are CPython's (ints, floats, bools, tuples, frozensets) the order must come out the same.
// That fixes the table size (8, then powers of two), when it grows (fill*5 >= mask*3) and by
// how much (used*4, used*2 past 50000), the probe sequence (9 linear probes, then perturbed
// jumps), dummies left by removals (an add takes the last one it passed), and which
// operand each set operation iterates and inserts from (set.cpp follows setobject.c there).
#pragma once

#include <vector>

#include "aiocc/py/dict.h"

namespace aiocc {

struct SetObject final : HeapObject {
  // A slot: live (key bound), empty (key unbound, hash 0) or dummy (key unbound, kDummy).
  struct Entry {
    Object key;
    size_t hash = 0;
    bool live() const { return !key.is_unbound(); }
  };
  static constexpr size_t kMinSize = 8;
  static constexpr size_t kLinearProbes = 9;
  static constexpr int kPerturbShift = 5;
  static constexpr size_t kDummy = static_cast<size_t>(-1);

  Entry* table;       // small_ or a heap array of mask + 1 slots
  size_t mask = kMinSize - 1;
  size_t fill = 0;    // live and dummy slots
  size_t used = 0;    // live slots: the length
  size_t finger = 0;  // where pop() starts looking; kept across clear(), like CPython
  int64_t hash_cache = -1;  // a frozenset's hash, once computed
  bool frozen = false;      // a frozenset: hashable, no methods that change it
  Entry small_[kMinSize];

  SetObject() : table(small_) { kind = Kind::Set; }
  ~SetObject() override;
  TypeObject* type() const override;
  std::string repr() const override;
  bool truthy() const override { return used > 0; }
  Object getattr(const Object& self, std::string_view name) override;
  Object call_method(const Object& self, std::string_view name, Args args, Kwargs kw) override;

  bool contains(const Object& key);
  // The live slot holding a key equal to `key`, or null.
  Entry* lookup(const Object& key, size_t hash);
  void add(const Object& key) { add_entry(key, py_hash(key)); }
  void add_entry(const Object& key, size_t hash);
  bool discard_entry(const Object& key, size_t hash);  // false: it was not there
  Object pop();
  void clear();
  // set_update_internal: another set's table merged in, an exact dict's keys after one
  // resize, anything else iterated.
  void update(const Object& iterable);
  void merge(SetObject* other);
  void resize(size_t minused);
  void swap_bodies(SetObject* other);
  std::vector<Object> items() const;  // live keys in slot order: the iteration order
};

Object py_set(const std::vector<Object>& items);  // items added one by one, in order
Object py_frozenset(const std::vector<Object>& items);
Object py_set_of(std::initializer_list<Object> items);
// A display of three or more constants: CPython compiles {1, 2, 3} to a frozenset constant
// that an empty set is updated from, which can lay the table out differently than adding the
// items one by one.
Object py_set_of_constants(std::initializer_list<Object> items);
Object py_set_of_constants(const std::vector<Object>& items);
// set(iterable) and frozenset(iterable).
Object set_from(const Object& iterable, bool frozen);
// a | b, a & b, a - b, a ^ b and subset comparisons of sets and set-like dict views; Unbound
// when an operand is not set-like.
Object set_binop(const Object& a, const Object& b, char op);
Object set_compare(const Object& a, const Object& b, const char* op);
// a |= b, a &= b, a -= b, a ^= b on a mutable set with a set (or set subclass) b.
void set_inplace(SetObject* a, const Object& b, char op);
// `key in s` for a heap key: a set key is looked up as the equal frozenset.
bool set_contains_key(SetObject* s, const Object& key);
inline SetObject* as_set(const Object& o) {
  return o.is_heap() && o.heap()->kind == HeapObject::Kind::Set ? o.as<SetObject>() : nullptr;
}

// `x in s`, inline for small ints (the hot case): a slot whose hash matches holds either the
// same small int or a value (a float, a bool, an instance) that needs the general comparison.
inline bool SetObject::contains(const Object& key) {
  if (!key.is_small_int()) return lookup(key, py_hash(key)) != nullptr;
  const int64_t v = key.as_int();
  const size_t h = static_cast<size_t>(hash_int64(v));
  size_t perturb = h, i = h & mask;
  for (;;) {
    Entry* e = &table[i];
    size_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
    do {
      if (!e->live()) {
        if (e->hash == 0) return false;
      } else if (e->hash == h) {
        if (!e->key.is_small_int()) return lookup(key, h) != nullptr;
        if (e->key.as_int() == v) return true;
      }
      ++e;
    } while (probes--);
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

}  // namespace aiocc
