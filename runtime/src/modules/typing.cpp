// types.GenericAlias, types.UnionType and the typing module (see typing.h). CPython's
// Objects/genericaliasobject.c, Objects/unionobject.c and Lib/typing.py are the reference for
// what each object prints and which operations raise.
#include "aiocc/py/typing.h"

#include <functional>
#include <map>
#include <set>

#include "aiocc/asyncio.h"
#include "aiocc/py/abc.h"
#include "aiocc/py/builtins.h"
#include "aiocc/py/dataclasses.h"
#include "aiocc/py/enum.h"
#include "aiocc/py/dict.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/function.h"
#include "aiocc/py/instance.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/protocols.h"
#include "aiocc/py/str.h"
#include "aiocc/py/types.h"
#include "internal.h"
#include "object_model.h"

namespace aiocc {
namespace typing {
Object construct_type_var(TypeObject* self, Args args, Kwargs kw);
Object construct_new_type(TypeObject*, Args args, Kwargs kw) { return NewType(args, kw); }
TypeObject TypeVar_type("TypeVar", &types::object, construct_type_var, "typing");
TypeObject ParamSpec_type("ParamSpec", &types::object, construct_type_var, "typing");
TypeObject TypeVarTuple_type("TypeVarTuple", &types::object, construct_type_var, "typing");
TypeObject NewType_type("NewType", &types::object, construct_new_type, "typing");
}  // namespace typing
namespace {

Object typing_cannot_construct(TypeObject* self, Args, Kwargs) {
  raise(&exc::TypeError, "cannot create '" + self->qualified_name() + "' instances");
}

TypeObject generic_alias_type("GenericAlias", &types::object, typing_cannot_construct, "types");
TypeObject union_type("UnionType", &types::object, typing_cannot_construct, "types");
TypeObject special_form_type("_SpecialForm", &types::object, typing_cannot_construct, "typing");
TypeObject typing_alias_type("_GenericAlias", &types::object, typing_cannot_construct, "typing");
TypeObject special_alias_type("_SpecialGenericAlias", &types::object, typing_cannot_construct, "typing");
TypeObject callable_type_type("_CallableType", &types::object, typing_cannot_construct, "typing");
TypeObject tuple_type_type("_TupleType", &types::object, typing_cannot_construct, "typing");

TypeObject* as_class(const Object& o) { return o.dyn<TypeObject>(); }
bool is_none_type(const Object& o) { return as_class(o) == &types::none; }

// typing's and GenericAlias's spelling of an argument (typing._type_repr).
std::string type_repr(const Object& o, bool none_as_none) {
  if (o.is_heap() && o.heap() == Ellipsis.heap()) return "...";
  if (TypeObject* t = as_class(o)) {
    if (t == &types::none) return none_as_none ? "None" : "NoneType";
    return t->module == "builtins" ? t->name : t->module + "." + t->name;
  }
  if (type_of(o) == &types::function) return str(getattr(o, "__name__"));
  return repr(o);
}

std::string join_reprs(const std::vector<Object>& args, bool none_as_none) {
  std::string out;
  for (size_t i = 0; i < args.size(); ++i) {
    if (i) out += ", ";
    if (ListObject* l = as_list(args[i])) {  // Callable's parameter list
      out += "[" + join_reprs(l->items, none_as_none) + "]";
    } else {
      out += type_repr(args[i], none_as_none);
    }
  }
  return out;
}

bool is_type_var(const Object& o) {
  TypeObject* t = type_of(o);
  return t == &typing::TypeVar_type || t == &typing::ParamSpec_type || t == &typing::TypeVarTuple_type;
}

// typing._collect_parameters: the type variables of `args`, in order of first appearance.
std::vector<Object> collect_parameters(const std::vector<Object>& args) {
  std::vector<Object> out;
  auto add = [&](const Object& v) {
    for (const Object& o : out) {
      if (o.same(v)) return;
    }
    out.push_back(v);
  };
  for (const Object& t : args) {
    if (as_class(t)) continue;  // a bare class's __parameters__ is not wanted
    if (TupleObject* tup = as_tuple(t)) {
      for (const Object& x : collect_parameters(tup->items)) add(x);
    } else if (ListObject* l = as_list(t)) {  // Callable's parameter list
      for (const Object& x : collect_parameters(l->items)) add(x);
    } else if (is_type_var(t)) {
      add(t);
    } else if (t.is_heap() && has_attribute(t, "__parameters__")) {
      Object ps = aiocc::getattr(t, "__parameters__");
      if (TupleObject* pt = as_tuple(ps)) {
        for (const Object& x : pt->items) add(x);
      }
    }
  }
  return out;
}

// A subscripted or united annotation.
struct AliasObject final : HeapObject {
  enum Kind { Generic, Union, Typing, TypingUnion } kind;  // types.GenericAlias, types.UnionType, typing
  Object origin;  // the class it stands for (unbound for unions and origin-less forms)
  std::string name;  // typing: the form's name ("List", "Callable", ...)
  std::vector<Object> args;

