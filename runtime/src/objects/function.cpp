// User functions, bound methods, built-in function objects and argument binding.
#include "aiocc/py/function.h"

#include "aiocc/frame.h"

#include "aiocc/py/exceptions.h"
#include "aiocc/py/dict.h"
#include "aiocc/py/int.h"
#include "aiocc/py/list.h"
#include "aiocc/py/str.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/protocols.h"
#include "aiocc/py/str.h"
#include "internal.h"
#include "method_catalog.h"

namespace aiocc {

namespace {
// The function's free variables, in the order of its cells.
std::vector<std::string> free_variables(const FunctionInfo& info) {
  std::vector<std::string> out;
  for (int i = 0; info.code && i < info.code->nfreevars; ++i) out.push_back(info.code->freevars[i]);
  return out;
}

// A function's __code__, reduced to what a compiled program has: its names, argument counts,
// local and free variable names and file (sema refuses the other co_ attributes).
TypeObject code_type("code", &types::object, nullptr);
struct CodeObject final : HeapObject {
  const FunctionInfo& info;
  explicit CodeObject(const FunctionInfo& i) : info(i) {}
  TypeObject* type() const override { return &code_type; }
  std::string repr() const override {
    return std::string("<code object ") + info.name + " at " + detail::address(this) + ">";
  }
  Object getattr(const Object& self, std::string_view name) override {
    const int n = info.nparams - (info.vararg_index >= 0) - (info.kwarg_index >= 0);
    const int positional = info.kwonly_index >= 0 ? info.kwonly_index - (info.vararg_index >= 0 && info.vararg_index < info.kwonly_index) : n;
    if (name == "co_name") return py_str(info.name);
    if (name == "co_qualname") return py_str(info.qualname);
    if (name == "co_argcount") return py_int(positional);
    if (name == "co_posonlyargcount") return py_int(info.posonly_count);
    if (name == "co_kwonlyargcount") return py_int(n - positional);
    if (info.code && (name == "co_varnames" || name == "co_nlocals")) {
      std::vector<Object> names;
      for (int i = 0; i < info.code->nvarnames; ++i) names.push_back(py_str(info.code->varnames[i]));
      if (name == "co_nlocals") return py_int(static_cast<int64_t>(names.size()));
      return py_tuple(std::move(names));
    }
    if (name == "co_filename" && info.code && info.code->module) return py_str(info.code->module->path);
    if (name == "co_freevars") {
      std::vector<std::string> free = free_variables(info);
      std::sort(free.begin(), free.end());
      std::vector<Object> names;
      for (const std::string& n : free) names.push_back(py_str(n));
      return py_tuple(std::move(names));
    }
    return HeapObject::getattr(self, name);
  }
};
Object make_code_object(const FunctionInfo& info) { return make<CodeObject>(info); }
}  // namespace

// A module-level library function standing for a C function is one to the object model too:
// builtin_function_or_method, which a class attribute does not bind (Formatter.converter =
// time.gmtime).
bool FunctionObject::find_builtin(const FunctionInfo* i) {
  return i->code && i->code->hidden && std::string_view(i->qualname).find('.') == std::string_view::npos;
}
TypeObject* FunctionObject::type() const { return acts_builtin() ? &types::builtin_function : &types::function; }
// __qualname__ now: an assigned one (functools.wraps) replaces the def's.
std::string FunctionObject::qualname() const {
  const Object* q = as_dict(named) ? as_dict(named)->find(py_str("__qualname__")) : nullptr;
  return q ? str_value(*q) : std::string(info->qualname);
}
std::string FunctionObject::repr() const {
  // A library function standing for one of CPython's C functions shows as one.
  if (acts_builtin()) {
    return std::string("<built-in function ") + info->name + ">";
  }
  return "<function " + qualname() + " at " + detail::address(this) + ">";
}
Object FunctionObject::getattr(const Object& self, std::string_view name) {
  if (DictObject* d = as_dict(named)) {  // the function's own fields, not its __dict__
    if (Object* v = d->find(py_str(std::string(name)))) return *v;
  }
  if (DictObject* d = as_dict(dict)) {
    if (Object* v = d->find(py_str(std::string(name)))) return *v;
  }
  if (name == "__name__") return py_str(info->name);
  if (name == "__qualname__") return py_str(info->qualname);
  if (name == "__doc__") return info->doc ? py_str(info->doc) : None;
  if (name == "__module__") return py_str(info->code && info->code->module ? info->code->module->name : "__main__");
  if (name == "__code__") return make_code_object(*info);
  if (name == "__closure__") {  // the cells, in co_freevars' (sorted) order
    std::vector<std::string> free = free_variables(*info);
    if (free.empty() || free.size() != cells.size()) return None;
    std::vector<size_t> order(free.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return free[a] < free[b]; });
    std::vector<Object> out;
    for (size_t i : order) out.push_back(cells[i].handle());
    return py_tuple(std::move(out));
  }
  if (name == "__get__") {
    // Functions are non-data descriptors: f.__get__(obj, type=None) binds obj.
    static BuiltinFunction get("__get__", [](Args a, Kwargs) {
      check_nargs("__get__", Args(a.p + 1, a.n - 1), 1, 2);
      return a[1].is_none() ? a[0] : bind_user_method(a[0], a[1]);
    });
    return make_bound_method(Object(&get), self);
  }
  if (name == "__dict__") {
    if (dict.is_unbound()) dict = py_dict();
    return dict;
  }
  if (name == "__annotations__") {
    if (annotations.is_unbound()) annotations = py_dict();
    return annotations;
  }
  if (name == "__defaults__" || name == "__kwdefaults__") {
    // Positional parameters' defaults as a tuple; keyword-only ones' as a dict; else None.
    const int n = info->nparams, kwonly = info->kwonly_index >= 0 ? info->kwonly_index : n;
    if (name == "__kwdefaults__") {
      if (kwdefaults.is_unbound()) {
        Object d = py_dict();
        for (int i = kwonly; i < n; ++i) {
          if (!defaults[i].is_unbound() && i != info->kwarg_index) {
            as_dict(d)->set(py_str(info->params[i]), defaults[i]);
          }
        }
        if (as_dict(d)->live_count == 0) return None;
        kwdefaults = d;
      }
      return kwdefaults;
    }
    std::vector<Object> positional;
    for (int i = 0; i < kwonly; ++i) {
      if (!defaults[i].is_unbound() && i != info->vararg_index) positional.push_back(defaults[i]);
    }
    return positional.empty() && !empty_defaults ? None : py_tuple(std::move(positional));
  }
  return HeapObject::getattr(self, name);
}

