// The one description of every built-in name aiocc knows: Python's builtins and the
// attributes of the modules it supports (asyncio, time, sys). Sema resolves names against it;
// codegen reads how to emit each entry. Adding a built-in is adding a row here and the runtime
// function it names.
#pragma once

#include <string_view>

namespace aiocc {

struct BuiltinEntry {
  const char* module;    // "" for builtins, else "asyncio", "time", "sys"
  const char* name;
  const char* function;  // C++ function with the (Args, Kwargs) signature, or nullptr
  const char* value;     // C++ expression giving the object itself
};

// Returns the index of (module, name) in the table, or -1.
int find_builtin(std::string_view module, std::string_view name);
const BuiltinEntry& builtin_entry(int index);
int builtin_count();
bool is_supported_module(std::string_view module);
// Does CPython's module (one aiocc supports) have the attribute `name` (in its dir())? One it
// lacks is an AttributeError at run time, as in CPython; one aiocc lacks is refused.
bool cpython_module_has(std::string_view module, std::string_view name);
// Python builtins aiocc does not provide: using one is a compile-time "not supported" error.
bool is_unsupported_builtin(std::string_view name);
// An attribute of one of aiocc's modules that a script may assign (sys.stdout): its table
// entry's value is a variable of the runtime's.
bool is_assignable_module_attribute(std::string_view module, std::string_view name);
// Methods of asyncio's event loop and tasks that aiocc's do not have (sockets, pipes,
// subprocesses, signals, threads, debug mode; a task's stack of frames): what an attribute of
// one of these names is called in the compile-time "not supported" error ("event loop method",
// "Task method"), unless the program defines it itself; null for other names.
const char* unsupported_method_owner(std::string_view name);

}  // namespace aiocc
