// The asyncio module's functions, each with the generic (Args, Kwargs) signature so the
// frontend's table can name them. Coroutine functions (sleep, wait_for) return coroutine
// objects, as in CPython; `await asyncio.sleep(...)` has a direct form that makes none.
#pragma once

#include "aiocc/coro.h"
#include "aiocc/future.h"
#include "aiocc/py/function.h"

namespace aiocc::asyncio {

#define AIOCC_ASYNCIO_FUNCTIONS(X)                                                            \
  X(run) X(sleep) X(create_task) X(gather) X(wait_for) X(shield) X(get_running_loop)          \
  X(get_event_loop) X(current_task) X(all_tasks) X(ensure_future) X(iscoroutine)              \
  X(iscoroutinefunction) X(isfuture) X(timeout_at)                                           \
  X(TaskGroup) X(Future) X(Event) X(Lock) X(Semaphore) X(BoundedSemaphore) X(Queue)         \
  X(LifoQueue) X(PriorityQueue) X(Runner) X(Timeout)                                         \
  X(timeout) X(wait) X(as_completed) X(new_event_loop) X(set_event_loop)                     \
  X(get_event_loop_policy) X(set_event_loop_policy) X(_get_running_loop) X(_set_running_loop) \
  X(_register_task) X(_unregister_task) X(_enter_task) X(_leave_task)

#define AIOCC_DECLARE_ASYNCIO(name)  \
  Object name(Args args, Kwargs kw); \
  extern BuiltinFunction name##_fn;
AIOCC_ASYNCIO_FUNCTIONS(AIOCC_DECLARE_ASYNCIO)
#undef AIOCC_DECLARE_ASYNCIO

// `await asyncio.sleep(delay[, result])` without a coroutine object.
struct SleepAwaiter {
  Frame* awaiting;
  Object delay, result;
  Object timer;  // the TimerHandle while sleeping
  bool await_ready() noexcept { return false; }
  void await_suspend(std::coroutine_handle<> caller);
  Object await_resume();
};
SleepAwaiter await_sleep(Frame& f, int pos, Args args, Kwargs kw);

// asyncio.NAME for the names runtime/lib/_aiocc_asyncio_locks.py holds (Condition, Barrier,
// BrokenBarrierError; runtime/src/loop/asyncio_lib.cpp).
Object lib_value(const char* name);

// The primitives' classes (the values of asyncio.Queue & co.; calling one makes an object).
extern TypeObject event_type, lock_type, semaphore_type, bounded_semaphore_type, queue_type,
    lifo_queue_type, priority_queue_type, runner_type, timeout_type;
// The loop's and the policy's classes above the ones aiocc makes (policy.cpp).
extern TypeObject abstract_event_loop_type, base_event_loop_type, base_selector_event_loop_type,
    abstract_policy_type, base_default_policy_type, default_policy_type;

}  // namespace aiocc::asyncio
