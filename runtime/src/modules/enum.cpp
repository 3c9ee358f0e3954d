// The enum module: Enum, IntEnum, StrEnum, ReprEnum, Flag, IntFlag, auto and unique (the
// boundary and verify machinery is refused at compile time: Flag is always STRICT, IntFlag
// always KEEP). CPython builds members in EnumType.__new__; aiocc's EnumType is
// native, so make_class hands a new subclass of Enum to enum_class_created(), which turns its
// plain class attributes into members, and the class-level operations CPython's metaclass
// provides (Color(1), Color['RED'], iteration, len, `in`, repr) test enum_members (the calls
// and tests are in enum_lookup.cpp).
//
// A Flag class keeps CPython's layout: every member is in enum_by_name and enum_by_value, but
// only single-bit members are in enum_members (what iteration and len() see); _flag_mask_,
// _singles_mask_ and _all_bits_ are class attributes; a value no member has (Perm.R|Perm.W)
// becomes a pseudo-member made by flag_missing() (Flag._missing_) and cached in enum_by_value,
// so equal flag values stay identical objects.
#include "aiocc/py/enum.h"

#include <algorithm>

#include "aiocc/py/builtins.h"
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
#include "aiocc/program.h"
#include "cpython_frames.h"
#include "enum_internal.h"
#include "object_model.h"

