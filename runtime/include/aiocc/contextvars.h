// contextvars' current context, as the event loop switches it: CPython's loop runs each task
// step and each Python callback in a context of its own (Context.run), a task's for its steps,
// a copy of the caller's current context for a callback (Handle, add_done_callback).
//
// The context objects and variables are Python code (runtime/lib/contextvars.py); the runtime
// only keeps which context is current, as one Object:
// - Unbound: an empty context that nothing has asked for as an object yet (the usual case, so a
//   program without context variables pays one pointer test per callback);
// - a dict: an anonymous context holding these values (a copy taken by call_soon or
//   create_task), which contextvars.py turns into a Context when a variable is set in it;
// - a Context (contextvars.py's instance), whose `_vars` dict holds its values.
// A context's dict is never changed once made (ContextVar.set makes a new one), so copies share it.
#pragma once

#include "aiocc/py/function.h"
#include "aiocc/py/object.h"

namespace aiocc {

inline Object g_context;

// contextvars.copy_context() as the loop takes it for a callback or a task: the current values
// (a dict), or Unbound when there are none.
Object snapshot_context();

// Runs a task step or callback in `slot`'s context (Context.run): the current context is
// `slot` until the scope ends; with `keep`, what it became (a Context made from an anonymous
// one, when a variable was set) is stored back in `slot`, as a task keeps its context.
class ContextScope {
 public:
  ContextScope(Object& slot, bool keep) : slot_(keep ? &slot : nullptr), saved_(std::move(g_context)) { g_context = slot; }
  explicit ContextScope(const Object& ctx) : slot_(nullptr), saved_(std::move(g_context)) { g_context = ctx; }
  ~ContextScope() {
    if (slot_) *slot_ = std::move(g_context);
    g_context = std::move(saved_);
  }
  ContextScope(const ContextScope&) = delete;
  ContextScope& operator=(const ContextScope&) = delete;

 private:
  Object* slot_;
  Object saved_;
};

// _aiocc's functions for contextvars.py: context_current() is the current context (None for
// Unbound); context_switch(ctx) makes `ctx` current and returns the one it replaced.
namespace contextvars {
Object context_current(Args args, Kwargs kw);
Object context_switch(Args args, Kwargs kw);
extern BuiltinFunction context_current_fn, context_switch_fn;
}  // namespace contextvars

}  // namespace aiocc