void FunctionObject::setattr(std::string_view name, const Object& value) {
  if (name == "__name__" || name == "__qualname__" || name == "__doc__" || name == "__module__") {
    if ((name == "__name__" || name == "__qualname__") && (value.is_unbound() || !is_str(value))) {
      raise(&exc::TypeError, std::string(name) + " must be set to a string object");
    }
    if (named.is_unbound()) named = py_dict();
    as_dict(named)->set(py_str(std::string(name)), value.is_unbound() ? None : value);
    return;
  }
  if (name == "__annotations__") {
    if (!value.is_unbound() && !value.is_none() && !as_dict(value)) {
      raise(&exc::TypeError, "__annotations__ must be set to a dict object");
    }
    annotations = value.is_none() ? Object() : value;
    return;
  }
  if (name == "__dict__") {
    if (!as_dict(value)) raise(&exc::TypeError, "__dict__ must be set to a dictionary, not a '" + type_of(value)->name + "'");
    dict = value;
    return;
  }
  if (name == "__defaults__") {  // the last len(value) positional parameters get defaults
    if (!value.is_none() && !value.is_unbound() && !as_tuple(value)) {
      raise(&exc::TypeError, "__defaults__ must be set to a tuple object");
    }
    const int kwonly = info->kwonly_index >= 0 ? info->kwonly_index : info->nparams;
    std::vector<int> positional;
    for (int i = 0; i < kwonly; ++i) {
      if (i != info->vararg_index && i != info->kwarg_index) positional.push_back(i);
    }
    const std::vector<Object> given = as_tuple(value) ? as_tuple(value)->items : std::vector<Object>{};
    empty_defaults = as_tuple(value) && given.empty();
    const size_t first = positional.size() > given.size() ? positional.size() - given.size() : 0;
    for (size_t k = 0; k < positional.size(); ++k) {
      defaults[positional[k]] = k >= first ? given[given.size() - (positional.size() - k)] : Object();
    }
    return;
  }
  if (name == "__kwdefaults__") {
    if (!value.is_none() && !value.is_unbound() && !as_dict(value)) {
      raise(&exc::TypeError, "__kwdefaults__ must be set to a dict object");
    }
    kwdefaults = as_dict(value) ? value : None;  // None: no keyword-only defaults from now on
    return;
  }
  if (dict.is_unbound()) dict = py_dict();
  if (value.is_unbound()) {
    if (!as_dict(dict)->erase(py_str(std::string(name)))) {
      raise(&exc::AttributeError, "'function' object has no attribute '" + std::string(name) + "'");
    }
    return;
  }
  as_dict(dict)->set(py_str(std::string(name)), value);
}

