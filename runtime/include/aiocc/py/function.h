// Callables: user functions (def / async def / lambda), bound methods and built-in functions.
// A user function's generic entry point binds positional and keyword arguments to its
// parameters (with defaults) and calls the generated C++ function through a trampoline.
#pragma once

#include <string>
#include <vector>

#include "aiocc/py/object.h"

namespace aiocc {

struct FunctionObject;
struct CodeInfo;

struct FunctionInfo {
  const char* name;
  const char* qualname;
  const char* const* params;
  int nparams;
  int vararg_index;  // -1, or the slot that receives extra positional arguments as a tuple
  int kwarg_index;   // -1, or the slot that receives unknown keyword arguments as a dict
  bool is_async;  // an `async def` that is not an async generator
  // Calls the generated function with exactly nparams bound arguments.
  Object (*invoke)(FunctionObject& self, const Object* argv);
  const char* doc = nullptr;  // the docstring, if any
  int posonly_count = 0;      // params[0, posonly_count) cannot be passed by keyword
  int kwonly_index = -1;      // params[kwonly_index, ...) (but **kwargs) only by keyword, or -1
  const CodeInfo* code = nullptr;  // its body's code (file and def line), when compiled from Python
  bool is_async_generator = false;  // an `async def` that yields
};

struct FunctionObject final : HeapObject {
  const FunctionInfo* info;
  std::vector<Object> defaults;  // one per parameter; Unbound where the parameter has none
  std::vector<Cell> cells;       // captured variables of enclosing functions
  Object dict;                   // attributes set on the function (a dict), made on demand
  Object named;                  // __name__, __qualname__, __doc__, __module__ once assigned (a dict)
  Object annotations;            // __annotations__ (a dict), made on demand
  // __kwdefaults__ once read or assigned: from then on the keyword-only parameters' defaults
  // are looked up in it, so that `f.__kwdefaults__['b'] = 2` changes later calls.
  Object kwdefaults;
  bool empty_defaults = false;   // `__defaults__` was assigned (): reads give () instead of None
  bool builtin = false;          // acts_builtin(), found once

