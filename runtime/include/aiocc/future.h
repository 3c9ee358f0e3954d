// asyncio.Future and asyncio.Task, following futures.py and tasks.py of CPython 3.11: done
// callbacks are scheduled with call_soon when the future completes; a task's step runs its
// coroutine until it awaits a pending future (then the task's wake-up becomes one of that
// future's done callbacks) or yields bare (then the next step is scheduled with call_soon).
#pragma once

#include <coroutine>
#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "aiocc/coro.h"
#include "aiocc/py/object.h"

namespace aiocc {

struct ReadyItem;
class EventLoop;

// A done callback, scheduled with call_soon as fn(item) with item.a = ctx, item.b = the future.
// Python callables use call_python_done_callback with ctx = the callable.
// How a future's repr shows a callback aiocc implements natively: the Python function CPython
// registers in its place (format_helpers._format_callback_source), with the file under CPython's
// asyncio folder and the line of its def (null file: a C method, shown without a source). With
// `partial_arg`, CPython registers functools.partial(function, ctx): ctx is shown as its argument.
struct CallbackSource {
  const char* qualname;
  const char* file;
  int line;
  bool partial_arg = false;
};
struct DoneCallback {
  void (*fn)(ReadyItem& item);
  Object ctx;
  const CallbackSource* source = nullptr;
};
void call_python_done_callback(ReadyItem& item);
// Handle._run: calls a Python callback of the loop. SystemExit and KeyboardInterrupt propagate;
// any other exception is logged as the default exception handler logs it ("Exception in
// callback NAME(ARGS) at FILE:LINE", the handle's repr, the traceback from Handle._run's frame).
// `handle` is the Handle, or unbound where CPython's Handle(callback, args) has no Python object.
void run_python_callback(const Object& callback, const std::vector<Object>& args, const Object& handle = Object());
// format_helpers._format_callback_source: "qualname(reprlib'd args) at FILE:LINE".
std::string format_callback_source(const Object& func, const std::vector<Object>& args);

struct FutureObject : HeapObject {
  enum class State : uint8_t { Pending, Cancelled, Finished };
  State state = State::Pending;
  bool log_traceback = false;
  bool failed = false;  // finished with an exception: `outcome` holds it
  Object outcome;       // the result, or the exception when `failed`
  // Most futures get exactly one done callback (the awaiting task's wake-up): it is stored
  // inline; further ones go to the out-of-line part, in registration order after it.
  DoneCallback first_callback{nullptr, {}};

  // What few futures need, allocated on first use, so that a pending future (one per task
  // parked on an Event or a Queue) stays small.
  struct Rare {
    std::vector<DoneCallback> more_callbacks;
    Object cancelled_exc;          // the CancelledError a task's coroutine ended with
    Object cancel_message = None;  // cancel(msg)
    std::string task_name;         // a task's name, once set or asked for
  };
  std::unique_ptr<Rare> rare;
  Rare& rare_part() {
    if (!rare) rare = std::make_unique<Rare>();
    return *rare;
  }
  const Object& cancel_message() const { return rare ? rare->cancel_message : None; }
  // The exception it finished with, or Unbound.
  const Object& exception_value() const;

  FutureObject();
  ~FutureObject() override;
  TypeObject* type() const override;
  std::string repr() const override;
  Object call_method(const Object& self, std::string_view name, Args args, Kwargs kw) override;
  Object getattr(const Object& self, std::string_view name) override;
  BuiltinMethod fast_method(const Name& n) const override;

  bool done() const { return state != State::Pending; }
  bool cancelled() const { return state == State::Cancelled; }
  virtual bool cancel(const Object& msg);
  void set_result(Object v);
  void set_exception(Object exc);
  Object result();     // raises the exception / CancelledError / InvalidStateError
  Object exception();  // raises CancelledError / InvalidStateError
  Object make_cancelled_error();
  void add_done_callback(DoneCallback cb);
  size_t remove_done_callback(void (*fn)(ReadyItem&), const Object& ctx);
  size_t remove_python_done_callback(const Object& callable);  // Future.remove_done_callback
  void schedule_callbacks();
  template <class Pred>
  size_t remove_callbacks_if(Pred matches);
  // base_futures._future_repr_info: "pending cb=[...]", "finished result=42" (reprlib-limited).
  std::string state_repr() const;
};

struct TaskObject final : FutureObject {
  Object coro;  // the CoroutineObject being driven
  std::coroutine_handle<> leaf;
  Object fut_waiter;
  Object pending_throw;     // delivered by the leaf's awaiter when it resumes
  Object yielded;           // what the leaf suspended on: a future, or None for a bare yield
  bool must_cancel = false;
  bool log_destroy_pending = true;  // freed while pending: "Task was destroyed but it is pending!"
  int num_cancels_requested = 0;
  Object context;      // the contextvars context its steps run in (aiocc/contextvars.h)
  int64_t number = 0;  // its name, until one is set, is "Task-<number>" (kept in `rare`)
  EventLoop* loop = nullptr;  // while pending: the loop tracking it
  TaskObject* prev_pending = nullptr;
  TaskObject* next_pending = nullptr;

  TaskObject(Object coro, std::string name, EventLoop& loop);
  ~TaskObject() override;
  TypeObject* type() const override;
  std::string repr() const override;
  Object call_method(const Object& self, std::string_view name, Args args, Kwargs kw) override;
  bool cancel(const Object& msg) override;
  void step(Object exc);
  const std::string& get_name();
};

inline TaskObject* g_current_task = nullptr;
// The task whose SystemExit or KeyboardInterrupt left the event loop (Task.__step re-raises
// them): asyncio.run keeps it until its shutdown is over, when CPython's garbage collector
// frees it and logs its exception as never retrieved (unless it is the main task).
inline Object g_escaped_task;
// SystemExit or KeyboardInterrupt: what Task.__step, Handle._run and TaskGroup let through.
bool is_exit_exception(const Object& e);

Object new_future();
// asyncio.Task(coro, loop=loop, name=name, context=context): schedules the first step with
// call_soon. The task runs in `context` (a Context), or in a copy of the current context when
// it is None/Unbound.
Object new_task(EventLoop& loop, const Object& coro, std::string name = {}, Object context = Object());
// loop.create_task (BaseEventLoop's): the loop's task factory makes the task when one is set.
Object loop_create_task(EventLoop& loop, const Object& coro, std::string name = {}, Object context = Object());
// asyncio.create_task: loop_create_task on the running loop.
Object create_task(const Object& coro, std::string name = {}, Object context = Object());
// ensure_future: coroutines become tasks, futures are returned as they are.
Object ensure_future(const Object& awaitable);
FutureObject* as_future(const Object& o);  // nullptr when not a future or task
// Pops waiters (futures) until one is still pending and resolves it with None: the hand-off
// used by queues (queues.py _wakeup_next).
void wakeup_next(std::deque<Object>& waiters);

}  // namespace aiocc
