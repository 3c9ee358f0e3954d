// The bodies of the methods @dataclass adds (__init__, __repr__, __eq__, the order methods,
// __hash__, a frozen class's __setattr__/__delattr__), each running in a frame like the one of
// the function dataclasses.py builds with exec().
#include <algorithm>
#include <map>

#include "aiocc/py/builtins.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/instance.h"
#include "aiocc/py/protocols.h"
#include "cpython_frames.h"
#include "dataclasses_internal.h"
#include "object_model.h"

namespace aiocc::dataclasses {
namespace {

// ---- the frames of the methods dataclasses.py execs ------------------------------------------
// Each is built from source lines by exec(): `def __create_fn__(...)` is line 1, `def
// <name>(...)` line 2, the body from line 3; tracebacks through one show
// `File "<string>", line N, in <name>` with no source. The native bodies run in such a frame.
const CodeInfo* exec_code(const char* name) {
  static std::map<std::string, CodeInfo> codes;
  auto it = codes.find(name);
  if (it == codes.end()) {
    it = codes.emplace(name, CodeInfo{nullptr, &cpython::exec_module(), cpython::exec_lines()}).first;
    it->second.name = it->first.c_str();
  }
  return &it->second;
}

struct ExecFrame : PlainFrame {
  explicit ExecFrame(const CodeInfo* code) : PlainFrame(code) {}
  void line(int n) { pos = std::min(n, cpython::kExecLines - 1); }
};

void set_plain(const Object& self, const std::string& name, const Object& value, bool frozen) {
  if (frozen) {  // object.__setattr__, past the class's own __setattr__
    InstanceObject* inst = as_instance(self);
    generic_setattr(inst, self, intern(name), &value, nullptr);
  } else {
    aiocc::setattr(self, name, value);
  }
}

Object init_body(FunctionObject& fn, const Object* argv, ExecFrame& frame);
Object repr_body(FunctionObject& fn, const Object* argv);

Object init_invoke_impl(FunctionObject& fn, const Object* argv) {
  return cpython::run_in<ExecFrame>(exec_code("__init__"), [&](ExecFrame& frame) { return init_body(fn, argv, frame); });
}

Object repr_invoke_impl(FunctionObject& fn, const Object* argv) {
  return cpython::run_in<ExecFrame>(&cpython::dataclass_repr_wrapper, [&](ExecFrame&) {  // _recursive_repr's wrapper
    return cpython::run_in<ExecFrame>(exec_code("__repr__"), [&](ExecFrame& frame) {
      frame.line(3);
      return repr_body(fn, argv);
    });
  });
}

Object init_body(FunctionObject& fn, const Object* argv, ExecFrame& frame) {
  const SpecObject& spec = spec_of(fn);
  const Object& self = argv[0];
  int line = 3;  // a line per field the body assigns (_field_init), then __post_init__'s call
  // The body assigns in field order; arguments come in parameter order.
  auto arg = [&](const std::string& name) -> const Object& {
    size_t i = 0;
    while (spec.init_params[i] != name) ++i;
    return argv[1 + i];
  };
  std::vector<Object> init_vars;
  for (const Object& fo : spec.fields) {
    const FieldObject* f = as_field(fo);
    if (f->kind == FieldKind::InitVar) {
      init_vars.push_back(arg(f->name));
      continue;
    }
    // A field left out of __init__ with a plain default is not assigned (the class attribute
    // holds it), unless the class has slots.
    if (!f->init && is_missing(f->default_factory) && (is_missing(f->default_) || !spec.slots)) continue;
    frame.line(line++);
    Object value;
    if (f->init) {
      value = arg(f->name);
      if (value.same(kHasDefaultFactory)) value = aiocc::call(f->default_factory, {});
    } else if (!is_missing(f->default_factory)) {
      value = aiocc::call(f->default_factory, {});
    } else {
      value = f->default_;
    }
    set_plain(self, f->name, value, spec.frozen);
  }
  if (spec.has_post_init) {  // `self.__post_init__(...)`, looked up on the instance
    frame.line(line);
    aiocc::call_method(self, "__post_init__", Args(init_vars));
  }
  return None;
}

std::vector<Object> values_of(const SpecObject& spec, const Object& self, bool (*use)(const FieldObject*)) {
  std::vector<Object> out;
  for (const FieldObject* f : spec.of_kind(FieldKind::Field)) {
    if (use(f)) out.push_back(getattr_name(self, intern(f->name)));
  }
  return out;
}

bool compared(const FieldObject* f) { return f->compare; }
bool hashed(const FieldObject* f) { return f->hash.is_none() ? f->compare : truthy(f->hash); }

std::set<const HeapObject*> g_repr_running;  // reprlib.recursive_repr

Object repr_body(FunctionObject& fn, const Object* argv) {
  const SpecObject& spec = spec_of(fn);
  const Object& self = argv[0];
  if (!g_repr_running.insert(self.heap()).second) return py_str("...");
  std::string out;
  try {
    out = str_value(aiocc::getattr(Object(type_of(self)), "__qualname__")) + "(";
    bool first = true;
    for (const FieldObject* f : spec.of_kind(FieldKind::Field)) {
      if (!f->repr_) continue;
      out += (first ? "" : ", ") + f->name + "=" + aiocc::repr(getattr_name(self, intern(f->name)));
      first = false;
    }
  } catch (...) {
    g_repr_running.erase(self.heap());
    throw;
  }
  g_repr_running.erase(self.heap());
  return py_str(out + ")");
}

// _cmp_fn: `if other.__class__ is self.__class__:` (line 3), `return (self.a,...) op
// (other.a,...)` (line 4), `return NotImplemented`.
template <Object (*Compare)(const Object&, const Object&)>
Object compare_invoke(FunctionObject& fn, const Object* argv, const char* name) {
  return cpython::run_in<ExecFrame>(exec_code(name), [&](ExecFrame& frame) {
    const SpecObject& spec = spec_of(fn);
    if (type_of(argv[1]) != type_of(argv[0])) return NotImplemented;
    frame.line(4);
    return Compare(py_tuple(values_of(spec, argv[0], compared)), py_tuple(values_of(spec, argv[1], compared)));
  });
}

Object eq_tuples(const Object& a, const Object& b) { return Object::from_bool(eq(a, b)); }

// _hash_fn: `return hash((self.a,...))` (line 3).
Object hash_invoke_impl(FunctionObject& fn, const Object* argv) {
  return cpython::run_in<ExecFrame>(exec_code("__hash__"), [&](ExecFrame& frame) {
    frame.line(3);
    return builtins::hash({py_tuple(values_of(spec_of(fn), argv[0], hashed))}, {});
  });
}

// _frozen_get_del_attr: `if type(self) is cls or name in (...):` (line 3), `raise
// FrozenInstanceError(...)` (line 4), `super(cls, self).__setattr__(name, value)` (line 5).
Object frozen_invoke(FunctionObject& fn, const Object* argv, bool set) {
  return cpython::run_in<ExecFrame>(exec_code(set ? "__setattr__" : "__delattr__"), [&](ExecFrame& frame) {
    const SpecObject& spec = spec_of(fn);
    if (type_of(argv[0]) == spec.cls || (is_str(argv[1]) && spec.field_names.count(str_value(argv[1])))) {
      frame.line(4);
      raise_exc(new_exception(&FrozenInstanceError_type, std::string("cannot ") + (set ? "assign to" : "delete") +
                                                             " field " + aiocc::repr(argv[1])));
    }
    frame.line(5);
    if (set) return call_super(Object(spec.cls), argv[0], intern("__setattr__"), {argv[1], argv[2]});
    return call_super(Object(spec.cls), argv[0], intern("__delattr__"), {argv[1]});
  });
}
Object frozen_setattr_invoke_impl(FunctionObject& fn, const Object* argv) { return frozen_invoke(fn, argv, true); }
Object frozen_delattr_invoke_impl(FunctionObject& fn, const Object* argv) { return frozen_invoke(fn, argv, false); }

}  // namespace

Object init_invoke(FunctionObject& fn, const Object* argv) { return init_invoke_impl(fn, argv); }
Object repr_invoke(FunctionObject& fn, const Object* argv) { return repr_invoke_impl(fn, argv); }
Object hash_invoke(FunctionObject& fn, const Object* argv) { return hash_invoke_impl(fn, argv); }
Object frozen_setattr_invoke(FunctionObject& fn, const Object* argv) { return frozen_setattr_invoke_impl(fn, argv); }
Object frozen_delattr_invoke(FunctionObject& fn, const Object* argv) { return frozen_delattr_invoke_impl(fn, argv); }
Object eq_invoke(FunctionObject& fn, const Object* argv) { return compare_invoke<eq_tuples>(fn, argv, "__eq__"); }
Object lt_invoke(FunctionObject& fn, const Object* argv) { return compare_invoke<cmp_lt_slow>(fn, argv, "__lt__"); }
Object le_invoke(FunctionObject& fn, const Object* argv) { return compare_invoke<cmp_le_slow>(fn, argv, "__le__"); }
Object gt_invoke(FunctionObject& fn, const Object* argv) { return compare_invoke<cmp_gt_slow>(fn, argv, "__gt__"); }
Object ge_invoke(FunctionObject& fn, const Object* argv) { return compare_invoke<cmp_ge_slow>(fn, argv, "__ge__"); }

}  // namespace aiocc::dataclasses
