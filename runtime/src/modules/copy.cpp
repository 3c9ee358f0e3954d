// copy.deepcopy: Lib/copy.py's rules for the values aiocc has. Atomic values are shared; lists,
// tuples, dicts, sets, bytearrays and slices are rebuilt from deep copies of their items; an
// instance of a user class is made without __init__ (object.__new__) and given deep copies of
// its attributes (and of the built-in value a subclass of list, dict… extends), or copied by its
// own __deepcopy__. The memo keeps shared references shared and cycles cyclic.
#include "aiocc/py/copy.h"

#include <unordered_map>

#include "aiocc/py/builtins.h"
#include "aiocc/py/bytes.h"
#include "aiocc/py/complex.h"
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
#include "aiocc/py/types.h"
#include "internal.h"

namespace aiocc::copy {
namespace {

using Memo = std::unordered_map<const HeapObject*, Object>;
Object deep(const Object& x, Memo& memo);

// copy._deepcopy_atomic's types, and what defines a __deepcopy__ returning itself (Enum members).
bool atomic(const Object& x) {
  if (!x.is_heap() || is_str(x) || is_bytes(x) || is_int(x) || as_complex(x) || x.dyn<TypeObject>()) return true;
  TypeObject* t = type_of(x);
  if (t == &types::range || t == &types::function || t == &types::builtin_function || t == &types::property ||
      t == &types::not_implemented_type || x.same(Ellipsis)) {
    return true;
  }
  InstanceObject* i = as_instance(x);
  return i && !i->cls->enum_by_value.is_unbound();
}

Object copy_instance(const Object& x, InstanceObject* src, Memo& memo) {
  if (const Object* f = user_class_lookup(src->cls, "__deepcopy__")) {
    Object r = call_with_self(*f, x, {py_dict()}, {});
    memo[x.heap()] = r;
    return r;
  }
  Object y = make<InstanceObject>(src->cls);
  memo[x.heap()] = y;
  auto* dst = y.as<InstanceObject>();
  if (!src->base_value.is_unbound()) dst->base_value = deep(src->base_value, memo);
  if (!src->dict.is_unbound()) {
    for (const auto& e : as_dict(src->dict)->entries) {
      if (e.live) aiocc::setattr(y, str_value(e.key), deep(e.value, memo));
    }
  } else {
    for (size_t k = 0; k < src->shape->names.size() && k < src->values.size(); ++k) {
      if (!src->values[k].is_unbound()) dst->set_own(*src->shape->names[k], deep(src->values[k], memo));
    }
  }
  return y;
}

Object deep(const Object& x, Memo& memo) {
  if (atomic(x)) return x;
  NativeDepth guard;
  if (auto it = memo.find(x.heap()); it != memo.end()) return it->second;
  if (InstanceObject* i = as_instance(x)) return copy_instance(x, i, memo);
  if (ListObject* l = as_list(x)) {
    Object y = py_list({});
    memo[x.heap()] = y;
    for (const Object& v : std::vector<Object>(l->items)) as_list(y)->items.push_back(deep(v, memo));
    return y;
  }
  if (TupleObject* t = as_tuple(x)) {  // the same tuple when every item copies to itself
    std::vector<Object> items;
    bool same = true;
    for (const Object& v : t->items) {
      items.push_back(deep(v, memo));
      same &= items.back().same(v);
    }
    if (auto it = memo.find(x.heap()); it != memo.end()) return it->second;  // reached by a cycle
    return same ? x : py_tuple(std::move(items));
  }
  if (DictObject* d = as_dict(x)) {
    Object y = py_dict();
    memo[x.heap()] = y;
    for (size_t k = 0; k < d->entries.size(); ++k) {
      if (!d->entries[k].live) continue;
      const Object key = d->entries[k].key, value = d->entries[k].value;
      as_dict(y)->set(deep(key, memo), deep(value, memo));
    }
    return y;
  }
  if (SetObject* s = as_set(x)) {
    std::vector<Object> items;
    for (const Object& v : s->items()) items.push_back(deep(v, memo));
    Object y = s->frozen ? py_frozenset(items) : py_set(items);
    memo[x.heap()] = y;
    return y;
  }
  if (is_bytearray(x)) return memo[x.heap()] = py_bytearray(bytes_data(x));
  if (type_of(x) == &types::slice) {
    auto* s = x.as<SliceObject>();
    return memo[x.heap()] = make_slice(deep(s->start, memo), deep(s->stop, memo), deep(s->step, memo));
  }
  if (auto* e = x.dyn<ExceptionObject>()) {  // BaseException.__reduce__: type(e)(*args), then __dict__
    std::vector<Object> args;
    for (const Object& a : e->args) args.push_back(deep(a, memo));
    return memo[x.heap()] = new_exception(e->cls, std::move(args));
  }
  TypeObject* t = type_of(x);
  const bool unpicklable = x.heap()->kind == HeapObject::Kind::Generator ||
                           x.heap()->kind == HeapObject::Kind::Coroutine ||
                           x.heap()->kind == HeapObject::Kind::Future || as_dict_view(x);
  if (unpicklable) raise(&exc::TypeError, "cannot pickle '" + t->qualified_name() + "' object");
  raise(&exc::NotImplementedError, "a deep copy of '" + t->qualified_name() + "' objects is not supported by aiocc");
}

}  // namespace

Object deep_copy(const Object& x) {
  Memo memo;
  return deep(x, memo);
}

}  // namespace aiocc::copy
