// The set table: setobject.c's lookup, insertion, removal, resize and merge, step for step
// (see set.h for why the layout must be CPython's). The operations built on them are in set.cpp.
#include <utility>

#include "aiocc/py/exceptions.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/set.h"
#include "builtin_bases.h"

namespace aiocc {

namespace {
// set_insert_clean: a key known to be absent, into a table without dummies.
void insert_clean(SetObject::Entry* table, size_t mask, Object key, size_t hash) {
  size_t perturb = hash, i = hash & mask;
  for (;;) {
    SetObject::Entry* e = &table[i];
    if (!e->live()) {
      e->key = std::move(key);
      e->hash = hash;
      return;
    }
    if (i + SetObject::kLinearProbes <= mask) {
      for (size_t j = 0; j < SetObject::kLinearProbes; ++j) {
        ++e;
        if (!e->live()) {
          e->key = std::move(key);
          e->hash = hash;
          return;
        }
      }
    }
    perturb >>= SetObject::kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

// The comparison of a slot's key with a key of the same hash. `same` first: it is what
// CPython's pointer check catches, and it settles small ints without a call.
inline bool keys_equal(const Object& stored, const Object& key) { return stored.same(key) || eq(stored, key); }
}  // namespace

SetObject::~SetObject() {
  if (table != small_) delete[] table;
}

SetObject::Entry* SetObject::lookup(const Object& key, size_t hash) {
restart:
  size_t perturb = hash, i = hash & mask;
  for (;;) {
    Entry* e = &table[i];
    size_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
    do {
      if (!e->live()) {
        if (e->hash == 0) return nullptr;
      } else if (e->hash == hash) {
        if (e->key.same(key)) return e;
        // An __eq__ may change the set; then the search starts over, as in CPython.
        Entry* before = table;
        Object start = e->key;
        bool equal = eq(start, key);
        if (before != table || !e->key.same(start)) goto restart;
        if (equal) return e;
      }
      ++e;
    } while (probes--);
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

void SetObject::add_entry(const Object& key, size_t hash) {
  hash_cache = -1;
restart:
  size_t perturb = hash, i = hash & mask;
  Entry* freeslot = nullptr;  // the last dummy on the way: an absent key takes its place
  for (;;) {
    Entry* e = &table[i];
    size_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
    do {
      if (!e->live()) {
        if (e->hash == 0) {
          if (freeslot) {
            freeslot->key = key;
            freeslot->hash = hash;
            ++used;
            return;
          }
          e->key = key;
          e->hash = hash;
          ++fill;
          ++used;
          if (fill * 5 >= mask * 3) resize(used > 50000 ? used * 2 : used * 4);
          return;
        }
        freeslot = e;
      } else if (e->hash == hash) {
        if (e->key.same(key)) return;
        Entry* before = table;
        Object start = e->key;
        bool equal = keys_equal(start, key);
        if (equal) return;
        if (before != table || !e->key.same(start)) goto restart;
      }
      ++e;
    } while (probes--);
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

bool SetObject::discard_entry(const Object& key, size_t hash) {
  Entry* e = lookup(key, hash);
  if (!e) return false;
  Object old = std::move(e->key);
  e->key = Object();
  e->hash = kDummy;
  --used;
  hash_cache = -1;
  return true;
}

// set_pop: the first live slot from the finger on, wrapping around.
Object SetObject::pop() {
  if (used == 0) raise(&exc::KeyError, "pop from an empty set");
  Entry* e = table + (finger & mask);
  while (!e->live()) {
    if (++e > table + mask) e = table;
  }
  Object key = std::move(e->key);
  e->key = Object();
  e->hash = kDummy;
  --used;
  finger = static_cast<size_t>(e - table) + 1;
  return key;
}

void SetObject::clear() {
  Entry* old = table;
  table = small_;
  mask = kMinSize - 1;
  fill = used = 0;
  hash_cache = -1;
  for (Entry& e : small_) e = Entry();
  if (old != small_) delete[] old;
}

// set_table_resize: the smallest power of two above minused, live entries reinserted in slot
// order, dummies dropped.
void SetObject::resize(size_t minused) {
  size_t newsize = kMinSize;
  while (newsize <= minused) newsize <<= 1;
  if (newsize == kMinSize && table == small_ && fill == used) return;  // nothing to purge
  Entry* old = table;
  const size_t old_size = mask + 1;
  Entry small_copy[kMinSize];
  if (old == small_) {
    for (size_t i = 0; i < kMinSize; ++i) small_copy[i] = std::move(small_[i]);
    old = small_copy;
  }
  if (newsize == kMinSize) {
    for (Entry& e : small_) e = Entry();
    table = small_;
  } else {
    table = new Entry[newsize];
  }
  mask = newsize - 1;
  fill = used;
  for (size_t i = 0; i < old_size; ++i) {
    if (old[i].live()) insert_clean(table, mask, std::move(old[i].key), old[i].hash);
  }
  if (old != small_copy) delete[] old;
}

// set_merge: one resize up front; into an empty table of the same size the slots are copied
// as they are, into another empty table reinserted; otherwise added one by one.
void SetObject::merge(SetObject* other) {
  if (other == this || other->used == 0) return;
  hash_cache = -1;
  if ((fill + other->used) * 5 >= mask * 3) resize((used + other->used) * 2);
  if (fill == 0 && mask == other->mask && other->fill == other->used) {
    for (size_t i = 0; i <= mask; ++i) {
      if (other->table[i].live()) table[i] = other->table[i];
    }
    fill = other->fill;
    used = other->used;
    return;
  }
  if (fill == 0) {
    fill = used = other->used;
    for (size_t i = 0; i <= other->mask; ++i) {
      const Entry& e = other->table[i];
      if (e.live()) insert_clean(table, mask, e.key, e.hash);
    }
    return;
  }
  // An __eq__ could change `other` meanwhile: re-read its table at every step.
  for (size_t i = 0; i <= other->mask; ++i) {
    if (!other->table[i].live()) continue;
    Entry e = other->table[i];
    add_entry(e.key, e.hash);
  }
}

void SetObject::update(const Object& iterable) {
  if (SetObject* s = as_set(iterable)) return merge(s);
  if (SetObject* s = as_set(base_value_of(iterable))) return merge(s);
  if (DictObject* d = as_dict(iterable)) {
    if ((fill + d->live_count) * 5 >= mask * 3) resize((used + d->live_count) * 2);
    for (size_t i = 0; i < d->entries.size(); ++i) {
      if (!d->entries[i].live()) continue;
      Object key = d->entries[i].key;
      add_entry(key, d->entries[i].hash);  // the stored hash, as CPython
    }
    return;
  }
  Iter it(iterable);
  Object x;
  while (it.next(x)) add(x);
}

// set_swap_bodies: the tables change owners (slot contents move when a small table is
// involved); fingers stay.
void SetObject::swap_bodies(SetObject* other) {
  const bool a_small = table == small_, b_small = other->table == other->small_;
  std::swap(table, other->table);
  if (a_small || b_small) {
    for (size_t i = 0; i < kMinSize; ++i) std::swap(small_[i], other->small_[i]);
  }
  if (b_small) table = small_;
  if (a_small) other->table = other->small_;
  std::swap(mask, other->mask);
  std::swap(fill, other->fill);
  std::swap(used, other->used);
  if (frozen && other->frozen) {
    std::swap(hash_cache, other->hash_cache);
  } else {
    hash_cache = other->hash_cache = -1;
  }
}

std::vector<Object> SetObject::items() const {
  std::vector<Object> out;
  out.reserve(used);
  for (size_t i = 0; i <= mask; ++i) {
    if (table[i].live()) out.push_back(table[i].key);
  }
  return out;
}

Object py_set(const std::vector<Object>& items) {
  auto* s = new SetObject();
  Object o(s);
  for (const Object& x : items) s->add(x);
  return o;
}

Object py_frozenset(const std::vector<Object>& items) {
  Object o = py_set(items);
  o.as<SetObject>()->frozen = true;
  return o;
}

Object py_set_of(std::initializer_list<Object> items) {
  auto* s = new SetObject();
  Object o(s);
  for (const Object& x : items) s->add(x);
  return o;
}

Object py_set_of_constants(std::initializer_list<Object> items) {
  return py_set_of_constants(std::vector<Object>(items));
}

Object py_set_of_constants(const std::vector<Object>& items) {
  // The compiler's frozenset is built from the tuple of constants, then rebuilt from its own
  // iteration order when constants are merged (merge_consts_recursive in compile.c).
  Object constant = py_set(py_set(items).as<SetObject>()->items());
  auto* s = new SetObject();
  Object o(s);
  s->merge(constant.as<SetObject>());
  return o;
}

Object set_from(const Object& iterable, bool frozen) {
  auto* s = new SetObject();
  Object o(s);
  s->update(iterable);
  s->frozen = frozen;
  return o;
}

Object make_set(std::initializer_list<Elt> elts) {
  auto* s = new SetObject();
  Object o(s);
  for (const Elt& e : elts) {
    // SET_UPDATE: a starred set or dict is merged, not iterated.
    if (e.star) {
      s->update(e.value);
    } else {
      s->add(e.value);
    }
  }
  return o;
}

}  // namespace aiocc