Object FunctionObject::call(Args args, Kwargs kw) {
  const int n = info->nparams;
  // Positional arguments only, no *args/**kwargs parameters: fill in the defaults and go.
  if (kw.size() == 0 && info->vararg_index < 0 && info->kwarg_index < 0 && kwdefaults.is_unbound() &&
      static_cast<int>(args.size()) <= (info->kwonly_index >= 0 ? info->kwonly_index : n)) {
    if (static_cast<int>(args.size()) == n) return info->invoke(*this, args.p);
    if (n <= 16) {
      Object argv[16];
      bool complete = true;
      for (int i = 0; i < n; ++i) {
        argv[i] = i < static_cast<int>(args.size()) ? args[i] : defaults[i];
        complete = complete && !argv[i].is_unbound();
      }
      if (complete) return info->invoke(*this, argv);
    }
  }
  return bind_and_call(args, kw);
}

Object FunctionObject::bind_and_call(Args args, Kwargs kw) {
  const int n = info->nparams;
  const int va = info->vararg_index;
  const int kwi = info->kwarg_index;
  const int kwonly = info->kwonly_index;
  // The parameters positional arguments fill.
  const int npositional = va >= 0 ? va : kwonly >= 0 ? kwonly : kwi >= 0 ? kwi : n;
  // The name binding errors give: the function's __qualname__ now (functools.wraps changes it).
  auto fname = [&] { return qualname() + "()"; };
  Object argv[16];
  std::vector<Object> big;
  Object* slots = argv;
  if (n > 16) {
    big.resize(n);
    slots = big.data();
  }
  const size_t taken = std::min<size_t>(args.size(), static_cast<size_t>(npositional));
  for (size_t i = 0; i < taken; ++i) slots[i] = args[i];
  if (va >= 0) slots[va] = py_tuple(std::vector<Object>(args.begin() + taken, args.end()));
  if (kwi >= 0) slots[kwi] = py_dict();
  // A name given twice (through **mapping): CPython names the function with its module.
  for (size_t i = 1; i < kw.size(); ++i) {
    for (size_t j = 0; j < i; ++j) {
      if (kw.p[i].name == kw.p[j].name) {
        // _PyObject_FunctionStr: the function's current __module__ and __qualname__.
        raise(&exc::TypeError, function_str(Object(this)) + " got multiple values for keyword argument '" +
                                   std::string(kw.p[i].name) + "'");
      }
    }
  }
  std::string posonly_passed;  // positional-only parameters named by keywords
  for (const Kw& k : kw) {
    int idx = -1;
    for (int i = info->posonly_count; i < n; ++i) {
      if (i != va && i != kwi && k.name == info->params[i]) idx = i;
    }
    if (idx < 0 && kwi >= 0) {
      as_dict(slots[kwi])->set(py_str(std::string(k.name)), k.value);
      continue;
    }
    if (idx < 0) {
      for (int i = 0; i < info->posonly_count; ++i) {
        if (k.name == info->params[i]) idx = i;
      }
      if (idx >= 0) {
        posonly_passed += (posonly_passed.empty() ? "" : ", ") + std::string(k.name);
        continue;
      }
    }
    if (idx < 0) {
      // A library function standing for C code: getargs' and clinic's text.
      if (info->code && info->code->hidden) {
        raise(&exc::TypeError, "'" + std::string(k.name) + "' is an invalid keyword argument for " + info->name + "()");
      }
      raise(&exc::TypeError,
            fname() + " got an unexpected keyword argument '" + std::string(k.name) + "'");
    }
    if (!slots[idx].is_unbound()) {
      raise(&exc::TypeError,
            fname() + " got multiple values for argument '" + std::string(k.name) + "'");
    }
    slots[idx] = k.value;
  }
  if (!posonly_passed.empty()) {
    raise(&exc::TypeError,
          fname() + " got some positional-only arguments passed as keyword arguments: '" + posonly_passed + "'");
  }
  // CPython checks the count after binding the keywords: their errors come first.
  if (va < 0 && static_cast<int>(args.size()) > npositional) {
    int required = 0;
    for (int i = 0; i < npositional; ++i) required += defaults[i].is_unbound();
    const int np = npositional;
    std::string expected = required < np ? "from " + std::to_string(required) + " to " + std::to_string(np)
                                         : std::to_string(np);
    size_t kwonly_given = 0;
    for (const Kw& k : kw) {
      for (int i = kwonly; kwonly >= 0 && i < n; ++i) kwonly_given += i != kwi && k.name == info->params[i];
    }
    std::string kwonly_sig;
    if (kwonly_given) {
      kwonly_sig = std::string(" positional argument") + (args.size() != 1 ? "s" : "") + " (and " +
                   std::to_string(kwonly_given) + " keyword-only argument" + (kwonly_given != 1 ? "s" : "") + ")";
    }
    raise(&exc::TypeError, fname() + " takes " + expected + " positional argument" +
                               (np == 1 && required == np ? "" : "s") + " but " + std::to_string(args.size()) +
                               kwonly_sig + (args.size() == 1 && !kwonly_given ? " was" : " were") + " given");
  }
  std::vector<std::string> missing, missing_kwonly;
  for (int i = 0; i < n; ++i) {
    if (!slots[i].is_unbound()) continue;
    const bool from_kwdefaults = !kwdefaults.is_unbound() && kwonly >= 0 && i >= kwonly && i != kwi;
    const Object* kd = from_kwdefaults && as_dict(kwdefaults) ? as_dict(kwdefaults)->find(py_str(info->params[i]))
                                                              : nullptr;
    if (from_kwdefaults ? kd != nullptr : !defaults[i].is_unbound()) {
      slots[i] = from_kwdefaults ? *kd : defaults[i];
    } else {
      (kwonly >= 0 && i >= kwonly ? missing_kwonly : missing).push_back(std::string("'") + info->params[i] + "'");
    }
  }
  auto report = [&](const std::vector<std::string>& names, const char* kind) {
    std::string list;
    for (size_t i = 0; i < names.size(); ++i) {
      if (i) list += i + 1 == names.size() ? (names.size() > 2 ? ", and " : " and ") : ", ";
      list += names[i];
    }
    raise(&exc::TypeError, fname() + " missing " + std::to_string(names.size()) + " required " + kind +
                               " argument" + (names.size() == 1 ? "" : "s") + ": " + list);
  };
  if (!missing.empty()) report(missing, "positional");
  if (!missing_kwonly.empty()) report(missing_kwonly, "keyword-only");
  return info->invoke(*this, slots);
}