  FunctionObject(const FunctionInfo* i, std::vector<Object> d, std::vector<Cell> c)
      : info(i), defaults(std::move(d)), cells(std::move(c)), builtin(find_builtin(i)) {}
  static bool find_builtin(const FunctionInfo* i);
  TypeObject* type() const override;
  std::string qualname() const;  // __qualname__ now (an assigned one replaces the def's)
  // A library function marked `# cpython: builtin`, at module level.
  bool acts_builtin() const { return builtin; }
  std::string repr() const override;
  Object getattr(const Object& self, std::string_view name) override;
  void setattr(std::string_view name, const Object& value) override;
  Object call(Args args, Kwargs kw) override;
  // The general case: keywords, *args/**kwargs, and CPython's messages for bad calls.
  Object bind_and_call(Args args, Kwargs kw);
};

struct MethodCatalog;
struct MethodDef;

struct BoundMethod final : HeapObject {
  Object self;
  std::string name;
  // A built-in type's method described by its catalog (method_catalog.h); null otherwise.
  const MethodCatalog* catalog = nullptr;
  const MethodDef* def = nullptr;
  // For a method CPython writes in Python (asyncio's loop, Event, Queue...): the qualified name
  // of the class defining it. Its repr and type are then a bound method's, not a builtin's.
  const char* py_class = nullptr;
  BoundMethod(Object s, std::string n, const char* pyc = nullptr)
      : self(std::move(s)), name(std::move(n)), py_class(pyc) {}
  BoundMethod(Object s, const MethodCatalog* c, const MethodDef* d);
  TypeObject* type() const override;  // builtin_function_or_method, as CPython's
  std::string repr() const override;
  Object getattr(const Object& self, std::string_view attr) override;
  Object call(Args args, Kwargs kw) override;
};

struct BuiltinFunction final : HeapObject {
  using Fn = Object (*)(Args args, Kwargs kw);
  const char* name;
  Fn fn;
  const char* module;  // for repr: "<function sleep at ...>" vs "<built-in function print>"
  BuiltinFunction(const char* n, Fn f, const char* m = nullptr) : name(n), fn(f), module(m) {
    refcnt = 1;
  }
  TypeObject* type() const override;
  std::string repr() const override;
  Object getattr(const Object& self, std::string_view name) override;
  Object call(Args args, Kwargs kw) override { return fn(args, kw); }
};

Object make_function(const FunctionInfo* info, std::vector<Object> defaults,
                     std::vector<Cell> cells);
// A def with annotations: its __annotations__ dict, {name: annotation, ..., 'return': ...}.
Object with_annotations(Object function, const Object& annotations);

// A function whose body is native code but which binds arguments, raises TypeErrors and shows
// its names exactly like a `def`: the methods CPython's libraries write as source and exec()
// (dataclasses, namedtuple). The body finds `state` in its cell 0.
struct NativeSignature {
  std::vector<std::string> params;
  int posonly = 0;   // params[0, posonly) are positional-only
  int kwonly = -1;   // params[kwonly, ...) are keyword-only, or -1
  int vararg = -1;   // the parameter receiving extra positional arguments, or -1
  int kwarg = -1;    // the parameter receiving other keyword arguments, or -1
};
Object make_native_function(const std::string& name, const std::string& qualname, NativeSignature sig,
                            std::vector<Object> defaults, Object state,
                            Object (*invoke)(FunctionObject& self, const Object* argv),
                            const std::string& doc = "");
Object builtin_value(BuiltinFunction& f);

// A function CPython's library writes in Python (asyncio.sleep, dataclasses.fields, a class's
// __init__): its def line, described once, binds every call as the def would, with CPython's
// messages, and `Body` gets each parameter (defaults filled in; *args as a tuple).
//   Object sleep(Args a, Kwargs k) {
//     static const PyDef def("sleep", {{"delay", "result"}}, {Object(), None}, py_body<sleep_body>);
//     return def(a, k);
//   }
struct PyDef {
  Object fn;
  PyDef(const char* qualname, NativeSignature sig, std::vector<Object> defaults,
        Object (*invoke)(FunctionObject& self, const Object* argv));
  Object operator()(Args args, Kwargs kw) const;
  // A method's def: `self` (any placeholder: the body knows its object) is bound first.
  Object call_method(const Object& self, Args args, Kwargs kw) const;
  // Without a body: bind() gives every parameter's value, for a body kept in the function.
  //   static const PyDef def("cast", {{"typ", "val"}}, {Object(), Object()});
  //   const std::vector<Object> a = def.bind(args, kw);
  PyDef(const char* qualname, NativeSignature sig, std::vector<Object> defaults);
  std::vector<Object> bind(Args args, Kwargs kw) const;
  // The same for a method's def: [0] is the placeholder self (None).
  std::vector<Object> bind_method(Args args, Kwargs kw) const;
};
template <Object (*Body)(const Object* argv)>
Object py_body(FunctionObject&, const Object* argv) {
  return Body(argv);
}

// Argument checking helpers for runtime functions, with CPython's messages.
void check_nargs(const char* fname, Args args, size_t min, size_t max);
void check_no_kwargs(const char* fname, Kwargs kw);
// Binds `args`/`kw` to named parameters: out[i] stays Unbound when not given.
void bind_args(const char* fname, Args args, Kwargs kw, std::initializer_list<const char*> params,
               Object* out, size_t required);
// The same as Argument Clinic binds a built-in's arguments (its TypeError texts): params[0,
// max_positional) by position or name, the rest by name only.
void clinic_bind(const char* fname, std::initializer_list<const char*> params, size_t max_positional,
                 size_t required, Args args, Kwargs kw, Object* out);

}  // namespace aiocc
