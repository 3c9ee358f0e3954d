// dict: entries in insertion order, plus a hash index. Deleted entries become tombstones and
// are compacted when they outnumber live ones.
#include "aiocc/py/dict.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/function.h"
#include "aiocc/py/int.h"
#include "aiocc/py/list.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/protocols.h"
#include "aiocc/py/set.h"
#include "aiocc/py/str.h"

namespace aiocc {

TypeObject* DictObject::type() const { return &types::dict; }

std::string DictObject::repr() const {
  std::string out = "{";
  bool first = true;
  for (const Entry& e : entries) {
    if (!e.live) continue;
    if (!first) out += ", ";
    out += aiocc::repr(e.key) + ": " + aiocc::repr(e.value);
    first = false;
  }
  return out + "}";
}

Object* DictObject::find(const Object& key) {
  auto range = index.equal_range(py_hash(key));
  for (auto it = range.first; it != range.second; ++it) {
    Entry& e = entries[it->second];
    if (e.live && (e.key.same(key) || eq(e.key, key))) return &e.value;
  }
  return nullptr;
}

void DictObject::set(const Object& key, const Object& value) {
  if (Object* v = find(key)) {
    *v = value;
    return;
  }
  index.emplace(py_hash(key), entries.size());
  entries.push_back({key, value, true});
  ++live_count;
}

bool DictObject::erase(const Object& key) {
  auto range = index.equal_range(py_hash(key));
  for (auto it = range.first; it != range.second; ++it) {
    Entry& e = entries[it->second];
    if (e.live && (e.key.same(key) || eq(e.key, key))) {
      e.live = false;
      e.key = Object();
      e.value = Object();
      index.erase(it);
      --live_count;
      if (entries.size() > 16 && live_count * 2 < entries.size()) {
        std::vector<Entry> kept;
        for (Entry& x : entries) {
          if (x.live) kept.push_back(std::move(x));
        }
        entries = std::move(kept);
        index.clear();
        for (size_t i = 0; i < entries.size(); ++i) index.emplace(py_hash(entries[i].key), i);
      }
      return true;
    }
  }
  return false;
}

Object py_dict() { return make<DictObject>(); }

Object dict_fromkeys(Args args, Kwargs kw) {
  check_no_kwargs("fromkeys", kw);
  check_nargs("fromkeys", args, 1, 2);
  Object d = py_dict();
  Object value = args.size() > 1 ? args[1] : None;
  Iter it(args[0]);
  Object k;
  while (it.next(k)) as_dict(d)->set(k, value);
  return d;
}

Object DictViewObject::getattr(const Object& self, std::string_view name) {
  if (name == "isdisjoint" && which != Values) return make<BoundMethod>(self, std::string(name));
  return HeapObject::getattr(self, name);
}

Object DictViewObject::call_method(const Object& self, std::string_view name, Args args, Kwargs kw) {
  if (name == "isdisjoint" && which != Values) {
    check_no_kwargs("isdisjoint", kw);
    check_nargs("isdisjoint", args, 1, 1);
    Iter it(args[0]);
    Object x;
    while (it.next(x)) {
      if (contains(x)) return False();
    }
    return True();
  }
  return HeapObject::call_method(self, name, args, kw);
}

// ---- mappingproxy ----------------------------------------------------------------------------
namespace types {
TypeObject mappingproxy("mappingproxy", &object, nullptr);
}  // namespace types

TypeObject* MappingProxyObject::type() const { return &types::mappingproxy; }
std::string MappingProxyObject::repr() const { return "mappingproxy(" + aiocc::repr(dict) + ")"; }
bool MappingProxyObject::truthy() const { return dict.as<DictObject>()->live_count > 0; }
Object MappingProxyObject::getattr(const Object& self, std::string_view name) {
  if (name == "get" || name == "keys" || name == "values" || name == "items" || name == "copy") {
    return make<BoundMethod>(self, std::string(name));
  }
  return HeapObject::getattr(self, name);
}
Object MappingProxyObject::call_method(const Object& self, std::string_view name, Args args, Kwargs kw) {
  if (name == "get" || name == "keys" || name == "values" || name == "items" || name == "copy") {
    return dict.heap()->call_method(dict, name, args, kw);
  }
  return HeapObject::call_method(self, name, args, kw);
}
Object make_mappingproxy(const Object& dict) { return make<MappingProxyObject>(dict); }
DictObject* proxied_dict(const Object& o) {
  return o.is_heap() && o.heap()->type() == &types::mappingproxy ? o.as<MappingProxyObject>()->dict.as<DictObject>()
                                                                  : nullptr;
}

// ---- views -----------------------------------------------------------------------------------
namespace types {
TypeObject dict_keys("dict_keys", &object, nullptr);
TypeObject dict_values("dict_values", &object, nullptr);
TypeObject dict_items("dict_items", &object, nullptr);
}  // namespace types

TypeObject* DictViewObject::type() const {
  return which == Keys ? &types::dict_keys : which == Values ? &types::dict_values : &types::dict_items;
}

std::vector<Object> DictViewObject::items() const {
  std::vector<Object> out;
  for (const auto& e : dict.as<DictObject>()->entries) {
    if (!e.live) continue;
    out.push_back(which == Keys ? e.key : which == Values ? e.value : py_tuple({e.key, e.value}));
  }
  return out;
}

std::string DictViewObject::repr() const { return type()->name + "(" + aiocc::repr(py_list(items())) + ")"; }
bool DictViewObject::truthy() const { return dict.as<DictObject>()->live_count > 0; }

bool DictViewObject::contains(const Object& x) const {
  DictObject* d = dict.as<DictObject>();
  if (which == Keys) return d->find(x) != nullptr;
  if (which == Items) {
    TupleObject* t = as_tuple(x);
    if (!t || t->items.size() != 2) return false;
    Object* v = d->find(t->items[0]);
    return v && (v->same(t->items[1]) || eq(*v, t->items[1]));
  }
  for (const Object& v : items()) {
    if (v.same(x) || eq(v, x)) return true;
  }
  return false;
}

DictViewObject* as_dict_view(const Object& o) {
  if (!o.is_heap()) return nullptr;
  TypeObject* t = o.heap()->type();
  return t == &types::dict_keys || t == &types::dict_values || t == &types::dict_items
             ? o.as<DictViewObject>()
             : nullptr;
}

Object DictObject::getattr(const Object& self, std::string_view name) {
  static const char* methods[] = {"get", "keys", "values", "items", "pop", "setdefault",
                                  "update", "clear", "copy", "fromkeys", "popitem"};
  for (const char* m : methods) {
    if (name == m) return make<BoundMethod>(self, std::string(name));
  }
  return HeapObject::getattr(self, name);
}

Object DictObject::call_method(const Object& self, std::string_view name, Args args, Kwargs kw) {
  if (kw.size() && name != "update") check_no_kwargs(("dict." + std::string(name)).c_str(), kw);
  if (name == "fromkeys") return dict_fromkeys(args, kw);
  if (name == "popitem") {
    check_nargs("popitem", args, 0, 0);
    for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
      if (!it->live) continue;
      Object pair = py_tuple({it->key, it->value});
      Object key = it->key;
      erase(key);
      return pair;
    }
    raise(&exc::KeyError, "'popitem(): dictionary is empty'");
  }
  if (name == "get") {
    check_nargs("get", args, 1, 2);
    Object* v = find(args[0]);
    return v ? *v : (args.size() > 1 ? args[1] : None);
  }
  if (name == "keys" || name == "values" || name == "items") {
    check_nargs(std::string(name).c_str(), args, 0, 0);
    return make<DictViewObject>(self, name == "keys"     ? DictViewObject::Keys
                                      : name == "values" ? DictViewObject::Values
                                                         : DictViewObject::Items);
  }
  if (name == "pop") {
    check_nargs("pop", args, 1, 2);
    if (Object* v = find(args[0])) {
      Object r = *v;
      erase(args[0]);
      return r;
    }
    if (args.size() > 1) return args[1];
    raise_exc(new_exception(&exc::KeyError, {args[0]}));
  }
  if (name == "setdefault") {
    check_nargs("setdefault", args, 1, 2);
    if (Object* v = find(args[0])) return *v;
    Object d = args.size() > 1 ? args[1] : None;
    set(args[0], d);
    return d;
  }
  if (name == "update") {
    check_nargs("update", args, 0, 1);
    if (args.size()) {
      Object tmp = aiocc::call(Object(&types::dict), {args[0]});
      for (const Entry& e : as_dict(tmp)->entries) {
        if (e.live) set(e.key, e.value);
      }
    }
    for (const Kw& k : kw) set(py_str(std::string(k.name)), k.value);
    return None;
  }
  if (name == "clear") {
    entries.clear();
    index.clear();
    live_count = 0;
    return None;
  }
  if (name == "copy") {
    Object d = py_dict();
    for (const Entry& e : entries) {
      if (e.live) as_dict(d)->set(e.key, e.value);
    }
    return d;
  }
  return HeapObject::call_method(self, name, args, kw);
}

}  // namespace aiocc