TypeObject* BoundMethod::type() const { return py_class ? &types::method : &types::builtin_function; }
Object BoundMethod::getattr(const Object& me, std::string_view attr) {
  if (attr == "__name__") return py_str(name);
  if (attr == "__self__") return self;
  if (attr == "__qualname__" && py_class) return py_str(std::string(py_class) + "." + name);
  if (attr == "__qualname__") {  // meth_get__qualname__: the type of self, or self if a type
    auto* t = self.dyn<TypeObject>();
    return py_str(str_value(aiocc::getattr(Object(t ? t : type_of(self)), "__qualname__")) + "." + name);
  }
  return HeapObject::getattr(me, attr);
}
std::string BoundMethod::repr() const {
  if (py_class) return "<bound method " + std::string(py_class) + "." + name + " of " + aiocc::repr(self) + ">";
  return "<built-in method " + name + " of " + type_of(self)->name + " object at " +
         detail::address(self.is_heap() ? self.heap() : nullptr) + ">";
}
BoundMethod::BoundMethod(Object s, const MethodCatalog* c, const MethodDef* d)
    : self(std::move(s)), name(d->name), catalog(c), def(d) {}

Object BoundMethod::call(Args args, Kwargs kw) {
  if (def) return call_catalog_method(*catalog, *def, self, args, kw, Via::BoundObject);
  return aiocc::call_method(self, name, args, kw);
}

