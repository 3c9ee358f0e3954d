// The script's own modules (aiocc/py/module.h): module objects over the generated globals,
// and importlib's loading order, cycles, failures and errors.
#include "aiocc/py/module.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

#include "aiocc/py/builtins.h"
#include "aiocc/py/dict.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/str.h"
#include "aiocc/py/types.h"
#include "cpython_frames.h"
#include "cpython_names.h"

namespace aiocc {
namespace {

// A module of the script: its attributes are its globals (the generated variables, found by
// name through the module's GlobalSlot table), then what was set on it from outside (a
// submodule, or a name its own code never binds).
struct UserModuleObject final : HeapObject {
  UserModule* m;
  const ModuleInfo* info;
  std::unordered_map<std::string, const GlobalSlot*> slots;  // its variables and static imports
  Object extra;                                              // a dict, created on demand

  explicit UserModuleObject(UserModule* um) : m(um), info(um->code->module) {
    for (int i = 0; i < um->nvars; ++i) slots.emplace(um->vars[i].name, &um->vars[i]);
    for (int i = 0; i < info->nglobals; ++i) slots.emplace(info->globals[i].name, &info->globals[i]);
  }
  TypeObject* type() const override { return &types::module; }
  std::string repr() const override {
    if (built_in()) return "<module '" + std::string(m->name) + "' (built-in)>";
    if (cpython_repr().ends_with("(frozen)>")) return "<module '" + std::string(m->name) + "' (frozen)>";
    return "<module '" + std::string(m->name) + "' from '" + info->path + "'>";
  }
  // A library module standing for one built into CPython's interpreter (time): no file. (The
  // script's files never shadow those.)
  bool built_in() const { return cpython_repr().ends_with("(built-in)>"); }
  // CPython's repr of the module: frozen ones (os, stat, posixpath) say so.
  std::string_view cpython_repr() const {
    for (const auto& d : cpython_names::kModules) {
      if (std::string_view(d.name) == m->name) return d.repr;
    }
    return {};
  }

  // The value of `name`, unbound when the module has none.
  Object find(std::string_view name) {
    if (auto it = slots.find(std::string(name)); it != slots.end()) {
      const GlobalSlot& s = *it->second;
      if (s.value) {
        if (!s.value->is_unbound()) return *s.value;
      } else if (s.imported) {
        return s.imported();
      }
    }
    if (DictObject* d = as_dict(extra)) {
      if (Object* v = d->find(py_str(std::string(name)))) return *v;
    }
    if (name == "__name__") return py_str(m->name);
    if (name == "__file__" && !built_in()) return builtins::module_file(*info);
    if (name == "__doc__") return builtins::module_doc(*info);
    if (name == "__package__") return py_str(info->package ? info->package : "");
    if (name == "__dict__") {
      Object d = py_dict();
      for (int i = 0; i < info->nglobals; ++i) {
        Object v = find(info->globals[i].name);
        if (!v.is_unbound()) as_dict(d)->set(py_str(info->globals[i].name), v);
      }
      if (DictObject* e = as_dict(extra)) {
        for (const auto& entry : e->entries) {
          if (entry.live()) as_dict(d)->set(entry.key, entry.value);
        }
      }
      return d;
    }
    return Object();
  }

  Object getattr(const Object& self, std::string_view name) override {
    Object v = find(name);
    if (v.is_unbound()) {
      if (lacks_cpython_name(name)) {
        raise(&exc::NotImplementedError, "aiocc: '" + std::string(m->name) + "." + std::string(name) + "' is not supported");
      }
      raise_attribute_error(self, name, "module '" + std::string(m->name) + "' has no attribute '" + std::string(name) + "'");
    }
    return v;
  }

  // An assignment (or, with an unbound value, a deletion) from outside the module.
  void setattr(std::string_view name, const Object& value) override {
    if (auto it = slots.find(std::string(name)); it != slots.end() && it->second->value) {
      Object* var = it->second->value;
      if (value.is_unbound() && var->is_unbound()) raise_no_attribute_to_delete(name);
      *var = value;
      return;
    }
    if (extra.is_unbound()) extra = py_dict();
    Object key = py_str(std::string(name));
    if (value.is_unbound()) {
      if (!as_dict(extra)->find(key)) raise_no_attribute_to_delete(name);
      as_dict(extra)->erase(key);
      return;
    }
    as_dict(extra)->set(key, value);
  }

  // One of aiocc's library modules (in CPython's standard library directory) without a name
  // CPython's module has.
  bool lacks_cpython_name(std::string_view name) const {
    static const std::string dir = cpython::stdlib_dir() + "/";
    if (!std::string_view(info->path).starts_with(dir)) return false;
    for (const auto& c : cpython_names::kModules) {
      if (m->name == std::string_view(c.name)) return std::find(c.names, c.names + c.count, name) != c.names + c.count;
    }
    return false;
  }

