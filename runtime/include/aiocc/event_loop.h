// The event loop, reproducing asyncio's BaseEventLoop scheduling:
// - a FIFO of ready callbacks;
// - a heap of timers ordered by deadline (ties in insertion order);
// - one iteration moves the due timers to the ready FIFO, then runs exactly the callbacks that
//   were ready when the iteration began.
// Ready callbacks are plain function pointers with two Object slots, so scheduling a task step
// costs no allocation.
#pragma once

#include <cstdint>
#include <deque>
#include <vector>

#include "aiocc/py/object.h"

namespace aiocc {

struct ReadyItem {
  void (*fn)(ReadyItem& self);
  Object a, b;
  Object handle;  // a HandleObject when Python code can cancel this callback
};

// asyncio.Handle / asyncio.TimerHandle as seen by Python code.
class EventLoop;

struct HandleObject final : HeapObject {
  bool cancelled = false;
  bool is_timer = false;
  double when = 0;
  EventLoop* scheduled_in = nullptr;  // a timer in that loop's heap (TimerHandle._scheduled)
  // Handle.cancel(); a scheduled timer is counted by its loop, which sweeps its heap when
  // cancelled timers are most of it (BaseEventLoop._timer_handle_cancelled).
  void cancel();
  Object callback;
  std::vector<Object> args;
  Object context;  // the contextvars context it runs in (aiocc/contextvars.h)
  TypeObject* type() const override;
  std::string repr() const override;
  Object call_method(const Object& self, std::string_view name, Args args, Kwargs kw) override;
  Object getattr(const Object& self, std::string_view name) override;
};

struct TaskObject;
struct AsyncGeneratorObject;

class EventLoop {
 public:
  EventLoop();
  ~EventLoop();

  double time() const;  // monotonic seconds, like loop.time()
  void call_soon(void (*fn)(ReadyItem&), Object a = {}, Object b = {}, Object handle = {});
  void call_at(double when, void (*fn)(ReadyItem&), Object a, Object b, Object handle);
  // Python-visible scheduling: returns the Handle / TimerHandle, which runs `callback` in
  // `context` (Unbound: a copy of the current one, as call_soon(context=None)).
  Object call_soon_py(const Object& callback, std::vector<Object> args, Object context = Object());
  Object call_later_py(double delay, const Object& callback, std::vector<Object> args, Object context = Object());

  void run_once();
  void run_forever();
  void stop() { stopping_ = true; }
  void drop_scheduled();  // loop.close(): the ready callbacks and timers are dropped
  bool is_running() const { return running_; }
  // Runs until `fut` (a future or task) is done; returns its result or raises.
  Object run_until_complete(const Object& fut);

  // Tasks that are not done yet, in creation order (for asyncio.run's shutdown and
  // all_tasks): an intrusive list, so a task leaves it in O(1).
  void track(TaskObject* t);
  void untrack(TaskObject* t);
  std::vector<TaskObject*> pending_tasks() const;
  Object self;  // the Python-visible loop object
  // The async generators first iterated while it ran and not finalized yet (its _asyncgens
  // WeakSet, in first-iteration order), and whether shutdown_asyncgens() was called.
  std::vector<AsyncGeneratorObject*> asyncgens;
  bool asyncgens_shutdown_called = false;

 private:
  struct Timer {
    double when;
    uint64_t seq;
    ReadyItem item;
  };
  static bool is_cancelled(const Timer& t);  // its handle was cancelled
  static void unschedule(Timer& t);          // its handle is no longer in the heap
  struct Later {
    bool operator()(const Timer& x, const Timer& y) const {
      return x.when != y.when ? x.when > y.when : x.seq > y.seq;
    }
  };
  std::deque<ReadyItem> ready_;
  std::vector<Timer> timers_;
  uint64_t timer_seq_ = 0;
  size_t timer_cancelled_count_ = 0;
  friend struct HandleObject;
  bool stopping_ = false;
  bool running_ = false;
  TaskObject* tasks_head_ = nullptr;
  TaskObject* tasks_tail_ = nullptr;
};

// The running loop (asyncio.run sets it), or nullptr.
inline EventLoop* g_loop = nullptr;
EventLoop& running_loop();  // raises RuntimeError('no running event loop')
// The loop asyncio.get_event_loop() returns outside a running loop (set_event_loop's, or one
// created on first use), as a LoopObject.
Object current_event_loop();
void set_current_event_loop(const Object& loop);

// loop.call_exception_handler(context) (base_events.py): the handler set_exception_handler set,
// else default_exception_handler, which logs the context as logger.error does (the message,
// each other key's repr, the traceback). `loop` null: a loop gone, its default handler.
// `handling`: the exception being handled where it is called (a handler's exception's context).
void call_exception_handler(EventLoop* loop, const Object& context, const Object& handling = Object());
void default_exception_handler(const Object& context);
// {'message': message, 'exception': exception, key: value}
Object exception_context(const std::string& message, const Object& exception, const char* key, const Object& value);

// loop.set_debug(enabled): debug mode itself (slow-callback reports, the tracebacks of where
// tasks and coroutines were made) is not built, so enabling it raises NotImplementedError.
void refuse_debug_mode(const Object& enabled);

struct LoopObject final : HeapObject {
  EventLoop* loop;
  bool owned = false;  // created by asyncio.new_event_loop / get_event_loop: lives until exit
  bool closed = false;
  // Its settings, unbound when not set; kept here, so a loop gone (its asyncio.run or Runner
  // ended) still answers for them.
  Object task_factory, exception_handler;
  explicit LoopObject(EventLoop* l) : loop(l) {}
  TypeObject* type() const override;
  std::string repr() const override;
  Object getattr(const Object& self, std::string_view name) override;
  BuiltinMethod fast_method(const Name& n) const override;
  Object call_method(const Object& self, std::string_view name, Args args, Kwargs kw) override;
  // get/set_task_factory, get/set_exception_handler and get_debug into `out`; false for others.
  bool setting(std::string_view name, Args args, Object& out);
};

}  // namespace aiocc
