// Comparisons (==, <, `in`) and the generic entry points by string name (getattr, setattr,
// call, call_method), repr/str/len. Dispatches on the operand types with CPython's error
// messages; user classes go to protocols.cpp. The arithmetic operators are in ops.cpp.
#include "aiocc/py/complex.h"
#include "aiocc/py/functools.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/typing.h"
#include "aiocc/py/enum.h"

#include <algorithm>
#include <cfloat>
#include <cmath>

#include "aiocc/py/dict.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/function.h"
#include "aiocc/py/int.h"
#include "aiocc/py/list.h"
#include "aiocc/py/instance.h"
#include "aiocc/py/protocols.h"
#include "aiocc/py/set.h"
#include "aiocc/py/str.h"
#include "builtin_bases.h"
#include "bytes_internal.h"
#include "internal.h"
#include "str_methods.h"
#include "object_model.h"

namespace aiocc {
using detail::small;
namespace {
bool is_number(const Object& o) { return o.is_float() || is_int(o); }
}  // namespace

// ---- comparison ------------------------------------------------------------------------------
namespace {
// Three-way numeric comparison; NaN compares unordered (returns 2).
int num_cmp(const Object& a, const Object& b) {
  int64_t x, y;
  if (small(a, x) && small(b, y)) return (x > y) - (x < y);
  if (a.is_float() || b.is_float()) {
    if (a.is_float() && b.is_float()) {
      double p = a.as_float(), q = b.as_float();
      if (std::isnan(p) || std::isnan(q)) return 2;
      return (p > q) - (p < q);
    }
    // Mixed int/float: compare exactly when the int is big.
    const Object& f = a.is_float() ? a : b;
    const Object& i = a.is_float() ? b : a;
    double d = f.as_float();
    if (std::isnan(d)) return 2;
    int c;
    if (std::isinf(d)) {
      c = d > 0 ? 1 : -1;
    } else {
      mpq_t qf, qi;
      mpq_inits(qf, qi, nullptr);
      mpq_set_d(qf, d);
      mpz_t z;
      mpz_init(z);
      int_to_mpz(i, z);
      mpq_set_z(qi, z);
      int r = mpq_cmp(qf, qi);
      c = (r > 0) - (r < 0);
      mpq_clears(qf, qi, nullptr);
      mpz_clear(z);
    }
    return a.is_float() ? c : -c;
  }
  mpz_t p, q;
  mpz_inits(p, q, nullptr);
  int_to_mpz(a, p);
  int_to_mpz(b, q);
  int r = mpz_cmp(p, q);
  mpz_clears(p, q, nullptr);
  return (r > 0) - (r < 0);
}

int seq_cmp(const std::vector<Object>& x, const std::vector<Object>& y, bool& ordered) {
  NativeDepth guard(" in comparison");  // PyObject_RichCompare's Py_EnterRecursiveCall
  size_t n = std::min(x.size(), y.size());
  for (size_t i = 0; i < n; ++i) {
    if (!eq(x[i], y[i])) {
      ordered = true;
      return lt(x[i], y[i]) ? -1 : 1;
    }
  }
  ordered = true;
  return (x.size() > y.size()) - (x.size() < y.size());
}

[[noreturn]] void unorderable(const char* op, const Object& a, const Object& b) {
  raise(&exc::TypeError, std::string("'") + op + "' not supported between instances of '" +
                             type_of(a)->error_name() + "' and '" + type_of(b)->error_name() + "'");
}

// Returns -1/0/1, or 2 for unordered (NaN). Raises for incomparable types.
int compare(const Object& a, const Object& b, const char* op) {
  if (is_number(a) && is_number(b)) return num_cmp(a, b);
  if (is_str(a) && is_str(b)) {
    int c = str_value(a).compare(str_value(b));
    return (c > 0) - (c < 0);
  }
  if (is_bytes_like(a) && is_bytes_like(b)) return bytes_compare(a, b);
  bool ordered;
  if (Object r = set_compare(a, b, op); !r.is_unbound()) return r.as_bool() ? (op[0] == '<' ? -1 : 1) : 2;
  if (as_list(a) && as_list(b)) return seq_cmp(as_list(a)->items, as_list(b)->items, ordered);
  if (as_tuple(a) && as_tuple(b)) return seq_cmp(as_tuple(a)->items, as_tuple(b)->items, ordered);
  if (int r; functools::key_wrapper_compare(a, b, r)) return r;
  unorderable(op, a, b);
}
}  // namespace

namespace {
// Keys and items views compare like sets (with sets and other such views); values views only
// to themselves.
bool view_eq(const Object& a, const Object& b) {
  auto set_like = [](const Object& o) {
    DictViewObject* v = as_dict_view(o);
    return v ? v->which != DictViewObject::Values : as_set(o) != nullptr;
  };
  if (!set_like(a) || !set_like(b)) return false;
  auto members = [](const Object& o) { return to_vector(o); };
  auto has = [](const Object& o, const Object& x) { return contains(o, x); };
  std::vector<Object> xa = members(a), xb = members(b);
  if (xa.size() != xb.size()) return false;
  for (const Object& x : xa) {
    if (!has(b, x)) return false;
  }
  return true;
}
}  // namespace

bool eq_slow(const Object& a, const Object& b) {
  if (is_number(a) && is_number(b)) return num_cmp(a, b) == 0;
  if (is_user(a) || is_user(b)) return truthy(richcompare(a, b, Slot::eq));
  if (is_user_exception(a) || is_user_exception(b)) return truthy(richcompare(a, b, Slot::eq));
  if (as_complex(a) || as_complex(b)) return complex_eq(a, b);
  if (a.tag() != b.tag()) return false;
  if (!a.is_heap()) return a.same(b);
  if (a.heap() == b.heap()) return true;
  if (is_str(a) && is_str(b)) return str_value(a) == str_value(b);
  if (is_bytes_like(a) && is_bytes_like(b)) return bytes_data(a) == bytes_data(b);
  if (as_dict_view(a) || as_dict_view(b)) return view_eq(a, b);
  if (bool handled = false, r = aliases_equal(a, b, handled); handled) return r;
  if (a.heap()->type() == &types::range && b.heap()->type() == &types::range) {  // range_equals
    auto *x = a.as<RangeObject>(), *y = b.as<RangeObject>();
    if (x->is_long || y->is_long) {
      const Object n = x->length_obj();
      if (!eq(n, y->length_obj())) return false;
      if (eq(n, Object::from_int(0))) return true;
      if (!eq(x->start_obj(), y->start_obj())) return false;
      return eq(n, Object::from_int(1)) || eq(x->step_obj(), y->step_obj());
    }
    const int64_t n = x->length();
    if (n != y->length()) return false;
    if (n == 0) return true;
    if (x->start != y->start) return false;
    return n == 1 || x->step == y->step;
  }
  if (a.heap()->type() == &types::slice && b.heap()->type() == &types::slice) {
    auto *x = a.as<SliceObject>(), *y = b.as<SliceObject>();
    return eq(x->start, y->start) && eq(x->stop, y->stop) && eq(x->step, y->step);
  }
  if (auto *x = a.dyn<BoundMethod>(), *y = b.dyn<BoundMethod>(); x && y) {  // meth_richcompare
    return x->self.same(y->self) && x->name == y->name;
  }
  if (a.heap()->type() == &types::method && b.heap()->type() == &types::method) {
    bool handled;
    bool r = bound_methods_equal(a, b, handled);
    if (handled) return r;
  }
  auto seq_eq = [](const std::vector<Object>& x, const std::vector<Object>& y) {
    if (x.size() != y.size()) return false;
    NativeDepth guard(" in comparison");
    for (size_t i = 0; i < x.size(); ++i) {
      if (!x[i].same(y[i]) && !eq(x[i], y[i])) return false;
    }
    return true;
  };
  if (as_list(a) && as_list(b)) return seq_eq(as_list(a)->items, as_list(b)->items);
  if (as_tuple(a) && as_tuple(b)) return seq_eq(as_tuple(a)->items, as_tuple(b)->items);
  if (as_set(a) && as_set(b)) {
    SetObject *x = as_set(a), *y = as_set(b);
    if (x->used != y->used) return false;
    for (size_t i = 0; i <= x->mask; ++i) {
      if (x->table[i].live() && !y->lookup(x->table[i].key, x->table[i].hash)) return false;
    }
    return true;
  }
  if (as_dict(a) && as_dict(b)) {
    DictObject *x = as_dict(a), *y = as_dict(b);
    if (x->live_count != y->live_count) return false;
    NativeDepth guard(" in comparison");
    for (auto& e : x->entries) {
      if (!e.live()) continue;
      Object* v = y->find(e.key);
      if (!v || !eq(e.value, *v)) return false;
    }
    return true;
  }
  if (auto* p = as_mappingproxy(a)) return eq(p->dict, b);  // mappingproxy_richcompare
  if (auto* p = as_mappingproxy(b)) return eq(a, p->dict);
  if (int r; functools::key_wrapper_compare(a, b, r)) return r == 0;
  return false;
}

bool lt(const Object& a, const Object& b) {
  if (is_user(a) || is_user(b) || is_user_exception(a) || is_user_exception(b)) {
    return truthy(richcompare(a, b, Slot::lt));
  }
  return compare(a, b, "<") == -1;
}

#define AIOCC_USER_CMP(op)                                                                    \
  if (is_user(a) || is_user(b) || is_user_exception(a) || is_user_exception(b)) { \
    return richcompare(a, b, Slot::op);                                                \
  }
Object cmp_eq_slow(const Object& a, const Object& b) {
  AIOCC_USER_CMP(eq);
  return Object::from_bool(eq(a, b));
}
Object cmp_ne_slow(const Object& a, const Object& b) {
  AIOCC_USER_CMP(ne);
  return Object::from_bool(!eq(a, b));
}
Object cmp_lt_slow(const Object& a, const Object& b) {
  AIOCC_USER_CMP(lt);
  return Object::from_bool(compare(a, b, "<") == -1);
}
Object cmp_le_slow(const Object& a, const Object& b) {
  AIOCC_USER_CMP(le);
  int c = compare(a, b, "<=");
  return Object::from_bool(c == -1 || c == 0);
}
Object cmp_gt_slow(const Object& a, const Object& b) {
  AIOCC_USER_CMP(gt);
  return Object::from_bool(compare(a, b, ">") == 1);
}
Object cmp_ge_slow(const Object& a, const Object& b) {
  AIOCC_USER_CMP(ge);
  int c = compare(a, b, ">=");
  return Object::from_bool(c == 1 || c == 0);
}
Object cmp_in(const Object& item, const Object& c, Pos) { return Object::from_bool(contains(c, item)); }
Object cmp_not_in(const Object& item, const Object& c, Pos) { return Object::from_bool(!contains(c, item)); }

bool contains(const Object& c, const Object& item) {
  if (is_user(c) || is_user_exception(c)) return user_contains(c, item);
  if (is_str(c)) {
    if (!is_str(item)) {
      raise(&exc::TypeError,
            "'in <string>' requires string as left operand, not " + type_of(item)->name);
    }
    return str_value(c).find(str_value(item)) != std::string::npos;
  }
  if (is_bytes_like(c)) return bytes_contains(c, item);
  if (DictObject* d = as_dict(c) ? as_dict(c) : proxied_dict(c)) return d->find(item) != nullptr;
  if (DictViewObject* v = as_dict_view(c)) return v->contains(item);
  if (SetObject* st = as_set(c)) return item.is_heap() ? set_contains_key(st, item) : st->contains(item);
  if (c.is_heap() && c.heap()->type() == &types::range) {
    auto* r = c.as<RangeObject>();
    // An exact int (or bool) by arithmetic; anything else by comparing each value (range_contains).
    if (is_int(item) && !r->is_long) {
      int64_t v;
      if (!small(item, v)) return false;
      if (r->step > 0 ? (v < r->start || v >= r->stop) : (v > r->start || v <= r->stop)) return false;
      return (v - r->start) % r->step == 0;
    }
    if (is_int(item)) return long_range_contains(*r, item);
    Iter it(c);
    for (Object v; it.next(v);) {
      if (eq(v, item)) return true;
    }
    return false;
  }
  if (ListObject* l = as_list(c)) {
    for (const Object& x : l->items) {
      if (x.same(item) || eq(x, item)) return true;
    }
    return false;
  }
  if (TupleObject* t = as_tuple(c)) {
    for (const Object& x : t->items) {
      if (x.same(item) || eq(x, item)) return true;
    }
    return false;
  }
  if (metaclass_slot(c, Slot::contains) || metaclass_slot(c, Slot::iter)) return user_contains(c, item);
  if (ClassObject* e = c.dyn<TypeObject>() ? c.as<TypeObject>()->kind_of_class() : nullptr;
      e && !e->enum_members.is_unbound()) {
    return enums::contains_member(e, item);
  }
  if (is_iterator(c)) {  // generators and other iterators: consumed up to the first match
    for (Object x; iterator_next(c, x);) {
      if (x.same(item) || eq(x, item)) return true;
    }
    return false;
  }
  raise(&exc::TypeError, "argument of type '" + type_of(c)->name + "' is not iterable");
}

Object getattr(const Object& obj, std::string_view name) {
  if (obj.is_heap()) return obj.heap()->getattr(obj, name);
  if (Object a = number_attribute(obj, name); !a.is_unbound()) return a;
  if (Object d = builtin_dunder(obj, name); !d.is_unbound()) return d;
  if (name == "__class__") return Object(type_of(obj));
  raise_attribute_error(obj, name, "'" + type_of(obj)->name + "' object has no attribute '" + std::string(name) + "'");
}

Object attribute_or_unbound(const Object& o, std::string_view name) {
  try {
    return getattr(o, name);
  } catch (PyException& e) {
    if (!type_of(e.exc)->is_subtype_of(&exc::AttributeError)) throw;
    return Object();
  }
}

bool has_attribute(const Object& o, std::string_view name) {
  try {
    getattr(o, name);
    return true;
  } catch (PyException& e) {
    if (!type_of(e.exc)->is_subtype_of(&exc::AttributeError)) throw;
    return false;
  }
}

void setattr(const Object& obj, std::string_view name, const Object& value) {
  if (obj.is_heap()) return obj.heap()->setattr(name, value);
  if (is_number_data_attribute(obj, name)) {
    raise(&exc::AttributeError, "attribute '" + std::string(name) + "' of '" + type_of(obj)->name +
                                    "' objects is not writable");
  }
  raise_attribute_error(obj, name, "'" + type_of(obj)->name + "' object has no attribute '" + std::string(name) + "'");
}

Object call(const Object& f, Args args, Kwargs kw, Pos) {
  if (f.is_heap()) return f.heap()->call(args, kw);
  raise(&exc::TypeError, "'" + type_of(f)->error_name() + "' object is not callable");
}

Object call_method(const Object& obj, std::string_view name, Args args, Kwargs kw, Pos) {
  if (obj.is_heap()) return obj.heap()->call_method(obj, name, args, kw);
  if (Object out; number_call_method(obj, name, args, kw, out)) return out;
  return call(getattr(obj, name), args, kw);
}

std::string repr(const Object& o) {
  switch (o.tag()) {
    case Tag::Unbound:
    case Tag::None: return "None";
    case Tag::Bool: return o.as_bool() ? "True" : "False";
    case Tag::Int: return std::to_string(o.as_int());
    case Tag::Float: return detail::float_repr(o.as_float());
    case Tag::Heap: {
      // Containers recurse into their items' reprs (PyObject_Repr's recursion check).
      const HeapObject::Kind k = o.heap()->kind;
      if (k == HeapObject::Kind::List || k == HeapObject::Kind::Tuple || k == HeapObject::Kind::Dict ||
          k == HeapObject::Kind::Set) {
        NativeDepth guard(" while getting the repr of an object");
        return o.heap()->repr();
      }
      return o.heap()->repr();
    }
  }
  return "?";
}

std::string str(const Object& o) { return o.is_heap() ? o.heap()->str() : repr(o); }

int64_t length(const Object& o) {
  if (is_user(o) || is_user_exception(o)) return user_len(o);
  if (is_str(o)) return static_cast<int64_t>(o.as<StrObject>()->length());
  if (is_bytes_like(o)) return static_cast<int64_t>(bytes_data(o).size());
  if (ListObject* l = as_list(o)) return static_cast<int64_t>(l->items.size());
  if (TupleObject* t = as_tuple(o)) return static_cast<int64_t>(t->items.size());
  if (DictObject* d = as_dict(o) ? as_dict(o) : proxied_dict(o)) return static_cast<int64_t>(d->live_count);
  if (SetObject* st = as_set(o)) return static_cast<int64_t>(st->used);
  if (DictViewObject* v = as_dict_view(o)) return static_cast<int64_t>(v->dict.as<DictObject>()->live_count);
  if (o.is_heap() && o.heap()->type() == &types::range) return o.as<RangeObject>()->length();
  if (metaclass_slot(o, Slot::len)) return user_len(o);
  if (ClassObject* c = o.dyn<TypeObject>() ? o.as<TypeObject>()->kind_of_class() : nullptr;
      c && !c->enum_members.is_unbound()) {
    return static_cast<int64_t>(as_list(c->enum_members)->items.size());
  }
  raise(&exc::TypeError, "object of type '" + type_of(o)->error_name() + "' has no len()");
}

}  // namespace aiocc
