// asyncio.run, transcribed from CPython 3.11's runners.py (Runner.run and close): the main
// task on a new loop, Ctrl-C as Runner's SIGINT handler, the remaining tasks cancelled at the
// end, and the frames runners.py and base_events.py add to what escapes.
#include "aiocc/asyncio.h"

#include "aiocc/async_generator.h"
#include "aiocc/event_loop.h"
#include "aiocc/program.h"
#include "aiocc/py/builtins.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/function.h"
#include "aiocc/py/list.h"
#include "aiocc/py/ops.h"
#include "asyncio_internal.h"
#include "cpython_frames.h"
#include "internal.h"

namespace aiocc::asyncio {

namespace {

Coro noop_body() {
  co_await enter(&runtime_code);
  co_return None;
}

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
      builtins::flush_stdout();
      builtins::write_stderr("unhandled exception during asyncio.run() shutdown\ntask: " + t.heap()->repr() +
                             "\n" + format_exception(e));
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

Object run_impl(const Object* bound);

Object run(Args args, Kwargs kw) {
  static const PyDef def("run", {{"main", "debug"}, 0, 1}, {Object(), None}, py_body<run_impl>);
  return def(args, kw);
}

Object run_impl(const Object* bound) {
  if (g_loop) raise(&exc::RuntimeError, "asyncio.run() cannot be called from a running event loop");
  if (!bound[0].dyn<CoroutineObject>()) {
    raise(&exc::ValueError, "a coroutine was expected, got " + repr(bound[0]));
  }
  Frame* caller = g_frame;
  Frame* const saved_run_caller = g_run_caller;
  g_run_caller = caller;
  struct RestoreRunCaller {
    Frame* saved;
    ~RestoreRunCaller() { g_run_caller = saved; }
  } restore_run_caller{saved_run_caller};
  Object result, error;
  bool interrupted = false;  // error is Runner.run's KeyboardInterrupt
  bool escaped = false;      // error is a task's SystemExit or KeyboardInterrupt (g_escaped_task)
  Object main_task;
  // Inside the loop CPython has 8 more frames on its stack than the caller of asyncio.run (the
  // runner, the loop and the task machinery); tasks' coroutines count from there.
  const int saved_base = g_base_depth;
  g_base_depth = (caller ? caller->depth : 0) + 8;
  {
    EventLoop loop;
    // The loop stays current through the shutdown steps too: cancelling the remaining tasks
    // schedules callbacks on it even though it is not running.
    g_loop = &loop;
    RunnerSigint sigint;
    g_runner_sigint = &sigint;
    g_sigint_handler = runner_on_sigint;
    try {
      sigint.main_task = aiocc::create_task(bound[0]);
      result = loop.run_until_complete(sigint.main_task);
    } catch (PyException& e) {
      error = e.exc;
      escaped = !g_escaped_task.is_unbound();
      // Runner.run: the main task cancelled by an interrupt becomes KeyboardInterrupt, raised
      // in the handler of the CancelledError (its context), at runners.py:123.
      if (sigint.interrupts > 0 && is_cancelled_error(error) && uncancel(sigint.main_task) == 0) {
        Frame f1{&cpython::run_until_complete, 0, nullptr};
        Frame f2{&cpython::runner_run, 0, nullptr};
        add_traceback(error, &f1);
        add_traceback(error, &f2);
        Object ki = new_exception(&exc::KeyboardInterrupt, std::vector<Object>{});
        chain_context(ki, error);
        Frame f3{&cpython::runner_raise_interrupt, 0, nullptr};
        add_traceback(ki, &f3);
        error = ki;
        interrupted = true;
      }
    }
    g_sigint_handler = nullptr;
    g_runner_sigint = nullptr;
    main_task = sigint.main_task;
    g_loop = &loop;
    g_frame = nullptr;
    try {
      cancel_all_tasks(loop);
      Object shutdown_asyncgens = make_coroutine(aiocc::shutdown_asyncgens(loop), "BaseEventLoop.shutdown_asyncgens", nullptr);
      Object shutdown_executor = make_coroutine(noop_body(), "BaseEventLoop.shutdown_default_executor", nullptr);
      loop.run_until_complete(shutdown_asyncgens);
      loop.run_until_complete(shutdown_executor);
    } catch (PyException& e) {
      if (error.is_unbound()) error = e.exc;
    }
    g_loop = nullptr;
    g_frame = caller;
  }
  g_base_depth = saved_base;
  if (!error.is_unbound()) {
    Frame f1{&cpython::run_until_complete, 0, nullptr};
    Frame f2{&cpython::runner_run, 0, nullptr};
    Frame f3{&cpython::runners_run, 0, nullptr};
    if (!interrupted) {
      if (!escaped) add_traceback(error, &f1);  // else it left run_forever (640), not result()
      add_traceback(error, &f2);
    }
    add_traceback(error, &f3);
    note_caught(error);  // by asyncio.run's `with Runner()`
    if (escaped) {
      // The task's exception is logged as never retrieved when the collector frees it at
      // shutdown, with the traceback as a handler last caught it: asyncio.run's, or one
      // around it in the script (not the main task's: that one outlives the logging machinery).
      Object task = g_escaped_task;
      FutureObject* t = as_future(task);
      if (!task.same(main_task) && t->log_traceback) {
        report_at_exit([task] {
          Object e = as_future(task)->exception_value;
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
    }
    g_escaped_task = Object();
    add_traceback(error, caller);
    throw PyException{error};
  }
  return result;
}

}  // namespace aiocc::asyncio
