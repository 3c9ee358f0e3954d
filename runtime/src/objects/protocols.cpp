// Special-method dispatch for instances of user classes (see protocols.h), and the iterator
// objects `iter()` returns.
#include "aiocc/py/protocols.h"

#include "aiocc/async_generator.h"
#include "aiocc/generator.h"

#include <memory>

#include "aiocc/py/builtins.h"
#include "aiocc/py/dict.h"
#include "aiocc/program.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/function.h"
#include "aiocc/py/instance.h"
#include "aiocc/py/int.h"
#include "aiocc/py/list.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/set.h"
#include "aiocc/py/str.h"
#include "builtin_bases.h"
#include "bytes_internal.h"
#include "object_model.h"

namespace aiocc {

namespace {

// Whether `e` is a built-in base's operator declining its operands (its TypeError with this
// wording): the operation goes on as if it had returned NotImplemented.
bool declined(const PyException& e, std::string_view wording) {
  auto* eo = e.obj();
  if (eo->cls != &exc::TypeError || eo->args.size() != 1 || !is_str(eo->args[0])) return false;
  return str_value(eo->args[0]).find(wording) != std::string::npos;
}
struct NotImplementedObject;
Object construct_singleton(TypeObject* self, Args args, Kwargs kw);
}  // namespace

namespace types {
TypeObject not_implemented_type("NotImplementedType", &object, construct_singleton);
TypeObject iterator("iterator", &object, nullptr);
TypeObject generator("generator", &object, nullptr);
TypeObject map("map", &object, nullptr);
TypeObject filter("filter", &object, nullptr);
TypeObject zip("zip", &object, nullptr);
TypeObject enumerate("enumerate", &object, nullptr);
TypeObject list_reverseiterator("list_reverseiterator", &object, nullptr);
}  // namespace types

namespace {

struct NotImplementedObject final : HeapObject {
  NotImplementedObject() { refcnt = 1; }
  TypeObject* type() const override { return &types::not_implemented_type; }
  std::string repr() const override { return "NotImplemented"; }
  bool truthy() const override {  // notimplemented_bool (3.9+)
    warn(&exc::DeprecationWarning, "NotImplemented should not be used in a boolean context");
    return true;
  }
};
NotImplementedObject g_not_implemented;

struct EllipsisObject final : HeapObject {
  EllipsisObject() { refcnt = 1; }
  TypeObject* type() const override {
    static TypeObject ellipsis("ellipsis", &types::object, construct_singleton);
    return &ellipsis;
  }
  std::string repr() const override { return "Ellipsis"; }
};
EllipsisObject g_ellipsis;

// ellipsis() and NotImplementedType(): the singleton (ellipsis_new, notimplemented_new).
Object construct_singleton(TypeObject* self, Args args, Kwargs kw) {
  const bool ni = self == &types::not_implemented_type;
  if (args.size() || kw.size()) raise(&exc::TypeError, std::string(ni ? "NotImplementedType" : "EllipsisType") + " takes no arguments");
  return ni ? Object(&g_not_implemented) : Object(&g_ellipsis);
}

// The special method `s` of `o`'s class, or null when `o` is no user instance or lacks it.
const Object* special(const Object& o, Slot s) {
  ClassObject* c = nullptr;
  if (InstanceObject* i = as_instance(o)) {
    c = i->cls;
  } else if (is_user_exception(o)) {
    c = o.as<ExceptionObject>()->cls->kind_of_class();
  } else {
    return nullptr;
  }
  const Object& f = c->slot(s);
  return f.is_unbound() || f.is_none() ? nullptr : &f;
}

bool is_ni(const Object& r) { return r.is_heap() && r.heap() == &g_not_implemented; }

std::string tname(const Object& o) {
  if (const TypeObject* t = type_of(o); !t->tp_name.empty()) return t->tp_name;
  const std::string& n = type_of(o)->name;
  return n.substr(n.rfind('.') + 1);
}

Slot reflected(Slot op) {
  switch (op) {
    case Slot::lt: return Slot::gt;
    case Slot::le: return Slot::ge;
    case Slot::gt: return Slot::lt;
    case Slot::ge: return Slot::le;
    default: return op;  // eq, ne
  }
}

const char* cmp_symbol(Slot op) {
  switch (op) {
    case Slot::eq: return "==";
    case Slot::ne: return "!=";
    case Slot::lt: return "<";
    case Slot::le: return "<=";
    case Slot::gt: return ">";
    default: return ">=";
  }
}

// A user class's comparison slot, with object.__ne__'s default (the negation of __eq__).
Object compare_slot(const Object& a, const Object& b, Slot op, bool& had) {
  if (const Object* f = special(a, op)) {
    had = true;
    return aiocc::call(*f, {a, b});
  }
  // object.__ne__ negates __eq__; a built-in base has a __ne__ of its own that comes first.
  if (op == Slot::ne && base_value_of(a).is_unbound()) {
    if (const Object* f = special(a, Slot::eq)) {
      had = true;
      Object r = aiocc::call(*f, {a, b});
      if (is_ni(r)) return r;
      return Object::from_bool(!truthy(r));
    }
  }
  had = false;
  return NotImplemented;
}

// The iterators of built-in values: __iter__ gives the iterator, __next__ its next item
// (iterator_next, which knows each kind).
struct BuiltinIterator : HeapObject {
  Object getattr(const Object& self, std::string_view name) override {
    if (name == "__next__" || name == "__iter__") return make<BoundMethod>(self, std::string(name));
    return HeapObject::getattr(self, name);
  }
  Object call_method(const Object& self, std::string_view name, Args args, Kwargs kw) override {
    if (name == "__iter__") return self;
    if (name == "__next__") {
      Object out;
      if (!iterator_next(self, out)) raise_exc(new_exception(&exc::StopIteration));
      return out;
    }
    return HeapObject::call_method(self, name, args, kw);
  }
};

// An iterator over a builtin iterable, as `iter()` returns it.
struct IteratorObject final : BuiltinIterator {
  Iter it;
  TypeObject* ty;
  IteratorObject(const Object& src, TypeObject* t) : it(src), ty(t) { kind = Kind::Iterator; }
  TypeObject* type() const override { return ty; }
  bool has_hint() const { return ty != &types::iterator && it.remaining() >= 0; }
  Object getattr(const Object& self, std::string_view name) override {
    if (name == "__length_hint__" && has_hint()) return make<BoundMethod>(self, std::string(name));
    return BuiltinIterator::getattr(self, name);
  }
  Object call_method(const Object& self, std::string_view name, Args args, Kwargs kw) override {
    if (name == "__length_hint__" && has_hint()) {
      if (args.size() || kw.size()) {
        raise(&exc::TypeError, ty->name + ".__length_hint__() takes no arguments (" + std::to_string(args.size()) + " given)");
      }
      return py_int(it.remaining());
    }
    return BuiltinIterator::call_method(self, name, args, kw);
  }
};

struct LazyIteratorObject final : BuiltinIterator {
  TypeObject* ty;
  std::function<bool(Object&)> step;
  std::function<void()> hint;  // __length_hint__'s side effects (reversed() asks len(seq) again)
  std::function<std::string()> show;  // its repr, when it has its own (itertools.count)
  LazyIteratorMethods methods;        // methods of its own (__length_hint__, __copy__)
  bool exhausted = false;
  LazyIteratorObject(TypeObject* t, std::function<bool(Object&)> s) : ty(t), step(std::move(s)) {
    kind = Kind::LazyIterator;
  }
  TypeObject* type() const override { return ty; }
  std::string repr() const override { return show ? show() : BuiltinIterator::repr(); }
  Object getattr(const Object& self, std::string_view name) override {
    for (const auto& [n, f] : methods) {
      if (name == n) return make<BoundMethod>(self, std::string(name));
    }
    return BuiltinIterator::getattr(self, name);
  }
  Object call_method(const Object& self, std::string_view name, Args args, Kwargs kw) override {
    for (const auto& [n, f] : methods) {
      if (name == n) {
        if (kw.size() || args.size()) {
          raise(&exc::TypeError, ty->name + "." + n + "() takes no arguments (" + std::to_string(args.size()) + " given)");
        }
        return f();
      }
    }
    return BuiltinIterator::call_method(self, name, args, kw);
  }
  bool next(Object& out) {
    if (exhausted) return false;
    if (step(out)) return true;
    exhausted = true;
    step = nullptr;  // drop the underlying iterators, as CPython's exhausted iterators do
    hint = nullptr;
    return false;
  }
};

// Iteration through __getitem__(0), __getitem__(1), … until IndexError.
struct SeqIterObject final : BuiltinIterator {
  Object seq;
  int64_t i = 0;
  explicit SeqIterObject(Object s) : seq(std::move(s)) { kind = Kind::SeqIterator; }
  TypeObject* type() const override { return &types::iterator; }
};

// The iterators this file makes (iter() of a built-in value, or of a __getitem__ sequence).
bool is_builtin_iterator(const Object& o) {
  return o.is_heap() &&
         (o.heap()->kind == HeapObject::Kind::Iterator || o.heap()->kind == HeapObject::Kind::SeqIterator ||
          o.heap()->kind == HeapObject::Kind::Generator || o.heap()->kind == HeapObject::Kind::LazyIterator);
}

TypeObject* iterator_type(const Object& src) {
  static TypeObject list_it("list_iterator", &types::object, nullptr),
      tuple_it("tuple_iterator", &types::object, nullptr),
      range_it("range_iterator", &types::object, nullptr),
      str_it("str_ascii_iterator", &types::object, nullptr),
      dict_it("dict_keyiterator", &types::object, nullptr),
      dict_values_it("dict_valueiterator", &types::object, nullptr),
      dict_items_it("dict_itemiterator", &types::object, nullptr),
      set_it("set_iterator", &types::object, nullptr);
  TypeObject* t = type_of(src);
  if (t == &types::dict_keys) return &dict_it;
  if (t == &types::dict_values) return &dict_values_it;
  if (t == &types::dict_items) return &dict_items_it;
  if (t == &types::list) return &list_it;
  if (t == &types::tuple) return &tuple_it;
  if (t == &types::range) return &range_it;
  if (t == &types::str) return &str_it;
  if (t == &types::dict) return &dict_it;
  if (t == &types::set) return &set_it;
  return &types::iterator;
}

}  // namespace

const Object NotImplemented(&g_not_implemented);
const Object Ellipsis(&g_ellipsis);

const Object* class_local(const Object& ns, const Object& key) { return as_dict(ns)->find(key); }

Object binary_protocol(const Object& a, const Object& b, Slot op, Slot rop, const char* sym) {
  const Object* fa = special(a, op);
  const Object* fb = type_of(a) != type_of(b) ? special(b, rop) : nullptr;
  if (fa) {
    // A subclass's reflected method goes first only when the subclass overrides it.
    const Object* inherited = special(a, rop);
    if (fb && type_of(b)->is_subtype_of(type_of(a)) && !(inherited && inherited->same(*fb))) {
      Object r = aiocc::call(*fb, {b, a});
      if (!is_ni(r)) return r;
      fb = nullptr;
    }
    Object r = aiocc::call(*fa, {a, b});
    if (!is_ni(r)) return r;
  }
  if (fb) {
    Object r = aiocc::call(*fb, {b, a});
    if (!is_ni(r)) return r;
  }
  // int's operators return NotImplemented for an instance that is no int (Flag & IntFlag).
  auto int_with_plain = [](const Object& x, const Object& y) {
    return is_int(base_value_of(x)) && as_instance(y) && base_value_of(y).is_unbound();
  };
  // The built-in base's own operator stands in for a side whose class does not override it
  // (`Money(3) + "x"` with a user __add__ never reaches int's).
  const bool a_inherits = !base_value_of(a).is_unbound() && !fa;
  const bool b_inherits = !base_value_of(b).is_unbound() && type_of(a) != type_of(b) && !special(b, rop);
  if ((a_inherits || b_inherits) && !int_with_plain(a, b) && !int_with_plain(b, a)) {
    // The base's operator declining the operands is NotImplemented: the error below names the
    // classes themselves.
    Object r;
    try {
      r = builtin_binary(op, unwrap(a), unwrap(b));
    } catch (PyException& e) {
      // The base's own errors name the other operand by its class, as they get it unwrapped.
      auto is_seq = [](const Object& x) { return is_str(x) || as_list(x) || as_tuple(x); };
      if (declined(e, "can only concatenate ") && is_seq(unwrap(a))) {
        const std::string base = tname(unwrap(a));
        raise(&exc::TypeError, "can only concatenate " + base + " (not \"" + tname(b) + "\") to " + base);
      }
      if (declined(e, "can't multiply sequence by non-int of type ")) {
        raise(&exc::TypeError, "can't multiply sequence by non-int of type '" + tname(is_seq(unwrap(a)) ? b : a) + "'");
      }
      if (!declined(e, "unsupported operand type(s)")) throw;
    }
    if (!r.is_unbound()) return r;
  }
  // A sequence repeated by an object with __index__.
  if (op == Slot::mul) {
    const bool seq_a = is_str(a) || as_list(a) || as_tuple(a), seq_b = is_str(b) || as_list(b) || as_tuple(b);
    if (seq_a && special(b, Slot::index)) return mul(a, user_index(b));
    if (seq_b && special(a, Slot::index)) return mul(user_index(a), b);
    if (seq_a || seq_b) {
      raise(&exc::TypeError, "can't multiply sequence by non-int of type '" + tname(seq_a ? b : a) + "'");
    }
  }
  if (op == Slot::add && (is_str(a) || as_list(a) || as_tuple(a))) {
    raise(&exc::TypeError, "can only concatenate " + tname(a) + " (not \"" + tname(b) + "\") to " + tname(a));
  }
  raise(&exc::TypeError, std::string("unsupported operand type(s) for ") + sym + ": '" + tname(a) +
                             "' and '" + tname(b) + "'");
}

Object inplace_op(const Object& a, const Object& b, Slot iop,
                  Object (*binary)(const Object&, const Object&, Pos), Pos) {
  if (const Object* f = special(a, iop)) {
    Object r = aiocc::call(*f, {a, b});
    if (!is_ni(r)) return r;
  }
  // A list or set subclass changes itself (list.__iadd__, set.__ior__…) and stays what it is.
  if (const Object& v = base_value_of(a);
      as_list(v) || (as_set(v) && !as_set(v)->frozen) || (as_dict(v) && iop == Slot::ior)) {
    const int group = static_cast<int>(iop) / 3;
    if (!special(a, static_cast<Slot>(group * 3))) {
      if (iop == Slot::iadd && as_list(v)) {
        inplace_add(v, unwrap(b));
        return a;
      }
      Object r = inplace_container(v, unwrap(b), iop, binary);
      if (r.same(v)) return a;
      return r;
    }
  }
  // Then the binary operator, whose error names the in-place one: "for *=".
  static const char* const kInplaceSymbols[] = {"+=", "-=", "*=", "/=", "//=", "%=", "**=",
                                                "<<=", ">>=", "&=", "|=", "^=", "@="};
  const int group = static_cast<int>(iop) / 3;
  if (group < static_cast<int>(std::size(kInplaceSymbols)) && (is_user(a) || is_user(b))) {
    return binary_protocol(a, b, static_cast<Slot>(group * 3), static_cast<Slot>(group * 3 + 1),
                           kInplaceSymbols[group]);
  }
  return binary(a, b, {});
}

Object inplace_builtin(const Object& a, const Object& b, Slot iop,
                       Object (*binary)(const Object&, const Object&, Pos)) {
  static const char* const kSymbols[] = {"+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"};
  const int group = static_cast<int>(iop) / 3;
  if (iop == Slot::ior && as_mappingproxy(a)) {  // mappingproxy_ior
    raise(&exc::TypeError, "'|=' is not supported by mappingproxy; use '|' instead");
  }
  try {
    return binary(a, b, {});
  } catch (PyException& e) {
    // "unsupported operand type(s) for *: ..." becomes "... for *=: ...".
    if (group >= static_cast<int>(std::size(kSymbols)) || type_of(e.exc) != &exc::TypeError) throw;
    ExceptionObject* x = e.obj();
    std::string prefix = std::string("unsupported operand type(s) for ") + kSymbols[group] + ":";
    if (x->args.size() != 1 || !is_str(x->args[0]) || str_value(x->args[0]).rfind(prefix, 0) != 0) throw;
    std::string msg = str_value(x->args[0]);
    x->args[0] = py_str(msg.insert(prefix.size() - 1, "="));
    throw;
  }
}

Object inplace_container(const Object& a, const Object& b, Slot iop,
                         Object (*binary)(const Object&, const Object&, Pos)) {
  const char* sym = iop == Slot::ior ? "|=" : iop == Slot::iand ? "&=" : iop == Slot::isub ? "-=" : iop == Slot::ixor ? "^=" : nullptr;
  if (SetObject* s = as_set(a); s && sym && !s->frozen) {
    // set.__ior__ and friends change the set in place, but take only sets (and subclasses);
    // with anything else the binary operator is tried: a user class's reflected method, or a
    // dict view's operator that makes a new set.
    if (!as_set(unwrap(b))) {
      if (is_user(b) || as_dict_view(b)) return binary(a, b, {});
      raise(&exc::TypeError, std::string("unsupported operand type(s) for ") + sym + ": 'set' and '" + tname(b) + "'");
    }
    set_inplace(s, unwrap(b), sym[0]);
    return a;
  }
  if (DictObject* d = as_dict(a); d && iop == Slot::ior && !is_user(b)) {  // dict.__ior__: update()
    dict_update(d, {b}, {}, "update");
    return a;
  }
  if (is_bytearray(a) && iop == Slot::imul) return bytearray_inplace_repeat(a, b);
  if (ListObject* l = as_list(a); l && iop == Slot::imul) {
    int64_t n;
    if (b.is_small_int() || b.is_bool()) {
      n = b.is_bool() ? b.as_bool() : b.as_int();
      std::vector<Object> once = l->items;
      l->items.clear();
      for (int64_t i = 0; i < n; ++i) l->items.insert(l->items.end(), once.begin(), once.end());
      return a;
    }
  }
  return binary(a, b, {});
}

Object unary_protocol(const Object& a, Slot op, const char* sym) {
  if (const Object* f = special(a, op)) return aiocc::call(*f, {a});
  if (const Object& v = base_value_of(a); !v.is_unbound()) {
    try {
      switch (op) {
        case Slot::neg: return neg(v);
        case Slot::pos: return aiocc::pos(v);
        case Slot::invert: return invert(v);
        case Slot::abs: return builtins::abs({v}, {});
        default: break;
      }
    } catch (PyException& e) {
      if (!declined(e, "bad operand type for ")) throw;
    }
  }
  if (op == Slot::abs) raise(&exc::TypeError, "bad operand type for abs(): '" + tname(a) + "'");
  raise(&exc::TypeError, std::string("bad operand type for unary ") + sym + ": '" + tname(a) + "'");
}

Object richcompare(const Object& a, const Object& b, Slot op) {
  bool checked_reverse = false, had = false;
  Slot rop = reflected(op);
  if (type_of(a) != type_of(b) && type_of(b)->is_subtype_of(type_of(a))) {
    checked_reverse = true;
    Object r = compare_slot(b, a, rop, had);
    if (!is_ni(r)) return r;
  }
  Object r = compare_slot(a, b, op, had);
  if (!is_ni(r)) return r;
  if (!checked_reverse) {
    r = compare_slot(b, a, rop, had);
    if (!is_ni(r)) return r;
  }
  if (!base_value_of(a).is_unbound() || !base_value_of(b).is_unbound()) {
    const Object &x = unwrap(a), &y = unwrap(b);
    try {
      switch (op) {
        case Slot::eq: return cmp_eq(x, y);
        case Slot::ne: return cmp_ne(x, y);
        case Slot::lt: return cmp_lt(x, y);
        case Slot::le: return cmp_le(x, y);
        case Slot::gt: return cmp_gt(x, y);
        default: return cmp_ge(x, y);
      }
    } catch (PyException& e) {
      if (!declined(e, "not supported between instances of")) throw;
    }
  }
  if (op == Slot::eq) return Object::from_bool(a.same(b));
  if (op == Slot::ne) return Object::from_bool(!a.same(b));
  raise(&exc::TypeError, std::string("'") + cmp_symbol(op) + "' not supported between instances of '" +
                             tname(a) + "' and '" + tname(b) + "'");
}

bool has_special(const Object& o, Slot s) { return special(o, s) != nullptr; }

bool is_user_exception(const Object& o) {
  if (!o.is_heap() || o.heap()->kind != HeapObject::Kind::Other) return false;
  auto* e = o.dyn<ExceptionObject>();
  return e && e->cls->kind_of_class();
}

size_t user_hash(const Object& o) {
  InstanceObject* i = as_instance(o);
  ClassObject* cls = i ? i->cls : o.as<ExceptionObject>()->cls->kind_of_class();
  const Object& f = cls->slot(Slot::hash);
  if (f.is_unbound()) {
    if (i && !i->base_value.is_unbound()) {
      // A subclass of list, dict or set inherits __hash__ = None: unhashable under its own name.
      const Object& v = i->base_value;
      if (as_list(v) || as_dict(v) || (as_set(v) && !as_set(v)->frozen)) {
        raise(&exc::TypeError, "unhashable type: '" + tname(o) + "'");
      }
      return py_hash(v);
    }
    return hash_pointer(o.heap());
  }
  if (f.is_none()) raise(&exc::TypeError, "unhashable type: '" + tname(o) + "'");
  Object r = aiocc::call(f, {o});
  if (!is_int(r)) raise(&exc::TypeError, "__hash__ method should return an integer");
  // slot_tp_hash: a value that fits in 64 bits is the hash as it is (so that returning
  // hash(y) hashes like y); a bigger one is hashed as an int.
  if (r.is_small_int() || r.is_bool()) {
    int64_t h = r.is_bool() ? r.as_bool() : r.as_int();
    return static_cast<size_t>(h == -1 ? -2 : h);
  }
  return py_hash(r);
}

int64_t user_len(const Object& o) {
  const Object* f = special(o, Slot::len);
  if (!f && !base_value_of(o).is_unbound()) return length(base_value_of(o));
  if (!f) f = metaclass_slot(o, Slot::len);  // a class whose metaclass defines __len__
  if (!f) raise(&exc::TypeError, "object of type '" + tname(o) + "' has no len()");
  Object r = aiocc::call(*f, {o});
  if (!is_int(r)) {
    raise(&exc::TypeError, "'" + tname(r) + "' object cannot be interpreted as an integer");
  }
  if (!r.is_small_int() && !r.is_bool()) raise(&exc::OverflowError, "cannot fit 'int' into an index-sized integer");
  int64_t n = r.is_bool() ? r.as_bool() : r.as_int();
  if (n < 0) raise(&exc::ValueError, "__len__() should return >= 0");
  return n;
}

Object user_getitem(const Object& o, const Object& key) {
  if (const Object* f = special(o, Slot::getitem)) return aiocc::call(*f, {o, key});
  if (const Object& v = base_value_of(o); !v.is_unbound()) {
    // dict subclasses: a missing key goes to __missing__.
    if (DictObject* d = as_dict(v)) {
      if (const Object* m = special(o, Slot::missing)) {
        if (Object* found = d->find(key)) return *found;
        return aiocc::call(*m, {o, key});
      }
    }
    return getitem(v, key);
  }
  raise(&exc::TypeError, "'" + tname(o) + "' object is not subscriptable");
}

void user_setitem(const Object& o, const Object& key, const Object* value) {
  if (value) {
    if (const Object* f = special(o, Slot::setitem)) {
      aiocc::call(*f, {o, key, *value});
      return;
    }
    if (const Object& v = base_value_of(o); !v.is_unbound() && (as_list(v) || as_dict(v))) {
      return setitem(v, key, *value);
    }
    raise(&exc::TypeError, "'" + tname(o) + "' object does not support item assignment");
  }
  if (const Object* f = special(o, Slot::delitem)) {
    aiocc::call(*f, {o, key});
    return;
  }
  if (const Object& v = base_value_of(o); !v.is_unbound() && (as_list(v) || as_dict(v))) {
    return delitem(v, key);
  }
  raise(&exc::TypeError, "'" + tname(o) + "' object doesn't support item deletion");
}

// A special method set to None in the class (`__iter__ = None`): the protocol is refused.
bool blocked(const Object& o, Slot s) {
  InstanceObject* i = as_instance(o);
  return i && i->cls->slot(s).is_none();
}

bool user_contains(const Object& c, const Object& item) {
  if (blocked(c, Slot::contains)) raise(&exc::TypeError, "'" + tname(c) + "' object is not a container");
  if (const Object* f = special(c, Slot::contains)) return truthy(aiocc::call(*f, {c, item}));
  if (blocked(c, Slot::iter)) raise(&exc::TypeError, "argument of type '" + tname(c) + "' is not iterable");
  if (const Object* f = metaclass_slot(c, Slot::contains)) return truthy(aiocc::call(*f, {c, item}));
  if (!is_user(c)) {  // a class whose metaclass defines __iter__
    Iter it(c);
    for (Object x; it.next(x);) {
      if (x.same(item) || eq(x, item)) return true;
    }
    return false;
  }
  if (const Object& v = base_value_of(c); !v.is_unbound()) return contains(v, item);
  if (!special(c, Slot::iter) && !special(c, Slot::getitem)) {
    raise(&exc::TypeError, "argument of type '" + tname(c) + "' is not iterable");
  }
  Iter it(c);
  Object x;
  while (it.next(x)) {
    if (x.same(item) || eq(x, item)) return true;
  }
  return false;
}

Object user_iter(const Object& o) {
  if (blocked(o, Slot::iter)) raise(&exc::TypeError, "'" + tname(o) + "' object is not iterable");
  const Object* f = special(o, Slot::iter);
  if (!f) f = metaclass_slot(o, Slot::iter);  // a class whose metaclass defines __iter__
  if (f) {
    Object it = aiocc::call(*f, {o});
    if (!is_iterator(it)) raise(&exc::TypeError, "iter() returned non-iterator of type '" + tname(it) + "'");
    return it;
  }
  if (const Object& v = base_value_of(o); !v.is_unbound()) return make_iterator(v);
  if (special(o, Slot::getitem)) return make<SeqIterObject>(o);
  raise(&exc::TypeError, "'" + tname(o) + "' object is not iterable");
}

Object eager_iterator(const Object& list, TypeObject* t) { return make<IteratorObject>(list, t); }

Object lazy_iterator(TypeObject* t, std::function<bool(Object&)> step) {
  return make<LazyIteratorObject>(t, std::move(step));
}

Object lazy_iterator(TypeObject* t, std::function<bool(Object&)> step, std::function<std::string()> repr,
                     LazyIteratorMethods methods) {
  Object it = make<LazyIteratorObject>(t, std::move(step));
  it.as<LazyIteratorObject>()->show = std::move(repr);
  it.as<LazyIteratorObject>()->methods = std::move(methods);
  return it;
}

void builtin_length_hint(const Object& o) {
  if (!o.is_heap()) return;
  if (o.heap()->kind == HeapObject::Kind::LazyIterator) {
    if (auto* l = o.as<LazyIteratorObject>(); l->hint) l->hint();
  } else if (o.heap()->kind == HeapObject::Kind::SeqIterator) {  // iter_len: len(seq) - index
    if (const Object& seq = o.as<SeqIterObject>()->seq; !seq.is_unbound() && special(seq, Slot::len)) user_len(seq);
  }
}

Object make_iterator(const Object& src) {
  if (is_user(src)) return user_iter(src);
  if (is_builtin_iterator(src)) return src;
  if (is_bytes_like(src)) return bytes_iterator(src);
  if (type_of(src) == &types::range && src.as<RangeObject>()->is_long) return long_range_iterator(*src.as<RangeObject>());
  return make<IteratorObject>(src, iterator_type(src));
}

bool is_iterator(const Object& o) {
  return special(o, Slot::next) ||
         is_builtin_iterator(o);
}

bool iterator_next(const Object& it, Object& out) {
  if (it.is_heap()) {
    if (it.heap()->kind == HeapObject::Kind::Iterator) return it.as<IteratorObject>()->it.next(out);
    if (it.heap()->kind == HeapObject::Kind::Generator) return generator_next(it.as<GeneratorObject>(), out);
    if (it.heap()->kind == HeapObject::Kind::LazyIterator) return it.as<LazyIteratorObject>()->next(out);
    if (it.heap()->kind == HeapObject::Kind::SeqIterator) {
      auto* s = it.as<SeqIterObject>();
      if (s->seq.is_unbound()) return false;
      try {
        out = user_getitem(s->seq, py_int(s->i++));
        return true;
      } catch (PyException& e) {
        TypeObject* t = type_of(e.exc);
        if (!t->is_subtype_of(&exc::IndexError) && !t->is_subtype_of(&exc::StopIteration)) throw;
      }
      s->seq = Object();
      return false;
    }
  }
  const Object* f = special(it, Slot::next);
  if (!f) raise(&exc::TypeError, "'" + tname(it) + "' object is not an iterator");
  try {
    out = aiocc::call(*f, {it});
    return true;
  } catch (PyException& e) {
    if (!type_of(e.exc)->is_subtype_of(&exc::StopIteration)) throw;
  }
  return false;
}

Object number_index(const Object& o) {
  if (o.is_bool()) return Object::from_int(o.as_bool());  // PyNumber_Index: an exact int
  if (is_int(o) && !o.is_float()) return o;
  if (is_user(o)) {
    if (special(o, Slot::index)) return user_index(o);
    const Object& v = base_value_of(o);
    if (is_int(v) && !v.is_float()) return v;
  }
  raise(&exc::TypeError, "'" + tname(o) + "' object cannot be interpreted as an integer");
}

Object user_format(const Object& v, const std::string& spec) {
  if (const Object* f = special(v, Slot::format)) {
    Object r = aiocc::call(*f, {v, py_str(spec)});
    if (!is_str(r)) raise(&exc::TypeError, "__format__ must return a str, not " + tname(r));
    return r;
  }
  if (spec.empty()) return py_str(aiocc::str(v));  // every built-in __format__ does this
  if (const Object& b = base_value_of(v); !b.is_unbound()) return py_str(format_spec(b, spec));
  raise(&exc::TypeError, "unsupported format string passed to " + tname(v) + ".__format__");
}

namespace {
// A special method found on the object's class (as CPython looks them up), or null.
const Object* class_method(const Object& o, const char* name) {
  InstanceObject* i = as_instance(o);
  return i ? i->cls->lookup(intern(name)) : nullptr;
}
}  // namespace

Object async_iter(const Object& o) {
  if (is_async_generator(o)) return o;
  const Object* f = class_method(o, "__aiter__");
  if (!f) raise(&exc::TypeError, "'async for' requires an object with __aiter__ method, got " + tname(o));
  Object it = call_with_self(*f, o, {}, {});
  if (!class_method(it, "__anext__")) {
    raise(&exc::TypeError,
          "'async for' received an object from __aiter__ that does not implement __anext__: " + tname(it));
  }
  return it;
}

Object async_next(const Object& it) {
  if (is_async_generator(it)) return async_generator_anext(it);
  const Object* f = class_method(it, "__anext__");
  if (!f) {
    raise(&exc::TypeError,
          "'async for' received an object from __aiter__ that does not implement __anext__: " + tname(it));
  }
  return call_with_self(*f, it, {}, {});
}

bool is_stop_async_iteration(const Object& e) { return type_of(e)->is_subtype_of(&exc::StopAsyncIteration); }

namespace {
TypeObject reversed_type("reversed", &types::object, nullptr);

// CPython's reversed object: seq[n-1], seq[n-2], … seq[0], each read when asked for; an
// IndexError or StopIteration ends it early.
Object reversed_sequence(const Object& seq, int64_t n, TypeObject* t) {
  auto i = std::make_shared<int64_t>(n - 1);
  Object r = lazy_iterator(t, [seq, i](Object& out) {
    if (*i < 0) return false;
    try {
      out = getitem(seq, py_int((*i)--));
      return true;
    } catch (PyException& e) {
      TypeObject* et = type_of(e.exc);
      if (!et->is_subtype_of(&exc::IndexError) && !et->is_subtype_of(&exc::StopIteration)) throw;
    }
    *i = -1;
    return false;
  }, nullptr, {{"__length_hint__", [seq, i] {  // reversed_len
    if (*i < 0) return py_int(0);
    return py_int(length(seq) < *i + 1 ? 0 : *i + 1);
  }}});
  if (is_user(seq)) r.as<LazyIteratorObject>()->hint = [seq] { user_len(seq); };
  return r;
}

[[noreturn]] void not_reversible(const Object& o) {
  raise(&exc::TypeError, "'" + tname(o) + "' object is not reversible");
}
}  // namespace

Object make_reversed(const Object& o) {
  // EnumType.__reversed__: the members, last defined first.
  if (auto* c = o.dyn<ClassObject>(); c && !c->enum_members.is_unbound()) {
    return make_reversed(py_list(as_list(c->enum_members)->items));
  }
  if (auto* p = as_mappingproxy(o)) return make_reversed(p->dict);  // mappingproxy___reversed__
  if (InstanceObject* inst = as_instance(o)) {
    const Object& f = inst->cls->slot(Slot::reversed);
    if (f.is_none()) not_reversible(o);  // `__reversed__ = None` opts out
    if (!f.is_unbound()) return aiocc::call(f, {o});
    if (const Object& v = base_value_of(o); !v.is_unbound()) return make_reversed(v);
    if (!special(o, Slot::getitem)) not_reversible(o);
    return reversed_sequence(o, user_len(o), &reversed_type);
  }
  if (as_list(o)) {  // list_reverseiterator: stops at once when the list has shrunk below it
    auto i = std::make_shared<int64_t>(length(o) - 1);
    return lazy_iterator(&types::list_reverseiterator, [o, i](Object& out) {
      const auto& items = as_list(o)->items;
      if (*i < 0 || *i >= static_cast<int64_t>(items.size())) return *i = -1, false;
      out = items[static_cast<size_t>((*i)--)];
      return true;
    }, nullptr, {{"__length_hint__", [o, i] {  // listreviter_len
      return py_int(*i < 0 || static_cast<int64_t>(as_list(o)->items.size()) < *i + 1 ? 0 : *i + 1);
    }}});
  }
  if (type_of(o) == &types::range) {
    const auto* r = o.as<RangeObject>();
    if (r->is_long) {  // range(last, start - step, -step)
      const Object n = r->length_obj();
      const Object last = add(r->lstart, mul(sub(n, Object::from_int(1)), r->lstep));
      return make_iterator(make_range(last, sub(last, mul(n, r->lstep)), neg(r->lstep)));
    }
    const int64_t n = r->length();
    const int64_t last = r->start + (n - 1) * r->step;
    return make_iterator(make<RangeObject>(last, last - n * r->step, -r->step));
  }
  if (as_dict(o) || as_dict_view(o)) {
    static TypeObject keys("dict_reversekeyiterator", &types::object, nullptr),
        values("dict_reversevalueiterator", &types::object, nullptr),
        items("dict_reverseitemiterator", &types::object, nullptr);
    const DictViewObject* view = as_dict_view(o);
    std::vector<Object> v = view ? view->items() : to_vector(o);
    std::reverse(v.begin(), v.end());
    TypeObject* t = !view || view->which == DictViewObject::Keys ? &keys
                    : view->which == DictViewObject::Values     ? &values
                                                                : &items;
    return eager_iterator(py_list(std::move(v)), t);
  }
  if (is_str(o) || as_tuple(o) || is_bytes_like(o)) return reversed_sequence(o, length(o), &reversed_type);
  not_reversible(o);
}

Object user_index(const Object& o) {
  const Object* f = special(o, Slot::index);
  if (!f) raise(&exc::TypeError, "'" + tname(o) + "' object cannot be interpreted as an integer");
  Object r = aiocc::call(*f, {o});
  if (!is_int(r)) raise(&exc::TypeError, "__index__ returned non-int (type " + tname(r) + ")");
  return r;
}

}  // namespace aiocc
