// Helpers shared by the asyncio functions (asyncio.cpp) and its context managers
// (task_group.cpp).
#pragma once

#include "aiocc/asyncio.h"
#include "aiocc/event_loop.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/int.h"
#include "aiocc/py/ops.h"
#include "internal.h"

namespace aiocc::asyncio {

// Runtime coroutines have frames that never appear in tracebacks (module == nullptr).
inline const CodeInfo runtime_code{"<asyncio>", nullptr, nullptr};

inline bool is_cancelled_error(const Object& e) {
  return !e.is_unbound() && type_of(e)->is_subtype_of(&exc::CancelledError);
}

inline double as_seconds(const Object& o) {
  if (o.is_float()) return o.as_float();
  if (o.is_small_int()) return static_cast<double>(o.as_int());
  if (o.is_bool()) return o.as_bool();
  if (is_int(o)) return int_to_double(o);
  // Let the comparison raise CPython's TypeError.
  cmp_le(o, py_int(0));
  return 0;
}

inline void set_result_unless_cancelled(ReadyItem& it) {
  FutureObject* f = as_future(it.a);
  if (!f->cancelled()) f->set_result(it.b);
}

inline void release_waiter(ReadyItem& it) {
  FutureObject* w = as_future(it.a);
  if (!w->done()) w->set_result(None);
}

// Cancels `t` when the scope ends (a `finally: handle.cancel()`).
struct CancelHandleOnExit {
  Object handle;
  ~CancelHandleOnExit() {
    if (auto* h = handle.dyn<HandleObject>()) h->cancelled = true;
  }
};

}  // namespace aiocc::asyncio