  AliasObject(Kind k, Object o, std::string n, std::vector<Object> a)
      : kind(k), origin(std::move(o)), name(std::move(n)), args(std::move(a)) {}
  TypeObject* type() const override {
    return kind == Generic ? &generic_alias_type : kind == Union ? &union_type : &typing_alias_type;
  }
  std::string repr() const override {
    switch (kind) {
      case Generic:
        return type_repr(origin, false) + "[" + (args.empty() ? "()" : join_reprs(args, false)) + "]";
      case Union: {
        std::string out;
        for (size_t i = 0; i < args.size(); ++i) out += (i ? " | " : "") + type_repr(args[i], true);
        return out;
      }
      case TypingUnion:
        if (args.size() == 2 && (is_none_type(args[0]) || is_none_type(args[1]))) {
          return "typing.Optional[" + type_repr(is_none_type(args[0]) ? args[1] : args[0], false) + "]";
        }
        return "typing.Union[" + join_reprs(args, false) + "]";
      case Typing: break;
    }
    if (name == "Unpack" && args.size() == 1) return "*" + type_repr(args[0], false);  // 3.11's star form
    std::string head = name.empty() ? type_repr(origin, false) : "typing." + name;
    if (name == "Literal") {
      std::string out;
      for (size_t i = 0; i < args.size(); ++i) out += (i ? ", " : "") + aiocc::repr(args[i]);
      return head + "[" + out + "]";
    }
    return head + "[" + (args.empty() ? "()" : join_reprs(args, false)) + "]";
  }
  Object getattr(const Object& self, std::string_view attr) override {
    if (attr == "__origin__") {
      if (kind == Union) return HeapObject::getattr(self, attr);
      if (kind == TypingUnion) return attr_of_typing("Union");
      return origin.is_unbound() ? None : origin;
    }
    if (attr == "__args__") return py_tuple(args);
    if (attr == "__parameters__") return py_tuple(collect_parameters(args));
    if (attr == "__module__" && kind != Generic) {  // a named form's is typing's; Box[int]'s is Box's
      if (kind == Union) return py_str("types");
      if (kind == Typing && name.empty() && !origin.is_unbound()) return aiocc::getattr(origin, attr);
      return py_str("typing");
    }
    if (kind == Generic && !origin.is_unbound()) return aiocc::getattr(origin, attr);
    // typing._BaseGenericAlias.__getattr__: the form's name, else the origin's; other
    // non-dunder names are relayed to the origin.
    if (kind == TypingUnion && (attr == "__name__" || attr == "__qualname__")) {
      bool optional = args.size() == 2 && (is_none_type(args[0]) || is_none_type(args[1]));
      return py_str(optional ? "Optional" : "Union");
    }
    if (kind == Typing && (attr == "__name__" || attr == "__qualname__")) {
      if (!name.empty()) return py_str(name);
      if (!origin.is_unbound()) return aiocc::getattr(origin, "__name__");
    }
    const bool dunder = attr.size() > 4 && attr.substr(0, 2) == "__" && attr.substr(attr.size() - 2) == "__";
    if (kind == Typing && !dunder && as_class(origin)) return aiocc::getattr(origin, attr);
    if (kind != Typing && kind != TypingUnion) return HeapObject::getattr(self, attr);
    try {
      return HeapObject::getattr(self, attr);
    } catch (PyException& e) {
      if (!exception_matches(e.exc, Object(&exc::AttributeError))) throw;
      raise(&exc::AttributeError, std::string(attr));  // typing's __getattr__: just the name
    }
  }
  bool is_callable() const override { return kind != Union && kind != TypingUnion; }
  Object call(Args a, Kwargs kw) override;
  static Object attr_of_typing(std::string_view n) { return typing::attr(n); }
};

// How many arguments a typing alias takes (0: not generic), or one of these for a special form.
constexpr int kSpecial = -1;  // its own rules (Optional, Union, Tuple, Callable...)
constexpr int kPlain = -2;    // none (Any, NoReturn...)

// An unsubscripted typing special form or alias: typing.Any, typing.Optional, typing.List.
struct FormObject final : HeapObject {
  std::string name;
  Object origin;        // List -> list, ...; unbound when it has none or the library registers it
  int params;           // see FormSpec
  bool is_class;        // typing defines it as a class (IO, SupportsInt, ...)
  FormObject(std::string n, Object o, int p, bool c)
      : name(std::move(n)), origin(std::move(o)), params(p), is_class(c) {
    refcnt = 1;  // lives as long as the program
  }
  // Its origin, or the class of collections.abc that module registered for it.
  Object origin_class() const;
  TypeObject* type() const override {
    if (name == "Callable") return &callable_type_type;
    if (name == "Tuple") return &tuple_type_type;
    return params >= 0 ? &special_alias_type : &special_form_type;
  }
  std::string repr() const override { return is_class ? "<class 'typing." + name + "'>" : "typing." + name; }
  bool is_callable() const override { return true; }
  Object getattr(const Object& self, std::string_view attr) override {
    if (attr == "__origin__") {
      if (Object o = origin_class(); !o.is_unbound()) return o;
    }
    if (attr == "_name" || attr == "__name__") return py_str(name);
    return HeapObject::getattr(self, attr);
  }
  Object call(Args a, Kwargs kw) override;
};

// `result.__orig_class__ = alias`, unless the result takes no attributes (AttributeError; and
// TypeError too for types.GenericAlias's ga_call).
Object with_orig_class(Object result, const Object& alias, bool also_type_error) {
  try {
    aiocc::setattr(result, "__orig_class__", alias);
  } catch (PyException& e) {
    const bool ignored = exception_matches(e.exc, Object(&exc::AttributeError)) ||
                         (also_type_error && exception_matches(e.exc, Object(&exc::TypeError)));
    if (!ignored) throw;
  }
  return result;
}

// typing._BaseGenericAlias.__call__: the origin called, the result told which alias made it;
// the aliases of built-in classes (`inst=False`) refuse.
Object call_alias(const Object& self, const std::string& name, const Object& origin, Args a, Kwargs kw) {
  static const std::set<std::string, std::less<>> not_instantiable = {"List", "Dict", "Set", "FrozenSet", "Tuple", "Type"};
  if (not_instantiable.count(name)) {
    raise(&exc::TypeError, "Type " + name + " cannot be instantiated; use " + as_class(origin)->name + "() instead");
  }
  return with_orig_class(aiocc::call(origin, a, kw), self, false);
}

// P.args, P.kwargs of a ParamSpec P: typing.ParamSpecArgs / ParamSpecKwargs.
TypeObject param_spec_args_type("ParamSpecArgs", &types::object, typing_cannot_construct, "typing");
TypeObject param_spec_kwargs_type("ParamSpecKwargs", &types::object, typing_cannot_construct, "typing");
struct ParamSpecPart final : HeapObject {
  Object origin;
  bool kwargs;
  ParamSpecPart(Object o, bool k) : origin(std::move(o)), kwargs(k) {}
  TypeObject* type() const override { return kwargs ? &param_spec_kwargs_type : &param_spec_args_type; }
  std::string repr() const override {
    return aiocc::str(aiocc::getattr(origin, "__name__")) + (kwargs ? ".kwargs" : ".args");
  }
  Object getattr(const Object& self, std::string_view attr) override {
    if (attr == "__origin__") return origin;
    return HeapObject::getattr(self, attr);
  }
};

struct TypeVarObject final : HeapObject {
  std::string name, prefix;  // "~", "+", "-"; "" for TypeVarTuple
  Object bound;
  std::vector<Object> constraints;
  TypeObject* cls;
  TypeVarObject(std::string n, std::string p, TypeObject* c = &typing::TypeVar_type)
      : name(std::move(n)), prefix(std::move(p)), cls(c) {}
  TypeObject* type() const override { return cls; }
  std::string repr() const override { return prefix + name; }
  Object getattr(const Object& self, std::string_view attr) override {
    if (attr == "__name__") return py_str(name);
    if (attr == "__bound__") return bound.is_unbound() ? None : bound;
    if (attr == "__constraints__") return py_tuple(constraints);
    if (attr == "__covariant__") return Object::from_bool(prefix == "+");
    if (attr == "__contravariant__") return Object::from_bool(prefix == "-");
    if (cls == &typing::ParamSpec_type && (attr == "args" || attr == "kwargs")) {
      return make<ParamSpecPart>(self, attr == "kwargs");
    }
    return HeapObject::getattr(self, attr);
  }
};

struct NewTypeObject final : HeapObject {
  std::string name;
  Object supertype;
  NewTypeObject(std::string n, Object s) : name(std::move(n)), supertype(std::move(s)) {}
  TypeObject* type() const override { return &typing::NewType_type; }
  std::string repr() const override { return "__main__." + name; }
  Object getattr(const Object& self, std::string_view attr) override {
    if (attr == "__name__" || attr == "__qualname__") return py_str(name);
    if (attr == "__supertype__") return supertype;
    if (attr == "__module__") return py_str("__main__");
    return HeapObject::getattr(self, attr);
  }
  bool is_callable() const override { return true; }
  Object call(Args a, Kwargs kw) override {
    check_no_kwargs(name.c_str(), kw);
    check_nargs(name.c_str(), a, 1, 1);
    return a[0];
  }
};

// What typing makes of a string annotation where it checks types (NamedTuple and TypedDict
// fields). aiocc cannot evaluate it; it keeps the text, prints and compares as CPython's does.
TypeObject forward_ref_type("ForwardRef", &types::object, typing_cannot_construct, "typing");
struct ForwardRefObject final : HeapObject {
  Object arg, module;  // module: None or a str
  ForwardRefObject(Object a, Object m) : arg(std::move(a)), module(std::move(m)) {}
  TypeObject* type() const override { return &forward_ref_type; }
  std::string repr() const override {
    return "ForwardRef(" + aiocc::repr(arg) + (module.is_none() ? "" : ", module=" + aiocc::repr(module)) + ")";
  }
  Object getattr(const Object& self, std::string_view attr) override {
    if (attr == "__forward_arg__") return arg;
    if (attr == "__forward_module__") return module;
    if (attr == "__forward_evaluated__" || attr == "__forward_is_class__") return False();
    if (attr == "__forward_is_argument__") return True();
    if (attr == "__forward_value__") return None;
    return HeapObject::getattr(self, attr);
  }
};

template <typename T>
T* as(const Object& o) {
  return o.is_heap() ? dynamic_cast<T*>(o.heap()) : nullptr;
}

bool is_typing_value(const Object& o) {
  return as<FormObject>(o) || as<TypeVarObject>(o) || as<NewTypeObject>(o) ||
         (as<AliasObject>(o) && (as<AliasObject>(o)->kind == AliasObject::Typing ||
                                 as<AliasObject>(o)->kind == AliasObject::TypingUnion));
}

// What `|` may unite (_Py_union_type_or): None, classes, aliases, unions, typing values.
bool unionable(const Object& o) { return o.is_none() || as_class(o) || as<AliasObject>(o) || is_typing_value(o); }

// The members of a union of `items`: nested unions flattened, None as NoneType, duplicates
// dropped (first kept).
std::vector<Object> union_members(const std::vector<Object>& items) {
  std::vector<Object> out;
  for (const Object& item : items) {
    std::vector<Object> parts;
    AliasObject* a = as<AliasObject>(item);
    if (a && (a->kind == AliasObject::Union || a->kind == AliasObject::TypingUnion)) {
      parts = a->args;
    } else {
      parts.push_back(item.is_none() ? Object(&types::none) : item);
    }
    for (const Object& p : parts) {
      bool seen = false;
      for (const Object& q : out) seen = seen || q.same(p) || (as<AliasObject>(p) && aiocc::repr(p) == aiocc::repr(q));
      if (!seen) out.push_back(p);
    }
  }
  return out;
}

Object make_union(const std::vector<Object>& items, bool typing_union) {
  std::vector<Object> members = union_members(items);
  if (members.size() == 1) return members[0];
  return make<AliasObject>(typing_union ? AliasObject::TypingUnion : AliasObject::Union, Object(), "", members);
}

std::vector<Object> index_items(const Object& index) {
  if (TupleObject* t = as_tuple(index)) return t->items;
  return {index};
}

// Classes whose subscription is a types.GenericAlias.
bool builtin_generic(const TypeObject* t) {
  return t == &types::list || t == &types::dict || t == &types::tuple || t == &types::set ||
         t == &types::frozenset || t == &types::type || t == &types::future || t == &types::task ||
         t == &asyncio::queue_type || t == &asyncio::lifo_queue_type || t == &asyncio::priority_queue_type;
}

Object generic_class_object(const char* name) {
  Object ns = py_dict();
  as_dict(ns)->set(py_str("__slots__"), py_tuple({}));  // typing.py: `__slots__ = ()`
  Object cls = make_class(name, name, {}, ns);
  cls.as<TypeObject>()->module = "typing";
  cls.heap()->refcnt += 1;  // immortal
  return cls;
}
TypeObject* g_generic_type = nullptr;  // typing.Generic once made (class_created runs before)
const Object& generic_class() {
  static Object g = [] {
    Object made = generic_class_object("Generic");
    g_generic_type = made.as<TypeObject>();
    return made;
  }();
  return g;
}
const Object& protocol_class() {
  static Object p = [] {
    Object ns = py_dict();
    as_dict(ns)->set(py_str("__slots__"), py_tuple({}));
    as_dict(ns)->set(intern("_is_protocol").str, True());
    as_dict(ns)->set(intern("_is_runtime_protocol").str, False());
    Object cls = make_class("Protocol", "Protocol", {generic_class()}, ns);
    ClassObject* c = cls.as<ClassObject>();
    c->module = "typing";
    c->metaclass = &abc::ProtocolMeta_type;  // typing._ProtocolMeta, an ABCMeta
    c->abstract_base = true;
    cls.heap()->refcnt += 1;
    return cls;
  }();
  return p;
}

// typing._check_generic: `cls` (as shown) takes `expected` arguments and was given `given`.
void check_generic(const std::string& cls, size_t given, size_t expected) {
  if (expected == 0) raise(&exc::TypeError, cls + " is not a generic class");
  if (given != expected) {
    raise(&exc::TypeError, std::string("Too ") + (given > expected ? "many" : "few") + " arguments for " + cls +
                               "; actual " + std::to_string(given) + ", expected " + std::to_string(expected));
  }
}

// typing._check_generic for `C[args]` of a Generic subclass (only when its parameters are
// plain TypeVars: ParamSpec and TypeVarTuple reshape the arguments first).
void check_generic_arity(ClassObject* c, size_t given) {
  const Object* ps = c->lookup(intern("__parameters__"));
  TupleObject* params = ps ? as_tuple(*ps) : nullptr;
  if (!params) return;
  for (const Object& p : params->items) {
    if (type_of(p) != &typing::TypeVar_type) return;
  }
  check_generic(aiocc::repr(Object(c)), given, params->items.size());
}

Object subscript_form(FormObject* f, const Object& index) {
  std::vector<Object> args = index_items(index);
  if (f->params == kPlain) {
    if (f->name == "Any") raise(&exc::TypeError, "type 'Any' is not subscriptable");  // a class in 3.11
    if (f->is_class) raise(&exc::TypeError, f->repr() + " is not a generic class");
    raise(&exc::TypeError, "typing." + f->name + " is not subscriptable");
  }
  if (f->params >= 0) {  // _SpecialGenericAlias.__getitem__
    check_generic("typing." + f->name, args.size(), static_cast<size_t>(f->params));
    for (Object& a : args) a = typing::type_check(a, "Parameters to generic types must be types.", None);
  }
  if (f->name == "Optional") {
    if (args.size() != 1) raise(&exc::TypeError, "typing.Optional requires a single type.");
    return make_union({args[0], None}, true);
  }
  if (f->name == "Union") return make_union(args, true);
  std::vector<Object> converted;
  for (const Object& a : args) converted.push_back(a.is_none() && f->name != "Literal" ? Object(&types::none) : a);
  return make<AliasObject>(AliasObject::Typing, f->origin_class(), f->name, std::move(converted));
}

// typing's names: special forms and aliases of classes.
struct FormSpec {
  const char* name;
  TypeObject* origin;  // a built-in class; the library's register theirs (register_abcs)
  int params;
};
const FormSpec kForms[] = {
    {"Any", nullptr, kPlain}, {"NoReturn", nullptr, kPlain}, {"Never", nullptr, kPlain},
    {"Self", nullptr, kPlain}, {"LiteralString", nullptr, kPlain}, {"TypeAlias", nullptr, kPlain},
    {"Optional", nullptr, kSpecial}, {"Union", nullptr, kSpecial}, {"ClassVar", nullptr, kSpecial},
    {"Final", nullptr, kSpecial}, {"Literal", nullptr, kSpecial}, {"Annotated", nullptr, kSpecial},
    {"Concatenate", nullptr, kSpecial}, {"TypeGuard", nullptr, kSpecial}, {"Unpack", nullptr, kSpecial},
    {"Required", nullptr, kSpecial}, {"NotRequired", nullptr, kSpecial}, {"Callable", nullptr, kSpecial},
    {"List", &types::list, 1}, {"Dict", &types::dict, 2}, {"Set", &types::set, 1},
    {"FrozenSet", &types::frozenset, 1}, {"Tuple", &types::tuple, kSpecial}, {"Type", &types::type, 1},
    {"AbstractSet", nullptr, 1}, {"ByteString", nullptr, 0}, {"Container", nullptr, 1},
    {"ContextManager", nullptr, 1}, {"AsyncContextManager", nullptr, 1}, {"Hashable", nullptr, 0},
    {"ItemsView", nullptr, 2}, {"KeysView", nullptr, 1}, {"ValuesView", nullptr, 1},
    {"Iterable", nullptr, 1}, {"Iterator", nullptr, 1}, {"AsyncIterable", nullptr, 1},
    {"AsyncIterator", nullptr, 1}, {"Mapping", nullptr, 2}, {"MappingView", nullptr, 1},
    {"MutableMapping", nullptr, 2}, {"MutableSequence", nullptr, 1}, {"MutableSet", nullptr, 1},
    {"Sequence", nullptr, 1}, {"Sized", nullptr, 0}, {"Awaitable", nullptr, 1},
    {"Coroutine", nullptr, 3}, {"Collection", nullptr, 1}, {"Generator", nullptr, 3},
    {"AsyncGenerator", nullptr, 2}, {"Reversible", nullptr, 1}, {"SupportsAbs", nullptr, kPlain},
    {"SupportsBytes", nullptr, kPlain}, {"SupportsComplex", nullptr, kPlain}, {"SupportsFloat", nullptr, kPlain},
    {"SupportsIndex", nullptr, kPlain}, {"SupportsInt", nullptr, kPlain}, {"SupportsRound", nullptr, kPlain},
    {"ChainMap", nullptr, 2}, {"Counter", nullptr, 1}, {"Deque", nullptr, 1},
    {"DefaultDict", nullptr, 2}, {"OrderedDict", nullptr, 2}, {"IO", nullptr, kSpecial},
    {"TextIO", nullptr, kPlain}, {"BinaryIO", nullptr, kPlain}, {"Match", nullptr, 1},
    {"Pattern", nullptr, 1}, {"ParamSpecArgs", nullptr, kPlain}, {"ParamSpecKwargs", nullptr, kPlain},
};

// The library's classes typing's aliases stand for (collections.abc.Sequence, collections.deque,
// re.Pattern...), registered by their modules, which `import typing` imports, by typing's names.
std::map<std::string, Object, std::less<>>& registered_abcs() {
  static std::map<std::string, Object, std::less<>> abcs;
  return abcs;
}

// isinstance() against an unsubscripted form that has no class (see form_class): typing's
// runtime-checkable protocols SupportsInt and the like (_ProtocolMeta.__instancecheck__).
bool form_instancecheck(const FormObject* f, const Object& value, bool& handled) {
  handled = true;
  const std::string& n = f->name;
  static const std::map<std::string, const char*, std::less<>> protocols = {
      {"SupportsAbs", "__abs__"}, {"SupportsBytes", "__bytes__"}, {"SupportsComplex", "__complex__"},
      {"SupportsFloat", "__float__"}, {"SupportsIndex", "__index__"}, {"SupportsInt", "__int__"},
      {"SupportsRound", "__round__"}};
  if (auto it = protocols.find(n); it != protocols.end()) {
    return has_attribute(value, it->second) && !aiocc::getattr(value, it->second).is_none();
  }
  raise(&exc::TypeError, "aiocc cannot check isinstance() against typing." + n);
}

}  // namespace

Object generic_alias(const Object& origin, const Object& index) {
  return make<AliasObject>(AliasObject::Generic, origin, "", index_items(index));
}

// `alias[items]`: its type variables replaced by the items, in __parameters__ order
// (genericaliasobject.c's _Py_subs_parameters, typing's _GenericAlias.__getitem__). An
// argument that is itself generic is subscripted with its own variables' replacements.
Object substitute(AliasObject* a, const Object& index) {
  if (a->kind == AliasObject::Typing && (a->origin.same(generic_class()) || a->origin.same(protocol_class()))) {
    raise(&exc::TypeError, "Cannot subscript already-subscripted " + a->repr());
  }
  const std::vector<Object> params = collect_parameters(a->args);
  for (const Object& p : params) {
    if (type_of(p) != &typing::TypeVar_type) {
      raise(&exc::NotImplementedError, "aiocc cannot substitute a " + type_of(p)->name + " (" + aiocc::repr(p) + ") yet");
    }
  }
  std::vector<Object> items = index_items(index);
  check_generic(a->repr(), items.size(), params.size());
  for (Object& item : items) item = typing::type_check(item, "Parameters to generic types must be types.", None);  // TypeVar.__typing_subst__
  std::function<Object(const Object&)> replace = [&](const Object& arg) -> Object {
    if (is_type_var(arg)) {
      for (size_t i = 0; i < params.size(); ++i) {
        if (params[i].same(arg)) return items[i];
      }
      return arg;
    }
    if (ListObject* l = as_list(arg)) {  // Callable's parameter list
      std::vector<Object> out;
      for (const Object& x : l->items) out.push_back(replace(x));
      return py_list(std::move(out));
    }
    if (as_class(arg) || !arg.is_heap() || !has_attribute(arg, "__parameters__")) return arg;
    const Object own_params = aiocc::getattr(arg, "__parameters__");
    TupleObject* own = as_tuple(own_params);
    if (!own || own->items.empty()) return arg;
    std::vector<Object> sub;
    for (const Object& p : own->items) sub.push_back(replace(p));
    return aiocc::getitem(arg, sub.size() == 1 ? sub[0] : py_tuple(sub));
  };
  std::vector<Object> args;
  for (const Object& x : a->args) args.push_back(replace(x));
  // 3.11's int | T substituted is a typing.Union (unionobject.c asks typing for it).
  if (a->kind == AliasObject::Union || a->kind == AliasObject::TypingUnion) return make_union(args, true);
  return make<AliasObject>(a->kind, a->origin, a->name, std::move(args));
}

Object type_subscript(const Object& obj, const Object& index) {
  if (FormObject* f = as<FormObject>(obj)) return subscript_form(f, index);
  if (AliasObject* a = as<AliasObject>(obj)) return substitute(a, index);
  if (dataclasses::is_init_var_class(obj)) return dataclasses::init_var_getitem(index);
  TypeObject* t = as_class(obj);
  if (!t) return Object();
  if (builtin_generic(t)) return make<AliasObject>(AliasObject::Generic, obj, "", index_items(index));
  if (ClassObject* c = t->kind_of_class()) {
    if (const Object* f = metaclass_slot(obj, Slot::getitem)) return aiocc::call(*f, {obj, index});
    if (!c->enum_by_name.is_unbound()) return enums::lookup_name(c, index);
    if (const Object* f = c->lookup(intern("__class_getitem__"))) {
      // Implicitly a class method.
      Object fn = *f;
      if (type_of(fn) == &types::classmethod) fn = aiocc::getattr(fn, "__func__");
      return aiocc::call(fn, {obj, index});
    }
    if (t->is_subtype_of(as_class(generic_class()))) {
      std::vector<Object> args = index_items(index);
      for (Object& a : args) {
        if (a.is_none()) a = Object(&types::none);  // typing._type_convert
      }
      if (obj.same(generic_class()) || obj.same(protocol_class())) {
        // Generic and Protocol can only be subscripted with unique type variables.
        if (args.empty()) raise(&exc::TypeError, "Parameter list to " + t->name + "[...] cannot be empty");
        for (size_t i = 0; i < args.size(); ++i) {
          // Unpack[Ts] of a TypeVarTuple Ts is a parameter too (typing._is_unpacked_typevartuple).
          AliasObject* u = as<AliasObject>(args[i]);
          const bool unpacked = u && u->kind == AliasObject::Typing && u->name == "Unpack" && u->args.size() == 1 &&
                                type_of(u->args[0]) == &typing::TypeVarTuple_type;
          if (!is_type_var(args[i]) && !unpacked) {
            raise(&exc::TypeError, "Parameters to " + t->name +
                                       "[...] must all be type variables or parameter specification variables.");
          }
          for (size_t j = 0; j < i; ++j) {
            if (args[j].same(args[i])) raise(&exc::TypeError, "Parameters to " + t->name + "[...] must all be unique");
          }
        }
        return make<AliasObject>(AliasObject::Typing, obj, t->name, std::move(args));
      }
      check_generic_arity(c, args.size());
      return make<AliasObject>(AliasObject::Typing, obj, "", std::move(args));
    }
  }
  raise(&exc::TypeError, "type '" + t->name + "' is not subscriptable");
}

Object type_union(const Object& a, const Object& b) {
  if (!unionable(a) || !unionable(b)) return Object();
  if (a.is_none() && b.is_none()) return Object();
  return make_union({a, b}, is_typing_value(a) || is_typing_value(b));
}

bool alias_instancecheck(const Object& cls, TypeObject* t, bool& handled) {
  handled = false;
  if (FormObject* f = as<FormObject>(cls)) {
    if (f->params == kPlain && !f->is_class) raise(&exc::TypeError, "typing." + f->name + " cannot be used with isinstance()");
    return false;  // needs the value: see builtins::isinstance
  }
  AliasObject* a = as<AliasObject>(cls);
  if (!a) return false;
  handled = true;
  if (a->kind == AliasObject::Generic) raise(&exc::TypeError, "isinstance() argument 2 cannot be a parameterized generic");
  if (a->kind == AliasObject::Typing) raise(&exc::TypeError, "Subscripted generics cannot be used with class and instance checks");
  for (const Object& m : a->args) {
    TypeObject* mt = as_class(m);
    if (!mt) raise(&exc::TypeError, "isinstance() argument 2 cannot be a parameterized generic");
    if (t->is_subtype_of(mt)) return true;
  }
  return false;
}

Object FormObject::call(Args a, Kwargs kw) {
  Object cls = origin_class();
  if (cls.is_unbound()) raise(&exc::TypeError, "Cannot instantiate typing." + name);
  return call_alias(Object(this), name, cls, a, kw);
}

Object AliasObject::call(Args a, Kwargs kw) {
  if (kind == Generic) return with_orig_class(aiocc::call(origin, a, kw), Object(this), true);  // ga_call
  if (kind == Typing && as_class(origin)) return call_alias(Object(this), name, origin, a, kw);
  raise(&exc::TypeError, "'" + type()->name + "' object is not callable");
}

Object FormObject::origin_class() const {
  if (!origin.is_unbound()) return origin;
  return registered_abc_class(name);
}

Object registered_abc_class(std::string_view name) {
  auto& abcs = registered_abcs();
  auto it = abcs.find(name);
  return it == abcs.end() ? Object() : it->second;
}

Object form_class(const Object& cls) {
  FormObject* f = as<FormObject>(cls);
  return f ? f->origin_class() : Object();
}

void register_abcs(const Object& by_name) {
  for (const Object& key : to_vector(by_name)) registered_abcs()[str_value(key)] = aiocc::getitem(by_name, key);
}

bool form_isinstance(const Object& cls, const Object& value, bool& handled) {
  handled = false;
  FormObject* f = as<FormObject>(cls);
  if (!f) return false;
  return form_instancecheck(f, value, handled);
}

bool aliases_equal(const Object& a, const Object& b, bool& handled) {
  ParamSpecPart* pa = as<ParamSpecPart>(a);
  ParamSpecPart* pb = as<ParamSpecPart>(b);
  if (pa || pb) {
    handled = true;
    return pa && pb && pa->kwargs == pb->kwargs && pa->origin.same(pb->origin);
  }
  ForwardRefObject* fa = as<ForwardRefObject>(a);
  ForwardRefObject* fb = as<ForwardRefObject>(b);
  if (fa || fb) {
    handled = true;
    return fa && fb && eq(fa->arg, fb->arg) && eq(fa->module, fb->module);
  }
  AliasObject* x = as<AliasObject>(a);
  AliasObject* y = as<AliasObject>(b);
  handled = x && y;
  if (!handled) return false;
  if (x->kind != y->kind || !x->origin.same(y->origin) || x->name != y->name || x->args.size() != y->args.size()) {
    return false;
  }
  const bool unordered = x->kind == AliasObject::Union || x->kind == AliasObject::TypingUnion;
  for (const Object& m : x->args) {
    bool found = false;
    for (size_t j = 0; j < y->args.size() && !found; ++j) {
      if (!unordered && &m - &x->args[0] != static_cast<std::ptrdiff_t>(j)) continue;
      found = m.same(y->args[j]) || eq(m, y->args[j]);
    }
    if (!found) return false;
  }
  return true;
}

bool is_classvar_annotation(const Object& a) {
  if (FormObject* f = as<FormObject>(a)) return f->name == "ClassVar";
  if (AliasObject* x = as<AliasObject>(a)) return x->kind == AliasObject::Typing && x->name == "ClassVar";
  return false;
}

namespace typing {
// type.__new__'s __orig_bases__ and Generic.__init_subclass__'s __parameters__, for a class
// just made from the bases `given` (before __mro_entries__).
void class_created(ClassObject* c, Args given) {
  DictObject* d = as_dict(c->ns);
  bool replaced = false;
  for (const Object& b : given) replaced = replaced || !mro_entry(b).same(b);
  std::vector<Object> orig(given.begin(), given.end());
  if (replaced) {
    d->set(intern("__orig_bases__").str, py_tuple(orig));
  } else if (Object* ob = d->find(intern("__orig_bases__").str); ob && as_tuple(*ob)) {
    replaced = true;  // made by typing's metaclasses from the statement's own bases
    orig = as_tuple(*ob)->items;
  }
  TypeObject* generic = g_generic_type;
  if (!generic || c == generic || !c->is_subtype_of(generic)) return;
  bool error = false;
  if (replaced) {
    for (const Object& b : orig) error = error || b.same(generic_class());
  } else {
    for (TypeObject* b : c->bases) error = error || (b == generic && c->name != "Protocol");
  }
  if (error) raise(&exc::TypeError, "Cannot inherit from plain Generic");
  std::vector<Object> tvars;
  if (replaced) {
    tvars = collect_parameters(orig);
    // Generic[...] among the bases: the variables must all be listed there.
    bool have_gvars = false;
    std::vector<Object> gvars;
    for (const Object& b : orig) {
      AliasObject* a = as<AliasObject>(b);
      if (!a || a->kind != AliasObject::Typing || !a->origin.same(generic_class())) continue;
      if (have_gvars) raise(&exc::TypeError, "Cannot inherit from Generic[...] multiple times.");
      have_gvars = true;
      gvars = collect_parameters(a->args);
    }
    if (have_gvars) {
      auto listed = [&](const Object& t) {
        return std::any_of(gvars.begin(), gvars.end(), [&](const Object& g) { return g.same(t); });
      };
      std::string missing, all;
      for (const Object& t : tvars) {
        if (!listed(t)) missing += (missing.empty() ? "" : ", ") + aiocc::str(t);
      }
      for (const Object& g : gvars) all += (all.empty() ? "" : ", ") + aiocc::str(g);
      if (!missing.empty()) {
        raise(&exc::TypeError, "Some type variables (" + missing + ") are not listed in Generic[" + all + "]");
      }
      tvars = gvars;
    }
  }
  d->set(intern("__parameters__").str, py_tuple(tvars));
}
}  // namespace typing

// Each base's __mro_entries__(bases), as typing's _BaseGenericAlias and _GenericAlias and
// types.GenericAlias answer it: `List[int]` gives list and Generic (unless a later base is
// generic), `Generic[T]` gives Generic (nothing when Protocol or a later alias provides it).
std::vector<Object> mro_entries(Args given) {
  auto generic_after = [&](size_t i) {
    for (size_t j = i + 1; j < given.size(); ++j) {
      if (as<AliasObject>(given[j]) && as<AliasObject>(given[j])->kind == AliasObject::Typing) return true;
      if (!form_class(given[j]).is_unbound()) return true;
      TypeObject* t = as_class(given[j]);
      if (t && g_generic_type && t->is_subtype_of(g_generic_type)) return true;
    }
    return false;
  };
  std::vector<Object> out;
  for (size_t i = 0; i < given.size(); ++i) {
    // typing.Sequence unsubscripted (_BaseGenericAlias.__mro_entries__): its class unless
    // already a base, then Generic unless a later base is generic.
    if (Object cls = form_class(given[i]); !cls.is_unbound()) {
      if (std::none_of(given.begin(), given.end(), [&](const Object& b) { return b.same(cls); })) out.push_back(cls);
      if (!generic_after(i)) out.push_back(generic_class());
      continue;
    }
    AliasObject* a = as<AliasObject>(given[i]);
    if (!a || !as_class(a->origin)) {
      out.push_back(given[i]);
      continue;
    }
    if (a->kind != AliasObject::Typing) {
      out.push_back(a->origin);  // types.GenericAlias: list[int] -> list
      continue;
    }
    if (a->origin.same(generic_class())) {
      bool protocol = std::any_of(given.begin(), given.end(), [](const Object& b) { return b.same(protocol_class()); });
      bool later_alias = false;
      for (size_t j = i + 1; j < given.size(); ++j) later_alias = later_alias || as<AliasObject>(given[j]);
      if (!protocol && !later_alias) out.push_back(a->origin);
      continue;
    }
    if (a->name.empty() || a->origin.same(protocol_class())) {
      out.push_back(a->origin);  // a user Generic class's alias, Protocol[T]
      continue;
    }
    // typing.List[int] and the like: the origin unless already a base, then Generic.
    if (std::none_of(given.begin(), given.end(), [&](const Object& b) { return b.same(a->origin); })) {
      out.push_back(a->origin);
    }
    if (!generic_after(i)) out.push_back(generic_class());
  }
  return out;
}

Object mro_entry(const Object& base) {
  if (AliasObject* a = as<AliasObject>(base); a && as_class(a->origin)) return a->origin;
  if (Object cls = form_class(base); !cls.is_unbound()) return cls;
  return base;
}

namespace typing {

bool is_generic_class(const Object& o) { return o.same(generic_class()); }

Object type_check(const Object& given, const std::string& msg, const Object& module) {
  Object arg = given;
  if (arg.is_none()) arg = Object(&types::none);
  if (is_str(arg)) arg = make<ForwardRefObject>(arg, module);
  if (AliasObject* a = as<AliasObject>(arg); a && a->kind == AliasObject::Typing) {
    if (a->name == "ClassVar" || a->name == "Final" || a->origin.same(generic_class()) ||
        a->origin.same(protocol_class())) {
      raise(&exc::TypeError, aiocc::repr(arg) + " is not valid as type argument");
    }
  }
  FormObject* f = as<FormObject>(arg);
  static const std::set<std::string, std::less<>> special_forms = {
      "ClassVar", "Final", "Union", "Optional", "Literal", "Concatenate", "TypeGuard", "Required",
      "NotRequired", "Unpack"};  // typing._SpecialForm instances that are not types by themselves
  if ((f && special_forms.count(f->name)) || arg.same(generic_class()) || arg.same(protocol_class())) {
    raise(&exc::TypeError, "Plain " + aiocc::repr(arg) + " is not valid as type argument");
  }
  if (type_of(arg) == &types::tuple) {
    std::string shown = aiocc::repr(arg);
    raise(&exc::TypeError, msg + " Got " + (shown.size() > 100 ? shown.substr(0, 100) : shown) + ".");
  }
  return arg;
}

Object attr(std::string_view name) {
  static std::map<std::string, Object, std::less<>> forms = [] {
    std::map<std::string, Object, std::less<>> m;
    for (const FormSpec& f : kForms) {
      std::string_view n = f.name;
      bool is_class = n == "Annotated" || n == "IO" || n == "TextIO" || n == "BinaryIO" ||
                      n.substr(0, 8) == "Supports" || n.substr(0, 9) == "ParamSpec";
      m[f.name] = make<FormObject>(f.name, f.origin ? Object(f.origin) : Object(), f.params, is_class);
    }
    m["ParamSpecArgs"] = Object(&param_spec_args_type);
    m["ParamSpecKwargs"] = Object(&param_spec_kwargs_type);
    m["Generic"] = generic_class();
    m["Protocol"] = protocol_class();
    m["NamedTuple"] = NamedTuple_function();
    m["TypedDict"] = TypedDict_function();
    m["TYPE_CHECKING"] = False();
    m["Text"] = Object(&types::str);
    Object anystr = make<TypeVarObject>("AnyStr", "~");
    anystr.heap()->refcnt += 1;
    m["AnyStr"] = anystr;
    return m;
  }();
  auto it = forms.find(name);
  if (it == forms.end()) raise(&exc::AttributeError, "module 'typing' has no attribute '" + std::string(name) + "'");
  return it->second;
}

Object get_origin(Args given, Kwargs kw) {
  static const PyDef def("get_origin", {{"tp"}}, {Object()});
  const std::vector<Object> args = def.bind(given, kw);
  if (AliasObject* a = as<AliasObject>(args[0])) {
    if (a->kind == AliasObject::Union) return Object(&union_type);
    if (a->kind == AliasObject::TypingUnion) return attr("Union");
    if (!a->name.empty() && a->origin.is_unbound()) return attr(a->name);
    return a->origin;
  }
  if (FormObject* f = as<FormObject>(args[0]); f && !f->origin_class().is_unbound()) return f->origin_class();
  return None;
}

Object get_args(Args given, Kwargs kw) {
  static const PyDef def("get_args", {{"tp"}}, {Object()});
  const std::vector<Object> args = def.bind(given, kw);
  AliasObject* a = as<AliasObject>(args[0]);
  if (!a) return py_tuple({});
  if (a->name == "Callable" && a->args.size() == 2 && as_list(a->args[0])) {
    return py_tuple({a->args[0], a->args[1]});
  }
  return py_tuple(a->args);
}

Object NewType(Args given, Kwargs kw) {
  static const PyDef def("NewType.__init__", {{"self", "name", "tp"}}, {Object(), Object(), Object()});
  const std::vector<Object> a = def.bind_method(given, kw);
  if (!is_str(a[1])) raise(&exc::TypeError, "NewType() argument 'name' must be str");
  return make<NewTypeObject>(str_value(a[1]), a[2]);
}

// TypeVar(name, *constraints, bound=None, covariant=False, contravariant=False),
// ParamSpec(name, *, bound=None, covariant=False, contravariant=False), TypeVarTuple(name):
// their __init__ signatures in typing.py.
Object construct_type_var(TypeObject* self, Args given, Kwargs kw) {
  static const PyDef type_var("TypeVar.__init__", {{"self", "name", "constraints", "bound", "covariant", "contravariant"}, 0, 3, 2},
                              {Object(), Object(), Object(), None, False(), False()});
  static const PyDef param_spec("ParamSpec.__init__", {{"self", "name", "bound", "covariant", "contravariant"}, 0, 2},
                                {Object(), Object(), None, False(), False()});
  static const PyDef type_var_tuple("TypeVarTuple.__init__", {{"self", "name"}}, {Object(), Object()});
  const PyDef& def = self == &TypeVar_type ? type_var : self == &ParamSpec_type ? param_spec : type_var_tuple;
  std::vector<Object> a = def.bind_method(given, kw);
  if (self == &TypeVar_type) a.erase(a.begin() + 2);  // the constraints, read below
  std::string prefix = self == &TypeVarTuple_type ? "" : "~";
  if (self != &TypeVarTuple_type) {
    if (truthy(a[3]) && truthy(a[4])) raise(&exc::ValueError, "Bivariant types are not supported.");
    if (truthy(a[3])) prefix = "+";
    if (truthy(a[4])) prefix = "-";
  }
  auto tv = make<TypeVarObject>(is_str(a[1]) ? str_value(a[1]) : aiocc::str(a[1]), prefix, self);
  auto* t = tv.as<TypeVarObject>();
  if (self != &TypeVarTuple_type) t->bound = a[2].is_none() ? Object() : a[2];
  if (self == &TypeVar_type) {
    for (size_t i = 1; i < given.size(); ++i) t->constraints.push_back(given[i]);
    if (t->constraints.size() == 1) raise(&exc::TypeError, "A single constraint is not allowed");
  }
  return tv;
}

BuiltinFunction runtime_checkable_fn("runtime_checkable", runtime_checkable, "typing"),
    get_origin_fn("get_origin", get_origin, "typing"), get_args_fn("get_args", get_args, "typing"),
    is_typeddict_fn("is_typeddict", is_typeddict, "typing");

}  // namespace typing
}  // namespace aiocc
