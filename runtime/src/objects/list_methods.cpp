// The methods of list, tuple, range and slice, as catalogs (see method_catalog.h): each method
// is declared as CPython declares it, so that one binder gives CPython's TypeError texts.
#include <algorithm>

#include "aiocc/py/exceptions.h"
#include "aiocc/py/function.h"
#include "aiocc/py/int.h"
#include "aiocc/py/list.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/protocols.h"
#include "aiocc/py/types.h"
#include "internal.h"
#include "method_catalog.h"

namespace aiocc {
namespace {

using P = Param;

ListObject* list(const Object& self) { return self.as<ListObject>(); }

int64_t index_of(const Object& o) {
  int64_t v;
  if (!detail::small(number_index(o), v)) {
    raise(&exc::IndexError, "cannot fit 'int' into an index-sized integer");
  }
  return v;
}

int64_t normalize_index(int64_t i, size_t n, const char* what) {
  if (i < 0) i += static_cast<int64_t>(n);
  if (i < 0 || i >= static_cast<int64_t>(n)) raise(&exc::IndexError, what);
  return i;
}

// The start/stop of index(x, start, stop): slice indices (_PyEval_SliceIndexNotNone), clamped
// to the sequence.
size_t search_bound(const Object& v, size_t n, size_t dflt) {
  if (v.is_unbound()) return dflt;
  int64_t i;
  if (!detail::small(v, i)) {
    if (!is_int(v) && !is_user(v)) {
      raise(&exc::TypeError, "slice indices must be integers or have an __index__ method");
    }
    Object x = number_index(v);
    if (!detail::small(x, i)) i = lt(x, py_int(0)) ? INT64_MIN / 2 : INT64_MAX / 2;
  }
  if (i < 0) i = std::max<int64_t>(0, i + static_cast<int64_t>(n));
  return static_cast<size_t>(std::min<int64_t>(i, static_cast<int64_t>(n)));
}

bool matches(const Object& item, const Object& x) { return item.same(x) || eq(item, x); }

// Index of the first item equal to x in items[from, to), or -1. The vector is re-read at each
// step: an __eq__ may change it.
int64_t find_item(const std::vector<Object>& items, const Object& x, size_t from, size_t to) {
  for (size_t i = from; i < to && i < items.size(); ++i) {
    if (matches(items[i], x)) return static_cast<int64_t>(i);
  }
  return -1;
}

int64_t count_items(const std::vector<Object>& items, const Object& x) {
  int64_t n = 0;
  for (size_t i = 0; i < items.size(); ++i) n += matches(items[i], x);
  return n;
}

// ---- list -------------------------------------------------------------------------------------
Object l_append(const Object& self, const Object* a, Args, Kwargs) {
  list(self)->items.push_back(a[0]);
  return None;
}
Object l_clear(const Object& self, const Object*, Args, Kwargs) {
  std::vector<Object> old;
  old.swap(list(self)->items);  // items freed after the list is consistent again
  release_backwards(old);
  return None;
}
Object l_copy(const Object& self, const Object*, Args, Kwargs) { return py_list(list(self)->items); }
Object l_count(const Object& self, const Object* a, Args, Kwargs) {
  return py_int(count_items(list(self)->items, a[0]));
}
Object l_extend(const Object& self, const Object* a, Args, Kwargs) {
  for (Object& x : sequence_items(a[0])) list(self)->items.push_back(std::move(x));
  return None;
}
Object l_index(const Object& self, const Object* a, Args, Kwargs) {
  const auto& items = list(self)->items;
  int64_t i = find_item(items, a[0], search_bound(a[1], items.size(), 0),
                        search_bound(a[2], items.size(), items.size()));
  if (i < 0) raise(&exc::ValueError, repr(a[0]) + " is not in list");
  return py_int(i);
}
Object l_insert(const Object& self, const Object* a, Args, Kwargs) {
  auto& items = list(self)->items;
  int64_t i = index_of(a[0]), n = static_cast<int64_t>(items.size());
  if (i < 0) i = std::max<int64_t>(0, i + n);
  items.insert(items.begin() + std::min(i, n), a[1]);
  return None;
}
Object l_pop(const Object& self, const Object* a, Args, Kwargs) {
  auto& items = list(self)->items;
  int64_t i = index_of(a[0]);
  if (items.empty()) raise(&exc::IndexError, "pop from empty list");
  i = normalize_index(i, items.size(), "pop index out of range");
  Object v = items[i];
  items.erase(items.begin() + i);
  return v;
}
Object l_remove(const Object& self, const Object* a, Args, Kwargs) {
  auto& items = list(self)->items;
  int64_t i = find_item(items, a[0], 0, items.size());
  if (i < 0) raise(&exc::ValueError, "list.remove(x): x not in list");
  items.erase(items.begin() + i);
  return None;
}
Object l_reverse(const Object& self, const Object*, Args, Kwargs) {
  std::reverse(list(self)->items.begin(), list(self)->items.end());
  return None;
}
// Stable, by `<` only, as CPython's timsort. The keys are computed first, in order. As in
// list_sort_impl, the list is empty while it is sorted (key functions and comparisons see it
// so); what they add to it is dropped, and then reported.
Object l_sort(const Object& self, const Object* a, Args, Kwargs) {
  ListObject* l = list(self);
  std::vector<Object> saved = std::move(l->items);
  l->items.clear();
  auto restore = [&](std::vector<Object> items) {
    const bool modified = !l->items.empty();
    l->items = std::move(items);
    return modified;
  };
  std::vector<Object> sorted;
  try {
    const Object& key = a[0];
    std::vector<Object> keys;
    keys.reserve(saved.size());
    for (const Object& x : saved) keys.push_back(key.is_none() ? x : call(key, {x}));
    std::vector<size_t> order(saved.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    const bool reverse = truthy(a[1]);
    std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
      return reverse ? lt(keys[y], keys[x]) : lt(keys[x], keys[y]);
    });
    sorted.reserve(order.size());
    for (size_t i : order) sorted.push_back(saved[i]);
  } catch (PyException&) {
    restore(std::move(saved));
    throw;
  }
  if (restore(std::move(sorted))) raise(&exc::ValueError, "list modified during sort");
  return None;
}

constexpr P kValue{"value"}, kStart{"start", P::Absent}, kStop{"stop", P::Absent};

constexpr MethodDef kListMethods[] = {
    {"append", l_append, ArgStyle::OneArg, {P{"object"}}, 1},
    {"clear", l_clear},
    {"copy", l_copy},
    {"count", l_count, ArgStyle::OneArg, {kValue}, 1},
    {"extend", l_extend, ArgStyle::OneArg, {P{"iterable"}}, 1},
    {"index", l_index, ArgStyle::Positional, {kValue, kStart, kStop}, 3},
    {"insert", l_insert, ArgStyle::Positional, {P{"index"}, P{"object"}}, 2},
    {"pop", l_pop, ArgStyle::Positional, {P{"index", P::Int, -1}}, 1},
    {"remove", l_remove, ArgStyle::OneArg, {kValue}, 1},
    {"reverse", l_reverse},
    {"sort", l_sort, ArgStyle::Keywords, {P{"key", P::None}, P{"reverse", P::False}}, 2, 0},
};
static_assert(sorted_by_name(kListMethods), "kListMethods must stay sorted by name");
constexpr MethodCatalog kListCatalog{"list", kListMethods};

// ---- tuple ------------------------------------------------------------------------------------
Object t_count(const Object& self, const Object* a, Args, Kwargs) {
  return py_int(count_items(self.as<TupleObject>()->items, a[0]));
}
Object t_index(const Object& self, const Object* a, Args, Kwargs) {
  const auto& items = self.as<TupleObject>()->items;
  int64_t i = find_item(items, a[0], search_bound(a[1], items.size(), 0),
                        search_bound(a[2], items.size(), items.size()));
  if (i < 0) raise(&exc::ValueError, "tuple.index(x): x not in tuple");
  return py_int(i);
}

constexpr MethodDef kTupleMethods[] = {
    {"count", t_count, ArgStyle::OneArg, {kValue}, 1},
    {"index", t_index, ArgStyle::Positional, {kValue, kStart, kStop}, 3},
};
static_assert(sorted_by_name(kTupleMethods), "kTupleMethods must stay sorted by name");
constexpr MethodCatalog kTupleCatalog{"tuple", kTupleMethods};

// ---- range ------------------------------------------------------------------------------------
// An exact int (or bool) is found by arithmetic; anything else by comparing each item, as
// CPython's range_index/range_count do.
Object range_find(const Object& self, const Object& x, bool count) {
  const RangeObject* r = self.as<RangeObject>();
  if (is_int(x)) {
    const bool in = contains(self, x);
    if (count) return py_int(in ? 1 : 0);
    if (!in) raise(&exc::ValueError, repr(x) + " is not in range");
    if (r->is_long) return floordiv(sub(x, r->start_obj()), r->step_obj());
    return py_int((index_of(x) - r->start) / r->step);
  }
  int64_t n = 0, i = 0;
  Iter it(self);
  for (Object v; it.next(v); ++i) {
    if (!eq(v, x)) continue;
    if (!count) return py_int(i);
    ++n;
  }
  if (!count) raise(&exc::ValueError, "sequence.index(x): x not in sequence");
  return py_int(n);
}
Object r_count(const Object& self, const Object* a, Args, Kwargs) { return range_find(self, a[0], true); }
Object r_index(const Object& self, const Object* a, Args, Kwargs) { return range_find(self, a[0], false); }

constexpr MethodDef kRangeMethods[] = {
    {"count", r_count, ArgStyle::OneArg, {kValue}, 1},
    {"index", r_index, ArgStyle::OneArg, {kValue}, 1},
};
static_assert(sorted_by_name(kRangeMethods), "kRangeMethods must stay sorted by name");
constexpr DataAttribute kRangeAttributes[] = {{"start", "member"}, {"step", "member"}, {"stop", "member"}};
constexpr MethodCatalog kRangeCatalog{"range", kRangeMethods, kRangeAttributes};

// ---- slice ------------------------------------------------------------------------------------
Object s_indices(const Object& self, const Object* a, Args, Kwargs) {
  return slice_indices(*self.as<SliceObject>(), number_index(a[0]));
}

constexpr MethodDef kSliceMethods[] = {
    {"indices", s_indices, ArgStyle::OneArg, {P{"length"}}, 1},
};
constexpr MethodCatalog kSliceCatalog{"slice", kSliceMethods, kRangeAttributes};

Object method_or_attribute(const MethodCatalog& cat, const Object& self, HeapObject* h,
                           std::string_view name) {
  if (Object m = catalog_bound_method(cat, self, name); !m.is_unbound()) return m;
  return h->HeapObject::getattr(self, name);
}

Object call_or_fallback(const MethodCatalog& cat, const Object& self, HeapObject* h,
                        std::string_view name, Args args, Kwargs kw) {
  if (const MethodDef* m = cat.find(name)) return call_catalog_method(cat, *m, self, args, kw);
  return h->HeapObject::call_method(self, name, args, kw);
}

}  // namespace

