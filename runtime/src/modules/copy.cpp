// The copy module: Lib/copy.py's rules for the values aiocc has. copy.copy: immutable values
// are themselves, containers are copied, an instance of a user class is made without __init__
// and given the same attributes (or copied by its own __copy__). copy.deepcopy: atomic values
// are shared; lists,
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
// The memo dict a __deepcopy__ is given stands for the copy's memo: deepcopy(y, memo) called
// with it continues that copy (shared references shared, cycles closed).
std::unordered_map<const HeapObject*, Memo*>& active_memos() {
  static std::unordered_map<const HeapObject*, Memo*> memos;
  return memos;
}
struct MemoDict {
  Object dict = py_dict();
  explicit MemoDict(Memo& m) { active_memos()[dict.heap()] = &m; }
  ~MemoDict() { active_memos().erase(dict.heap()); }
};

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

// The attributes of an instance (its __dict__'s items), in order.
template <class F>
void for_each_attribute(InstanceObject* src, F&& f) {
  if (!src->dict.is_unbound()) {
    for (const auto& e : as_dict(src->dict)->entries) {
      if (e.live()) f(str_value(e.key), e.value);
    }
    return;
  }
  for (size_t k = 0; k < src->shape->names.size() && k < src->values.size(); ++k) {
    if (!src->values[k].is_unbound()) f(std::string(src->shape->names[k]->text), src->values[k]);
  }
}

// What a class's own __reduce_ex__ or __reduce__ says (unbound when it has neither): copy asks
// for reductor(4), which object.__reduce_ex__ answers from an overriding __reduce__.
Object user_reduction(const Object& x, InstanceObject* src) {
  if (const Object* f = user_class_lookup(src->cls, "__reduce_ex__")) return call_with_self(*f, x, {py_int(4)}, {});
  if (const Object* f = user_class_lookup(src->cls, "__reduce__")) return call_with_self(*f, x, {}, {});
  return Object();
}

// copy._reconstruct: `callable(*args)`, then the state (through __setstate__, or into its
// __dict__), the list items and the dict items; each copied first when `memo` is given.
Object reconstruct(const Object& x, const Object& rv, Memo* memo) {
  if (is_str(rv)) return x;
  TupleObject* t = as_tuple(rv);
  if (!t) raise(&exc::TypeError, "__reduce__ must return a string or tuple");
  auto part = [&](size_t i) { return i < t->items.size() ? t->items[i] : None; };
  auto copied = [&](const Object& v) { return memo ? deep(v, *memo) : v; };
  std::vector<Object> args;
  for (const Object& a : fast_sequence(part(1))) args.push_back(copied(a));
  Object y = call(part(0), Args(args));
  if (memo) (*memo)[x.heap()] = y;
  Object state = part(2);
  if (!state.is_none()) {
    state = copied(state);
    if (has_attribute(y, "__setstate__")) {
      call_method(y, "__setstate__", {state});
    } else {
      Object slotstate = None;
      if (TupleObject* pair = as_tuple(state); pair && pair->items.size() == 2) {
        slotstate = pair->items[1];
        state = pair->items[0];
      }
      if (!state.is_none()) call_method(getattr(y, "__dict__"), "update", {state});
      if (!slotstate.is_none()) {
        for (const Object& kv : fast_sequence(call_method(slotstate, "items", {}))) {
          aiocc::setattr(y, str_value(getitem(kv, py_int(0))), getitem(kv, py_int(1)));
        }
      }
    }
  }
  if (!part(3).is_none()) {
    for (const Object& item : fast_sequence(part(3))) call_method(y, "append", {copied(item)});
  }
  if (!part(4).is_none()) {
    for (const Object& kv : fast_sequence(part(4))) setitem(y, copied(getitem(kv, py_int(0))), copied(getitem(kv, py_int(1))));
  }
  return y;
}

