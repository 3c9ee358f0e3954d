// asyncio.Future and asyncio.Task (futures.py / tasks.py of CPython 3.11).
#include "aiocc/future.h"

#include "aiocc/async_generator.h"

#include "aiocc/asyncio.h"
#include "aiocc/contextvars.h"
#include "aiocc/event_loop.h"
#include "aiocc/py/builtins.h"
#include "aiocc/py/dict.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/name.h"
#include "aiocc/py/function.h"
#include "aiocc/py/int.h"
#include "aiocc/py/list.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/str.h"
#include "cpython_frames.h"
#include "internal.h"

namespace aiocc {

// asyncio's classes (the loop layer defines them; the object model declares them in types.h).
namespace types {
namespace {
Object construct_future(TypeObject*, Args args, Kwargs kw) { return asyncio::Future(args, kw); }

// asyncio.Task(coro, *, loop=None, name=None, context=None) (_asyncio.Task.__init__): a task
// scheduled on `loop`, else on get_event_loop()'s; what a task factory makes.
Object construct_task(TypeObject*, Args args, Kwargs kw) {
  Object a[4];
  clinic_bind("Task", {"coro", "loop", "name", "context"}, 1, 1, args, kw, a);
  const Object loop_obj = a[1].is_unbound() || a[1].is_none() ? current_event_loop() : a[1];
  auto* lo = loop_obj.dyn<LoopObject>();
  if (!lo) raise(&exc::TypeError, "Task() argument 'loop' must be an event loop, not " + type_of(loop_obj)->name);
  if (!lo->loop) raise(&exc::RuntimeError, "Event loop is closed");
  const bool named = !a[2].is_unbound() && !a[2].is_none();
  return new_task(*lo->loop, a[0], named ? aiocc::str(a[2]) : std::string(), a[3]);
}
}  // namespace
TypeObject future("Future", &object, construct_future, "_asyncio");
TypeObject task("Task", &future, construct_task, "_asyncio");
TypeObject task_group("TaskGroup", &object, not_constructible_type, "asyncio.taskgroups");
TypeObject gathering_future("_GatheringFuture", &future, not_constructible_type, "asyncio.tasks");
}  // namespace types

namespace {
int64_t g_task_counter = 0;

bool is_cancelled_error(const Object& e) {
  return !e.is_unbound() && type_of(e)->is_subtype_of(&exc::CancelledError);
}

void task_step_cb(ReadyItem& it) { it.a.as<TaskObject>()->step(std::move(it.b)); }

void task_wakeup_cb(ReadyItem& it) {
  auto* t = it.a.as<TaskObject>();
  FutureObject* f = as_future(it.b);
  if (f->cancelled()) {
    t->step(f->make_cancelled_error());
  } else if (!f->exception_value().is_unbound()) {
    f->log_traceback = false;
    t->step(f->exception_value());
  } else {
    t->step(Object());
  }
}

}  // namespace

// Futures' __del__ (futures.py; _asyncio.Task's is the same): an exception nobody retrieved is
// reported through the loop's exception handler, which gets a reference to the future (one it
// keeps keeps the future alive); the future is freed when the last reference goes.
void finalize_future(HeapObject* h) {
  auto* f = static_cast<FutureObject*>(h);
  // _asyncio.Task's finalizer: a task freed before it is done is reported to its loop's handler.
  if (auto* t = dynamic_cast<TaskObject*>(f); t && !t->done() && t->log_destroy_pending) {
    t->log_destroy_pending = false;
    Object self(h);
    Object context = py_dict();
    as_dict(context)->set(py_str("message"), py_str("Task was destroyed but it is pending!"));
    as_dict(context)->set(py_str("task"), self);
    try {
      call_exception_handler(t->loop, context);
    } catch (PyException&) {  // a handler's SystemExit or KeyboardInterrupt: nowhere to go
    }
    return;  // freed when `self` goes, unless the handler kept it
  }
  if (!f->log_traceback || f->exception_value().is_unbound()) {
    delete f;
    return;
  }
  f->log_traceback = false;
  Object self(h);
  const char* msg = dynamic_cast<TaskObject*>(f) ? "Task exception was never retrieved" : "Future exception was never retrieved";
  try {
    call_exception_handler(g_loop, exception_context(msg, f->exception_value(), "future", self));
  } catch (PyException&) {  // a handler's SystemExit or KeyboardInterrupt: nowhere to go
  }
}

void call_python_done_callback(ReadyItem& it) {
  ContextScope scope{Object()};  // added in an empty context
  run_python_callback(it.a, {it.b});
}

namespace {
// A Python done callback added in a context with values: a = (callable, context).
void call_python_done_callback_in(ReadyItem& it) {
  const std::vector<Object>& pair = as_tuple(it.a)->items;
  ContextScope scope(pair[1]);
  run_python_callback(pair[0], {it.b});
}

bool is_python_callback(const DoneCallback& cb) {
  return cb.fn == call_python_done_callback || cb.fn == call_python_done_callback_in;
}
const Object& python_callable(const DoneCallback& cb) {
  return cb.fn == call_python_done_callback ? cb.ctx : as_tuple(cb.ctx)->items[0];
}
}  // namespace

bool is_exit_exception(const Object& e) {
  TypeObject* t = type_of(e);
  return t->is_subtype_of(&exc::SystemExit) || t->is_subtype_of(&exc::KeyboardInterrupt);
}

void run_python_callback(const Object& callback, const std::vector<Object>& args, const Object& handle) {
  Frame* saved = g_frame;
  g_frame = nullptr;
  try {
    call(callback, Args(args));
  } catch (PyException& e) {
    g_frame = saved;
    if (is_exit_exception(e.exc)) throw;
    Frame run{&cpython::handle_run};
    add_traceback(e.exc, &run);
    const std::string cb = format_callback_source(callback, args);
    Object h = handle;
    if (h.is_unbound()) {  // a callback the runtime scheduled without a Handle: one for the report
      auto* made = new HandleObject();
      made->callback = callback;
      made->args = args;
      h = Object(made);
    }
    call_exception_handler(g_loop, exception_context("Exception in callback " + cb, e.exc, "handle", h), e.exc);
    return;
  }
  g_frame = saved;
}

// ---- Future ----------------------------------------------------------------------------------
FutureObject::FutureObject() { kind = Kind::Future; }

const Object& FutureObject::exception_value() const {
  static const Object unbound;
  return failed ? outcome : unbound;
}

FutureObject::~FutureObject() = default;

TypeObject* FutureObject::type() const { return &types::future; }

namespace {

// format_helpers._format_callback and _get_function_source for a Python callable: its
// qualified name (through functools.partial, with the partial's arguments), and for a plain
// function (after inspect.unwrap) where its def is.
std::string format_args(const Object& args, const Object& kwargs) {
  std::string s;
  if (!args.is_unbound() && !args.is_none()) {
    for (const Object& a : to_vector(args)) s += (s.empty() ? "" : ", ") + reprlib_repr(a);
  }
  if (DictObject* d = as_dict(kwargs)) {
    for (auto& e : d->entries) {
      if (e.live()) s += (s.empty() ? "" : ", ") + str_value(e.key) + "=" + reprlib_repr(e.value);
    }
  }
  return "(" + s + ")";
}

bool is_partial(const Object& f) {
  TypeObject* t = type_of(f);
  return t->name == "partial" && t->module == "functools";
}

Object attr_or_unbound(const Object& o, const char* name) {
  try {
    return aiocc::getattr(o, name);
  } catch (PyException& e) {
    if (!type_of(e.exc)->is_subtype_of(&exc::AttributeError)) throw;
    return Object();
  }
}

std::string format_callback(const Object& func, const Object& args, const Object& kwargs, std::string suffix) {
  if (is_partial(func)) {
    suffix = format_args(args, kwargs) + suffix;
    return format_callback(aiocc::getattr(func, "func"), aiocc::getattr(func, "args"),
                           aiocc::getattr(func, "keywords"), suffix);
  }
  std::string r;
  Object q = attr_or_unbound(func, "__qualname__");
  if (!q.is_unbound() && truthy(q)) {
    r = aiocc::str(q);
  } else if (Object n = attr_or_unbound(func, "__name__"); !n.is_unbound() && truthy(n)) {
    r = aiocc::str(n);
  } else {
    r = aiocc::repr(func);
  }
  return r + format_args(args, kwargs) + suffix;
}

std::string function_source(Object func) {
  for (Object w; !(w = attr_or_unbound(func, "__wrapped__")).is_unbound();) func = w;  // inspect.unwrap
  if (auto* f = func.dyn<FunctionObject>(); f && f->info->code && f->info->code->positions) {
    return std::string(" at ") + f->info->code->module->path + ":" + std::to_string(f->info->code->positions[0].line);
  }
  if (is_partial(func)) return function_source(aiocc::getattr(func, "func"));
  return "";
}

}  // namespace

std::string format_callback_source(const Object& func, const std::vector<Object>& args) {
  return format_callback(func, py_tuple(args), Object(), "") + function_source(func);
}

namespace {

std::string callback_repr(const DoneCallback& cb) {
  if (is_python_callback(cb)) {
    const Object& fn = python_callable(cb);
    return format_callback(fn, Object(), Object(), "") + function_source(fn);
  }
  const CallbackSource* src = cb.source;
  if (!src) return "<native callback>";
  std::string s = src->qualname;
  if (src->partial_arg) s += "(" + reprlib_repr(cb.ctx) + ")";
  s += "()";
  if (src->file) s += std::string(" at ") + cpython::asyncio_file(src->file) + ":" + std::to_string(src->line);
  return s;
}

}  // namespace

const CallbackSource kTaskWakeup{"Task.task_wakeup", nullptr, 0};

std::string FutureObject::state_repr() const {
  std::string s;
  switch (state) {
    case State::Pending: s = "pending"; break;
    case State::Cancelled: s = "cancelled"; break;
    case State::Finished:
      s = failed ? "finished exception=" + aiocc::repr(outcome) : "finished result=" + reprlib_repr(outcome);
      break;
  }
  // _format_callbacks: one, two, or the first, "<n more>" and the last.
  std::vector<const DoneCallback*> cbs;
  if (first_callback.fn) cbs.push_back(&first_callback);
  if (rare) {
    for (const DoneCallback& c : rare->more_callbacks) cbs.push_back(&c);
  }
  if (cbs.empty()) return s;
  std::string list = callback_repr(*cbs[0]);
  if (cbs.size() == 2) list += ", " + callback_repr(*cbs[1]);
  if (cbs.size() > 2) list += ", <" + std::to_string(cbs.size() - 2) + " more>, " + callback_repr(*cbs.back());
  return s + " cb=[" + list + "]";
}

std::string FutureObject::repr() const { return "<Future " + state_repr() + ">"; }

bool FutureObject::cancel(const Object& msg) {
  log_traceback = false;
  if (state != State::Pending) return false;
  state = State::Cancelled;
  if (!msg.is_none() || rare) rare_part().cancel_message = msg;
  schedule_callbacks();
  return true;
}

void FutureObject::schedule_callbacks() {
  if (!first_callback.fn) return;
  Object self(this);
  EventLoop& loop = running_loop();
  DoneCallback first = std::move(first_callback);
  first_callback = {nullptr, {}};
  std::vector<DoneCallback> rest;
  if (rare) rest.swap(rare->more_callbacks);
  loop.call_soon(first.fn, std::move(first.ctx), self);
  for (DoneCallback& cb : rest) loop.call_soon(cb.fn, std::move(cb.ctx), self);
}

void FutureObject::set_result(Object v) {
  if (state != State::Pending) raise(&exc::InvalidStateError, "invalid state");  // _asyncio's text
  outcome = std::move(v);
  state = State::Finished;
  schedule_callbacks();
}

void FutureObject::set_exception(Object e) {
  if (state != State::Pending) raise(&exc::InvalidStateError, "invalid state");
  if (is_exception_class(e)) e = aiocc::call(e, {});
  if (!e.is_heap() || !dynamic_cast<ExceptionObject*>(e.heap())) {
    raise(&exc::TypeError, "exception must be a BaseException instance");
  }
  if (type_of(e)->is_subtype_of(&exc::StopIteration)) {
    raise(&exc::TypeError, "StopIteration interacts badly with generators and cannot be raised into a Future");
  }
  outcome = std::move(e);
  failed = true;
  state = State::Finished;
  schedule_callbacks();
  log_traceback = true;
}


Object FutureObject::make_cancelled_error() {
  if (rare && !rare->cancelled_exc.is_unbound()) return std::exchange(rare->cancelled_exc, Object());
  const Object& msg = cancel_message();
  return new_exception(&exc::CancelledError, msg.is_none() ? std::vector<Object>{} : std::vector<Object>{msg});
}

Object FutureObject::result() {
  if (state == State::Cancelled) throw PyException{make_cancelled_error()};
  if (state != State::Finished) raise(&exc::InvalidStateError, "Result is not set.");
  log_traceback = false;
  if (failed) throw PyException{outcome};
  return outcome;
}

Object FutureObject::exception() {
  if (state == State::Cancelled) throw PyException{make_cancelled_error()};
  if (state != State::Finished) raise(&exc::InvalidStateError, "Exception is not set.");
  log_traceback = false;
  return failed ? outcome : None;
}

void FutureObject::add_done_callback(DoneCallback cb) {
  if (state != State::Pending) {
    running_loop().call_soon(cb.fn, std::move(cb.ctx), Object(this));
  } else if (!first_callback.fn) {
    first_callback = std::move(cb);
  } else {
    rare_part().more_callbacks.push_back(std::move(cb));
  }
}

template <class Pred>
size_t FutureObject::remove_callbacks_if(Pred matches) {
  size_t removed = rare ? std::erase_if(rare->more_callbacks, matches) : 0;
  if (first_callback.fn && matches(first_callback)) {
    ++removed;
    first_callback = {nullptr, {}};
  }
  // Keep the inline slot filled so registration order is preserved.
  if (!first_callback.fn && rare && !rare->more_callbacks.empty()) {
    first_callback = std::move(rare->more_callbacks.front());
    rare->more_callbacks.erase(rare->more_callbacks.begin());
  }
  return removed;
}

size_t FutureObject::remove_done_callback(void (*fn)(ReadyItem&), const Object& ctx) {
  return remove_callbacks_if([&](const DoneCallback& c) { return c.fn == fn && c.ctx.same(ctx); });
}

size_t FutureObject::remove_python_done_callback(const Object& callable) {
  // The callbacks that compare equal to it (bound methods are made anew at each access).
  return remove_callbacks_if([&](const DoneCallback& c) {
    if (!is_python_callback(c)) return false;
    const Object& fn = python_callable(c);
    return fn.same(callable) || eq(fn, callable);
  });
}

Object FutureObject::getattr(const Object& self, std::string_view name) {
  static const char* methods[] = {"done", "result", "exception", "cancel", "cancelled",
                                  "add_done_callback", "remove_done_callback", "set_result",
                                  "set_exception", "get_loop"};
  // Tasks have these too (asyncio.Task, tasks.py); plain futures do not.
  static const char* task_methods[] = {"get_name", "set_name", "get_coro", "cancelling", "uncancel",
                                       "get_stack", "print_stack"};
  for (const char* m : methods) {
    if (name == m) return make<BoundMethod>(self, std::string(name));
  }
  if (type() == &types::task) {
    for (const char* m : task_methods) {
      if (name == m) return make<BoundMethod>(self, std::string(name));
    }
  }
  return HeapObject::getattr(self, name);
}

Object FutureObject::call_method(const Object& self, std::string_view name, Args args, Kwargs kw) {
  if (name == "done") {
    check_nargs("done", args, 0, 0);
    return Object::from_bool(done());
  }
  if (name == "cancelled") {
    check_nargs("cancelled", args, 0, 0);
    return Object::from_bool(cancelled());
  }
  if (name == "result") {
    check_nargs("result", args, 0, 0);
    try {
      return result();
    } catch (PyException& e) {
      add_traceback(e.exc, g_frame);  // the frame that called result() (C code adds none of its own)
      throw;
    }
  }
  if (name == "exception") {
    check_nargs("exception", args, 0, 0);
    return exception();
  }
  if (name == "cancel") {
    check_nargs("cancel", args, 0, 1);
    const Object* m = kw.find("msg");
    return Object::from_bool(cancel(args.size() ? args[0] : m ? *m : None));
  }
  if (name == "set_result") {
    check_nargs("set_result", args, 1, 1);
    set_result(args[0]);
    return None;
  }
  if (name == "set_exception") {
    check_nargs("set_exception", args, 1, 1);
    set_exception(args[0]);
    return None;
  }
  if (name == "add_done_callback") {
    // add_done_callback(fn, /, *, context=None): run in `context`, else in a copy of the
    // current one.
    Object a[2];
    clinic_bind("add_done_callback", {"fn", "context"}, 1, 1, args, kw, a);
    Object context = a[1].is_unbound() || a[1].is_none() ? snapshot_context() : a[1];
    if (context.is_unbound()) {
      add_done_callback({call_python_done_callback, a[0]});
    } else {
      add_done_callback({call_python_done_callback_in, py_tuple({a[0], context})});
    }
    return None;
  }
  if (name == "remove_done_callback") {
    check_nargs("remove_done_callback", args, 1, 1);
    return py_int(static_cast<int64_t>(remove_python_done_callback(args[0])));
  }
  if (name == "get_loop") return running_loop().self;
  return HeapObject::call_method(self, name, args, kw);
}

// The methods a ping-pong of futures calls, for call sites' caches: each takes the common case
// (the general path raises the errors).
namespace {
bool future_set_result(Args a, Object& out) {
  auto* f = as_future(a[0]);
  if (a.size() != 2 || f->type() != &types::future || f->state != FutureObject::State::Pending) return false;
  f->set_result(a[1]);
  out = None;
  return true;
}
bool future_result(Args a, Object& out) {
  auto* f = as_future(a[0]);
  if (a.size() != 1 || f->state != FutureObject::State::Finished || f->failed) return false;
  f->log_traceback = false;
  out = f->outcome;
  return true;
}
bool future_done(Args a, Object& out) {
  if (a.size() != 1) return false;
  out = Object::from_bool(as_future(a[0])->done());
  return true;
}
}  // namespace

BuiltinMethod FutureObject::fast_method(const Name& n) const {
  if (n.text == "set_result") return future_set_result;
  if (n.text == "result") return future_result;
  if (n.text == "done") return future_done;
  return nullptr;
}

Object new_future() { return make<FutureObject>(); }

FutureObject* as_future(const Object& o) {
  return o.is_heap() && o.heap()->kind == HeapObject::Kind::Future ? o.as<FutureObject>() : nullptr;
}

void wakeup_next(std::deque<Object>& waiters) {
  while (!waiters.empty()) {
    Object w = std::move(waiters.front());
    waiters.pop_front();
    if (!as_future(w)->done()) {
      as_future(w)->set_result(None);
      return;
    }
  }
}

// ---- Task ------------------------------------------------------------------------------------
TaskObject::TaskObject(Object c, std::string n, EventLoop& l) : coro(std::move(c)) {
  if (!n.empty()) rare_part().task_name = std::move(n);
  number = ++g_task_counter;  // a named task uses up its number too, as CPython's counter does
  l.track(this);
}

TaskObject::~TaskObject() {
  if (loop) loop->untrack(this);
}

TypeObject* TaskObject::type() const { return &types::task; }

const std::string& TaskObject::get_name() {
  std::string& name = rare_part().task_name;
  if (name.empty()) name = "Task-" + std::to_string(number);
  return name;
}

// base_tasks._task_repr_info: the future's state (cancelling once a cancel was asked of a
// task not done yet), name, coroutine (coroutines._format_coroutine: where its frame is, or
// where it was defined once finished), the future it waits on, then result and callbacks.
std::string TaskObject::repr() const {
  std::string info = state_repr();
  std::string head = info.substr(0, info.find(' ')), rest = info.substr(head.size());
  if (num_cancels_requested > 0 && !done()) head = "cancelling";
  std::string s = "<Task " + head + " name=" + str_repr(const_cast<TaskObject*>(this)->get_name());
  if (auto* c = coro.dyn<CoroutineObject>()) {
    s += " coro=<" + std::string(c->qualname) + "()";
    const char* path = c->module ? c->module->path : "?";
    if (done() || c->done()) {
      s += " done, defined at " + std::string(path) + ":" + std::to_string(c->def_line);
    } else {
      // f_lineno: the def line until the body starts, then the line being run or awaited at.
      int line = c->def_line;
      const Frame& fr = c->coro.get().promise().frame;
      if (c->started && fr.code && fr.code->positions) line = fr.code->positions[fr.pos].line;
      s += " running at " + std::string(path) + ":" + std::to_string(line);
    }
    s += ">";
  }
  if (!fut_waiter.is_unbound() && !fut_waiter.is_none()) s += " wait_for=" + aiocc::repr(fut_waiter);
  return s + rest + ">";
}

bool TaskObject::cancel(const Object& msg) {
  log_traceback = false;
  if (done()) return false;
  ++num_cancels_requested;
  if (FutureObject* w = as_future(fut_waiter)) {
    if (w->cancel(msg)) return true;
  }
  must_cancel = true;
  if (!msg.is_none() || rare) rare_part().cancel_message = msg;
  return true;
}

void TaskObject::step(Object exc) {
  if (done()) return;
  Object keep(this);
  ContextScope in_context(context, true);
  if (must_cancel) {
    if (!is_cancelled_error(exc)) exc = make_cancelled_error();
    must_cancel = false;
  }
  fut_waiter = Object();
  auto* co = coro.as<CoroutineObject>();
  std::coroutine_handle<> h = leaf ? leaf : std::coroutine_handle<>(co->coro.get());
  co->started = true;
  leaf = nullptr;
  pending_throw = std::move(exc);
  TaskObject* prev_task = g_current_task;
  Frame* prev_frame = g_frame;
  g_current_task = this;
  g_frame = nullptr;
  h.resume();
  g_current_task = prev_task;
  g_frame = prev_frame;
  pending_throw = Object();

  auto root = co->coro.get();
  if (root.done()) {
    if (loop) loop->untrack(this);
    auto& p = root.promise();
    if (!p.exc.is_unbound()) {
      Object e = std::move(p.exc);
      p.exc = Object();
      if (is_cancelled_error(e)) {
        rare_part().cancelled_exc = e;
        FutureObject::cancel(None);
      } else {
        set_exception(e);
        if (is_exit_exception(e)) {
          // Out through Handle._run, _run_once, run_forever and run_until_complete's call of it.
          cpython::add_frame(e, cpython::handle_run);
          cpython::add_frame(e, cpython::run_once_handle);
          cpython::add_frame(e, cpython::run_forever_run_once);
          cpython::add_frame(e, cpython::run_until_complete_forever);
          g_escaped_task = Object(this);
          throw PyException{e};
        }
      }
    } else if (must_cancel) {
      must_cancel = false;
      FutureObject::cancel(cancel_message());
    } else {
      set_result(std::move(p.result));
    }
    return;
  }
  Object y = std::move(yielded);
  yielded = Object();
  if (FutureObject* f = as_future(y)) {
    f->add_done_callback({task_wakeup_cb, keep, &kTaskWakeup});
    fut_waiter = y;
    if (must_cancel && f->cancel(cancel_message())) must_cancel = false;
  } else {
    running_loop().call_soon(task_step_cb, keep);
  }
}

Object TaskObject::call_method(const Object& self, std::string_view name, Args args, Kwargs kw) {
  if (name == "get_name") return py_str(get_name());
  if (name == "set_result" || name == "set_exception") {  // _asyncio.Task's refusals
    check_nargs(std::string(name).c_str(), args, 1, 1);
    raise(&exc::RuntimeError, std::string("Task does not support ") + std::string(name) + " operation");
  }
  if (name == "set_name") {
    check_nargs("set_name", args, 1, 1);
    rare_part().task_name = aiocc::str(args[0]);
    return None;
  }
  if (name == "get_coro") return coro;
  if (name == "cancelling") return py_int(num_cancels_requested);
  if (name == "uncancel") {
    if (num_cancels_requested > 0) --num_cancels_requested;
    return py_int(num_cancels_requested);
  }
  return FutureObject::call_method(self, name, args, kw);
}

Object new_task(EventLoop& loop, const Object& coro_or_op, std::string name, Object context) {
  // An async generator's asend/athrow is a coroutine to asyncio (collections.abc.Coroutine).
  const Object coro = coro_or_op.dyn<AsyncGenOpObject>() ? async_gen_op_coroutine(coro_or_op) : coro_or_op;
  if (!coro.is_heap() || coro.heap()->kind != HeapObject::Kind::Coroutine) {
    raise(&exc::TypeError, "a coroutine was expected, got " + repr(coro));
  }
  auto* t = new TaskObject(coro, std::move(name), loop);
  Object task(t);
  t->context = context.is_unbound() || context.is_none() ? snapshot_context() : std::move(context);
  loop.call_soon(task_step_cb, task);
  return task;
}

Object loop_create_task(EventLoop& loop, const Object& coro, std::string name, Object context) {
  const Object factory = loop.self.as<LoopObject>()->task_factory;  // a copy: the factory may unset itself
  if (factory.is_unbound()) return new_task(loop, coro, std::move(name), std::move(context));
  // The factory is called as factory(loop, coro), with context= only when one was given, and
  // the name is set afterwards (tasks._set_task_name).
  Object task = context.is_unbound() || context.is_none()
                    ? aiocc::call(factory, {loop.self, coro})
                    : aiocc::call(factory, {loop.self, coro}, {Kw{"context", context}});
  if (!name.empty()) call_method(task, "set_name", {py_str(name)});
  return task;
}

Object create_task(const Object& coro, std::string name, Object context) {
  return loop_create_task(running_loop(), coro, std::move(name), std::move(context));
}

namespace {
// asyncio.tasks._wrap_awaitable: `return (yield from awaitable.__await__())`, run by the task,
// so __await__ is called when the task first steps.
const CodeInfo wrap_awaitable_code{"_wrap_awaitable", nullptr, nullptr};
Coro wrap_awaitable(Object awaitable) {
  Frame& f = co_await enter(&wrap_awaitable_code);
  Object result;
  try {
    result = co_await await_(f, 0, awaitable);
  } catch (PyException& e) {
    cpython::add_frame(e.exc, cpython::wrap_awaitable);  // its line in CPython's traceback
    throw;
  }
  co_return result;
}
}  // namespace

Object ensure_future(const Object& awaitable) {
  if (as_future(awaitable)) return awaitable;
  if ((awaitable.is_heap() && awaitable.heap()->kind == HeapObject::Kind::Coroutine) ||
      awaitable.dyn<AsyncGenOpObject>()) {
    return create_task(awaitable);
  }
  if (has_user_await(awaitable)) {
    return create_task(make_coroutine(wrap_awaitable(awaitable), "_wrap_awaitable", nullptr));
  }
  raise(&exc::TypeError, "An asyncio.Future, a coroutine or an awaitable is required");
}

}  // namespace aiocc
