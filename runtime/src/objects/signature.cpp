// str(inspect.signature(x)) for what aiocc can describe: functions of the script (and those the
// runtime makes with a def's signature) and classes through their __new__/__init__, as
// inspect.py's Signature.__str__, Parameter.__str__ and formatannotation write them. Used where
// CPython's library prints a signature: the docstring @dataclass gives a class without one.
#include <cctype>

#include "aiocc/py/dict.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/function.h"
#include "aiocc/py/instance.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/str.h"
#include "aiocc/py/types.h"
#include "internal.h"
#include "object_model.h"

namespace aiocc {

namespace {

// inspect.formatannotation: typing's objects without their `typing.` prefixes, classes by
// qualified name (module first unless builtins), anything else by repr.
std::string format_annotation(const Object& a) {
  Object module = attribute_or_unbound(a, "__module__");
  if (!module.is_unbound() && is_str(module) && str_value(module) == "typing") {
    const std::string text = aiocc::repr(a);
    std::string out;
    for (size_t i = 0; i < text.size();) {
      auto word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.'; };
      if (!word(text[i])) {
        out += text[i++];
        continue;
      }
      size_t j = i;
      while (j < text.size() && word(text[j])) ++j;
      std::string_view w(text.data() + i, j - i);
      if (w.substr(0, 7) == "typing.") w.remove_prefix(7);
      out += w;
      i = j;
    }
    return out;
  }
  if (type_of(a)->name == "GenericAlias") return aiocc::str(a);
  if (a.dyn<TypeObject>()) {
    const std::string qualname = str_value(aiocc::getattr(a, "__qualname__"));
    const std::string m = str_value(aiocc::getattr(a, "__module__"));
    return m == "builtins" ? qualname : m + "." + qualname;
  }
  return aiocc::repr(a);
}

// Signature.__str__ of a function, without its first parameter when `skip_first` (a method
// bound to its class or instance).
std::string function_signature(FunctionObject* fn, bool skip_first) {
  const FunctionInfo& info = *fn->info;
  Object self(fn);
  Object annotations = aiocc::getattr(self, "__annotations__");
  DictObject* ann = as_dict(annotations);
  Object kwdefaults = aiocc::getattr(self, "__kwdefaults__");
  std::vector<std::string> parts;
  bool pos_only_pending = false, kw_only_marker = true;
  for (int i = skip_first ? 1 : 0; i < info.nparams; ++i) {
    const std::string name = info.params[i];
    const bool var_pos = i == info.vararg_index, var_kw = i == info.kwarg_index;
    const bool pos_only = i < info.posonly_count;
    const bool kw_only = !var_kw && !var_pos && info.kwonly_index >= 0 && i >= info.kwonly_index;
    std::string p = name;
    const Object* a = ann ? ann->find(py_str(name)) : nullptr;
    if (a) p += ": " + format_annotation(*a);
    Object def;
    if (kw_only && as_dict(kwdefaults)) {
      if (const Object* d = as_dict(kwdefaults)->find(py_str(name))) def = *d;
    } else if (!var_pos && !var_kw) {
      def = fn->defaults[i];
    }
    if (!def.is_unbound()) p += (a ? " = " : "=") + aiocc::repr(def);
    if (var_pos) p = "*" + p;
    if (var_kw) p = "**" + p;
    if (pos_only) {
      pos_only_pending = true;
    } else if (pos_only_pending) {
      parts.push_back("/");
      pos_only_pending = false;
    }
    if (var_pos) {
      kw_only_marker = false;
    } else if (kw_only && kw_only_marker) {
      parts.push_back("*");
      kw_only_marker = false;
    }
    parts.push_back(p);
  }
  if (pos_only_pending) parts.push_back("/");
  std::string out = "(";
  for (size_t i = 0; i < parts.size(); ++i) out += (i ? ", " : "") + parts[i];
  out += ")";
  if (const Object* r = ann ? ann->find(py_str("return")) : nullptr) out += " -> " + format_annotation(*r);
  return out;
}

// _signature_get_user_defined_method: a function of the script found through the MRO.
FunctionObject* user_method(ClassObject* c, const char* name, bool& own) {
  const Name& n = intern(name);
  own = as_dict(c->ns)->find(n.str) != nullptr;
  const Object* v = c->lookup(n);
  if (!v) return nullptr;
  Object f = *v;
  if (type_of(f) == &types::staticmethod || type_of(f) == &types::classmethod) f = wrapped_function(f);
  return f.is_heap() && type_of(f) == &types::function ? f.dyn<FunctionObject>() : nullptr;
}

}  // namespace

bool class_text_signature(ClassObject* c, std::string& out) {
  bool own_new = false, own_init = false;
  FunctionObject* fnew = user_method(c, "__new__", own_new);
  FunctionObject* finit = user_method(c, "__init__", own_init);
  if ((own_new && !fnew) || (own_init && !finit)) return false;  // a callable inspect would unwrap
  FunctionObject* factory = own_new ? fnew : own_init ? finit : fnew ? fnew : finit;
  if (factory) {
    out = function_signature(factory, true);
    return true;
  }
  if (c->builtin_base || c->is_subtype_of(&exc::BaseException)) return false;  // no signature found
  out = "()";  // object's
  return true;
}

}  // namespace aiocc
