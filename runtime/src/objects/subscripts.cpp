// Subscripts: indexing and slicing of str, list, tuple, range and dict, slice assignment and
// deletion of lists, with CPython's messages; user classes go to protocols.cpp.
#include "aiocc/py/ops.h"
#include "aiocc/py/typing.h"

#include <algorithm>

#include "aiocc/py/dict.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/instance.h"
#include "aiocc/py/int.h"
#include "aiocc/py/list.h"
#include "aiocc/py/protocols.h"
#include "aiocc/py/set.h"
#include "aiocc/py/str.h"
#include "bytes_internal.h"
#include "internal.h"

namespace aiocc {
using detail::small;

int64_t slice_index(const Object& o, int64_t dflt) {
  if (o.is_unbound() || o.is_none()) return dflt;
  int64_t v;
  if (small(o, v)) return v;
  if (!is_int(o) && !has_special(o, Slot::index)) {
    raise(&exc::TypeError, "slice indices must be integers or None or have an __index__ method");
  }
  const Object i = number_index(o);
  if (small(i, v)) return std::clamp<int64_t>(v, -kSliceIndexLimit, kSliceIndexLimit);
  return lt(i, py_int(0)) ? -kSliceIndexLimit : kSliceIndexLimit;
}

namespace {
// PySlice_AdjustIndices: start and stop clamped to the sequence, and how many items the slice
// selects (no division when the step is 1 or -1, the common slices).
detail::SliceBounds adjusted(int64_t start, int64_t stop, int64_t step, int64_t len) {
  auto clamp = [&](int64_t v) {
    if (v < 0) {
      v += len;
      if (v < 0) v = step < 0 ? -1 : 0;
    } else if (v >= len) {
      v = step < 0 ? len - 1 : len;
    }
    return v;
  };
  start = clamp(start);
  stop = clamp(stop);
  int64_t count = 0;
  if (step == 1) {
    count = start < stop ? stop - start : 0;
  } else if (step == -1) {
    count = start > stop ? start - stop : 0;
  } else if (step > 0 && start < stop) {
    count = (stop - start - 1) / step + 1;
  } else if (step < 0 && start > stop) {
    count = (start - stop - 1) / -step + 1;
  }
  return {start, stop, step, count};
}

// PySlice_Unpack's step: never below -INT64_MAX, so that -step is defined.
int64_t unpacked_step(int64_t step) { return step < -INT64_MAX ? -INT64_MAX : step; }

// A part of a slice read in place, without a slice object: None (or no part) gives `dflt`, a
// small int its value. False for anything else (a big int, an object with __index__, a wrong
// type): the general path takes those, with its clamping and its messages.
inline bool fast_part(const Object& o, int64_t dflt, int64_t& v) {
  if (o.is_unbound() || o.is_none()) {
    v = dflt;
    return true;
  }
  if (o.is_small_int()) {
    v = o.as_int();
    return true;
  }
  return false;
}

// The bounds of seq[start:stop:step] when every part is None or a small int (the slices code
// writes); false otherwise, and for a zero step (the general path raises).
bool fast_bounds(const Object& start, const Object& stop, const Object& step, int64_t len,
                 detail::SliceBounds& b) {
  int64_t st, a, z;
  if (!fast_part(step, 1, st) || st == 0) return false;
  st = unpacked_step(st);
  if (!fast_part(start, st < 0 ? len - 1 : 0, a) || !fast_part(stop, st < 0 ? -len - 1 : len, z)) return false;
  b = adjusted(a, z, st, len);
  return true;
}
}  // namespace

detail::SliceBounds slice_bounds(const SliceObject& s, int64_t len) {
  int64_t step = slice_index(s.step, 1);
  if (step == 0) raise(&exc::ValueError, "slice step cannot be zero");
  step = unpacked_step(step);
  int64_t start = slice_index(s.start, step < 0 ? len - 1 : 0);
  int64_t stop = slice_index(s.stop, step < 0 ? -len - 1 : len);
  return adjusted(start, stop, step, len);
}

// ---- subscripts ------------------------------------------------------------------------------
namespace {
int64_t index_value(const Object& idx, const char* container) {
  int64_t i;
  if (small(idx, i)) return i;
  if (is_user(idx)) {
    const InstanceObject* inst = as_instance(idx);
    if (!inst->cls->slot(Slot::index).is_unbound() || is_int(inst->base_value)) {
      return index_value(number_index(idx), container);
    }
  }
  if (is_int(idx)) {
    raise(&exc::IndexError, std::string("cannot fit 'int' into an index-sized integer"));
  }
  // unicode_subscript words it differently from the other sequences.
  if (std::string_view(container) == "string") {
    raise(&exc::TypeError, "string indices must be integers, not '" + type_of(idx)->name + "'");
  }
  raise(&exc::TypeError, std::string(container) + " indices must be integers or slices, not " +
                             type_of(idx)->name);
}

// The byte offset of the code point `count` code points after byte `at` of UTF-8 text `s`.
size_t skip_code_points(const std::string& s, size_t at, int64_t count) {
  for (; count > 0 && at < s.size(); --count) at += utf8_char_len(static_cast<unsigned char>(s[at]));
  return at;
}

// s[a:b:c] of a str: ASCII by bytes; otherwise by walking the text once, never cutting it up.
Object str_slice(const Object& obj, const StrObject& s, const SliceObject& sl) {
  const int64_t n = s.ascii ? static_cast<int64_t>(s.s.size()) : static_cast<int64_t>(s.length());
  auto b = slice_bounds(sl, n);
  if (b.step == 1 && b.count == n) return obj;  // s[:] is s
  std::string out;
  if (b.count <= 0) return py_str(std::move(out));
  if (s.ascii) {
    if (b.step == 1) return py_str(s.s.substr(static_cast<size_t>(b.start), static_cast<size_t>(b.count)));
    out.reserve(static_cast<size_t>(b.count));
    for (int64_t i = 0, j = b.start; i < b.count; ++i, j += b.step) out += s.s[static_cast<size_t>(j)];
    return py_str(std::move(out));
  }
  if (b.step == 1) {
    const size_t from = skip_code_points(s.s, 0, b.start);
    return py_str(s.s.substr(from, skip_code_points(s.s, from, b.count) - from));
  }
  // Any other step: the byte offset of each code point, then the chosen ones.
  std::vector<size_t> at;
  at.reserve(static_cast<size_t>(n) + 1);
  for (size_t i = 0; i < s.s.size(); i += utf8_char_len(static_cast<unsigned char>(s.s[i]))) at.push_back(i);
  at.push_back(s.s.size());
  for (int64_t i = 0, j = b.start; i < b.count; ++i, j += b.step) {
    out.append(s.s, at[static_cast<size_t>(j)], at[static_cast<size_t>(j) + 1] - at[static_cast<size_t>(j)]);
  }
  return py_str(std::move(out));
}
}  // namespace


namespace {
// A slice's parts, an unbound one None.
void set_parts(SliceObject& s, const Object& start, const Object& stop, const Object& step) {
  s.start = start.is_unbound() ? None : start;
  s.stop = stop.is_unbound() ? None : stop;
  s.step = step.is_unbound() ? None : step;
}
}  // namespace

Object make_slice(const Object& start, const Object& stop, const Object& step) {
  auto* s = new SliceObject();
  set_parts(*s, start, stop, step);
  return Object(s);
}

namespace {
// The items of a list or tuple that a slice selects: a new list or tuple (t[:] is t).
Object sequence_slice(const Object& seq, const std::vector<Object>& items, const detail::SliceBounds& b,
                      bool tuple) {
  if (tuple && b.step == 1 && b.count == static_cast<int64_t>(items.size())) return seq;
  std::vector<Object> out;
  if (b.count > 0 && b.step == 1) {
    out.assign(items.begin() + b.start, items.begin() + b.start + b.count);
  } else if (b.count > 0) {
    out.reserve(b.count);
    for (int64_t i = 0; i < b.count; ++i) out.push_back(items[b.start + i * b.step]);
  }
  return tuple ? py_tuple(std::move(out)) : py_list(std::move(out));
}

// xs[i] or xs[a:b:c] of a list or tuple (`what`).
Object sequence_item(const Object& seq, const std::vector<Object>& items, const Object& index,
                     SliceObject* sl, const char* what) {
  const bool tuple = what[0] == 't';
  if (sl) return sequence_slice(seq, items, slice_bounds(*sl, static_cast<int64_t>(items.size())), tuple);
  int64_t i = index_value(index, what);
  int64_t n = static_cast<int64_t>(items.size());
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise(&exc::IndexError, std::string(what) + " index out of range");
  return items[i];
}
}  // namespace

// A list's, tuple's or str's slice is taken without a slice object when its parts are None or
// small ints, else with one on the stack, which nothing else sees (it is never held by an
// Object).
Object getitem_slice(const Object& obj, const Object& start, const Object& stop, const Object& step, Pos) {
  ListObject* l = as_list(obj);
  TupleObject* t = l ? nullptr : as_tuple(obj);
  if (l || t) {
    const std::vector<Object>& items = l ? l->items : t->items;
    detail::SliceBounds b;
    if (fast_bounds(start, stop, step, static_cast<int64_t>(items.size()), b)) {
      return sequence_slice(obj, items, b, t != nullptr);
    }
  }
  if (!l && !t && !is_str(obj)) return getitem_slow(obj, make_slice(start, stop, step));
  SliceObject sl;
  set_parts(sl, start, stop, step);
  if (l) return sequence_item(obj, l->items, None, &sl, "list");
  if (t) return sequence_item(obj, t->items, None, &sl, "tuple");
  return str_slice(obj, *obj.as<StrObject>(), sl);
}

Object getitem_slow(const Object& obj, const Object& index) {
  if (is_user(obj)) return user_getitem(obj, index);
  SliceObject* sl = index.is_heap() && index.heap()->type() == &types::slice ? index.as<SliceObject>() : nullptr;
  if (ListObject* l = as_list(obj)) return sequence_item(obj, l->items, index, sl, "list");
  if (TupleObject* t = as_tuple(obj)) return sequence_item(obj, t->items, index, sl, "tuple");
  DictObject* d = as_dict(obj);
  if (!d) d = proxied_dict(obj);
  if (d) {
    if (Object* v = d->find(index)) return *v;
    raise_exc(new_exception(&exc::KeyError, {index}));
  }
  if (is_str(obj)) {
    auto* s = obj.as<StrObject>();
    if (sl) return str_slice(obj, *s, *sl);
    int64_t i = index_value(index, "string");
    int64_t n = static_cast<int64_t>(s->length());
    if (i < 0) i += n;
    if (i < 0 || i >= n) raise(&exc::IndexError, "string index out of range");
    if (s->ascii) return py_str(std::string(1, s->s[i]));
    const size_t at = skip_code_points(s->s, 0, i);
    return py_str(s->s.substr(at, utf8_char_len(static_cast<unsigned char>(s->s[at]))));
  }
  if (is_bytes_like(obj)) return bytes_getitem(obj, index);
  if (obj.is_heap() && obj.heap()->type() == &types::range) {
    auto* r = obj.as<RangeObject>();
    if (sl) return range_slice(*r, *sl);
    if (r->is_long) return long_range_item(*r, number_index(index));
    int64_t i = index_value(index, "range");
    int64_t n = r->length();
    if (i < 0) i += n;
    if (i < 0 || i >= n) raise(&exc::IndexError, "range object index out of range");
    return py_int(r->start + i * r->step);
  }
  if (Object alias = type_subscript(obj, index); !alias.is_unbound()) return alias;
  raise(&exc::TypeError, "'" + type_of(obj)->error_name() + "' object is not subscriptable");
}

namespace {
bool is_slice(const Object& o) { return o.is_heap() && o.heap()->type() == &types::slice; }

// The items a slice assignment replaces, held until the new ones are in (CPython's `recycle`
// and `garbage` arrays): their finalizers then see the list as it ends up. Inline up to a few.
class Replaced {
 public:
  explicit Replaced(size_t n) : n_(n) {
    if (n > kInline) {
      big_.resize(n);
      p_ = big_.data();
    }
  }
  Object& operator[](size_t i) { return p_[i]; }
  void release_backwards() {  // list_ass_slice's order
    for (size_t i = n_; i-- > 0;) p_[i] = Object();
  }
  void release_forwards() {  // list_ass_subscript's, for an extended slice
    for (size_t i = 0; i < n_; ++i) p_[i] = Object();
  }