const MethodCatalog& list_catalog() { return kListCatalog; }
const MethodCatalog& tuple_catalog() { return kTupleCatalog; }
const MethodCatalog& range_catalog() { return kRangeCatalog; }
const MethodCatalog& slice_catalog() { return kSliceCatalog; }

Object ListObject::getattr(const Object& self, std::string_view name) {
  return method_or_attribute(kListCatalog, self, this, name);
}
Object ListObject::call_method(const Object& self, std::string_view name, Args args, Kwargs kw) {
  return call_or_fallback(kListCatalog, self, this, name, args, kw);
}

Object TupleObject::getattr(const Object& self, std::string_view name) {
  return method_or_attribute(kTupleCatalog, self, this, name);
}
Object TupleObject::call_method(const Object& self, std::string_view name, Args args, Kwargs kw) {
  return call_or_fallback(kTupleCatalog, self, this, name, args, kw);
}

Object RangeObject::getattr(const Object& self, std::string_view name) {
  if (name == "start") return start_obj();
  if (name == "stop") return stop_obj();
  if (name == "step") return step_obj();
  return method_or_attribute(kRangeCatalog, self, this, name);
}
Object RangeObject::call_method(const Object& self, std::string_view name, Args args, Kwargs kw) {
  return call_or_fallback(kRangeCatalog, self, this, name, args, kw);
}

Object SliceObject::getattr(const Object& self, std::string_view name) {
  if (name == "start") return start;
  if (name == "stop") return stop;
  if (name == "step") return step;
  return method_or_attribute(kSliceCatalog, self, this, name);
}
Object SliceObject::call_method(const Object& self, std::string_view name, Args args, Kwargs kw) {
  return call_or_fallback(kSliceCatalog, self, this, name, args, kw);
}

}  // namespace aiocc
