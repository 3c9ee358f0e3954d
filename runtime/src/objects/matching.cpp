// The run-time half of `match`: which subjects are sequences and mappings, item and key
// access, and class patterns' positional sub-patterns through __match_args__ (PEP 634).
#include "aiocc/py/abc.h"
#include "aiocc/py/builtins.h"
#include "aiocc/py/dict.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/instance.h"
#include "aiocc/py/int.h"
#include "aiocc/py/list.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/protocols.h"
#include "aiocc/py/str.h"
#include "aiocc/py/types.h"
#include "aiocc/py/typing.h"
#include "builtin_bases.h"
#include "aiocc/py/bytes.h"

namespace aiocc {
namespace {
// The built-in value a subclass instance extends, or the object itself.
const Object& value_of(const Object& s) {
  const Object& v = base_value_of(s);
  return v.is_unbound() ? s : v;
}
}  // namespace

// collections.abc.Sequence, minus str/bytes/bytearray: list, tuple, range and their subclasses.
bool match_sequence(const Object& s) {
  const Object& v = value_of(s);
  return as_list(v) || as_tuple(v) || (v.is_heap() && v.heap()->type() == &types::range);
}

int64_t match_len(const Object& s) { return length(s); }

Object match_item(const Object& s, int64_t i) { return getitem(s, py_int(i)); }

// The items between `start` and `len - after`, as a list (a star sub-pattern's value).
Object match_star(const Object& s, int64_t start, int64_t after) {
  int64_t n = length(s);
  std::vector<Object> items;
  for (int64_t i = start; i < n - after; ++i) items.push_back(getitem(s, py_int(i)));
  return py_list(std::move(items));
}

// collections.abc.Mapping: dicts and their subclasses.
bool match_mapping(const Object& s) { return as_dict(value_of(s)) != nullptr; }

// subject.get(key, <missing>): unbound when the key is absent (no __missing__, as CPython).
Object match_key(const Object& s, const Object& key) {
  DictObject* d = as_dict(value_of(s));
  Object* v = d ? d->find(key) : nullptr;
  return v ? *v : Object();
}

// `**rest`: a new dict of the items whose keys the pattern did not name.
Object match_rest(const Object& s, std::initializer_list<Object> keys) {
  Object out = py_dict();
  DictObject* d = as_dict(value_of(s));
  for (auto& e : d->entries) {
    if (e.key.is_unbound()) continue;
    bool named = false;
    for (const Object& k : keys) named = named || eq(k, e.key);
    if (!named) as_dict(out)->set(e.key, e.value);
  }
  return out;
}

bool match_class(const Object& s, const Object& cls) {
  TypeObject* t = cls.dyn<TypeObject>();
  if (!t) raise(&exc::TypeError, "called match pattern must be a type");
  if (typing::is_typed_dict(t)) typing::typed_dict_check_error();
  return abc::instance_check(s, t);  // isinstance(): an ABC's registry, a protocol's members
}

// The i-th of n positional sub-patterns' subject: the subject itself for bool, int, float, str,
// list, tuple, dict, set, frozenset (and bytes); otherwise the attribute __match_args__ names.
// Unbound when that attribute is missing.
Object match_positional(const Object& s, const Object& cls, int i, int n) {
  TypeObject* t = cls.as<TypeObject>();
  static const TypeObject* self_matching[] = {&types::bool_, &types::int_, &types::float_, &types::str,
                                              &types::list, &types::tuple, &types::dict, &types::set,
                                              &types::frozenset, &types::bytes, &types::bytearray};
  for (const TypeObject* b : self_matching) {
    if (t == b || (t->kind_of_class() && t->kind_of_class()->builtin_base == b && !t->kind_of_class()->lookup(intern("__match_args__")))) {
      if (n > 1) raise(&exc::TypeError, t->name + "() accepts 1 positional sub-pattern (" + std::to_string(n) + " given)");
      return s;
    }
  }
  Object args;
  if (ClassObject* c = t->kind_of_class()) {
    if (const Object* m = c->lookup(intern("__match_args__"))) args = *m;
  }
  std::vector<Object> names;
  if (!args.is_unbound()) {
    TupleObject* tup = as_tuple(args);
    if (!tup) raise(&exc::TypeError, t->name + ".__match_args__ must be a tuple (got " + type_of(args)->name + ")");
    names = tup->items;
  }
  if (static_cast<size_t>(n) > names.size()) {
    raise(&exc::TypeError, t->name + "() accepts " + std::to_string(names.size()) + " positional sub-pattern" +
                               (names.size() == 1 ? "" : "s") + " (" + std::to_string(n) + " given)");
  }
  const Object& name = names[i];
  if (!is_str(name)) {
    raise(&exc::TypeError, "__match_args__ elements must be strings (got " + type_of(name)->name + ")");
  }
  return match_attribute(s, intern(str_value(name)));
}

Object match_attribute(const Object& s, const Name& n) {
  try {
    return getattr_name(s, n);
  } catch (PyException& e) {
    if (!type_of(e.exc)->is_subtype_of(&exc::AttributeError)) throw;
  }
  return Object();
}

}  // namespace aiocc
