#include "aiocc/py/set.h"

#include "aiocc/py/exceptions.h"
#include "aiocc/py/function.h"
#include "aiocc/py/ops.h"

namespace aiocc {

TypeObject* SetObject::type() const { return frozen ? &types::frozenset : &types::set; }

std::vector<Object> SetObject::items() const {
  std::vector<Object> out;
  for (const auto& e : keys.entries) {
    if (e.live) out.push_back(e.key);
  }
  return out;
}

std::string SetObject::repr() const {
  if (keys.live_count == 0) return frozen ? "frozenset()" : "set()";
  std::string out = frozen ? "frozenset({" : "{";
  bool first = true;
  for (const Object& x : items()) {
    if (!first) out += ", ";
    out += aiocc::repr(x);
    first = false;
  }
  return out + (frozen ? "})" : "}");
}

Object py_frozenset(const std::vector<Object>& items) {
  Object o = py_set(items);
  o.as<SetObject>()->frozen = true;
  return o;
}

Object py_set(const std::vector<Object>& items) {
  auto* s = new SetObject();
  Object o(s);
  for (const Object& x : items) s->add(x);
  return o;
}
Object py_set_of(std::initializer_list<Object> items) { return py_set(std::vector<Object>(items)); }

Object SetObject::getattr(const Object& self, std::string_view name) {
  static const char* methods[] = {"add", "discard", "remove", "pop", "clear", "copy", "update",
                                  "union", "intersection", "difference", "issubset"};
  static const char* mutators[] = {"add", "discard", "remove", "pop", "clear", "update"};
  for (const char* m : methods) {
    if (name != m) continue;
    for (const char* x : mutators) {
      if (frozen && name == x) return HeapObject::getattr(self, name);
    }
    return make<BoundMethod>(self, std::string(name));
  }
  return HeapObject::getattr(self, name);
}

Object SetObject::call_method(const Object& self, std::string_view name, Args args, Kwargs kw) {
  if (kw.size()) check_no_kwargs(("set." + std::string(name)).c_str(), kw);
  if (frozen && (name == "add" || name == "discard" || name == "remove" || name == "pop" ||
                 name == "clear" || name == "update")) {
    return HeapObject::call_method(self, name, args, kw);
  }
  if (name == "copy" && frozen) return self;
  if (name == "add") {
    check_nargs("add", args, 1, 1);
    add(args[0]);
    return None;
  }
  if (name == "discard" || name == "remove") {
    check_nargs(std::string(name).c_str(), args, 1, 1);
    if (!keys.erase(args[0]) && name == "remove") raise_exc(new_exception(&exc::KeyError, {args[0]}));
    return None;
  }
  if (name == "pop") {
    auto v = items();
    if (v.empty()) raise(&exc::KeyError, "pop from an empty set");
    keys.erase(v.front());
    return v.front();
  }
  if (name == "clear") {
    keys.entries.clear();
    keys.index.clear();
    keys.live_count = 0;
    return None;
  }
  if (name == "copy") return py_set(items());
  if (name == "update") {
    for (const Object& a : args) {
      for (const Object& x : to_vector(a)) add(x);
    }
    return None;
  }
  if (name == "union") {
    Object r = py_set(items());
    for (const Object& a : args) {
      for (const Object& x : to_vector(a)) as_set(r)->add(x);
    }
    return r;
  }
  if (name == "intersection" || name == "difference" || name == "issubset") {
    check_nargs(std::string(name).c_str(), args, 1, 1);
    Object other = py_set(to_vector(args[0]));
    std::vector<Object> out;
    for (const Object& x : items()) {
      bool in = as_set(other)->keys.find(x) != nullptr;
      if (name == "issubset" && !in) return False();
      if ((name == "intersection") == in) out.push_back(x);
    }
    if (name == "issubset") return True();
    return py_set(out);
  }
  return HeapObject::call_method(self, name, args, kw);
}

namespace {
bool set_like(const Object& o) {
  if (as_set(o)) return true;
  DictViewObject* v = as_dict_view(o);
  return v && v->which != DictViewObject::Values;
}
Object as_set_object(const Object& o) { return as_set(o) ? o : py_set(to_vector(o)); }
}  // namespace

Object set_binop(const Object& a, const Object& b, char op) {
  // A set needs a set (or set-like view) on the other side; a keys/items view takes any iterable.
  const bool view = as_dict_view(a) || as_dict_view(b);
  auto values_view = [](const Object& o) {
    DictViewObject* v = as_dict_view(o);
    return v && v->which == DictViewObject::Values;
  };
  if (values_view(a) || values_view(b)) return Object();
  if (view ? !(set_like(a) || set_like(b)) || !is_iterable(a) || !is_iterable(b)
           : !set_like(a) || !set_like(b)) {
    return Object();
  }
  Object x = as_set_object(a), y = as_set_object(b);
  SetObject *sx = as_set(x), *sy = as_set(y);
  std::vector<Object> out;
  if (op == '|') {
    out = sx->items();
    for (const Object& v : sy->items()) {
      if (!sx->keys.find(v)) out.push_back(v);
    }
    if (as_set(a) && as_set(a)->frozen) return py_frozenset(out);
  } else {
    for (const Object& v : sx->items()) {
      bool in = sy->keys.find(v) != nullptr;
      if ((op == '&') == in) out.push_back(v);
    }
    if (op == '^') {
      for (const Object& v : sy->items()) {
        if (!sx->keys.find(v)) out.push_back(v);
      }
    }
  }
  // The result is of the left operand's kind: frozenset | set is a frozenset.
  if (as_set(a) && as_set(a)->frozen) return py_frozenset(out);
  return py_set(std::move(out));
}

Object set_compare(const Object& a, const Object& b, const char* op) {
  if (!set_like(a) || !set_like(b)) return Object();
  Object x = as_set_object(a), y = as_set_object(b);
  SetObject *sx = as_set(x), *sy = as_set(y);
  auto subset = [](SetObject* p, SetObject* q) {
    if (p->keys.live_count > q->keys.live_count) return false;
    for (const Object& v : p->items()) {
      if (!q->keys.find(v)) return false;
    }
    return true;
  };
  std::string o = op;
  bool r;
  if (o == "<=") r = subset(sx, sy);
  else if (o == ">=") r = subset(sy, sx);
  else if (o == "<") r = sx->keys.live_count < sy->keys.live_count && subset(sx, sy);
  else r = sy->keys.live_count < sx->keys.live_count && subset(sy, sx);
  return Object::from_bool(r);
}

}  // namespace aiocc
