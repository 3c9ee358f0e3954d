// The current contextvars context (aiocc/contextvars.h), and _aiocc's two functions that let
// runtime/lib/contextvars.py read and switch it.
#include "aiocc/contextvars.h"

#include "aiocc/py/dict.h"
#include "aiocc/py/ops.h"
#include "internal.h"

namespace aiocc {

Object snapshot_context() {
  if (g_context.is_unbound()) return Object();
  Object vars = as_dict(g_context) ? g_context : getattr(g_context, "_vars");
  DictObject* d = as_dict(vars);
  return d && d->live_count > 0 ? vars : Object();
}

namespace contextvars {

Object context_current(Args args, Kwargs kw) {
  clinic_bind("context_current", {}, 0, 0, args, kw, nullptr);
  return g_context.is_unbound() ? None : g_context;
}

Object context_switch(Args args, Kwargs kw) {
  Object v[1];
  clinic_bind("context_switch", {"context"}, 1, 1, args, kw, v);
  Object prev = std::move(g_context);
  g_context = v[0].is_none() ? Object() : v[0];
  return prev.is_unbound() ? None : prev;
}

BuiltinFunction context_current_fn("context_current", context_current);
BuiltinFunction context_switch_fn("context_switch", context_switch);

}  // namespace contextvars
}  // namespace aiocc