  [[noreturn]] static void raise_no_attribute_to_delete(std::string_view name) {
    raise(&exc::AttributeError, "'module' object has no attribute '" + std::string(name) + "'");
  }
};

std::string last_component(const char* dotted) {
  std::string s(dotted);
  return s.substr(s.rfind('.') + 1);
}

Object import_error(const std::string& message, const Object& name, const Object& path) {
  Object e = new_exception(&exc::ImportError, message);
  e.as<ExceptionObject>()->setattr("name", name);
  e.as<ExceptionObject>()->setattr("path", path);
  return e;
}

}  // namespace

static std::vector<std::string>& script_modules() {
  static std::vector<std::string> names{"__main__"};
  return names;
}

bool is_script_module(std::string_view name) {
  for (const std::string& n : script_modules()) {
    if (n == name) return true;
  }
  return false;
}

Object import_module(UserModule& m) {
  if (m.state != 0) return m.module;
  if (m.parent) import_module(*m.parent);
  if (m.state != 0) return m.module;  // the package's __init__ imported it
  Frame* importer = g_frame;
  m.module = Object(new UserModuleObject(&m));
  m.state = 1;
  if (!is_script_module(m.name)) script_modules().push_back(m.name);
  try {
    PlainFrame f(m.code);
    m.body(f);
  } catch (PyException& e) {
    // A failed import leaves nothing behind: the next import runs the body again.
    m.state = 0;
    m.module = Object();
    add_traceback(e.exc, importer);
    throw;
  }
  m.state = 2;
  if (m.parent) m.parent->module.heap()->setattr(last_component(m.name), m.module);
  return m.module;
}

Object import_from(const Object& module, const char* name, UserModule* sub) {
  auto* mo = static_cast<UserModuleObject*>(module.heap());
  Object v = mo->find(name);
  if (!v.is_unbound()) return v;
  if (sub) return import_module(*sub);  // _handle_fromlist: a submodule not yet imported
  const UserModule& m = *mo->m;
  std::string path = mo->info->path;
  std::string message = m.state == 1 ? "cannot import name '" + std::string(name) + "' from partially initialized module '" +
                                           m.name + "' (most likely due to a circular import) (" + path + ")"
                                     : "cannot import name '" + std::string(name) + "' from '" + m.name + "' (" + path + ")";
  raise_exc(import_error(message, py_str(m.name), py_str(path)));
}

namespace {
// A module made at run time (types.ModuleType(name, doc)): its attributes are its dict.
struct DynamicModuleObject final : HeapObject {
  Object dict = py_dict();
  TypeObject* type() const override { return &types::module; }
  std::string name() const {
    Object* n = as_dict(dict)->find(py_str("__name__"));
    return n && is_str(*n) ? str_value(*n) : std::string();
  }
  [[noreturn]] void no_attribute(const Object& self, std::string_view attr) const {
    raise_attribute_error(self, attr, "module '" + name() + "' has no attribute '" + std::string(attr) + "'");
  }
  std::string repr() const override {  // importlib's _module_repr with neither spec nor file
    Object* n = as_dict(dict)->find(py_str("__name__"));
    return "<module " + (n ? aiocc::repr(*n) : std::string("'?'")) + ">";
  }
  Object getattr(const Object& self, std::string_view attr) override {
    if (attr == "__dict__") return dict;
    if (Object* v = as_dict(dict)->find(py_str(std::string(attr)))) return *v;
    no_attribute(self, attr);
  }
  void setattr(std::string_view attr, const Object& value) override {
    Object key = py_str(std::string(attr));
    if (value.is_unbound()) {
      if (!as_dict(dict)->find(key)) no_attribute(Object(this), attr);
      as_dict(dict)->erase(key);
      return;
    }
    as_dict(dict)->set(key, value);
  }
};
}  // namespace

// types.ModuleType(name, doc=None): module___init__.
Object construct_module(TypeObject*, Args args, Kwargs kw) {
  Object a[2];
  clinic_bind("module", {"name", "doc"}, 2, 1, args, kw, a);
  if (a[1].is_unbound()) a[1] = None;
  if (!is_str(a[0])) raise(&exc::TypeError, "module() argument 'name' must be str, not " + type_of(a[0])->name);
  auto m = make<DynamicModuleObject>();
  DictObject* d = as_dict(m.as<DynamicModuleObject>()->dict);
  d->set(py_str("__name__"), a[0]);
  d->set(py_str("__doc__"), a[1]);
  for (const char* n : {"__package__", "__loader__", "__spec__"}) d->set(py_str(n), None);
  return m;
}

bool is_user_module(const Object& o) { return o.dyn<UserModuleObject>() || o.dyn<DynamicModuleObject>(); }

Object module_attr_if_bound(const Object& module, const char* name) {
  if (auto* d = module.dyn<DynamicModuleObject>()) {
    Object* v = as_dict(d->dict)->find(py_str(name));
    return v ? *v : Object();
  }
  return static_cast<UserModuleObject*>(module.heap())->find(name);
}

void raise_module_not_found(const char* name, const char* not_package) {
  std::string message = "No module named '" + std::string(name) + "'";
  if (not_package) message += "; '" + std::string(not_package) + "' is not a package";
  Object e = new_exception(&exc::ModuleNotFoundError, message);
  e.as<ExceptionObject>()->setattr("name", py_str(name));
  raise_exc(e);
}

}  // namespace aiocc
