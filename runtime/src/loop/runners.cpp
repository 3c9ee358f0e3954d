// asyncio.run and asyncio.Runner, transcribed from CPython 3.11's runners.py: the main task on
// the runner's loop, Ctrl-C as Runner's SIGINT handler, the remaining tasks cancelled when it
// closes, and the frames runners.py and base_events.py add to what escapes.
#include "aiocc/asyncio.h"

#include <memory>

#include "aiocc/async_generator.h"
#include "aiocc/contextvars.h"
#include "aiocc/future.h"
#include "aiocc/event_loop.h"
#include "aiocc/program.h"
#include "aiocc/py/builtins.h"
#include "aiocc/py/dict.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/function.h"
#include "aiocc/py/list.h"
#include "aiocc/py/ops.h"
#include "asyncio_internal.h"
#include "cpython_frames.h"
#include "internal.h"

namespace aiocc::asyncio {

namespace {

void cancel_all_tasks(EventLoop& loop) {
  std::vector<Object> to_cancel;
  for (TaskObject* t : loop.pending_tasks()) {
    if (!t->done()) to_cancel.push_back(Object(t));
  }
  if (to_cancel.empty()) return;
  for (Object& t : to_cancel) as_future(t)->cancel(None);
  Object g = gather(Args(to_cancel), {{"return_exceptions", True()}});
  loop.run_until_complete(g);
  for (Object& t : to_cancel) {
    FutureObject* f = as_future(t);
    if (f->cancelled()) continue;
    Object e = f->exception();
    if (!e.is_none()) {
      call_exception_handler(&loop, exception_context("unhandled exception during asyncio.run() shutdown", e, "task", t));
    }
  }
}

}  // namespace

// asyncio.Runner._on_sigint, installed while asyncio.run runs: the first interrupt cancels the
// main task (once it is done, or on a second interrupt, KeyboardInterrupt is raised).
struct RunnerSigint {
  Object main_task;
  int interrupts = 0;
};
RunnerSigint* g_runner_sigint = nullptr;

int uncancel(const Object& task) {
  auto* t = task.as<TaskObject>();
  if (t->num_cancels_requested > 0) --t->num_cancels_requested;
  return t->num_cancels_requested;
}

bool runner_on_sigint() {
  RunnerSigint& r = *g_runner_sigint;
  ++r.interrupts;
  if (r.interrupts == 1 && !r.main_task.is_unbound() && !as_future(r.main_task)->done()) {
    as_future(r.main_task)->cancel(None);
    return true;
  }
  return false;
}

// ---- Runner (runners.py) -----------------------------------------------------------------------
namespace {

struct RunnerObject final : HeapObject {
  enum class State { Created, Initialized, Closed } state = State::Created;
  Object debug, loop_factory;
  Object loop;                       // its loop's LoopObject, while initialized
  Object context;                    // the context its runs share (a copy taken by _lazy_init)
  std::unique_ptr<EventLoop> owned;  // the loop it made (not a loop_factory's)
  bool set_event_loop = false;
  TypeObject* type() const override { return &runner_type; }
  std::string repr() const override { return "<asyncio.runners.Runner object at " + detail::address(this) + ">"; }
  Object getattr(const Object& self, std::string_view name) override;
  Object call_method(const Object& self, std::string_view name, Args args, Kwargs kw) override;
  EventLoop& event_loop() const { return *loop.as<LoopObject>()->loop; }
};

// Runner._lazy_init: the loop, made (and set as the current one) on first use.
void lazy_init(RunnerObject& r) {
  if (r.state == RunnerObject::State::Closed) raise(&exc::RuntimeError, "Runner is closed");
  if (r.state == RunnerObject::State::Initialized) return;
  if (r.loop_factory.is_none()) {
    r.owned = std::make_unique<EventLoop>();
    r.loop = r.owned->self;
    if (!r.set_event_loop) {
      set_current_event_loop(r.loop);
      r.set_event_loop = true;
    }
  } else {
    r.loop = call(r.loop_factory, {});
    if (!r.loop.dyn<LoopObject>()) {
      raise(&exc::TypeError, "loop_factory must return an event loop, not '" + type_of(r.loop)->name + "'");
    }
  }
  if (!r.debug.is_none()) refuse_debug_mode(r.debug);  // loop.set_debug(debug)
  r.context = snapshot_context();
  r.state = RunnerObject::State::Initialized;
}

// How the main task's run ended, for asyncio.run's frames and reports.
struct RunOutcome {
  Object main_task;
  bool interrupted = false;  // the error is Runner.run's KeyboardInterrupt
  bool escaped = false;      // the error is a task's SystemExit or KeyboardInterrupt (g_escaped_task)
};

// Runner.run after its checks: the coroutine as the main task on the runner's loop, Ctrl-C as
// Runner._on_sigint. What escapes has run_until_complete's and Runner.run's frames.
// `extra_depth`: the frames CPython's stack has between the caller and the task's coroutines.
Object run_main_task(RunnerObject& r, const Object& coro, const Object& context, int extra_depth, RunOutcome& out) {
  Frame* caller = g_frame;
  Frame* const saved_run_caller = g_run_caller;
  g_run_caller = caller;
  const int saved_base = g_base_depth;
  g_base_depth = (caller ? caller->depth : 0) + extra_depth;
  struct Restore {
    Frame* run_caller;
    int base;
    ~Restore() {
      g_run_caller = run_caller;
      g_base_depth = base;
    }
  } restore{saved_run_caller, saved_base};
  EventLoop& loop = r.event_loop();
  g_loop = &loop;
  RunnerSigint sigint;
  g_runner_sigint = &sigint;
  g_sigint_handler = runner_on_sigint;
  Object result, error;
  try {
    // The runner's own context is one object its runs share: what a main task set in it is
    // there for the next run (kept as the task keeps it, once a variable was set).
    // A task factory gets context= always (an empty context is an empty dict here).
    const bool own_context = context.is_none();
    const Object& use = own_context ? r.context : context;
    sigint.main_task = aiocc::create_task(coro, "", use.is_unbound() ? py_dict() : use);
    struct KeepContext {
      RunnerObject& r;
      TaskObject* task;
      ~KeepContext() {
        if (task) r.context = task->context;
      }
    } keep{r, own_context ? sigint.main_task.dyn<TaskObject>() : nullptr};
    result = loop.run_until_complete(sigint.main_task);
  } catch (PyException& e) {
    error = e.exc;
    out.escaped = !g_escaped_task.is_unbound();
    // The main task cancelled by an interrupt becomes KeyboardInterrupt, raised in the handler
    // of the CancelledError (its context), at runners.py:123.
    if (sigint.interrupts > 0 && is_cancelled_error(error) && uncancel(sigint.main_task) == 0) {
      Frame f1{&cpython::run_until_complete};
      Frame f2{&cpython::runner_run};
      add_traceback(error, &f1);
      add_traceback(error, &f2);
      Object ki = new_exception(&exc::KeyboardInterrupt, std::vector<Object>{});
      chain_context(ki, error);
      Frame f3{&cpython::runner_raise_interrupt};
      add_traceback(ki, &f3);
      error = ki;
      out.interrupted = true;
    }
  }
  g_sigint_handler = nullptr;
  g_runner_sigint = nullptr;
  out.main_task = sigint.main_task;
  g_loop = nullptr;
  g_frame = caller;
  if (!error.is_unbound()) {
    Frame f1{&cpython::run_until_complete};
    Frame f2{&cpython::runner_run};
    if (!out.interrupted) {
      if (!out.escaped) add_traceback(error, &f1);  // else it left run_forever (640), not result()
      add_traceback(error, &f2);
    }
    throw PyException{error};
  }
  return result;
}

// Runner.close: the remaining tasks cancelled, async generators and the default executor shut
// down, the loop closed (and no longer the current one).
void close_runner(RunnerObject& r) {
  if (r.state != RunnerObject::State::Initialized) return;
  Frame* caller = g_frame;
  EventLoop& loop = r.event_loop();
  Object error;
  // The loop is current through the shutdown steps: cancelling the remaining tasks schedules
  // callbacks on it even though it is not running.
  g_loop = &loop;
  g_frame = nullptr;
  try {
    cancel_all_tasks(loop);
    loop.run_until_complete(shutdown_asyncgens_coroutine(loop));
    loop.run_until_complete(shutdown_default_executor_coroutine());
  } catch (PyException& e) {
    error = e.exc;
  }
  g_loop = nullptr;
  g_frame = caller;
  if (r.set_event_loop) set_current_event_loop(None);
  r.loop.as<LoopObject>()->closed = true;
  r.loop = Object();
  r.owned.reset();
  r.state = RunnerObject::State::Closed;
  if (!error.is_unbound()) throw PyException{error};
}

// A task's SystemExit or KeyboardInterrupt that ended the run: its exception is logged as never
// retrieved when the collector frees it at shutdown, with the traceback as a handler last
// caught it (not the main task's: that one outlives the logging machinery).
void report_escaped(const RunOutcome& out) {
  if (!out.escaped) return;
  Object task = g_escaped_task;
  FutureObject* t = as_future(task);
  if (!task.same(out.main_task) && t->log_traceback) {
    report_at_exit([task] {
      Object e = as_future(task)->exception_value();
      auto* eo = e.as<ExceptionObject>();
      std::vector<TbEntry> tb = eo->tb;
      if (eo->tb_caught >= 0 && eo->tb_caught < static_cast<int>(tb.size())) eo->tb.resize(eo->tb_caught);
      std::string text = "Task exception was never retrieved\nfuture: " + task.heap()->repr() + "\n" +
                         format_exception(e);
      eo->tb = std::move(tb);
      return text;
    });
  }
  t->log_traceback = false;
  g_escaped_task = Object();
}

// Runner.run's checks, as runners.py:88-96 makes them.
void check_run(RunnerObject& r, const Object& coro) {
  if (!coro.dyn<CoroutineObject>()) {
    cpython::raise_in(cpython::runner_not_coroutine, &exc::ValueError, "a coroutine was expected, got " + repr(coro));
  }
  if (g_loop) {
    cpython::raise_in(cpython::runner_running_loop, &exc::RuntimeError, "Runner.run() cannot be called from a running event loop");
  }
  if (r.state == RunnerObject::State::Closed) {
    cpython::run_in(&cpython::runner_run_lazy_init, [](PlainFrame&) -> Object {
      cpython::raise_in(cpython::runner_closed, &exc::RuntimeError, "Runner is closed");
    });
  }
  lazy_init(r);
}

Object runner_method_run(RunnerObject& r, const Object* a) {
  check_run(r, a[1]);
  RunOutcome out;
  Frame* caller = g_frame;
  try {
    return run_main_task(r, a[1], a[2], 7, out);
  } catch (PyException& e) {
    report_escaped(out);
    add_traceback(e.exc, caller);
    throw;
  }
}

}  // namespace

Object RunnerObject::getattr(const Object& self, std::string_view name) {
  for (const char* m : {"run", "close", "get_loop", "__enter__", "__exit__"}) {
    if (name == m) return make<BoundMethod>(self, std::string(name), "Runner");
  }
  return HeapObject::getattr(self, name);
}

Object RunnerObject::call_method(const Object& self, std::string_view name, Args args, Kwargs kw) {
  if (name == "run") {
    static const PyDef def("Runner.run", {{"self", "coro", "context"}, 0, 2}, {Object(), Object(), None});
    return runner_method_run(*this, def.bind_method(args, kw).data());
  }
  if (name == "close" || name == "get_loop" || name == "__enter__") {
    static const PyDef close_def("Runner.close", {{"self"}}, {Object()});
    static const PyDef get_loop_def("Runner.get_loop", {{"self"}}, {Object()});
    static const PyDef enter_def("Runner.__enter__", {{"self"}}, {Object()});
    (name == "close" ? close_def : name == "get_loop" ? get_loop_def : enter_def).bind_method(args, kw);
    if (name == "close") {
      close_runner(*this);
      return None;
    }
    lazy_init(*this);
    return name == "get_loop" ? loop : self;
  }
  if (name == "__exit__") {
    static const PyDef def("Runner.__exit__", {{"self", "exc_type", "exc_val", "exc_tb"}}, {Object(), Object(), Object(), Object()});
    def.bind_method(args, kw);
    close_runner(*this);
    return None;
  }
  return HeapObject::call_method(self, name, args, kw);
}

namespace {
Object construct_runner(TypeObject*, Args args, Kwargs kw) { return Runner(args, kw); }
}  // namespace

TypeObject runner_type("Runner", &types::object, construct_runner, "asyncio.runners");

Object Runner(Args args, Kwargs kw) {
  static const PyDef init("Runner.__init__", {{"self", "debug", "loop_factory"}, 0, 1}, {Object(), None, None});
  const std::vector<Object> a = init.bind_method(args, kw);
  Object r = make<RunnerObject>();
  r.as<RunnerObject>()->debug = a[1];
  r.as<RunnerObject>()->loop_factory = a[2];
  return r;
}

// asyncio.run: `with Runner(debug=debug) as runner: return runner.run(main)`.
Object run_impl(const Object* bound);

Object run(Args args, Kwargs kw) {
  static const PyDef def("run", {{"main", "debug"}, 0, 1}, {Object(), None}, py_body<run_impl>);
  return def(args, kw);
}

Object run_impl(const Object* bound) {
  if (g_loop) raise(&exc::RuntimeError, "asyncio.run() cannot be called from a running event loop");
  Frame* caller = g_frame;
  Object runner = make<RunnerObject>();
  RunnerObject& r = *runner.as<RunnerObject>();
  r.debug = bound[1];
  r.loop_factory = None;
  lazy_init(r);
  Object result, error;
  RunOutcome out;
  bool checked = false;  // else the error has its frames, from runners.py:190 on
  try {
    cpython::run_in(&cpython::runners_run, [&](PlainFrame&) -> Object {
      check_run(r, bound[0]);
      return None;
    });
    checked = true;
    // Inside the loop CPython has 8 more frames on its stack than the caller of asyncio.run
    // (the runner, the loop and the task machinery); tasks' coroutines count from there.
    result = run_main_task(r, bound[0], None, 8, out);
  } catch (PyException& e) {
    error = e.exc;
  }
  const int saved_base = g_base_depth;
  g_base_depth = (caller ? caller->depth : 0) + 8;
  try {
    close_runner(r);
  } catch (PyException& e) {
    if (error.is_unbound()) error = e.exc;
  }
  g_base_depth = saved_base;
  if (!error.is_unbound()) {
    if (checked) {
      Frame f3{&cpython::runners_run};
      add_traceback(error, &f3);
    }
    note_caught(error);  // by asyncio.run's `with Runner()`
    report_escaped(out);
    if (checked) add_traceback(error, caller);
    throw PyException{error};
  }
  return result;
}

}  // namespace aiocc::asyncio