 private:
  static constexpr size_t kInline = 8;
  Object small_[kInline];
  std::vector<Object> big_;
  Object* p_ = small_;
  size_t n_;
};

// The items of `value` as they are when it is a list other than `l` or a tuple, else null.
const std::vector<Object>* source_items(const ListObject* l, const Object& value) {
  if (ListObject* v = as_list(value); v && v != l) return &v->items;
  if (TupleObject* t = as_tuple(value)) return &t->items;
  return nullptr;
}

// l[b] = src: a simple slice may change the list's length; an extended one must match the
// number of items it selects.
void list_assign_items(ListObject* l, const detail::SliceBounds& b, const std::vector<Object>& src) {
  std::vector<Object>& items = l->items;
  const int64_t n = static_cast<int64_t>(src.size());
  if (b.step == 1) {
    const int64_t start = b.start, stop = std::max(b.start, b.stop), norig = stop - start;
    Replaced old(static_cast<size_t>(norig));
    for (int64_t i = 0; i < norig; ++i) old[i] = std::move(items[start + i]);
    if (n == norig) {
      for (int64_t i = 0; i < n; ++i) items[start + i] = src[i];
    } else {
      items.erase(items.begin() + start, items.begin() + stop);
      items.insert(items.begin() + start, src.begin(), src.end());
    }
    old.release_backwards();
    return;
  }
  if (n != b.count) {
    raise(&exc::ValueError, "attempt to assign sequence of size " + std::to_string(n) +
                                " to extended slice of size " + std::to_string(b.count));
  }
  Replaced old(static_cast<size_t>(n));
  for (int64_t i = 0; i < n; ++i) {
    Object& slot = items[b.start + i * b.step];
    old[i] = std::move(slot);
    slot = src[i];
  }
  old.release_forwards();
}

// `xs[a:b:c] = value` for any iterable value.
void list_assign_slice(ListObject* l, const SliceObject& sl, const Object& value) {
  // The source's items as they are, unless it is the list itself (`xs[:] = xs`): then a copy.
  std::vector<Object> copy;
  const std::vector<Object>* items = source_items(l, value);
  if (!items) {
    copy = to_vector(value);
    items = &copy;
  }
  // Bounds after the source was read: reading it may have run code that changed the list.
  list_assign_items(l, slice_bounds(sl, static_cast<int64_t>(l->items.size())), *items);
}

void list_assign_checked(ListObject* l, const SliceObject& sl, const Object& value) {
  if (!is_iterable(value)) {
    const Object& step = sl.step;
    raise(&exc::TypeError, step.is_none() || (step.is_small_int() && step.as_int() == 1)
                               ? "can only assign an iterable"
                               : "must assign iterable to extended slice");
  }
  list_assign_slice(l, sl, value);
}

void list_delete_slice(ListObject* l, const SliceObject& sl) {
  auto b = slice_bounds(sl, static_cast<int64_t>(l->items.size()));
  if (b.count == 0) return;
  if (b.step == 1) return list_assign_items(l, b, {});  // list_ass_slice with nothing to put in
  // An extended slice's items go first first, in the order of their indices.
  std::vector<bool> gone(l->items.size(), false);
  for (int64_t i = 0, j = b.start; i < b.count; ++i, j += b.step) gone[j] = true;
  std::vector<Object> kept;
  kept.reserve(l->items.size() - b.count);
  for (size_t i = 0; i < l->items.size(); ++i) {
    if (!gone[i]) kept.push_back(std::move(l->items[i]));
  }
  l->items = std::move(kept);
}
}  // namespace

void setitem_slice(const Object& obj, const Object& start, const Object& stop, const Object& step,
                   const Object& value, Pos) {
  if (ListObject* l = as_list(obj)) {
    detail::SliceBounds b;
    if (const std::vector<Object>* src = source_items(l, value);
        src && fast_bounds(start, stop, step, static_cast<int64_t>(l->items.size()), b)) {
      return list_assign_items(l, b, *src);
    }
    SliceObject sl;
    set_parts(sl, start, stop, step);
    return list_assign_checked(l, sl, value);
  }
  setitem_slow(obj, make_slice(start, stop, step), value);
}

void setitem_slow(const Object& obj, const Object& index, const Object& value) {
  if (is_user(obj)) return user_setitem(obj, index, &value);
  if (ListObject* l = as_list(obj)) {
    if (is_slice(index)) return list_assign_checked(l, *index.as<SliceObject>(), value);
    int64_t i = index_value(index, "list");
    int64_t n = static_cast<int64_t>(l->items.size());
    if (i < 0) i += n;
    if (i < 0 || i >= n) raise(&exc::IndexError, "list assignment index out of range");
    l->items[i] = value;
    return;
  }
  if (DictObject* d = as_dict(obj)) {
    d->set(index, value);
    return;
  }
  if (is_bytearray(obj)) return bytearray_setitem(obj, index, value);
  raise(&exc::TypeError, "'" + type_of(obj)->name + "' object does not support item assignment");
}

void delitem(const Object& obj, const Object& index, Pos) {
  if (is_user(obj)) return user_setitem(obj, index, nullptr);
  if (ListObject* l = as_list(obj)) {
    if (is_slice(index)) return list_delete_slice(l, *index.as<SliceObject>());
    int64_t i = index_value(index, "list");
    int64_t n = static_cast<int64_t>(l->items.size());
    if (i < 0) i += n;
    if (i < 0 || i >= n) raise(&exc::IndexError, "list assignment index out of range");
    l->items.erase(l->items.begin() + i);
    return;
  }
  if (DictObject* d = as_dict(obj)) {
    if (!d->erase(index)) raise_exc(new_exception(&exc::KeyError, {index}));
    return;
  }
  if (is_bytearray(obj)) return bytearray_delitem(obj, index);
  // CPython words it by whether the type has sequence methods and the key is an index.
  const bool sequence = (is_str(obj) || is_bytes(obj) || as_tuple(obj) || (obj.is_heap() && obj.heap()->type() == &types::range)) &&
                        is_int(index) && !index.is_float();
  raise(&exc::TypeError, "'" + type_of(obj)->name + "' object " +
                             (sequence ? "doesn't" : "does not") + " support item deletion");
}

}  // namespace aiocc
