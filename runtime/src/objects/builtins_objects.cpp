// Built-in functions of the object model: iter, next, vars, issubclass, delattr, globals.
#include "aiocc/py/builtins.h"

#include <algorithm>

#include "aiocc/py/abc.h"
#include "aiocc/py/typing.h"
#include "aiocc/py/dict.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/instance.h"
#include "aiocc/py/list.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/protocols.h"
#include "aiocc/py/str.h"
#include "cpython_frames.h"
#include "cpython_names.h"
#include "internal.h"

namespace aiocc::builtins {

Object iter_impl(const Object&, const Object* a, Args args, Kwargs kw) {
  if (!a[1].is_unbound()) {
    // iter(callable, sentinel): calls until a result equals the sentinel (or StopIteration).
    if (!truthy(callable({a[0]}, {}))) raise(&exc::TypeError, "iter(v, w): v must be callable");
    static TypeObject callable_iterator("callable_iterator", &types::object, nullptr);
    return lazy_iterator(&callable_iterator, [f = a[0], sentinel = a[1]](Object& out) {
      try {
        out = call(f, {});
      } catch (PyException& e) {
        if (!type_of(e.exc)->is_subtype_of(&exc::StopIteration)) throw;
        return false;
      }
      return !eq(sentinel, out);
    });
  }
  if (!is_iterable(a[0])) {
    raise(&exc::TypeError, "'" + type_of(a[0])->name + "' object is not iterable");
  }
  return make_iterator(a[0]);
}

Object next_impl(const Object&, const Object* a, Args args, Kwargs kw) {
  if (!is_iterator(a[0])) {
    raise(&exc::TypeError, "'" + type_of(a[0])->name + "' object is not an iterator");
  }
  if (is_user(a[0])) {
    // A user __next__'s own StopIteration propagates, value and traceback included.
    try {
      return call_method(a[0], "__next__", {});
    } catch (PyException& e) {
      if (a[1].is_unbound() || !type_of(e.exc)->is_subtype_of(&exc::StopIteration)) throw;
      return a[1];
    }
  }
  Object out;
  if (iterator_next(a[0], out)) return out;
  if (!a[1].is_unbound()) return a[1];
  // A generator's return value travels in the StopIteration.
  bool with_value = a[0].is_heap() && a[0].heap()->kind == HeapObject::Kind::Generator && !out.is_none() &&
                    !out.is_unbound();
  raise_exc(with_value ? new_exception(&exc::StopIteration, {out}) : new_exception(&exc::StopIteration));
}

Object vars_impl(const Object&, const Object* a, Args, Kwargs) {
  // vars() without an argument (locals()) is refused at compile time when the call is seen.
  if (a[0].is_unbound()) raise(&exc::NotImplementedError, "vars() without an argument is not supported by aiocc");
  try {
    return getattr_name(a[0], intern("__dict__"));
  } catch (PyException& e) {
    if (!type_of(e.exc)->is_subtype_of(&exc::AttributeError)) throw;
  }
  raise(&exc::TypeError, "vars() argument must have __dict__ attribute");
}

Object module_doc(const ModuleInfo& m) { return m.doc ? py_str(std::string(m.doc, m.doc_size)) : None; }
Object module_file(const ModuleInfo& m) { return py_str(m.path); }

namespace {

// A module an `import` bound, seen through globals(): its repr only (aiocc has no module
// objects; sema refuses a module used as a value elsewhere).
// One of aiocc's modules (asyncio, math...) as a value: its attributes are what the builtin
// table offers of it, which the program that uses the module as a value hands over.
struct ModuleObject final : HeapObject {
  std::string name;
  const GlobalSlot* attrs = nullptr;
  int nattrs = 0;
  explicit ModuleObject(std::string n) : name(std::move(n)) { refcnt = 1; }
  TypeObject* type() const override { return &types::module; }
  const cpython_names::ModuleDir* cpython() const {
    for (const auto& m : cpython_names::kModules) {
      if (name == m.name) return &m;
    }
    return nullptr;
  }
  std::string repr() const override {
    if (const auto* m = cpython()) return m->repr;
    return "<module '" + name + "' (built-in)>";  // builtins
  }
  Object getattr(const Object& self, std::string_view attr) override {
    for (int i = 0; i < nattrs; ++i) {
      if (attr == attrs[i].name) return attrs[i].imported();
    }
    if (attr == "__name__") return py_str(name);
    const auto* m = cpython();
    if (!m || std::find(m->names, m->names + m->count, attr) != m->names + m->count) {
      raise(&exc::NotImplementedError, "aiocc: '" + name + "." + std::string(attr) + "' is not supported");
    }
    raise_attribute_error(self, attr, "module '" + name + "' has no attribute '" + std::string(attr) + "'");
  }
};

TypeObject loader_type("SourceFileLoader", &types::object, nullptr, "_frozen_importlib_external");
struct LoaderObject final : HeapObject {
  LoaderObject() { refcnt = 1; }
  TypeObject* type() const override { return &loader_type; }
};

}  // namespace

Object module_value(const char* name, const GlobalSlot* attrs, int nattrs) {
  Object m = module_object(name);
  auto* mo = static_cast<ModuleObject*>(m.heap());
  mo->attrs = attrs;
  mo->nattrs = nattrs;
  return m;
}

Object module_object(const char* name) {
  static std::vector<ModuleObject*> made;
  for (ModuleObject* m : made) {
    if (m->name == name) return Object(m);
  }
  made.push_back(new ModuleObject(name));
  return Object(made.back());
}

// globals(): a snapshot of the module's names as CPython's __main__ dict holds them (its own
// entries first, then the names the script bound, in binding order). Sema lets it be used only
// to read it in place, where a snapshot is what CPython's live dict would show.
Object globals_impl(const Object&, const Object*, Args, Kwargs) {
  const ModuleInfo* m = g_frame && g_frame->code ? g_frame->code->module : nullptr;
  if (!m) raise(&exc::SystemError, "globals(): no current module");
  static LoaderObject loader;
  Object d = py_dict();
  DictObject* g = as_dict(d);
  g->set(py_str("__name__"), py_str(m->name));
  g->set(py_str("__doc__"), module_doc(*m));
  g->set(py_str("__package__"), m->package ? py_str(m->package) : None);
  g->set(py_str("__loader__"), Object(&loader));
  g->set(py_str("__spec__"), None);
  g->set(py_str("__annotations__"), py_dict());
  g->set(py_str("__builtins__"), module_object("builtins"));
  g->set(py_str("__file__"), module_file(*m));
  g->set(py_str("__cached__"), None);
  for (int i = 0; i < m->nglobals; ++i) {
    const GlobalSlot& s = m->globals[i];
    if (s.value && !s.value->is_unbound()) g->set(py_str(s.name), *s.value);
    if (!s.value && s.imported) g->set(py_str(s.name), s.imported());
  }
  return d;
}

// locals() called other than directly in the code whose names it reads: sema refuses that.
Object locals_impl(const Object&, const Object*, Args, Kwargs) {
  raise(&exc::SystemError, "aiocc: locals() reached without its frame's names");
}

Object function_locals(std::initializer_list<std::pair<const char*, const Object*>> vars) {
  Object d = py_dict();
  for (const auto& [name, value] : vars) {
    if (!value->is_unbound()) as_dict(d)->set(py_str(name), *value);
  }
  return d;
}

Object namespace_dir(const Object& ns) {
  std::vector<Object> names;
  for (const auto& e : as_dict(ns)->entries) {
    if (e.live()) names.push_back(e.key);
  }
  Object out = py_list(std::move(names));
  call_method(out, "sort", {});
  return out;
}

Object issubclass_impl(const Object&, const Object* a, Args args, Kwargs kw) {
  auto* t = a[0].is_heap() && a[0].heap()->type()->is_subtype_of(&types::type) ? a[0].as<TypeObject>() : nullptr;
  if (!t) raise(&exc::TypeError, "issubclass() arg 1 must be a class");
  std::vector<Object> classes = class_alternatives(a[1]);
  for (const Object& c : classes) {
    auto* ct = c.is_heap() && c.heap()->type()->is_subtype_of(&types::type) ? c.as<TypeObject>() : nullptr;
    if (!ct) {
      if (Object k = form_class(c); !k.is_unbound()) {  // typing.List, typing.Sequence
        if (abc::subclass_check(t, k.as<TypeObject>())) return True();
        continue;
      }
      bool handled = false;
      if (alias_instancecheck(c, t, handled)) return True();
      if (handled) continue;
      // An object whose class defines __subclasscheck__ (PyObject_IsSubclass asks it).
      if (const Object* f = user_class_lookup(type_of(c), "__subclasscheck__")) {
        if (truthy(aiocc::call(bind_user_method(*f, c), {a[0]}))) return True();
        continue;
      }
      raise(&exc::TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }
    if (typing::is_typed_dict(ct)) typing::typed_dict_check_error();
    if (abc::subclass_check(t, ct)) return True();
  }
  return False();
}

Object delattr_impl(const Object&, const Object* a, Args args, Kwargs kw) {
  if (!is_str(a[1])) {
    raise(&exc::TypeError, "attribute name must be string, not '" + type_of(a[1])->name + "'");
  }
  delattr_name(a[0], intern(str_value(a[1])));
  return None;
}

}  // namespace aiocc::builtins
