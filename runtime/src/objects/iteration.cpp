// Iteration (`for`, unpacking, `*xs` in calls and literals) over builtin iterables, dict views,
// iterator objects and user classes.
#include "aiocc/py/ops.h"

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
#include "object_model.h"

namespace aiocc {
using detail::small;
bool is_iterable(const Object& o) {
  if (as_list(o) || as_tuple(o) || is_str(o) || as_dict(o) || as_set(o) || as_dict_view(o) ||
      proxied_dict(o) || is_bytes_like(o)) {
    return true;
  }
  if (!o.is_heap()) return false;
  if (o.heap()->type() == &types::range || is_iterator(o)) return true;
  if (ClassObject* c = o.dyn<TypeObject>() ? o.as<TypeObject>()->kind_of_class() : nullptr) {
    // Enum classes iterate over their members, classes of a metaclass with __iter__ call it.
    return !c->enum_members.is_unbound() || metaclass_slot(o, Slot::iter);
  }
  if (is_user_exception(o)) return has_special(o, Slot::iter);
  if (InstanceObject* i = as_instance(o)) {
    return !i->cls->slot(Slot::iter).is_unbound() || !i->cls->slot(Slot::getitem).is_unbound() ||
           (!i->base_value.is_unbound() && is_iterable(i->base_value));
  }
  return false;
}

// _PyObject_FunctionStr: "module.qualname()" ("qualname()" for builtins), else str(f).
std::string function_str(const Object& f) {
  Object qualname, module;
  try {
    qualname = getattr(f, "__qualname__");
  } catch (PyException& e) {
    if (!type_of(e.exc)->is_subtype_of(&exc::AttributeError)) throw;
    return str(f);
  }
  try {
    module = getattr(f, "__module__");
  } catch (PyException& e) {
    if (!type_of(e.exc)->is_subtype_of(&exc::AttributeError)) throw;
  }
  if (is_str(module) && str_value(module) != "builtins") return str_value(module) + "." + str(qualname) + "()";
  return str(qualname) + "()";
}

namespace {
void extend_args_of(std::vector<Object>& out, const Object& iterable, const Object* callee) {
  if (!is_iterable(iterable)) {
    raise(&exc::TypeError, (callee ? function_str(*callee) + " argument after *" : std::string("Value after *")) +
                               " must be an iterable, not " + type_of(iterable)->name);
  }
  for (Object& x : sequence_items(iterable)) out.push_back(std::move(x));
}
}  // namespace

void extend_args(std::vector<Object>& out, const Object& iterable) { extend_args_of(out, iterable, nullptr); }

// ---- iteration -------------------------------------------------------------------------------

Iter::Iter(const Object& iterable) : src_(iterable) {
  if (as_list(iterable)) {
    kind_ = kList;
  } else if (as_tuple(iterable)) {
    kind_ = kTuple;
  } else if (iterable.is_heap() && iterable.heap()->type() == &types::range) {
    auto* r = iterable.as<RangeObject>();
    if (r->is_long) {
      kind_ = kIterator;
      src_ = long_range_iterator(*r);
    } else {
      kind_ = kRange;
      i_ = r->start;
      stop_ = r->stop;
      step_ = r->step;
    }
  } else if (is_str(iterable)) {
    kind_ = kStr;
  } else if (is_bytes_like(iterable)) {
    kind_ = kIterator;
    src_ = bytes_iterator(iterable);
  } else if (DictObject* d = as_dict(iterable) ? as_dict(iterable) : proxied_dict(iterable)) {
    kind_ = kDict;
    step_ = DictViewObject::Keys;
    if (!as_dict(iterable)) src_ = iterable.as<MappingProxyObject>()->dict;
    stop_ = left_ = static_cast<int64_t>(d->live_count);
  } else if (SetObject* st = as_set(iterable)) {
    kind_ = kSnapshot;
    snapshot_ = st->items();
    left_ = static_cast<int64_t>(st->used);
  } else if (DictViewObject* v = as_dict_view(iterable)) {
    kind_ = kDict;
    src_ = v->dict;
    step_ = v->which;
    stop_ = left_ = static_cast<int64_t>(v->dict.as<DictObject>()->live_count);
  } else if (is_user(iterable) || (is_user_exception(iterable) && has_special(iterable, Slot::iter))) {
    kind_ = kIterator;
    src_ = user_iter(iterable);
  } else if (is_iterator(iterable)) {
    kind_ = kIterator;
  } else if (metaclass_slot(iterable, Slot::iter)) {
    kind_ = kIterator;
    src_ = user_iter(iterable);
  } else if (ClassObject* c = iterable.dyn<TypeObject>() ? iterable.as<TypeObject>()->kind_of_class() : nullptr;
             c && !c->enum_members.is_unbound()) {
    kind_ = kList;  // an enum class: its members, in definition order
    src_ = c->enum_members;
  } else {
    raise(&exc::TypeError, "'" + type_of(iterable)->name + "' object is not iterable");
  }
}

bool Iter::next_slow(Object& out) {
  switch (kind_) {
    case kList: {
      auto& items = src_.as<ListObject>()->items;
      if (static_cast<size_t>(i_) >= items.size()) return false;
      out = items[i_++];
      return true;
    }
    case kTuple: {
      auto& items = src_.as<TupleObject>()->items;
      if (static_cast<size_t>(i_) >= items.size()) return false;
      out = items[i_++];
      return true;
    }
    case kRange:
      if (step_ > 0 ? i_ >= stop_ : i_ <= stop_) return false;
      out = py_int(i_);
      i_ += step_;
      return true;
    case kStr: {
      const std::string& s = str_value(src_);
      if (byte_ >= s.size()) return false;
      unsigned char c = static_cast<unsigned char>(s[byte_]);
      size_t n = utf8_char_len(c);
      out = py_str(s.substr(byte_, n));
      byte_ += n;
      return true;
    }
    case kIterator: return iterator_next(src_, out);
    case kDict: {
      // Live, like CPython's dict iterators: values changed meanwhile are seen, a change of size
      // is an error.
      auto* d = src_.as<DictObject>();
      if (static_cast<int64_t>(d->live_count) != stop_) {
        stop_ = -1;
        raise(&exc::RuntimeError, "dictionary changed size during iteration");
      }
      while (static_cast<size_t>(i_) < d->entries.size() && !d->entries[i_].live()) ++i_;
      if (static_cast<size_t>(i_) >= d->entries.size()) return false;
      // An item past the ones there were: keys were removed and others added meanwhile.
      if (left_-- <= 0) {
        stop_ = -1;
        raise(&exc::RuntimeError, "dictionary keys changed during iteration");
      }
      const auto& e = d->entries[i_++];
      out = step_ == DictViewObject::Keys     ? e.key
            : step_ == DictViewObject::Values ? e.value
                                              : py_tuple({e.key, e.value});
      return true;
    }
    default:
      // A set's iterator, as setiter_iternext: a change of size is an error (the items are the
      // ones at the start).
      if (SetObject* st = as_set(src_); st && static_cast<int64_t>(st->used) != left_) {
        left_ = -1;
        raise(&exc::RuntimeError, "Set changed size during iteration");
      }
      if (static_cast<size_t>(i_) >= snapshot_.size()) return false;
      out = snapshot_[i_++];
      return true;
  }
}

int64_t Iter::remaining() const {
  switch (kind_) {
    case kList: return std::max<int64_t>(0, static_cast<int64_t>(src_.as<ListObject>()->items.size()) - i_);
    case kTuple: return std::max<int64_t>(0, static_cast<int64_t>(src_.as<TupleObject>()->items.size()) - i_);
    case kRange:
      if (step_ > 0) return i_ < stop_ ? (stop_ - i_ + step_ - 1) / step_ : 0;
      return i_ > stop_ ? (i_ - stop_ - step_ - 1) / -step_ : 0;
    case kStr: {
      const std::string& s = str_value(src_);
      int64_t n = 0;
      for (size_t b = byte_; b < s.size(); ++b) n += (static_cast<unsigned char>(s[b]) & 0xC0) != 0x80;
      return n;
    }
    case kIterator: return -1;
    case kDict:  // dictiter_len: none once the size changed
      return static_cast<int64_t>(src_.as<DictObject>()->live_count) == stop_ ? std::max<int64_t>(left_, 0) : 0;
    default: {  // setiter_len
      SetObject* st = as_set(src_);
      if (st && static_cast<int64_t>(st->used) != left_) return 0;
      return std::max<int64_t>(0, static_cast<int64_t>(snapshot_.size()) - i_);
    }
  }
}

std::vector<Object> to_vector(const Object& iterable) {
  if (ListObject* l = as_list(iterable)) return l->items;
  if (TupleObject* t = as_tuple(iterable)) return t->items;
  std::vector<Object> out;
  Iter it(iterable);
  Object x;
  while (it.next(x)) out.push_back(x);
  return out;
}

void length_hint(const Object& o) {
  if (!is_user(o)) {
    try {
      builtin_length_hint(o);  // built-in values answer without side effects but reversed()
    } catch (PyException& e) {
      if (!type_of(e.exc)->is_subtype_of(&exc::TypeError)) throw;
    }
    return;
  }
  if (const Object& len = as_instance(o)->cls->slot(Slot::len); !len.is_unbound() && !len.is_none()) {
    try {
      user_len(o);
      return;
    } catch (PyException& e) {
      if (!type_of(e.exc)->is_subtype_of(&exc::TypeError)) throw;
    }
  }
  const Object* hint = user_class_lookup(type_of(o), "__length_hint__");
  if (!hint) return;
  Object r;
  try {
    r = call_with_self(*hint, o, {}, {});
  } catch (PyException& e) {
    if (!type_of(e.exc)->is_subtype_of(&exc::TypeError)) throw;
    return;
  }
  if (r.same(NotImplemented)) return;
  if (!is_int(r)) raise(&exc::TypeError, "__length_hint__ must be an integer, not " + type_of(r)->name);
  if (lt(r, py_int(0))) raise(&exc::ValueError, "__length_hint__() should return >= 0");
}

std::vector<Object> sequence_items(const Object& o) {
  if (!is_user(o) && !(o.is_heap() && (o.heap()->kind == HeapObject::Kind::LazyIterator ||
                                        o.heap()->kind == HeapObject::Kind::SeqIterator))) {
    return to_vector(o);
  }
  Iter it(o);
  length_hint(o);
  std::vector<Object> out;
  for (Object x; it.next(x);) out.push_back(x);
  return out;
}

std::vector<Object> fast_sequence(const Object& o) {
  if (ListObject* l = as_list(o)) return l->items;
  if (TupleObject* t = as_tuple(o)) return t->items;
  return sequence_items(make_iterator(o));
}

std::vector<Object> unpack(const Object& value, size_t count, int star_index, Pos) {
  if (!is_iterable(value)) {
    raise(&exc::TypeError, "cannot unpack non-iterable " + type_of(value)->name + " object");
  }
  std::vector<Object> items;
  if (star_index < 0 && !as_list(value) && !as_tuple(value)) {
    // Pull no more than one item past the count, as CPython does (the iterator may be endless).
    Iter it(value);
    Object x;
    while (items.size() <= count && it.next(x)) items.push_back(x);
  } else {
    items = to_vector(value);
  }
  if (star_index < 0) {
    if (items.size() < count) {
      raise(&exc::ValueError, "not enough values to unpack (expected " + std::to_string(count) +
                                  ", got " + std::to_string(items.size()) + ")");
    }
    if (items.size() > count) {
      raise(&exc::ValueError,
            "too many values to unpack (expected " + std::to_string(count) + ")");
    }
    return items;
  }
  if (items.size() < count - 1) {
    raise(&exc::ValueError, "not enough values to unpack (expected at least " +
                                std::to_string(count - 1) + ", got " +
                                std::to_string(items.size()) + ")");
  }
  std::vector<Object> out(items.begin(), items.begin() + star_index);
  size_t after = count - 1 - star_index;
  out.push_back(py_list(std::vector<Object>(items.begin() + star_index, items.end() - after)));
  out.insert(out.end(), items.end() - after, items.end());
  return out;
}

// ---- literals --------------------------------------------------------------------------------
Object py_list_of(std::initializer_list<Object> items) { return py_list(std::vector<Object>(items)); }
Object py_tuple_of(std::initializer_list<Object> items) { return py_tuple(std::vector<Object>(items)); }
Object py_dict_of(std::initializer_list<Object> kv) { return py_dict_of(std::vector<Object>(kv)); }
Object py_dict_of(const std::vector<Object>& kv) {
  Object d = py_dict();
  DictObject* dd = as_dict(d);
  for (auto it = kv.begin(); it != kv.end(); it += 2) dd->set(it[0], it[1]);
  return d;
}

Object make_list(std::initializer_list<Elt> elts) { return py_list(star_args(elts)); }
Object make_tuple(std::initializer_list<Elt> elts) { return py_tuple(star_args(elts)); }

namespace {
std::vector<Object> star_args_of(std::initializer_list<Elt> elts, const Object* callee) {
  std::vector<Object> out;
  for (const Elt& e : elts) {
    if (e.star) {
      extend_args_of(out, e.value, callee);
    } else {
      out.push_back(e.value);
    }
  }
  return out;
}
}  // namespace

std::vector<Object> star_args(std::initializer_list<Elt> elts) { return star_args_of(elts, nullptr); }
std::vector<Object> star_args(std::initializer_list<Elt> elts, const Object& callee) {
  return star_args_of(elts, &callee);
}

namespace {
// What `**value` and `{**value}` take (dict_merge), each item given to `take(key, value)`: a
// dict's items in place (also a dict subclass's that keeps dict's own iteration), else keys()
// and then [key] for each. False when `value` has no keys().
template <class Take>
bool merge_mapping(const Object& value, Take&& take) {
  DictObject* m = as_dict(value) ? as_dict(value) : proxied_dict(value);
  if (InstanceObject* i = as_instance(value); !m && i && i->cls->builtin_base == &types::dict &&
                                              i->cls->slot(Slot::iter).is_unbound()) {
    m = as_dict(i->base_value);
  }
  if (m) {
    for (const auto& e : m->entries) {
      if (e.live()) take(e.key, e.value);
    }
    return true;
  }
  if (!has_attribute(value, "keys")) return false;
  Iter keys(call_method(value, "keys", {}));
  for (Object k; keys.next(k);) take(k, getitem(value, k));
  return true;
}
}  // namespace

Object dict_display(std::initializer_list<Object> items) {
  Object out = py_dict();
  DictObject* d = as_dict(out);
  d->reserve(items.size() / 2);
  for (auto it = items.begin(); it != items.end(); it += 2) {
    const Object& key = it[0];
    const Object& value = it[1];
    if (!key.is_unbound()) {
      d->set(key, value);
      continue;
    }
    if (DictObject* src = as_dict(value)) {
      if (src != d) dict_merge(d, src);
      continue;
    }
    if (!merge_mapping(value, [&](const Object& k, const Object& v) { d->set(k, v); })) {
      raise(&exc::TypeError, "'" + type_of(value)->name + "' object is not a mapping");
    }
  }
  return out;
}

namespace {
std::vector<Kw> star_kwargs_of(std::initializer_list<Kw> kws, const Object* callee) {
  const std::string who = callee ? function_str(*callee) + " " : "";
  std::vector<Kw> out;
  // Repeated names are reported by the callee, which knows its own name.
  auto add_one = [&](std::string_view name, const Object& value) { out.push_back({name, value}); };
  for (const Kw& k : kws) {
    if (!k.name.empty()) {
      add_one(k.name, k.value);
      continue;
    }
    // Names view the mapping's key strings: a dict's are kept alive by the caller's argument,
    // other keys are interned, so that the name outlives this call.
    const bool plain = as_dict(k.value) != nullptr;
    if (!merge_mapping(k.value, [&](const Object& key, const Object& value) {
          if (!is_str(key)) raise(&exc::TypeError, "keywords must be strings");
          add_one(plain ? std::string_view(str_value(key)) : std::string_view(intern(str_value(key)).text), value);
        })) {
      raise(&exc::TypeError, who + "argument after ** must be a mapping, not " + type_of(k.value)->name);
    }
  }
  return out;
}
}  // namespace

std::vector<Kw> star_kwargs(std::initializer_list<Kw> kws) { return star_kwargs_of(kws, nullptr); }
std::vector<Kw> star_kwargs(std::initializer_list<Kw> kws, const Object& callee) {
  return star_kwargs_of(kws, &callee);
}

}  // namespace aiocc
