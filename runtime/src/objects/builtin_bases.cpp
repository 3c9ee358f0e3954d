// Classes deriving from built-in types: see builtin_bases.h.
#include "builtin_bases.h"

#include <map>

#include "aiocc/py/builtins.h"
#include "aiocc/py/complex.h"
#include "aiocc/py/int.h"
#include "aiocc/py/bytes.h"
#include "aiocc/py/dict.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/list.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/protocols.h"
#include "object_model.h"
#include "aiocc/py/set.h"
#include "aiocc/py/str.h"

namespace aiocc {
namespace {

using Binary = Object (*)(const Object&, const Object&, Pos);

// The operators in Slot order: each comes as op, reflected op, in-place op.
Binary binary_of(int group) {
  static const Binary table[] = {add, sub, mul, truediv, floordiv, mod, pow, lshift, rshift,
                                 bitand_, bitor_, bitxor_, nullptr /* @ */, divmod};
  return group < static_cast<int>(std::size(table)) ? table[group] : nullptr;
}

// Whether a number's or a set's binary special method takes `other`: CPython's number methods
// answer NotImplemented for an operand type they do not know (`(3).__add__("x")`), where the
// sequence ones (str, list, tuple, bytes) raise TypeError themselves.
bool takes_operand(const TypeObject* t, const Object& other, bool inplace, bool reflected_mod) {
  // str.__rmod__/bytes.__rmod__: formatting needs a format on the left.
  if (reflected_mod && t == &types::str) return is_str(other);
  if (reflected_mod && (t == &types::bytes || t == &types::bytearray)) return is_bytes_like(other);
  const bool number = is_int(other) || other.is_float();
  if (t == &types::int_ || t == &types::bool_) return is_int(other);
  if (t == &types::float_) return number;
  if (t == &types::complex) return number || as_complex(other);
  if (t == &types::set || t == &types::frozenset) return as_set(other) != nullptr;
  if (t == &types::dict) return inplace || as_dict(other) != nullptr;  // |= takes any mapping
  return true;
}

// A built-in type's special method, bound to an instance's built-in value.
struct BuiltinDunder final : HeapObject {
  TypeObject* t;
  Object self, value;
  const Name* n;
  BuiltinDunder(TypeObject* ty, Object s, Object v, const Name* nm)
      : t(ty), self(std::move(s)), value(std::move(v)), n(nm) {}
  TypeObject* type() const override { return &types::builtin_function; }
  std::string repr() const override {
    return "<method-wrapper '" + n->text + "' of " + type_of(self)->name + " object>";
  }
  Object call(Args args, Kwargs kw) override {
    check_no_kwargs(n->text.c_str(), n->slot == static_cast<int>(Slot::init) ? Kwargs() : kw);
    auto arg = [&](size_t i) -> const Object& {
      if (i >= args.size()) {
        raise(&exc::TypeError, "expected " + std::to_string(i + 1) + " argument" + (i ? "s" : "") +
                                   ", got " + std::to_string(args.size()));
      }
      return args[i];
    };
    const int slot = n->slot;
    if (slot < static_cast<int>(Slot::eq)) {
      Binary f = binary_of(slot / 3);
      if (!f) return NotImplemented;
      const Object& other = unwrap(arg(0));
      if (!takes_operand(t, other, slot % 3 == 2, slot == static_cast<int>(Slot::rmod))) return NotImplemented;
      if (slot / 3 == static_cast<int>(Slot::pow) / 3 && args.size() > 1 && slot % 3 != 2) {
        // __pow__(exp, mod) and __rpow__(base, mod): three-argument pow().
        if (args.size() > 2) raise(&exc::TypeError, "expected at most 2 arguments, got " + std::to_string(args.size()));
        return slot % 3 == 0 ? builtins::pow({value, other, args[1]}, {}) : builtins::pow({other, value, args[1]}, {});
      }
      switch (slot % 3) {
        case 0: return f(value, other, {});
        case 1: return f(other, value, {});
        default:
          if (builtin_is_mutable(t) && slot / 3 == 0) {
            inplace_add(value, other);
            return self;
          }
          return f(value, other, {});
      }
    }
    switch (static_cast<Slot>(slot)) {
      case Slot::eq: return cmp_eq(value, unwrap(arg(0)));
      case Slot::ne: return cmp_ne(value, unwrap(arg(0)));
      case Slot::lt: return cmp_lt(value, unwrap(arg(0)));
      case Slot::le: return cmp_le(value, unwrap(arg(0)));
      case Slot::gt: return cmp_gt(value, unwrap(arg(0)));
      case Slot::ge: return cmp_ge(value, unwrap(arg(0)));
      case Slot::neg: return neg(value);
      case Slot::pos: return aiocc::pos(value);
      case Slot::invert: return invert(value);
      case Slot::abs: return builtins::abs({value}, {});
      case Slot::hash: return builtins::hash({value}, {});
      case Slot::bool_: return Object::from_bool(aiocc::truthy(value));
      case Slot::len: return Object::from_int(length(value));
      case Slot::getitem:
        // dict_subscript: a dict subclass's __missing__ answers for an absent key.
        if (DictObject* d = as_dict(value); d && !self.same(value)) {
          if (const Object* m = user_class_lookup(type_of(self), "__missing__")) {
            if (Object* found = d->find(arg(0))) return *found;
            return call_with_self(*m, self, {arg(0)}, {});
          }
        }
        return getitem(value, arg(0));
      case Slot::setitem: setitem(value, arg(0), arg(1)); return None;
      case Slot::delitem: delitem(value, arg(0)); return None;
      case Slot::contains: return Object::from_bool(contains(value, arg(0)));
      case Slot::iter: return make_iterator(value);
      case Slot::repr: return py_str(aiocc::repr(value));
      case Slot::str: return py_str(aiocc::str(value));
      case Slot::format: return builtins::format({value, arg(0)}, {});
      case Slot::index:
      case Slot::int_: return aiocc::call(Object(&types::int_), {value});
      case Slot::float_: return aiocc::call(Object(&types::float_), {value});
      case Slot::init:
        if (builtin_is_mutable(t)) reinit_builtin_value(value, args, kw);
        return None;
      default: break;
    }
    raise(&exc::AttributeError, "type object '" + t->name + "' has no attribute '" + n->text + "'");
  }
};

// `T.__new__(cls, *args)`.
struct NewMethod final : HeapObject {
  TypeObject* t;
  explicit NewMethod(TypeObject* ty) : t(ty) { refcnt = 1; }
  TypeObject* type() const override { return &types::builtin_function; }
  std::string repr() const override {
    return "<built-in method __new__ of type object at 0x0>";
  }
  Object call(Args args, Kwargs kw) override {
    const std::string fname = t->name + ".__new__";
    if (args.size() == 0) raise(&exc::TypeError, fname + "(): not enough arguments");
    auto* cls = args[0].is_heap() && args[0].heap()->type()->is_subtype_of(&types::type) ? args[0].as<TypeObject>() : nullptr;
    if (!cls) {
      raise(&exc::TypeError, fname + "(X): X is not a type object (" + type_of(args[0])->name + ")");
    }
    if (!cls->is_subtype_of(t)) {
      raise(&exc::TypeError, fname + "(" + cls->name + "): " + cls->name + " is not a subtype of " + t->name);
    }
    Args rest(args.p + 1, args.n - 1);
    if (t == &types::type) return type_new(cls, rest, kw);  // a metaclass's super().__new__(mcls, ...)
    ClassObject* c = cls->kind_of_class();
    if (!c) return t == &types::object ? cls->construct(cls, rest, kw) : t->construct(cls, rest, kw);
    if (cls->is_subtype_of(&exc::BaseException)) return construct_exception(cls, rest, {});  // groups' checks too
    if (t == &types::object && (rest.size() || kw.size())) {
      raise(&exc::TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
    }
    auto* inst = new InstanceObject(c);
    Object out(inst);
    if (t != &types::object) inst->base_value = new_builtin_value(t, rest, kw);
    return out;
  }
};

// A built-in type's method looked up on the type: `str.upper(s)`, `int.__add__(a, b)`.
struct UnboundBuiltinMethod final : HeapObject {
  TypeObject* t;
  const Name* n;
  UnboundBuiltinMethod(TypeObject* ty, const Name* nm) : t(ty), n(nm) {}
  TypeObject* type() const override { return &types::builtin_function; }
  std::string repr() const override {
    return "<method '" + n->text + "' of '" + t->name + "' objects>";
  }
  Object call(Args args, Kwargs kw) override {
    if (args.size() == 0) {
      raise(&exc::TypeError, "unbound method " + t->name + "." + n->text + "() needs an argument");
    }
    const Object& self = args[0];
    const Object& value = unwrap(self);
    if (!type_of(value)->is_subtype_of(t)) {
      raise(&exc::TypeError, "descriptor '" + n->text + "' for '" + t->name +
                                 "' objects doesn't apply to a '" + type_of(self)->name + "' object");
    }
    const Args rest(args.p + 1, args.n - 1);
    if (n->slot < 0 && n->text != "__new__") return aiocc::call_method(value, n->text, rest, kw);
    return aiocc::call(builtin_attribute(t, self, value, *n), rest, kw);
  }
};

}  // namespace

Object unbound_builtin_method(TypeObject* t, const Name& n) {
  if (n.text == "__new__") return new_method(t);
  if (t == &types::object) return Object();
  // A special method the type does not have (`str.__index__`).
  if (n.slot >= 0 && !builtin_has_slot(t, static_cast<Slot>(n.slot))) return Object();
  if (n.slot < 0) {
    // Only the methods the type really has: ask an empty value of it.
    const Object zero = Object::from_int(0);
    const bool needs_arg = t == &types::range || t == &types::slice;
    Object probe = t->make_empty ? t->make_empty(t) : t->construct(t, needs_arg ? Args(&zero, 1) : Args(), {});
    try {
      aiocc::getattr(probe, n.text);
    } catch (PyException& e) {
      if (!type_of(e.exc)->is_subtype_of(&exc::AttributeError)) throw;
      return Object();
    }
  }
  // One per (type, name), as CPython's type dict holds one: `dict.__repr__ is dict.__repr__`, and
  // a subclass's inherited one is its base's (pprint dispatches on them).
  static std::map<std::pair<TypeObject*, const Name*>, HeapObject*> made;
  HeapObject*& m = made[{t, &n}];
  if (!m) {
    m = new UnboundBuiltinMethod(t, &n);
    m->refcnt = 1;  // lives as long as the program
  }
  return Object(m);
}

bool builtin_has_slot(const TypeObject* t, Slot s) {
  const int i = static_cast<int>(s);
  auto in = [&](std::initializer_list<Slot> l) {
    for (Slot x : l) {
      if (x == s) return true;
    }
    return false;
  };
  // What every object has (object's own methods).
  if (in({Slot::eq, Slot::ne, Slot::lt, Slot::le, Slot::gt, Slot::ge, Slot::hash, Slot::repr,
          Slot::str, Slot::format, Slot::init})) {
    return true;
  }
  const bool arith = (i <= static_cast<int>(Slot::ipow) || s == Slot::divmod || s == Slot::rdivmod) &&
                     i % 3 != 2;  // + - * / // % ** divmod() and reflected
  const bool bits = i >= static_cast<int>(Slot::lshift) && i <= static_cast<int>(Slot::ixor) && i % 3 != 2;
  if (t == &types::int_ || t == &types::bool_) {
    return arith || bits || in({Slot::neg, Slot::pos, Slot::invert, Slot::abs, Slot::bool_, Slot::index, Slot::int_, Slot::float_});
  }
  if (t == &types::float_) {
    return arith || in({Slot::neg, Slot::pos, Slot::abs, Slot::bool_, Slot::int_, Slot::float_});
  }
  if (t == &types::complex) {
    return in({Slot::add, Slot::radd, Slot::sub, Slot::rsub, Slot::mul, Slot::rmul, Slot::truediv,
               Slot::rtruediv, Slot::pow, Slot::rpow, Slot::neg, Slot::pos, Slot::abs, Slot::bool_});
  }
  if (t == &types::str) {
    return in({Slot::add, Slot::mul, Slot::rmul, Slot::mod, Slot::rmod, Slot::len, Slot::getitem,
               Slot::contains, Slot::iter});
  }
  if (t == &types::bytes || t == &types::bytearray) {
    return in({Slot::add, Slot::mul, Slot::rmul, Slot::mod, Slot::rmod, Slot::len, Slot::getitem,
               Slot::contains, Slot::iter}) ||
           (t == &types::bytearray && in({Slot::setitem, Slot::delitem}));
  }
  if (t == &types::tuple) {
    return in({Slot::add, Slot::mul, Slot::rmul, Slot::len, Slot::getitem, Slot::contains, Slot::iter});
  }
  if (t == &types::list) {
    return in({Slot::add, Slot::iadd, Slot::mul, Slot::rmul, Slot::imul, Slot::len, Slot::getitem,
               Slot::setitem, Slot::delitem, Slot::contains, Slot::iter});
  }
  if (t == &types::dict) {
    return in({Slot::len, Slot::getitem, Slot::setitem, Slot::delitem, Slot::contains, Slot::iter,
               Slot::or_, Slot::ror, Slot::ior});
  }
  if (t == &types::set) {
    return in({Slot::len, Slot::contains, Slot::iter, Slot::and_, Slot::rand, Slot::iand, Slot::or_,
               Slot::ror, Slot::ior, Slot::xor_, Slot::rxor, Slot::ixor, Slot::sub, Slot::rsub, Slot::isub});
  }
  if (t == &types::frozenset) {
    return in({Slot::len, Slot::contains, Slot::iter, Slot::and_, Slot::rand, Slot::or_, Slot::ror,
               Slot::xor_, Slot::rxor, Slot::sub, Slot::rsub});
  }
  if (t == &types::range) return in({Slot::len, Slot::getitem, Slot::contains, Slot::iter, Slot::bool_});
  return false;
}

Object builtin_dunder(const Object& self, std::string_view name) {
  if (name.size() < 5 || name.substr(0, 2) != "__") return Object();
  const Name& n = intern(name);
  if (n.slot < 0) return Object();
  TypeObject* t = type_of(self);
  if (!builtin_has_slot(t, static_cast<Slot>(n.slot))) return Object();
  return make<BuiltinDunder>(t, self, self, &n);
}

bool acceptable_builtin_base(const TypeObject* t) {
  return t == &types::list || t == &types::dict || t == &types::set || t == &types::str ||
         t == &types::int_ || t == &types::float_ || t == &types::tuple || t == &types::frozenset ||
         t->init;
}

bool builtin_is_mutable(const TypeObject* t) {
  return t == &types::list || t == &types::dict || t == &types::set || t->init;
}

Object new_builtin_value(TypeObject* t, Args args, Kwargs kw) {
  if (t->make_empty) return t->make_empty(t);
  if (builtin_is_mutable(t)) return t->construct(t, {}, {});
  return t->construct(t, args, kw);
}

void reinit_builtin_value(const Object& value, Args args, Kwargs kw) {
  TypeObject* t = type_of(value);
  if (t->init) return t->init(value, args, kw);
  Object fresh = t->construct(t, args, kw);
  if (ListObject* l = as_list(value)) {
    l->items = as_list(fresh)->items;
  } else if (as_dict(value) || as_set(value)) {
    aiocc::call_method(value, "clear", {});
    aiocc::call_method(value, "update", {fresh});
  }
}

Object builtin_attribute(TypeObject* t, const Object& self, const Object& value, const Name& n) {
  if (n.text == "__new__") return Object(new_method(t));
  if (n.slot >= 0) return make<BuiltinDunder>(t, self, value, &n);
  return aiocc::getattr(value, n.text);
}

Object new_method(TypeObject* t) {
  static std::vector<std::pair<TypeObject*, NewMethod*>> made;
  for (auto& [ty, m] : made) {
    if (ty == t) return Object(m);
  }
  auto* m = new NewMethod(t);
  made.emplace_back(t, m);
  return Object(m);
}

Object builtin_binary(Slot op, const Object& a, const Object& b) {
  Binary f = binary_of(static_cast<int>(op) / 3);
  return f ? f(a, b, {}) : Object();
}

}  // namespace aiocc