// A function of a module written in Python (asyncio.tasks' sleep) is a `function` to CPython;
// one of a C module (_asyncio's _enter_task, named with its leading underscore) a built-in.
namespace {
bool is_python_level(const char* module) { return module && module[0] != '_'; }
}  // namespace

TypeObject* BuiltinFunction::type() const {
  return is_python_level(module) ? &types::function : &types::builtin_function;
}
Object BuiltinFunction::getattr(const Object& self, std::string_view attr) {
  if (attr == "__name__" || attr == "__qualname__") return py_str(name);
  // __module__ only where it is known: the table does not record it for every builtin
  // (functools.reduce's is _functools, asyncio.sleep's asyncio.tasks).
  if (attr == "__module__" && module) return py_str(module);
  return HeapObject::getattr(self, attr);
}
std::string BuiltinFunction::repr() const {
  if (is_python_level(module)) return std::string("<function ") + name + " at " + detail::address(this) + ">";
  return std::string("<built-in function ") + name + ">";
}

Object make_function(const FunctionInfo* info, std::vector<Object> defaults,
                     std::vector<Cell> cells) {
  return make<FunctionObject>(info, std::move(defaults), std::move(cells));
}

Object with_annotations(Object function, const Object& annotations) {
  function.as<FunctionObject>()->annotations = annotations;
  return function;
}

Object make_native_function(const std::string& name, const std::string& qualname, NativeSignature sig,
                            std::vector<Object> defaults, Object state,
                            Object (*invoke)(FunctionObject& self, const Object* argv), const std::string& doc) {
  struct Storage {
    std::string name, qualname, doc;
    std::vector<std::string> params;
    std::vector<const char*> pointers;
    FunctionInfo info;
  };
  // Kept for the rest of the program, as the info of a compiled def is: such functions belong to
  // classes, which are immortal.
  auto* st = new Storage{name, qualname, doc, std::move(sig.params), {}, {}};
  for (auto& p : st->params) st->pointers.push_back(p.c_str());
  st->pointers.push_back(nullptr);
  const int n = static_cast<int>(st->params.size());
  st->info = FunctionInfo{st->name.c_str(), st->qualname.c_str(), st->pointers.data(), n, sig.vararg, sig.kwarg,
                          false, invoke, st->doc.empty() ? nullptr : st->doc.c_str(), sig.posonly, sig.kwonly};
  Cell cell;
  cell.get() = std::move(state);
  defaults.resize(n);
  return make_function(&st->info, std::move(defaults), {cell});
}

Object builtin_value(BuiltinFunction& f) { return Object(&f); }

PyDef::PyDef(const char* qualname, NativeSignature sig, std::vector<Object> defaults,
             Object (*invoke)(FunctionObject& self, const Object* argv)) {
  std::string q = qualname;
  fn = make_native_function(q.substr(q.rfind('.') + 1), q, std::move(sig), std::move(defaults), Object(), invoke);
}

namespace {
Object bound_tuple(FunctionObject& f, const Object* argv) {
  return py_tuple(std::vector<Object>(argv, argv + f.info->nparams));
}
}  // namespace

PyDef::PyDef(const char* qualname, NativeSignature sig, std::vector<Object> defaults)
    : PyDef(qualname, std::move(sig), std::move(defaults), bound_tuple) {}

std::vector<Object> PyDef::bind(Args args, Kwargs kw) const { return as_tuple((*this)(args, kw))->items; }

std::vector<Object> PyDef::bind_method(Args args, Kwargs kw) const {
  return as_tuple(call_method(None, args, kw))->items;
}

Object PyDef::operator()(Args args, Kwargs kw) const { return fn.as<FunctionObject>()->call(args, kw); }

