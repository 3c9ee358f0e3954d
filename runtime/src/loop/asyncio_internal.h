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

// The callbacks CPython's tasks.py registers where aiocc registers native ones (their def lines
// are 3.11.7's, as cpython_frames.h).
inline const CallbackSource kGatherDone{"gather.<locals>._done_callback", "tasks.py", 764};
inline const CallbackSource kReleaseWaiter{"_release_waiter", "tasks.py", 431, true};
inline const CallbackSource kShieldInner{"shield.<locals>._inner_done_callback", "tasks.py", 891};
inline const CallbackSource kShieldOuter{"shield.<locals>._outer_done_callback", "tasks.py", 908};
inline const CallbackSource kWaitCompletion{"_wait.<locals>._on_completion", "tasks.py", 519};
inline const CallbackSource kAsCompletedCompletion{"as_completed.<locals>._on_completion", "tasks.py", 602};
// A bound method: _get_function_source finds no source for it.
inline const CallbackSource kOnTaskDone{"TaskGroup._on_task_done", nullptr, 0};

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

// loop.shutdown_asyncgens() and loop.shutdown_default_executor() (no executor is ever made:
// run_in_executor is refused, so it has nothing to wait for), as Runner.close runs them too.
Object shutdown_asyncgens_coroutine(EventLoop& loop);
Object shutdown_default_executor_coroutine();

// A new loop of its own (new_event_loop(), SelectorEventLoop(), the policy's): it lives until
// exit (policy.cpp).
Object new_owned_loop();

// Cancels `t` when the scope ends (a `finally: handle.cancel()`).
struct CancelHandleOnExit {
  Object handle;
  ~CancelHandleOnExit() {
    if (auto* h = handle.dyn<HandleObject>()) h->cancelled = true;
  }
};

}  // namespace aiocc::asyncio