namespace aiocc::enums {

extern TypeObject auto_type;
// auto(): a placeholder the class statement's processing replaces by the next value.
// CPython's class namespace turns auto() into its value at once, so a flag's `RW = R | W`
// combines ints; aiocc learns the bases only after the body ran, so R | W makes a combination
// of placeholders (op, lhs, rhs) that enum_class_created() computes once R and W have values.
struct AutoObject final : HeapObject {
  char op = 0;  // 0: auto() itself; '|', '&', '^', '~': a combination
  Object lhs, rhs, value;  // value: given, or once known
  TypeObject* type() const override { return &auto_type; }
  std::string repr() const override {
    return "auto(" + (value.is_unbound() ? std::string("_auto_null") : aiocc::repr(value)) + ")";
  }
};

AutoObject* as_auto(const Object& o) {
  return o.is_heap() && o.heap()->type() == &auto_type ? static_cast<AutoObject*>(o.heap()) : nullptr;
}
bool is_auto(const Object& o) { return as_auto(o) != nullptr; }
Object auto_combine(char op, const Object& a, const Object& b) {
  Object r = make<AutoObject>();
  AutoObject* x = as_auto(r);
  x->op = op;
  x->lhs = a;
  x->rhs = b;
  return r;
}
// The value of a combination, its placeholders having values; an auto() never assigned to a
// name has none, and fails as CPython's auto object does.
Object auto_value(const Object& o) {
  AutoObject* x = as_auto(o);
  if (!x) return o;
  if (!x->value.is_unbound()) return x->value;
  if (x->op == 0) raise(&exc::TypeError, "unsupported operand type(s) for |: 'auto' and 'auto'");
  if (x->op == '~') return invert(auto_value(x->lhs));
  Object a = auto_value(x->lhs), b = auto_value(x->rhs);
  return x->op == '|' ? bitor_(a, b) : x->op == '&' ? bitand_(a, b) : bitxor_(a, b);
}

// auto(value=_auto_null): a given value is the member's.
Object construct_auto(TypeObject*, Args given, Kwargs kw) {
  static const Object auto_null = make<AutoObject>();  // the default: no value given
  static const PyDef init("auto.__init__", {{"self", "value"}}, {Object(), auto_null});
  Object a = make<AutoObject>();
  Object value = init.bind_method(given, kw)[1];
  if (!value.same(auto_null)) as_auto(a)->value = value;
  return a;
}
TypeObject auto_type("auto", &types::object, construct_auto, "enum");
// enum.EnumType (EnumMeta): type(Color), what isinstance(Color, EnumType) checks. aiocc builds
// enum classes with make_class and enum_class_created, not through it: it cannot be called.
TypeObject EnumType_type("EnumType", &types::type, nullptr, "enum");

namespace {


// A method of the enum base classes, bound like a function when read through a member.
struct NativeMethod final : HeapObject {
  const char* name;
  Object (*fn)(const Object& self, Args rest);
  NativeMethod(const char* n, Object (*f)(const Object&, Args)) : name(n), fn(f) { refcnt = 1; }
  TypeObject* type() const override { return &types::builtin_function; }
  bool is_callable() const override { return true; }
  bool is_descriptor() const override { return true; }
  Object descriptor_get(const Object& self, const Object& instance, TypeObject*) override {
    return instance.is_unbound() ? self : make_bound_method(self, instance);
  }
  Object call(Args a, Kwargs kw) override {
    check_no_kwargs(name, kw);
    if (a.size() == 0) raise(&exc::TypeError, std::string(name) + "() needs an argument");
    return fn(a[0], Args(a.p + 1, a.n - 1));
  }
};

}  // namespace

Object member_name(const Object& m) { return getattr_name(m, intern("_name_")); }

namespace {
Object member_value(const Object& m) { return getattr_name(m, intern("_value_")); }
ClassObject* class_of(const Object& m) { return type_of(m)->kind_of_class(); }

// Enum.__repr__: <Color.RED: 1>.
Object enum_repr(const Object& self, Args) {
  return py_str("<" + short_name(class_of(self)) + "." + str_value(member_name(self)) + ": " +
                aiocc::repr(member_value(self)) + ">");
}
// Enum.__str__: Color.RED. ReprEnum (IntEnum, StrEnum): the value's own str().
Object enum_str(const Object& self, Args) {
  return py_str(short_name(class_of(self)) + "." + str_value(member_name(self)));
}
Object repr_enum_str(const Object& self, Args) { return py_str(aiocc::str(member_value(self))); }
Object enum_format(const Object& self, Args a) {
  std::string spec = a.size() ? str_value(a[0]) : "";
  return py_str(format_spec(py_str(aiocc::str(self)), spec));
}
Object repr_enum_format(const Object& self, Args a) {  // the mixed-in type's __format__
  std::string spec = a.size() ? str_value(a[0]) : "";
  if (spec.empty()) return py_str(aiocc::str(self));  // str(self): a member's own __str__ too
  return py_str(format_spec(member_value(self), spec));
}
// Enum.__hash__ hashes the name; with an int or str mixin (IntEnum, StrEnum) that type's
// __hash__ comes first in the MRO, so a member hashes like its value (20 finds L.INFO).
Object enum_hash(const Object& self, Args) {
  const InstanceObject* inst = as_instance(self);
  if (inst && !inst->base_value.is_unbound()) return builtins::hash({inst->base_value}, {});
  return builtins::hash({member_name(self)}, {});
}
Object name_getter(const Object& self, Args) { return member_name(self); }
Object value_getter(const Object& self, Args) { return member_value(self); }
// enum.property's __set__ and __delete__ without fset/fdel.
template <const char* Attr>
Object member_setter(const Object&, Args) {
  raise(&exc::AttributeError, std::string("<enum 'Enum'> cannot set attribute '") + Attr + "'");
}
template <const char* Attr>
Object member_deleter(const Object&, Args) {
  raise(&exc::AttributeError, std::string("<enum 'Enum'> cannot delete attribute '") + Attr + "'");
}
constexpr char kName[] = "name", kValue[] = "value";

NativeMethod g_repr("__repr__", enum_repr), g_str("__str__", enum_str), g_format("__format__", enum_format),
    g_hash("__hash__", enum_hash), g_repr_enum_str("__str__", repr_enum_str),
    g_repr_enum_format("__format__", repr_enum_format), g_name("name", name_getter), g_value("value", value_getter),
    g_name_set("name", member_setter<kName>), g_value_set("value", member_setter<kValue>),
    g_name_del("name", member_deleter<kName>), g_value_del("value", member_deleter<kValue>);

Object base_class(const char* name, std::vector<Object> bases, std::initializer_list<std::pair<const char*, Object>> attrs) {
  Object ns = py_dict();
  for (auto& [k, v] : attrs) as_dict(ns)->set(py_str(k), v);
  Object cls = make_class(name, name, Args(bases), ns);
  cls.as<TypeObject>()->module = "enum";
  ClassObject* c = cls.as<TypeObject>()->kind_of_class();
  c->metaclass = &EnumType_type;
  c->enum_members = py_list({});  // an enum without members: <enum 'Enum'>, len 0
  c->enum_by_name = py_dict();
  c->enum_by_value = py_dict();
  cls.heap()->refcnt += 1;  // immortal
  return cls;
}

struct Bases {
  Object enum_, repr_enum, int_enum, str_enum, flag, int_flag;
};
Bases* g_bases = nullptr;  // made on first use of the enum module

}  // namespace

// ---- Flag ------------------------------------------------------------------------------------
bool is_flag(const ClassObject* c) { return g_bases && c->is_subtype_of(g_bases->flag.as<TypeObject>()); }

namespace {
// FlagBoundary: IntFlag's KEEP keeps unknown bits; Flag's STRICT refuses them.
bool keeps_bits(const ClassObject* c) { return c->is_subtype_of(g_bases->int_flag.as<TypeObject>()); }
Object class_int(const ClassObject* c, const char* name) {
  const Object* v = c->lookup(intern(name));
  return v ? *v : py_int(0);
}
bool nonzero(const Object& v) { return aiocc::truthy(v); }
bool negative(const Object& v) { return aiocc::truthy(cmp_lt(v, py_int(0))); }
Object bit_length(const Object& v) { return call_method(v, "bit_length", {}); }
bool single_bit(const Object& v) {  // _is_single_bit
  return is_int(v) && !negative(v) && nonzero(v) && !nonzero(bitand_(v, sub(v, py_int(1))));
}
Object value_of(const Object& v) {  // an IntFlag's or IntEnum's int, for arithmetic on values
  const InstanceObject* inst = as_instance(v);
  return inst && !inst->base_value.is_unbound() ? inst->base_value : v;
}

// enum.bin(num, max_bits): two's complement with the sign bit apart ("0b0 1000").
std::string flag_bin(const Object& num, int64_t max_bits) {
  Object ceiling = aiocc::pow(py_int(2), bit_length(num));
  std::string s;
  if (!negative(num)) {
    s = str_value(builtins::bin({add(num, ceiling)}, {}));
    s[s.find('1', 2)] = '0';
  } else {
    s = str_value(builtins::bin({bitxor_(invert(num), add(sub(ceiling, py_int(1)), ceiling))}, {}));
  }
  std::string sign = s.substr(0, 3), digits = s.substr(3);
  if (static_cast<int64_t>(digits.size()) < max_bits) {
    digits = (std::string(max_bits, sign.back()) + digits).substr(digits.size());
  }
  return sign + " " + digits;
}

// Flag._iter_member_: the members of the bits set in `value`, lowest bit first, or in
// definition order when the members were not defined in increasing value order.
std::vector<Object> flag_members_of(ClassObject* c, const Object& value) {
  std::vector<Object> out;
  for (Object num = bitand_(value, class_int(c, "_flag_mask_")); nonzero(num);) {
    Object bit = bitand_(num, add(invert(num), py_int(1)));
    num = bitxor_(num, bit);
    if (Object* m = as_dict(c->enum_by_value)->find(bit)) out.push_back(*m);
  }
  const auto& defined = as_list(c->enum_members)->items;
  bool sorted = true;
  for (size_t i = 1; i < defined.size() && sorted; ++i) {
    sorted = !lt(member_value(defined[i]), member_value(defined[i - 1]));
  }
  if (!sorted) {
    auto order = [&](const Object& m) {
      return std::find_if(defined.begin(), defined.end(), [&](const Object& d) { return d.same(m); }) - defined.begin();
    };
    std::sort(out.begin(), out.end(), [&](const Object& a, const Object& b) { return order(a) < order(b); });
  }
  return out;
}

}  // namespace

// Flag._missing_: a pseudo-member for a combination of members (and, with KEEP, unknown bits),
// running in its enum.py frame `f`.
Object flag_missing(ClassObject* c, Object value, PlainFrame& f) {
  value = value_of(value);
  if (!is_int(value)) {
    f.pos = cpython::kFlagNotInt;
    raise(&exc::ValueError, aiocc::repr(value) + " is not a valid " +
                                str_value(aiocc::getattr(Object(c), "__qualname__")));
  }
  const bool keep = keeps_bits(c);
  const Object flag_mask = class_int(c, "_flag_mask_"), singles_mask = class_int(c, "_singles_mask_"),
               all_bits = class_int(c, "_all_bits_");
  Object neg_value;
  if (!(nonzero(cmp_le(invert(all_bits), value)) && nonzero(cmp_le(value, all_bits))) ||
      nonzero(bitand_(value, bitxor_(all_bits, flag_mask)))) {
    if (!keep) {
      f.pos = cpython::kFlagInvalid;
      Object vbits = bit_length(value), mbits = bit_length(flag_mask);
      int64_t max_bits = std::max(vbits.as_int(), mbits.as_int());
      raise(&exc::ValueError, class_repr(c) + " invalid value " + aiocc::repr(value) + "\n    given " +
                                  flag_bin(value, max_bits) + "\n  allowed " + flag_bin(flag_mask, max_bits));
    }
    if (negative(value)) {
      Object room = aiocc::pow(py_int(2), bit_length(value)), top = add(all_bits, py_int(1));
      value = add(lt(top, room) ? room : top, value);
    }
  }
  if (negative(value)) {
    neg_value = value;
    value = add(add(all_bits, py_int(1)), value);
  }
  Object unknown = bitand_(value, invert(flag_mask)), aliases = bitand_(value, invert(singles_mask)),
         member_bits = bitand_(value, singles_mask);
  if (nonzero(unknown) && !keep) {
    raise(&exc::ValueError, c->name + "(" + aiocc::repr(value) + ") -->  unknown values " + aiocc::repr(unknown) +
                                " [" + str_value(builtins::bin({unknown}, {})) + "]");
  }
  Object pseudo = make<InstanceObject>(c);
  if (c->builtin_base) as_instance(pseudo)->base_value = aiocc::call(Object(c->builtin_base), {value});
  aiocc::setattr(pseudo, "_value_", value);
  Object name = None;
  if (nonzero(member_bits) || nonzero(aliases)) {
    std::vector<Object> members = flag_members_of(c, member_bits);
    Object combined = py_int(0);
    for (const Object& m : members) combined = bitor_(combined, member_value(m));
    if (nonzero(aliases)) {
      value = bitor_(member_bits, aliases);
      for (auto& e : as_dict(c->enum_by_name)->entries) {
        if (!e.live()) continue;
        const Object& pm = e.value;
        Object pv = member_value(pm);
        bool listed = std::any_of(members.begin(), members.end(), [&](const Object& m) { return m.same(pm); });
        if (!listed && nonzero(pv) && eq(bitand_(pv, value), pv)) {
          members.push_back(pm);
          combined = bitor_(combined, pv);
        }
      }
    }
    unknown = bitxor_(value, combined);
    std::string joined;
    for (const Object& m : members) joined += (joined.empty() ? "" : "|") + str_value(member_name(m));
    if (!nonzero(combined)) {
      name = None;
    } else if (nonzero(unknown) && !keep) {
      raise(&exc::ValueError, class_repr(c) + ": no members with value " + aiocc::repr(unknown));
    } else {
      name = py_str(nonzero(unknown) ? joined + "|" + aiocc::repr(unknown) : joined);
    }
  }
  aiocc::setattr(pseudo, "_name_", name);
  DictObject* by_value = as_dict(c->enum_by_value);
  if (Object* cached = by_value->find(value)) {
    pseudo = *cached;
  } else {
    by_value->set(value, pseudo);
  }
  if (!neg_value.is_unbound()) by_value->set(neg_value, pseudo);
  return pseudo;
}

namespace {

Object flag_repr(const Object& self, Args) {
  Object name = member_name(self);
  const std::string v = aiocc::repr(member_value(self));
  if (name.is_none()) return py_str("<" + short_name(class_of(self)) + ": " + v + ">");
  return py_str("<" + short_name(class_of(self)) + "." + str_value(name) + ": " + v + ">");
}
Object flag_str(const Object& self, Args) {
  Object name = member_name(self);
  if (name.is_none()) return py_str(short_name(class_of(self)) + "(" + aiocc::repr(member_value(self)) + ")");
  return py_str(short_name(class_of(self)) + "." + str_value(name));
}
Object flag_bool(const Object& self, Args) { return Object::from_bool(nonzero(member_value(self))); }
Object flag_len(const Object& self, Args) { return call_method(member_value(self), "bit_count", {}); }
Object flag_iter(const Object& self, Args) {
  return make_iterator(py_list(flag_members_of(class_of(self), member_value(self))));
}
Object flag_contains(const Object& self, Args a) {
  ClassObject* c = class_of(self);
  if (a.size() != 1 || !type_of(a[0])->is_subtype_of(c)) {
    raise(&exc::TypeError, "unsupported operand type(s) for 'in': " +
                               aiocc::repr(aiocc::getattr(Object(type_of(a[0])), "__qualname__")) + " and " +
                               aiocc::repr(aiocc::getattr(Object(c), "__qualname__")));
  }
  Object v = member_value(a[0]);
  return Object::from_bool(eq(bitand_(v, member_value(self)), v));
}
// Flag.__or__ and friends: with a member of the same class, or (IntFlag) with an int.
template <Object (*op)(const Object&, const Object&, Pos)>
Object flag_binary(const Object& self, Args a) {
  ClassObject* c = class_of(self);
  if (a.size() != 1) raise(&exc::TypeError, "expected 1 argument, got " + std::to_string(a.size()));
  Object other;
  if (type_of(a[0])->is_subtype_of(c)) {
    other = member_value(a[0]);
  } else if (c->builtin_base == &types::int_ && is_int(value_of(a[0]))) {
    other = value_of(a[0]);
  } else {
    return NotImplemented;
  }
  return lookup_value(c, op(member_value(self), other, {}));
}
Object flag_invert(const Object& self, Args) {
  ClassObject* c = class_of(self);
  if (keeps_bits(c)) return lookup_value(c, invert(member_value(self)));
  return lookup_value(c, bitand_(class_int(c, "_singles_mask_"), invert(member_value(self))));
}

NativeMethod g_flag_repr("__repr__", flag_repr), g_flag_str("__str__", flag_str), g_flag_bool("__bool__", flag_bool),
    g_flag_len("__len__", flag_len), g_flag_iter("__iter__", flag_iter), g_flag_contains("__contains__", flag_contains),
    g_flag_or("__or__", flag_binary<bitor_>), g_flag_and("__and__", flag_binary<bitand_>),
    g_flag_xor("__xor__", flag_binary<bitxor_>), g_flag_ror("__ror__", flag_binary<bitor_>),
    g_flag_rand("__rand__", flag_binary<bitand_>), g_flag_rxor("__rxor__", flag_binary<bitxor_>),
    g_flag_invert("__invert__", flag_invert);

const Bases& bases() {
  static Bases b = [] {
    Bases x;
    x.enum_ = base_class("Enum", {}, {{"__repr__", Object(&g_repr)}, {"__str__", Object(&g_str)},
                                      {"__format__", Object(&g_format)}, {"__hash__", Object(&g_hash)},
                                      {"name", make_property(Object(&g_name), Object(&g_name_set), Object(&g_name_del))},
                                      {"value", make_property(Object(&g_value), Object(&g_value_set), Object(&g_value_del))}});
    x.repr_enum = base_class("ReprEnum", {x.enum_}, {{"__str__", Object(&g_repr_enum_str)},
                                                     {"__format__", Object(&g_repr_enum_format)}});
    x.int_enum = base_class("IntEnum", {Object(&types::int_), x.repr_enum}, {});
    x.str_enum = base_class("StrEnum", {Object(&types::str), x.repr_enum}, {});
    x.flag = base_class("Flag", {x.enum_},
                        {{"__repr__", Object(&g_flag_repr)}, {"__str__", Object(&g_flag_str)},
                         {"__bool__", Object(&g_flag_bool)}, {"__len__", Object(&g_flag_len)},
                         {"__iter__", Object(&g_flag_iter)}, {"__contains__", Object(&g_flag_contains)},
                         {"__or__", Object(&g_flag_or)}, {"__and__", Object(&g_flag_and)},
                         {"__xor__", Object(&g_flag_xor)}, {"__ror__", Object(&g_flag_ror)},
                         {"__rand__", Object(&g_flag_rand)}, {"__rxor__", Object(&g_flag_rxor)},
                         {"__invert__", Object(&g_flag_invert)}, {"_flag_mask_", py_int(0)},
                         {"_singles_mask_", py_int(0)}, {"_all_bits_", py_int(0)},
                         {"_numeric_repr_", Object(&builtins::repr_fn)}});
    x.int_flag = base_class("IntFlag", {Object(&types::int_), x.repr_enum, x.flag}, {});
    return x;
  }();
  g_bases = &b;
  return b;
}

bool is_base(const ClassObject* c) {
  const Bases& b = *g_bases;
  return c == b.enum_.heap() || c == b.repr_enum.heap() || c == b.int_enum.heap() || c == b.str_enum.heap() ||
         c == b.flag.heap() || c == b.int_flag.heap();
}

bool is_descriptor_value(const Object& v) {
  if (!v.is_heap()) return false;
  TypeObject* t = v.heap()->type();
  return t == &types::function || t == &types::property || t == &types::staticmethod ||
         t == &types::classmethod || v.heap()->is_descriptor() || v.dyn<TypeObject>() ||
         (as_instance(v) && !as_instance(v)->cls->slot(Slot::get).is_unbound());
}

}  // namespace

// _generate_next_value_(name, start, count, last_values): the class's own (or an enum base's)
// if it defines one; else the name lowercased for StrEnum, or the last value + 1 (start first).
Object next_value(ClassObject* c, const std::string& name, int64_t start, int64_t count,
                  const std::vector<Object>& last_values) {
  if (c->lookup(intern("_generate_next_value_"))) {
    Object gen = aiocc::getattr(Object(c), "_generate_next_value_");
    return aiocc::call(gen, {py_str(name), py_int(start), py_int(count), py_list(last_values)});
  }
  if (is_flag(c)) {  // Flag._generate_next_value_: the power of two above the highest value
    if (count == 0) return py_int(start);
    Object high = last_values[0];
    for (const Object& v : last_values) high = lt(high, v) ? v : high;
    if (!is_int(value_of(high))) raise(&exc::TypeError, "invalid flag value " + aiocc::repr(high));
    return aiocc::pow(py_int(2), bit_length(value_of(high)));
  }
  if (c->is_subtype_of(g_bases->str_enum.as<TypeObject>())) {
    std::string lower = name;
    for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return py_str(lower);
  }
  for (auto it = last_values.rbegin(); it != last_values.rend(); ++it) {
    try {
      return add(*it, py_int(1));
    } catch (PyException&) {
    }
  }
  return py_int(start);
}

namespace {

bool is_dunder(const std::string& n) {
  return n.size() > 4 && n.compare(0, 2, "__") == 0 && n.compare(n.size() - 2, 2, "__") == 0 && n[2] != '_' &&
         n[n.size() - 3] != '_';
}
bool is_sunder(const std::string& n) {
  return n.size() > 2 && n.front() == '_' && n.back() == '_' && n[1] != '_' && n[n.size() - 2] != '_';
}
// enum.py's _is_private: `_Cls__x` (a mangled `__x` of the class body), not ending in `__`.
bool is_private(const std::string& cls_name, const std::string& n) {
  const std::string pattern = "_" + cls_name + "__";
  return n.size() > pattern.size() && n.compare(0, pattern.size(), pattern) == 0 &&
         !(n.back() == '_' && n[n.size() - 2] == '_');
}

bool member_candidate(const std::string& n) {
  if (n.size() >= 4 && n.compare(0, 2, "__") == 0 && n.compare(n.size() - 2, 2, "__") == 0) return false;
  if (n.size() >= 2 && n.front() == '_' && n.back() == '_') return false;  // _sunder_ names
  return true;
}

// The class body of an enum being run: its namespace checks each store as _EnumDict does.
struct EnumNamespace {
  Object ns;
  std::string cls_name;
  std::vector<std::string> members, ignore;
};
std::vector<EnumNamespace> g_namespaces;  // innermost class statement last

}  // namespace

bool is_enum_bases(Args bases) {
  if (!g_bases) return false;
  for (const Object& b : bases) {
    auto* t = b.dyn<TypeObject>();
    if (t && t->is_subtype_of(g_bases->enum_.as<TypeObject>())) return true;
  }
  return false;
}

void track_namespace(const Object& ns, const std::string& cls_name) { g_namespaces.push_back({ns, cls_name, {}, {}}); }

void untrack_namespace(const Object& ns) {
  for (auto it = g_namespaces.begin(); it != g_namespaces.end(); ++it) {
    if (it->ns.same(ns)) {
      g_namespaces.erase(it);
      return;
    }
  }
}

bool tracking_namespaces() { return !g_namespaces.empty(); }

// _EnumDict.__setitem__'s checks (3.11), before the store.
void namespace_store(const Object& ns, const Object& key, const Object& value) {
  EnumNamespace* e = nullptr;
  for (auto& x : g_namespaces) {
    if (x.ns.same(ns)) e = &x;
  }
  if (!e || !is_str(key)) return;
  const std::string name = str_value(key);
  auto listed = [](const std::vector<std::string>& v, const std::string& n) {
    return std::find(v.begin(), v.end(), n) != v.end();
  };
  auto already = [&](const CodeInfo& where) {
    cpython::raise_in(where, &exc::TypeError,
                      aiocc::repr(key) + " already defined as " + aiocc::repr(getitem(ns, key)));
  };
  if (is_private(e->cls_name, name)) return;
  if (is_sunder(name)) {
    static const char* const allowed[] = {"_order_", "_generate_next_value_", "_numeric_repr_", "_missing_",
                                          "_ignore_", "_iter_member_", "_iter_member_by_value_",
                                          "_iter_member_by_def_"};
    if (std::none_of(std::begin(allowed), std::end(allowed), [&](const char* a) { return name == a; })) {
      cpython::raise_in(cpython::enum_sunder, &exc::ValueError,
                        "_sunder_ names, such as " + aiocc::repr(key) + ", are reserved for future Enum use");
    }
    if (name == "_ignore_") {
      Object names = value;
      if (is_str(names)) names = call_method(call_method(names, "replace", {py_str(","), py_str(" ")}), "split", {});
      e->ignore.clear();
      std::vector<Object> set_already;
      for (const Object& n : to_vector(names)) {
        e->ignore.push_back(aiocc::str(n));
        if (listed(e->members, e->ignore.back())) set_already.push_back(n);
      }
      if (!set_already.empty()) {
        cpython::raise_in(cpython::enum_ignore_set, &exc::ValueError,
                          "_ignore_ cannot specify already set names: " + aiocc::repr(py_set(set_already)));
      }
    }
    return;
  }
  if (is_dunder(name)) return;
  if (listed(e->members, name)) already(cpython::enum_redefined_member);
  if (listed(e->ignore, name) || is_descriptor_value(value)) return;
  if (as_dict(ns)->find(key)) already(cpython::enum_member_over_attr);
  e->members.push_back(name);
}

// EnumType._find_new_: what makes the members. A __new__ in the class body (kept as
// __new_member__ for subclasses: the class's own __new__ becomes Enum's value lookup), else a
// base enum's __new_member__, else the data type's __new__; none (object.__new__) for plain enums.
struct MemberNew {
  Object user;          // a __new__ written in Python
  bool builtin = false;  // the data type's __new__ (int.__new__, str.__new__...)
};

MemberNew find_new(ClassObject* c) {
  DictObject* ns = as_dict(c->ns);
  auto unwrap = [](const Object& f) {
    return f.is_heap() && f.heap()->type() == &types::staticmethod ? wrapped_function(f) : f;
  };
  if (Object* own = ns->find(intern("__new__").str)) {
    Object f = unwrap(*own);
    ns->set(intern("__new_member__").str, *own);
    ns->erase(intern("__new__").str);
    return {f, false};
  }
  for (TypeObject* t : c->mro) {
    ClassObject* k = t->kind_of_class();
    if (!k || k == c) continue;
    if (Object* inherited = as_dict(k->ns)->find(intern("__new_member__").str)) return {unwrap(*inherited), false};
  }
  return {Object(), c->builtin_base != nullptr};
}

// _new_member_(enum_class, *args): the user's __new__, the data type's (the member extends its
// value), or a bare instance.
Object make_member(ClassObject* c, const MemberNew& how, const std::vector<Object>& args) {
  if (!how.user.is_unbound()) {
    std::vector<Object> argv{Object(c)};
    argv.insert(argv.end(), args.begin(), args.end());
    return aiocc::call(how.user, Args(argv));
  }
  Object member = make<InstanceObject>(c);
  if (how.builtin) as_instance(member)->base_value = aiocc::call(Object(c->builtin_base), Args(args));
  return member;
}

// `enum_member._value_ = enum_class._member_type_(*args)` when __new__ set no _value_, in
// __set_name__'s frame `f`.
Object member_data_value(ClassObject* c, const std::vector<Object>& args, PlainFrame& f) {
  f.pos = cpython::kSetNameValue;
  try {
    return aiocc::call(Object(c->builtin_base), Args(args));
  } catch (PyException& e) {
    if (!type_of(e.exc)->is_subtype_of(&exc::Exception)) throw;
    Object err = new_exception(&exc::TypeError, {py_str("_value_ not set in __new__, unable to create it")});
    err.as<ExceptionObject>()->cause = e.exc;
    err.as<ExceptionObject>()->suppress_context = true;
    err.as<ExceptionObject>()->context = e.exc;
    f.pos = cpython::kSetNameRaise;
    raise_exc(err);
  }
}

void enum_class_created(ClassObject* c) {
  if (!g_bases || is_base(c) || !c->is_subtype_of(g_bases->enum_.as<TypeObject>())) return;
  if (!c->metaclass) c->metaclass = &EnumType_type;
  const bool str_enum = c->is_subtype_of(g_bases->str_enum.as<TypeObject>());
  const bool flag = is_flag(c);
  Object flag_mask = py_int(0), singles_mask = py_int(0);
  DictObject* ns = as_dict(c->ns);
  const std::string cls_name = short_name(c);
  // _ignore_ (a list of names, or one str of names separated by spaces or commas): those names
  // and _ignore_ itself leave the class.
  if (Object* ignore = ns->find(py_str("_ignore_"))) {
    Object names = *ignore;
    if (is_str(names)) {
      names = call_method(call_method(names, "replace", {py_str(","), py_str(" ")}, {}), "split", {}, {});
    }
    for (const Object& n : to_vector(names)) ns->erase(n);
    ns->erase(py_str("_ignore_"));
    c->changed();
  }
  std::vector<std::pair<std::string, Object>> defs;
  for (auto& e : ns->entries) {
    if (!e.live() || !is_str(e.key)) continue;
    std::string n = str_value(e.key);
    if (member_candidate(n) && !is_private(cls_name, n) && !is_descriptor_value(e.value)) defs.emplace_back(n, e.value);
  }
  // Members must extend an enum without members only.
  for (TypeObject* b : c->mro) {
    ClassObject* k = b->kind_of_class();
    if (k && k != c && !k->enum_members.is_unbound() && as_list(k->enum_members)->items.size()) {
      raise(&exc::TypeError, "<enum '" + short_name(c) + "'> cannot extend <enum '" + short_name(k) + "'>");
    }
  }
  c->enum_members = py_list({});
  c->enum_by_name = py_dict();
  c->enum_by_value = py_dict();
  const MemberNew member_new = find_new(c);
  std::vector<Object> last_values;
  const Object* user_init = c->lookup(intern("__init__"));
  int64_t count = 0;
  for (auto& [name, given] : defs) {
    Object value = given;
    if (AutoObject* a = as_auto(given); a && a->op == 0) {
      if (a->value.is_unbound()) a->value = next_value(c, name, 1, count, last_values);
      value = a->value;
    } else if (a) {
      value = auto_value(given);
    }
    ++count;
    last_values.push_back(value);
    // _proto_member.__set_name__: the member made by _new_member_, its _value_, then __init__.
    std::vector<Object> args = as_tuple(value) ? as_tuple(value)->items : std::vector<Object>{value};
    if (c->builtin_base == &types::tuple) args = {py_tuple(args)};
    if (str_enum && !is_str(value) && member_new.user.is_unbound()) raise(&exc::TypeError, aiocc::repr(value) + " is not a string");
    Object member = cpython::run_in(&cpython::enum_type_new, [&](PlainFrame&) {
      return cpython::run_in(&cpython::enum_set_name, [&](PlainFrame& f) {
        f.pos = cpython::kSetNameNew;
        Object m = make_member(c, member_new, args);
        if (!has_attribute(m, "_value_")) {
          aiocc::setattr(m, "_value_", c->builtin_base ? member_data_value(c, args, f) : value);
        }
        aiocc::setattr(m, "_name_", py_str(name));
        f.pos = cpython::kSetNameInit;
        if (user_init && user_init->is_heap() && user_init->heap()->type() == &types::function) {
          call_with_self(*user_init, m, Args(args), {});
        }
        return m;
      });
    });
    value = member_value(member);
    if (flag) {
      flag_mask = bitor_(flag_mask, value_of(value));
      if (single_bit(value_of(value))) singles_mask = bitor_(singles_mask, value_of(value));
    }
    if (Object* existing = as_dict(c->enum_by_value)->find(value)) {  // an alias
      as_dict(c->enum_by_name)->set(py_str(name), *existing);
      ns->set(py_str(name), *existing);
      continue;
    }
    // A flag's multi-bit (and zero) members are members, but neither iterated nor counted.
    if (!flag || single_bit(value_of(value))) as_list(c->enum_members)->items.push_back(member);
    as_dict(c->enum_by_name)->set(py_str(name), member);
    as_dict(c->enum_by_value)->set(value, member);
    ns->set(py_str(name), member);
  }
  if (flag) {
    ns->set(py_str("_flag_mask_"), flag_mask);
    ns->set(py_str("_singles_mask_"), singles_mask);
    ns->set(py_str("_all_bits_"), sub(aiocc::pow(py_int(2), bit_length(flag_mask)), py_int(1)));
  }
  c->changed();
}

std::string class_repr(const ClassObject* c) { return (is_flag(c) ? "<flag '" : "<enum '") + short_name(c) + "'>"; }

Object unique(Args given, Kwargs kw) {
  static const PyDef def("unique", {{"enumeration"}}, {Object()});
  const std::vector<Object> args = def.bind(given, kw);
  TypeObject* t = args[0].dyn<TypeObject>();
  ClassObject* c = t ? t->kind_of_class() : nullptr;
  if (!c || c->enum_by_name.is_unbound()) return args[0];
  std::string dups;
  for (auto& e : as_dict(c->enum_by_name)->entries) {
    if (!e.live()) continue;
    const std::string alias = str_value(e.key);
    const std::string canonical = str_value(member_name(e.value));
    if (alias != canonical) dups += (dups.empty() ? "" : ", ") + alias + " -> " + canonical;
  }
  if (!dups.empty()) raise(&exc::ValueError, "duplicate values found in " + class_repr(c) + ": " + dups);
  return args[0];
}

Object attr(std::string_view name) {
  const Bases& b = bases();
  if (name == "Enum") return b.enum_;
  if (name == "ReprEnum") return b.repr_enum;
  if (name == "IntEnum") return b.int_enum;
  if (name == "StrEnum") return b.str_enum;
  if (name == "Flag") return b.flag;
  if (name == "IntFlag") return b.int_flag;
  raise(&exc::AttributeError, "module 'enum' has no attribute '" + std::string(name) + "'");
}

BuiltinFunction unique_fn("unique", unique, "enum");

}  // namespace aiocc::enums