Object PyDef::call_method(const Object& self, Args args, Kwargs kw) const {
  std::vector<Object> all;
  all.reserve(args.size() + 1);
  all.push_back(self);
  all.insert(all.end(), args.begin(), args.end());
  return fn.as<FunctionObject>()->call(Args(all), kw);
}

void check_nargs(const char* fname, Args args, size_t min, size_t max) {
  const size_t n = args.size();
  if (n >= min && n <= max) return;
  std::string f = fname;
  if (min == max) {
    if (min == 0) raise(&exc::TypeError, f + "() takes no arguments (" + std::to_string(n) + " given)");
    if (min == 1) raise(&exc::TypeError, f + "() takes exactly one argument (" + std::to_string(n) + " given)");
    raise(&exc::TypeError, f + " expected " + std::to_string(min) + " arguments, got " + std::to_string(n));
  }
  if (n < min) {
    raise(&exc::TypeError, f + " expected at least " + std::to_string(min) + " argument" +
                               (min == 1 ? "" : "s") + ", got " + std::to_string(n));
  }
  raise(&exc::TypeError, f + " expected at most " + std::to_string(max) + " argument" +
                             (max == 1 ? "" : "s") + ", got " + std::to_string(n));
}

void check_no_kwargs(const char* fname, Kwargs kw) {
  if (kw.size()) raise(&exc::TypeError, std::string(fname) + "() takes no keyword arguments");
}

void bind_args(const char* fname, Args args, Kwargs kw, std::initializer_list<const char*> params,
               Object* out, size_t required) {
  const size_t n = params.size();
  if (args.size() > n) {
    raise(&exc::TypeError, std::string(fname) + "() takes " +
                               (required == n ? "" : "from " + std::to_string(required) + " to ") +
                               std::to_string(n) + " positional argument" + (n == 1 ? "" : "s") + " but " +
                               std::to_string(args.size()) + (args.size() == 1 ? " was" : " were") + " given");
  }
  for (size_t i = 0; i < args.size(); ++i) out[i] = args[i];
  for (const Kw& k : kw) {
    size_t i = 0;
    for (const char* p : params) {
      if (k.name == p) break;
      ++i;
    }
    if (i == n) {
      raise(&exc::TypeError, std::string(fname) + "() got an unexpected keyword argument '" +
                                 std::string(k.name) + "'");
    }
    if (!out[i].is_unbound()) {
      raise(&exc::TypeError, std::string(fname) + "() got multiple values for argument '" +
                                 std::string(k.name) + "'");
    }
    out[i] = k.value;
  }
  size_t i = 0;
  for (const char* p : params) {
    if (i < required && out[i].is_unbound()) {
      raise(&exc::TypeError, std::string(fname) + "() missing 1 required positional argument: '" +
                                 p + "'");
    }
    ++i;
  }
}

void clinic_bind(const char* fname, std::initializer_list<const char*> params, size_t max_positional,
                 size_t required, Args args, Kwargs kw, Object* out) {
  const std::string f = std::string(fname) + "()";
  if (args.size() > max_positional) {
    raise(&exc::TypeError, f + " takes " + (required == max_positional ? "exactly " : "at most ") +
                               std::to_string(max_positional) + " positional argument" +
                               (max_positional == 1 ? "" : "s") + " (" + std::to_string(args.size()) + " given)");
  }
  for (size_t i = 0; i < args.size(); ++i) out[i] = args[i];
  for (const Kw& k : kw) {
    size_t i = 0;
    for (const char* p : params) {
      if (k.name == p) break;
      ++i;
    }
    if (i == params.size()) raise(&exc::TypeError, "'" + std::string(k.name) + "' is an invalid keyword argument for " + f);
    if (!out[i].is_unbound()) {
      raise(&exc::TypeError, "argument for " + f + " given by name ('" + std::string(k.name) + "') and position (" +
                                 std::to_string(i + 1) + ")");
    }
    out[i] = k.value;
  }
  size_t i = 0;
  for (const char* p : params) {
    if (i < required && out[i].is_unbound()) {
      raise(&exc::TypeError, f + " missing required argument '" + p + "' (pos " + std::to_string(i + 1) + ")");
    }
    ++i;
  }
}

}  // namespace aiocc