Object copy_instance(const Object& x, InstanceObject* src, Memo& memo) {
  if (const Object* f = user_class_lookup(src->cls, "__deepcopy__")) {
    MemoDict d(memo);
    Object r = call_with_self(*f, x, {d.dict}, {});
    memo[x.heap()] = r;
    return r;
  }
  if (Object rv = user_reduction(x, src); !rv.is_unbound()) return reconstruct(x, rv, &memo);
  Object y = make<InstanceObject>(src->cls);
  memo[x.heap()] = y;
  auto* dst = y.as<InstanceObject>();
  if (!src->base_value.is_unbound()) dst->base_value = deep(src->base_value, memo);
  // _reconstruct: y.__dict__.update(state), past any __setattr__.
  for_each_attribute(src, [&](const std::string& name, const Object& v) { dst->set_own(intern(name), deep(v, memo)); });
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
      if (!d->entries[k].live()) continue;
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

TypeObject Error_type("Error", &exc::Exception, construct_exception, "copy");

namespace {
// copy.copy's _copy_dispatch and _copy_immutable: the value itself.
bool immutable(const Object& x) {
  if (atomic(x) || as_tuple(x) || type_of(x) == &types::slice) return true;
  SetObject* s = as_set(x);
  return s && s->frozen && type_of(x) == &types::frozenset;
}

Object shallow(const Object& x) {
  if (immutable(x)) return x;
  if (InstanceObject* src = as_instance(x)) {
    if (const Object* f = user_class_lookup(src->cls, "__copy__")) return call_with_self(*f, x, {}, {});
    if (Object rv = user_reduction(x, src); !rv.is_unbound()) return reconstruct(x, rv, nullptr);
    // __reduce_ex__(4): cls.__new__(cls), the items of a list/dict/set it extends, its state.
    Object y = make<InstanceObject>(src->cls);
    auto* dst = y.as<InstanceObject>();
    if (!src->base_value.is_unbound()) dst->base_value = immutable(src->base_value) ? src->base_value : shallow(src->base_value);
    Object state = py_dict();
    for_each_attribute(src, [&](const std::string& name, const Object& v) { as_dict(state)->set(py_str(name), v); });
    if (const Object* f = user_class_lookup(src->cls, "__setstate__")) {
      call_with_self(*f, y, {state}, {});
    } else {
      for (const auto& e : as_dict(state)->entries) {
        if (e.live()) dst->set_own(intern(str_value(e.key)), e.value);
      }
    }
    return y;
  }
  if (ListObject* l = as_list(x)) return py_list(l->items);
  if (as_dict(x) || as_set(x) || is_bytearray(x)) return call_method(x, "copy", {});
  if (auto* e = x.dyn<ExceptionObject>()) {
    Object y = new_exception(e->cls, e->args);
    if (DictObject* d = as_dict(e->attrs)) {
      for (const auto& entry : d->entries) {
        if (entry.live()) aiocc::setattr(y, str_value(entry.key), entry.value);
      }
    }
    return y;
  }
  TypeObject* t = type_of(x);
  const bool unpicklable = x.heap()->kind == HeapObject::Kind::Generator ||
                           x.heap()->kind == HeapObject::Kind::Coroutine ||
                           x.heap()->kind == HeapObject::Kind::Future || as_dict_view(x);
  if (unpicklable) raise(&exc::TypeError, "cannot pickle '" + t->qualified_name() + "' object");
  raise(&exc::NotImplementedError, "a copy of '" + t->qualified_name() + "' objects is not supported by aiocc");
}
}  // namespace

Object copy(Args args, Kwargs kw) {
  Object v[1];
  bind_args("copy", args, kw, {"x"}, v, 1);
  return shallow(v[0]);
}

Object deepcopy(Args args, Kwargs kw) {
  Object v[3];
  bind_args("deepcopy", args, kw, {"x", "memo", "_nil"}, v, 1);
  const Object& memo_arg = v[1];
  if (!memo_arg.is_unbound() && !memo_arg.is_none()) {
    if (auto it = active_memos().find(memo_arg.heap()); it != active_memos().end()) return deep(v[0], *it->second);
    if (!as_dict(memo_arg)) raise(&exc::AttributeError, "'" + type_of(memo_arg)->name + "' object has no attribute 'get'");
    Memo memo;
    active_memos()[memo_arg.heap()] = &memo;
    try {
      Object r = deep(v[0], memo);
      active_memos().erase(memo_arg.heap());
      return r;
    } catch (...) {
      active_memos().erase(memo_arg.heap());
      throw;
    }
  }
  return deep_copy(v[0]);
}

BuiltinFunction copy_fn("copy", copy, "copy");
BuiltinFunction deepcopy_fn("deepcopy", deepcopy, "copy");

}  // namespace aiocc::copy
