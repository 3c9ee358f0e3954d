// The bisect module and heapq's C functions (aiocc/py/bisect_heapq.h): Modules/_bisectmodule.c
// and Modules/_heapqmodule.c, comparison for comparison (a user __lt__ sees the same calls);
// the rest of heapq is CPython's heapq.py (runtime/lib/heapq.py).
#include "aiocc/py/bisect_heapq.h"

#include "aiocc/py/builtins.h"
#include "aiocc/py/dict.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/instance.h"
#include "aiocc/py/int.h"
#include "aiocc/py/list.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/protocols.h"
#include "heap.h"
#include "internal.h"
#include "method_catalog.h"

namespace aiocc::bisect {
namespace {

// (a, x, lo=0, hi=None, *, key=None): the insertion point of x (key(x) for insort).
int64_t search(const char* fname, Args args, Kwargs kw, bool right, Object* bound) {
  Object* v = bound;
  clinic_bind(fname, {"a", "x", "lo", "hi", "key"}, 4, 2, args, kw, v);
  int64_t lo = 0, hi = -1;
  if (!v[2].is_unbound() && !aiocc::detail::small(number_index(v[2]), lo)) {
    raise(&exc::OverflowError, "Python int too large to convert to C ssize_t");
  }
  if (!v[3].is_unbound() && !v[3].is_none()) {  // _Py_convert_optional_to_ssize_t
    if (!is_int(v[3]) && !has_special(v[3], Slot::index)) {
      raise(&exc::TypeError, "argument should be integer or None, not '" + type_of(v[3])->name + "'");
    }
    if (!aiocc::detail::small(number_index(v[3]), hi)) raise(&exc::OverflowError, "Python int too large to convert to C ssize_t");
  }
  if (lo < 0) raise(&exc::ValueError, "lo must be non-negative");
  // PySequence_Size and PySequence_GetItem: a mapping is no sequence.
  if (as_dict(v[0])) raise(&exc::TypeError, type_of(v[0])->name + " is not a sequence");
  if (hi == -1) hi = length(v[0]);
  const Object& a = v[0];
  const Object key = v[4].is_unbound() ? None : v[4];
  const Object x = v[1];
  while (lo < hi) {
    const int64_t mid = static_cast<int64_t>((static_cast<uint64_t>(lo) + static_cast<uint64_t>(hi)) / 2);
    Object item = getitem(a, py_int(mid));
    if (!key.is_none()) item = call(key, {item});
    if (right ? lt(x, item) : lt(item, x)) {
      if (right) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    } else if (right) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}

Object insort(const char* fname, Args args, Kwargs kw, bool right) {
  Object v[5];
  // The search is for key(x); the item inserted is x.
  clinic_bind(fname, {"a", "x", "lo", "hi", "key"}, 4, 2, args, kw, v);
  Object probe = v[4].is_unbound() || v[4].is_none() ? v[1] : call(v[4], {v[1]});
  std::vector<Kw> kws;
  if (!v[2].is_unbound()) kws.push_back({"lo", v[2]});
  if (!v[3].is_unbound()) kws.push_back({"hi", v[3]});
  if (!v[4].is_unbound()) kws.push_back({"key", v[4]});
  Object w[5];
  const int64_t i = search(fname, {v[0], probe}, Kwargs(kws), right, w);
  if (ListObject* l = as_list(v[0])) {
    l->items.insert(l->items.begin() + std::min<int64_t>(i, static_cast<int64_t>(l->items.size())), v[1]);
  } else {
    call_method(v[0], "insert", {py_int(i), v[1]});
  }
  return None;
}

}  // namespace

Object bisect_left(Args args, Kwargs kw) {
  Object v[5];
  return py_int(search("bisect_left", args, kw, false, v));
}
Object bisect_right(Args args, Kwargs kw) {
  Object v[5];
  return py_int(search("bisect_right", args, kw, true, v));
}
Object insort_left(Args args, Kwargs kw) { return insort("insort_left", args, kw, false); }
Object insort_right(Args args, Kwargs kw) { return insort("insort_right", args, kw, true); }
#define AIOCC_DEFINE(name) BuiltinFunction name##_fn(#name, name);
AIOCC_BISECT_FUNCTIONS(AIOCC_DEFINE)

}  // namespace aiocc::bisect

namespace aiocc::heapq {
namespace {

// The list a heap function works on (a list, or an instance of a subclass).
// Argument Clinic's text names the argument's position when the function has more than one.
std::vector<Object>& heap_of(const char* fname, const Object& o, bool one_argument = false) {
  ListObject* l = as_list(o);
  if (!l) {
    if (InstanceObject* i = as_instance(o)) l = as_list(i->base_value);
  }
  if (!l) {
    raise(&exc::TypeError, std::string(fname) + "() argument " + (one_argument ? "" : "1 ") + "must be list, not " +
                               (o.is_none() ? std::string("None") : type_of(o)->name));
  }
  return l->items;
}

using heap::siftdown;
using heap::siftup;

Object heappush_impl(const Object&, const Object* a, Args, Kwargs) {
  std::vector<Object>& heap = heap_of("heappush", a[0]);
  heap.push_back(a[1]);
  siftdown(heap, 0, heap.size() - 1);
  return None;
}

Object heappop_impl(const Object&, const Object* a, Args, Kwargs) {
  std::vector<Object>& heap = heap_of("heappop", a[0], true);
  if (heap.empty()) raise(&exc::IndexError, "index out of range");
  Object last = heap.back();
  heap.pop_back();
  if (heap.empty()) return last;
  Object top = heap[0];
  heap[0] = last;
  siftup(heap, 0);
  return top;
}

Object heapreplace_impl(const Object&, const Object* a, Args, Kwargs) {
  std::vector<Object>& heap = heap_of("heapreplace", a[0]);
  if (heap.empty()) raise(&exc::IndexError, "index out of range");
  Object top = heap[0];
  heap[0] = a[1];
  siftup(heap, 0);
  return top;
}

Object heappushpop_impl(const Object&, const Object* a, Args, Kwargs) {
  std::vector<Object>& heap = heap_of("heappushpop", a[0]);
  if (heap.empty() || !lt(heap[0], a[1])) return a[1];
  Object top = heap[0];
  heap[0] = a[1];
  siftup(heap, 0);
  return top;
}

Object heapify_impl(const Object&, const Object* a, Args, Kwargs) {
  std::vector<Object>& heap = heap_of("heapify", a[0], true);
  for (size_t i = heap.size() / 2; i-- > 0;) siftup(heap, i);
  return None;
}

constexpr MethodDef kHeapqDefs[] = {
    {"heapify", heapify_impl, ArgStyle::OneArg, {Param{"heap"}}, 1},
    {"heappop", heappop_impl, ArgStyle::OneArg, {Param{"heap"}}, 1},
    {"heappush", heappush_impl, ArgStyle::Positional, {Param{"heap"}, Param{"item"}}, 2},
    {"heappushpop", heappushpop_impl, ArgStyle::Positional, {Param{"heap"}, Param{"item"}}, 2},
    {"heapreplace", heapreplace_impl, ArgStyle::Positional, {Param{"heap"}, Param{"item"}}, 2},
};
static_assert(sorted_by_name(kHeapqDefs));
constexpr MethodCatalog kHeapq{"_heapq", kHeapqDefs};

}  // namespace

#define AIOCC_DEFINE_HEAPQ(name)                                                          \
  Object name(Args args, Kwargs kw) {                                                     \
    return call_catalog_method(kHeapq, def_named(kHeapqDefs, #name), None, args, kw);      \
  }
AIOCC_HEAPQ_FUNCTIONS(AIOCC_DEFINE_HEAPQ)
BuiltinFunction heapify_fn("heapify", heapify), heappop_fn("heappop", heappop), heappush_fn("heappush", heappush),
    heappushpop_fn("heappushpop", heappushpop), heapreplace_fn("heapreplace", heapreplace);

}  // namespace aiocc::heapq
