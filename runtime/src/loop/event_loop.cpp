// The event loop: ready FIFO + timer heap, one iteration at a time, as BaseEventLoop._run_once.
#include "aiocc/event_loop.h"

#include "aiocc/async_generator.h"

#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

#include "aiocc/contextvars.h"
#include "aiocc/future.h"
#include "aiocc/py/builtins.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/name.h"
#include "aiocc/py/int.h"
#include "aiocc/py/str.h"
#include "aiocc/py/function.h"
#include "aiocc/py/list.h"
#include "aiocc/py/ops.h"
#include "asyncio_internal.h"
#include "cpython_frames.h"
#include "internal.h"

namespace aiocc {

namespace {
constexpr double kClockResolution = 1e-09;

void call_python(ReadyItem& it) {
  // a = callable, handle = its Handle (holding the arguments and the context)
  auto* h = it.handle.as<HandleObject>();
  ContextScope scope(h->context);
  run_python_callback(it.a, h->args, it.handle);
}
}  // namespace

EventLoop::EventLoop() { self = make<LoopObject>(this); }
EventLoop::~EventLoop() {
  // The loop object outlives it when a program keeps it: a closed loop without its loop.
  auto* lo = self.as<LoopObject>();
  lo->loop = nullptr;
  lo->closed = true;
  for (TaskObject* t = tasks_head_; t; t = t->next_pending) t->loop = nullptr;
  for (Timer& t : timers_) unschedule(t);  // a handle kept by the program outlives the heap
  forget_async_generators(*this);
}

void EventLoop::track(TaskObject* t) {
  t->loop = this;
  t->prev_pending = tasks_tail_;
  t->next_pending = nullptr;
  (tasks_tail_ ? tasks_tail_->next_pending : tasks_head_) = t;
  tasks_tail_ = t;
}

void EventLoop::untrack(TaskObject* t) {
  if (t->loop != this) return;
  (t->prev_pending ? t->prev_pending->next_pending : tasks_head_) = t->next_pending;
  (t->next_pending ? t->next_pending->prev_pending : tasks_tail_) = t->prev_pending;
  t->prev_pending = t->next_pending = nullptr;
  t->loop = nullptr;
}

std::vector<TaskObject*> EventLoop::pending_tasks() const {
  std::vector<TaskObject*> out;
  for (TaskObject* t = tasks_head_; t; t = t->next_pending) out.push_back(t);
  return out;
}

double EventLoop::time() const {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

void EventLoop::drop_scheduled() {
  // Moved out first: what the callbacks free may report (a task destroyed pending) meanwhile.
  std::deque<ReadyItem> ready = std::move(ready_);
  std::vector<Timer> timers = std::move(timers_);
  ready_.clear();
  timers_.clear();
  timer_cancelled_count_ = 0;
  for (Timer& t : timers) unschedule(t);
}

void EventLoop::call_soon(void (*fn)(ReadyItem&), Object a, Object b, Object handle) {
  ready_.push_back(ReadyItem{fn, std::move(a), std::move(b), std::move(handle)});
}

bool EventLoop::is_cancelled(const Timer& t) {
  return !t.item.handle.is_unbound() && t.item.handle.as<HandleObject>()->cancelled;
}

void EventLoop::unschedule(Timer& t) {
  if (!t.item.handle.is_unbound()) t.item.handle.as<HandleObject>()->scheduled_in = nullptr;
}

void EventLoop::call_at(double when, void (*fn)(ReadyItem&), Object a, Object b, Object handle) {
  if (!handle.is_unbound()) handle.as<HandleObject>()->scheduled_in = this;
  timers_.push_back(Timer{when, timer_seq_++, ReadyItem{fn, std::move(a), std::move(b), std::move(handle)}});
  std::push_heap(timers_.begin(), timers_.end(), Later{});
}

Object EventLoop::call_soon_py(const Object& callback, std::vector<Object> args, Object context) {
  auto* h = new HandleObject();
  Object handle(h);
  h->callback = callback;
  h->args = std::move(args);
  h->context = context.is_unbound() ? snapshot_context() : std::move(context);
  call_soon(call_python, callback, Object(), handle);
  return handle;
}

Object EventLoop::call_later_py(double delay, const Object& callback, std::vector<Object> args, Object context) {
  auto* h = new HandleObject();
  Object handle(h);
  h->callback = callback;
  h->args = std::move(args);
  h->context = context.is_unbound() ? snapshot_context() : std::move(context);
  h->is_timer = true;
  h->when = time() + delay;
  call_at(h->when, call_python, callback, Object(), handle);
  return handle;
}

void EventLoop::run_once() {
  check_signals();
  // Cancelled timers go as BaseEventLoop._run_once drops them: all at once when there are
  // more than 100 timers and over half of them are cancelled, else those at the head.
  if (timers_.size() > 100 && timer_cancelled_count_ * 2 > timers_.size()) {
    std::vector<Timer> kept;
    kept.reserve(timers_.size() - timer_cancelled_count_);
    for (Timer& t : timers_) {
      if (is_cancelled(t)) {
        unschedule(t);
      } else {
        kept.push_back(std::move(t));
      }
    }
    // Moved out first: what the dropped handles free may run code meanwhile.
    std::vector<Timer> dropped = std::exchange(timers_, std::move(kept));
    std::make_heap(timers_.begin(), timers_.end(), Later{});
    timer_cancelled_count_ = 0;
  } else {
    while (!timers_.empty() && is_cancelled(timers_.front())) {
      if (timer_cancelled_count_ > 0) --timer_cancelled_count_;
      std::pop_heap(timers_.begin(), timers_.end(), Later{});
      unschedule(timers_.back());
      timers_.pop_back();
    }
  }
  if (ready_.empty() && !stopping_) {
    if (!timers_.empty()) {
      double wait = timers_.front().when - time();
      if (wait > 0) {
        timespec ts;
        ts.tv_sec = static_cast<time_t>(wait);
        ts.tv_nsec = static_cast<long>((wait - static_cast<double>(ts.tv_sec)) * 1e9);
        // A signal ends the wait (its handler may have scheduled callbacks), as select().
        if (nanosleep(&ts, nullptr) != 0 && errno == EINTR) check_signals();
      }
    } else {
      // Nothing can ever become ready: CPython blocks forever in select(); so do we, until a
      // signal's handler raises or schedules something.
      builtins::flush_stdout();
      while (ready_.empty()) {
        pause();
        check_signals();
      }
    }
  }
  if (!timers_.empty()) {  // the clock is read only when a timer may be due
    const double end_time = time() + kClockResolution;
    while (!timers_.empty() && timers_.front().when < end_time) {
      std::pop_heap(timers_.begin(), timers_.end(), Later{});
      unschedule(timers_.back());
      ready_.push_back(std::move(timers_.back().item));
      timers_.pop_back();
    }
  }
  size_t ntodo = ready_.size();
  while (ntodo--) {
    ReadyItem item = std::move(ready_.front());
    ready_.pop_front();
    if (!item.handle.is_unbound()) {
      auto* h = item.handle.as<HandleObject>();
      if (h->cancelled) continue;
    }
    item.fn(item);
  }
}

void EventLoop::run_forever() {
  if (running_) raise(&exc::RuntimeError, "This event loop is already running");
  running_ = true;
  EventLoop* prev = g_loop;
  g_loop = this;
  try {
    for (;;) {
      run_once();
      if (stopping_) break;
    }
  } catch (...) {
    stopping_ = false;
    running_ = false;
    g_loop = prev;
    throw;
  }
  stopping_ = false;
  running_ = false;
  g_loop = prev;
}

namespace {
// base_events._run_until_complete_cb: a future that ended in SystemExit or KeyboardInterrupt
// already stopped run_forever by raising through it (issue #22429), so this must not stop the
// next run (asyncio.run's shutdown runs the loop again to let cancelled tasks finish).
void stop_loop_cb(ReadyItem& it) {
  FutureObject* f = as_future(it.b);
  if (f && !f->cancelled() && !f->exception_value().is_unbound() && is_exit_exception(f->exception_value())) return;
  if (g_loop) g_loop->stop();
}
}  // namespace

// base_events.py's callback that stops the loop once the future is done, as a repr shows it.
const CallbackSource kRunUntilCompleteCb{"_run_until_complete_cb", "base_events.py", 180};

Object EventLoop::run_until_complete(const Object& f) {
  EventLoop* prev = g_loop;
  g_loop = this;
  Object fut = ensure_future(f);
  FutureObject* fo = as_future(fut);
  // A task made here for a coroutine is not reported if it is freed pending (loop.stop()).
  if (!fut.same(f)) {
    if (auto* t = fut.dyn<TaskObject>()) t->log_destroy_pending = false;
  }
  // A future already done schedules the callback at once: on this loop, which is not running.
  fo->add_done_callback({stop_loop_cb, Object(), &kRunUntilCompleteCb});
  g_loop = prev;
  try {
    run_forever();
  } catch (...) {
    fo->remove_done_callback(stop_loop_cb, Object());
    throw;
  }
  fo->remove_done_callback(stop_loop_cb, Object());
  if (!fo->done()) raise(&exc::RuntimeError, "Event loop stopped before Future completed.");
  return fo->result();
}


EventLoop& running_loop() {
  if (!g_loop) raise(&exc::RuntimeError, "no running event loop");
  return *g_loop;
}

// ---- Python-visible objects ------------------------------------------------------------------
TypeObject* HandleObject::type() const { return is_timer ? &types::timer_handle : &types::handle; }

std::string HandleObject::repr() const {
  std::string s = is_timer ? "<TimerHandle" : "<Handle";
  if (cancelled) s += " cancelled";
  if (is_timer) s += " when=" + detail::float_repr(when);
  // Handle.cancel drops the callback (outside debug mode), and the repr with it.
  if (cancelled || callback.is_unbound()) return s + ">";
  return s + " " + format_callback_source(callback, args) + ">";
}

// handle.cancel as a value (`loop.call_later(1, h.cancel)`): a bound method of the class of
// events.py that defines it.
Object HandleObject::getattr(const Object& self, std::string_view name) {
  if (name == "cancel") return make<BoundMethod>(self, std::string(name), is_timer ? "TimerHandle" : "Handle");
  if (name == "cancelled") return make<BoundMethod>(self, std::string(name), "Handle");
  if (name == "when" && is_timer) return make<BoundMethod>(self, std::string(name), "TimerHandle");
  return HeapObject::getattr(self, name);
}

void HandleObject::cancel() {
  if (!cancelled && scheduled_in) ++scheduled_in->timer_cancelled_count_;
  cancelled = true;
}

Object HandleObject::call_method(const Object& self, std::string_view name, Args args, Kwargs kw) {
  if (name == "cancel") {
    check_nargs("cancel", args, 0, 0);
    // The callback and its arguments stay (a running callback may cancel its own handle
    // while they are in use); the repr shows none of them once cancelled, as CPython's.
    cancel();
    return None;
  }
  if (name == "cancelled") return Object::from_bool(cancelled);
  if (name == "when" && is_timer) return Object::from_float(when);
  if (name == "_run") {  // what the loop does with it (a handle made directly is not scheduled)
    check_nargs("_run", args, 0, 0);
    ContextScope scope(context);
    run_python_callback(callback, this->args, self);
    return None;
  }
  return HeapObject::call_method(self, name, args, kw);
}

TypeObject* LoopObject::type() const { return &types::event_loop; }

namespace {
// loop.create_future() on a loop that has not ended, for call sites' caches (a site caches
// it for every receiver of kind Other: the receiver's type is checked).
bool loop_create_future(Args a, Object& out) {
  if (a.size() != 1 || a[0].heap()->type() != &types::event_loop || !a[0].as<LoopObject>()->loop) return false;
  out = new_future();
  return true;
}
}  // namespace

BuiltinMethod LoopObject::fast_method(const Name& n) const {
  return n.text == "create_future" ? loop_create_future : nullptr;
}
std::string LoopObject::repr() const {
  return std::string("<_UnixSelectorEventLoop running=") + (loop && loop->is_running() ? "True" : "False") +
         " closed=" + (closed ? "True" : "False") + " debug=False>";
}

void refuse_debug_mode(const Object& enabled) {
  if (aiocc::truthy(enabled)) {
    raise(&exc::NotImplementedError, "asyncio's debug mode (set_debug(True), asyncio.run(debug=True)) is not supported by aiocc");
  }
}

// loop.method as a value (`loop.call_later(0.1, loop.stop)`): a bound method for each method
// the loop implements (call_method); sema refuses the names of the others.
Object LoopObject::getattr(const Object& self, std::string_view name) {
  static const char* methods[] = {"create_future", "create_task", "time",      "call_soon",
                                  "call_later",    "call_at",     "is_running", "is_closed",
                                  "stop",          "close",       "run_until_complete", "run_forever",
                                  "set_exception_handler", "get_exception_handler",
                                  "call_exception_handler", "default_exception_handler",
                                  "set_task_factory", "get_task_factory", "get_debug", "set_debug",
                                  "shutdown_asyncgens", "shutdown_default_executor"};
  for (const char* m : methods) {
    if (name == m) {
      return make<BoundMethod>(self, std::string(name), name == "close" ? "_UnixSelectorEventLoop" : "BaseEventLoop");
    }
  }
  return HeapObject::getattr(self, name);
}

namespace {
double seconds_arg(const Object& o, const char* what) {
  if (o.is_float()) return o.as_float();
  if (o.is_small_int()) return static_cast<double>(o.as_int());
  if (o.is_bool()) return o.as_bool();
  raise(&exc::TypeError, std::string(what) + ": '" + type_of(o)->name +
                             "' object cannot be interpreted as a number");
}

// _check_closed's RuntimeError, with the frames of the methods down to it (innermost first).
[[noreturn]] void raise_closed(std::initializer_list<const CodeInfo*> callers) {
  Object e = new_exception(&exc::RuntimeError, "Event loop is closed");
  cpython::add_frame(e, cpython::check_closed);
  for (const CodeInfo* c : callers) cpython::add_frame(e, *c);
  raise_exc(e);
}

// The methods that check the loop is open, and the frames their error has.
void check_open(bool closed, std::string_view method) {
  if (!closed) return;
  if (method == "call_soon") raise_closed({&cpython::closed_call_soon});
  if (method == "call_at") raise_closed({&cpython::closed_call_at});
  if (method == "call_later") raise_closed({&cpython::closed_call_at, &cpython::closed_call_later});
  if (method == "create_task") raise_closed({&cpython::closed_create_task});
  if (method == "run_forever") raise_closed({&cpython::closed_run_forever});
  if (method == "run_until_complete") raise_closed({&cpython::closed_run_until_complete});
}

// The context= keyword of call_soon, call_later and call_at, their only one: Unbound for None
// (a copy of the current context).
Object context_keyword(const char* fname, Kwargs kw) {
  Object context;
  for (const Kw& k : kw) {
    if (k.name != "context") raise(&exc::TypeError, std::string(fname) + "() got an unexpected keyword argument '" + std::string(k.name) + "'");
    if (!k.value.is_none()) context = k.value;
  }
  return context;
}
}  // namespace

namespace asyncio {
namespace {
Coro no_executor() {
  co_await enter(&runtime_code);
  co_return None;
}
}  // namespace

Object shutdown_asyncgens_coroutine(EventLoop& loop) {
  return make_coroutine(shutdown_asyncgens(loop), "BaseEventLoop.shutdown_asyncgens", nullptr);
}

Object shutdown_default_executor_coroutine() {
  return make_coroutine(no_executor(), "BaseEventLoop.shutdown_default_executor", nullptr);
}
}  // namespace asyncio

bool LoopObject::setting(std::string_view name, Args args, Object& out) {
  // `error`: the TypeError's text for a value neither callable nor None, before its repr.
  auto callable_setting = [&](Object& slot, const char* getter, const char* setter, const char* error, bool with_repr) {
    if (name == getter) {
      check_nargs(getter, args, 0, 0);
      out = slot.is_unbound() ? None : slot;
      return true;
    }
    if (name != setter) return false;
    check_nargs(setter, args, 1, 1);
    if (!args[0].is_none() && !aiocc::truthy(builtins::callable({args[0]}, {}))) {
      raise(&exc::TypeError, std::string(error) + (with_repr ? aiocc::repr(args[0]) : std::string()));
    }
    slot = args[0].is_none() ? Object() : args[0];
    out = None;
    return true;
  };
  if (callable_setting(task_factory, "get_task_factory", "set_task_factory", "task factory must be a callable or None", false) ||
      callable_setting(exception_handler, "get_exception_handler", "set_exception_handler",
                       "A callable object or None is expected, got ", true)) {
    return true;
  }
  if (name == "get_debug") {
    check_nargs("get_debug", args, 0, 0);
    out = False();
    return true;
  }
  if (name == "set_debug") {
    check_nargs("set_debug", args, 1, 1);
    refuse_debug_mode(args[0]);
    out = None;
    return true;
  }
  return false;
}

Object LoopObject::call_method(const Object& self, std::string_view name, Args args, Kwargs kw) {
  if (!loop) {  // the loop of an asyncio.run or Runner that has ended
    if (name == "is_closed") return True();
    if (name == "is_running") return False();
    if (name == "close") return None;
    if (Object r; setting(name, args, r)) return r;
    check_open(true, name);
    raise(&exc::RuntimeError, "Event loop is closed");
  }
  if (Object r; setting(name, args, r)) return r;
  if (name == "create_future") {
    check_nargs("create_future", args, 0, 0);
    return new_future();
  }
  if (name == "create_task") {
    // create_task(coro, *, name=None, context=None); allowed before the loop runs.
    check_open(closed, name);
    Object a[3];
    clinic_bind("create_task", {"coro", "name", "context"}, 1, 1, args, kw, a);
    const bool named = !a[1].is_unbound() && !a[1].is_none();
    return loop_create_task(*loop, a[0], named ? aiocc::str(a[1]) : std::string(), a[2]);
  }
  if (name == "shutdown_asyncgens") {
    check_nargs("shutdown_asyncgens", args, 0, 0);
    return asyncio::shutdown_asyncgens_coroutine(*loop);
  }
  if (name == "shutdown_default_executor") {
    check_nargs("shutdown_default_executor", args, 0, 0);
    return asyncio::shutdown_default_executor_coroutine();
  }
  if (name == "time") {
    check_nargs("time", args, 0, 0);
    return Object::from_float(loop->time());
  }
  if (name == "call_soon") {
    if (args.size() < 1) raise(&exc::TypeError, "call_soon() missing 1 required positional argument: 'callback'");
    check_open(closed, name);
    return loop->call_soon_py(args[0], std::vector<Object>(args.begin() + 1, args.end()), context_keyword("call_soon", kw));
  }
  if (name == "call_later" || name == "call_at") {
    check_open(closed, name);
    if (args.size() < 2) {
      raise(&exc::TypeError, std::string(name) + "() missing required positional arguments");
    }
    double t = seconds_arg(args[0], "call_later");
    if (name == "call_at") t -= loop->time();
    return loop->call_later_py(t, args[1], std::vector<Object>(args.begin() + 2, args.end()),
                               context_keyword(name == "call_at" ? "call_at" : "call_later", kw));
  }
  if (name == "call_exception_handler") {
    check_nargs("call_exception_handler", args, 1, 1);
    call_exception_handler(loop, args[0]);
    return None;
  }
  if (name == "default_exception_handler") {
    check_nargs("default_exception_handler", args, 1, 1);
    default_exception_handler(args[0]);
    return None;
  }
  if (name == "is_running") return Object::from_bool(loop->is_running());
  if (name == "is_closed") return Object::from_bool(closed);
  if (name == "stop") {
    loop->stop();
    return None;
  }
  if (name == "close") {
    if (loop->is_running()) raise(&exc::RuntimeError, "Cannot close a running event loop");
    if (closed) return None;
    closed = true;
    loop->drop_scheduled();
    return None;
  }
  if (name == "run_until_complete" || name == "run_forever") {
    check_open(closed, name);
    if (g_loop && g_loop != loop) {
      raise(&exc::RuntimeError, "Cannot run the event loop while another loop is running");
    }
    Frame* caller = g_frame;
    const int saved_base = g_base_depth;
    g_base_depth = (caller ? caller->depth : 0) + 5;
    Object result;
    try {
      if (name == "run_forever") {
        loop->run_forever();
        result = None;
      } else {
        check_nargs("run_until_complete", args, 1, 1);
        result = loop->run_until_complete(args[0]);
      }
    } catch (PyException& e) {
      g_base_depth = saved_base;
      g_frame = caller;
      if (name == "run_until_complete") cpython::add_frame(e.exc, cpython::run_until_complete);
      add_traceback(e.exc, caller);
      throw;
    }
    g_base_depth = saved_base;
    g_frame = caller;
    return result;
  }
  return HeapObject::call_method(self, name, args, kw);
}

}  // namespace aiocc
