// asyncio's module-level functions, transcribed from CPython 3.11's tasks.py into C++
// coroutines over the same Future/Task machinery (asyncio.run is in runners.cpp, TaskGroup and
// timeout in task_group.cpp).
#include "aiocc/asyncio.h"
#include "aiocc/program.h"
#include "aiocc/async_generator.h"
#include "aiocc/generator.h"

#include <algorithm>
#include <deque>
#include <unordered_map>

#include "aiocc/event_loop.h"
#include "aiocc/py/builtins.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/function.h"
#include "aiocc/py/functools.h"
#include "aiocc/py/instance.h"
#include "aiocc/py/name.h"
#include "aiocc/py/int.h"
#include "aiocc/py/list.h"
#include "aiocc/py/set.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/str.h"
#include "cpython_frames.h"
#include "asyncio_internal.h"
#include "internal.h"

namespace aiocc::asyncio {

// ---- sleep -----------------------------------------------------------------------------------
void SleepAwaiter::await_suspend(std::coroutine_handle<> caller) {
  TaskObject* t = g_current_task;
  t->leaf = caller;
  double d = as_seconds(delay);
  if (d <= 0) {
    t->yielded = None;
    return;
  }
  EventLoop& loop = running_loop();
  Object fut = new_future();
  auto* h = new HandleObject();
  timer = Object(h);
  h->is_timer = true;
  h->when = loop.time() + d;
  loop.call_at(h->when, set_result_unless_cancelled, fut, result, timer);
  t->yielded = fut;
}

Object SleepAwaiter::await_resume() {
  g_frame = awaiting;
  if (auto* h = timer.dyn<HandleObject>()) h->cancel();
  TaskObject* t = g_current_task;
  if (t && !t->pending_throw.is_unbound()) {
    // CPython's traceback shows the frames of asyncio.sleep where the exception arrived.
    if (timer.is_unbound()) {
      cpython::add_frame(t->pending_throw, cpython::sleep0_yield);
      cpython::add_frame(t->pending_throw, cpython::sleep_await_sleep0);
    } else {
      cpython::add_frame(t->pending_throw, cpython::sleep_await_future);
    }
  }
  deliver_pending_throw(awaiting);
  return result;
}

SleepAwaiter await_sleep(Frame& f, int pos, Args args, Kwargs kw) {
  f.pos = pos;
  if (args.size() == 1 && kw.size() == 0 && (args[0].is_small_int() || args[0].is_float())) {
    return SleepAwaiter{&f, args[0], None, Object()};
  }
  // `sleep(delay, result=None)` bound as its def, without making the coroutine.
  static const PyDef def("sleep", {{"delay", "result"}}, {Object(), None},
                         py_body<+[](const Object* a) { return py_tuple({a[0], a[1]}); }>);
  Object bound = def(args, kw);
  const Object& delay = as_tuple(bound)->items[0];
  as_seconds(delay);  // raises TypeError for a bad delay before suspending
  return SleepAwaiter{&f, delay, as_tuple(bound)->items[1], Object()};
}

namespace {
Coro sleep_body(Object delay, Object result) {
  Frame& f = co_await enter(&runtime_code);
  as_seconds(delay);
  co_return co_await SleepAwaiter{&f, delay, result, Object()};
}
Object sleep_impl(const Object* a) { return make_coroutine(sleep_body(a[0], a[1]), "sleep", nullptr); }

Object create_task_impl(const Object* a) {
  running_loop();
  return aiocc::create_task(a[0], a[1].is_none() ? "" : str(a[1]), a[2]);
}
}  // namespace

Object sleep(Args args, Kwargs kw) {
  static const PyDef def("sleep", {{"delay", "result"}}, {Object(), None}, py_body<sleep_impl>);
  return def(args, kw);
}

// ---- tasks -----------------------------------------------------------------------------------
Object create_task(Args args, Kwargs kw) {
  static const PyDef def("create_task", {{"coro", "name", "context"}, 0, 1}, {Object(), None, None},
                         py_body<create_task_impl>);
  return def(args, kw);
}

Object ensure_future(Args args, Kwargs kw) {
  static const PyDef def("ensure_future", {{"coro_or_future", "loop"}, 0, 1}, {Object(), None},
                         py_body<+[](const Object* a) { return aiocc::ensure_future(a[0]); }>);
  return def(args, kw);
}

Object get_running_loop(Args args, Kwargs kw) {
  check_no_kwargs("_asyncio.get_running_loop", kw);
  check_nargs("_asyncio.get_running_loop", args, 0, 0);
  return running_loop().self;
}

Object get_event_loop(Args args, Kwargs kw) {
  check_no_kwargs("_asyncio.get_event_loop", kw);
  check_nargs("_asyncio.get_event_loop", args, 0, 0);
  return current_event_loop();
}

namespace {
Object new_event_loop_impl(const Object*) { return new_owned_loop(); }

// The policy's set_event_loop, which checks the loop.
Object set_event_loop_impl(const Object* a) {
  set_current_event_loop(a[0]);
  return None;
}

// The `loop` argument of current_task/all_tasks: the running loop when None; nullptr for a
// loop gone (its asyncio.run ended).
EventLoop* loop_arg(const Object& loop) {
  if (loop.is_none()) return &running_loop();
  auto* lo = loop.dyn<LoopObject>();
  if (!lo) raise(&exc::TypeError, "loop must be an event loop, not '" + type_of(loop)->name + "'");
  return lo->loop;
}

Object current_task_impl(const Object* a) {
  EventLoop* loop = loop_arg(a[0]);
  return g_current_task && loop == g_loop ? Object(g_current_task) : None;
}

Object all_tasks_impl(const Object* a) {
  std::vector<Object> out;
  if (EventLoop* loop = loop_arg(a[0])) {
    for (TaskObject* t : loop->pending_tasks()) {
      if (!t->done()) out.push_back(Object(t));
    }
  }
  return py_set(out);
}

// inspect.iscoroutinefunction: an `async def` function, through bound methods (__func__) and
// functools.partial (func); a functools.wraps wrapper is judged by its own code.
Object iscoroutinefunction_impl(const Object* a) {
  Object f = a[0];
  while (type_of(f) == &types::method) f = getattr_name(f, intern("__func__"));
  while (type_of(f) == &functools::partial_type) f = getattr_name(f, intern("func"));
  // asyncio's own `async def`s are these three.
  if (auto* b = f.dyn<BuiltinFunction>()) return Object::from_bool(b == &sleep_fn || b == &wait_for_fn || b == &wait_fn);
  auto* fn = f.dyn<FunctionObject>();
  return Object::from_bool(fn && fn->info->is_async);
}
}  // namespace

Object new_event_loop(Args args, Kwargs kw) {
  static const PyDef def("new_event_loop", {{}}, {}, py_body<new_event_loop_impl>);
  return def(args, kw);
}

Object set_event_loop(Args args, Kwargs kw) {
  static const PyDef def("set_event_loop", {{"loop"}}, {Object()}, py_body<set_event_loop_impl>);
  return def(args, kw);
}

Object current_task(Args args, Kwargs kw) {
  static const PyDef def("current_task", {{"loop"}}, {None}, py_body<current_task_impl>);
  return def(args, kw);
}

Object all_tasks(Args args, Kwargs kw) {
  static const PyDef def("all_tasks", {{"loop"}}, {None}, py_body<all_tasks_impl>);
  return def(args, kw);
}

// coroutines.iscoroutine: a coroutine, a generator, or a collections.abc.Coroutine (what has
// __await__, send, throw and close: an async generator's asend/athrow, or a user class).
Object iscoroutine_impl(const Object* a) {
  const Object& o = a[0];
  if (o.dyn<CoroutineObject>() || o.dyn<GeneratorObject>() || o.dyn<AsyncGenOpObject>()) return True();
  InstanceObject* inst = as_instance(o);
  if (!inst) return False();
  for (const char* m : {"__await__", "send", "throw", "close"}) {
    const Object* f = inst->cls->lookup(intern(m));
    if (!f || f->is_none()) return False();
  }
  return True();
}

// base_futures.isfuture: a Future, or an object whose class advertises
// _asyncio_future_blocking (duck-typed futures) with a value that is not None.
Object isfuture_impl(const Object* a) {
  if (as_future(a[0])) return True();
  InstanceObject* inst = as_instance(a[0]);
  if (!inst || !inst->cls->lookup(intern("_asyncio_future_blocking"))) return False();
  return Object::from_bool(!getattr_name(a[0], intern("_asyncio_future_blocking")).is_none());
}

Object iscoroutine(Args args, Kwargs kw) {
  static const PyDef def("iscoroutine", {{"obj"}}, {Object()}, py_body<iscoroutine_impl>);
  return def(args, kw);
}

Object isfuture(Args args, Kwargs kw) {
  static const PyDef def("isfuture", {{"obj"}}, {Object()}, py_body<isfuture_impl>);
  return def(args, kw);
}

Object iscoroutinefunction(Args args, Kwargs kw) {
  static const PyDef def("iscoroutinefunction", {{"func"}}, {Object()}, py_body<iscoroutinefunction_impl>);
  return def(args, kw);
}

// Future(*, loop=None): a C type, positional arguments refused as its __init__ does.
Object Future(Args args, Kwargs kw) {
  if (args.size()) raise(&exc::TypeError, "Future() takes no positional arguments");
  Object loop;
  bind_args("Future", args, kw, {"loop"}, &loop, 0);
  running_loop();
  return new_future();
}

// ---- gather ----------------------------------------------------------------------------------
namespace {

struct GatheringFuture final : FutureObject {
  std::vector<Object> children;
  bool cancel_requested = false;
  bool return_exceptions = false;
  size_t nfuts = 0, nfinished = 0;

  TypeObject* type() const override { return &types::gathering_future; }
  std::string repr() const override { return "<_GatheringFuture " + state_repr() + ">"; }
  bool cancel(const Object& msg) override {
    if (done()) return false;
    bool ret = false;
    for (Object& child : children) {
      if (as_future(child)->cancel(msg)) ret = true;
    }
    if (ret) cancel_requested = true;
    return ret;
  }
};

void gather_child_done(ReadyItem& it) {
  auto* outer = it.a.as<GatheringFuture>();
  FutureObject* fut = as_future(it.b);
  ++outer->nfinished;
  if (outer->done()) {
    if (!fut->cancelled()) fut->exception();  // marks the exception retrieved
    return;
  }
  if (!outer->return_exceptions) {
    if (fut->cancelled()) {
      outer->set_exception(fut->make_cancelled_error());
      return;
    }
    Object e = fut->exception();
    if (!e.is_none()) {
      outer->set_exception(e);
      return;
    }
  }
  if (outer->nfinished != outer->nfuts) return;
  std::vector<Object> results;
  for (const Object& c : outer->children) {
    FutureObject* cf = as_future(c);
    if (cf->cancelled()) {
      results.push_back(new_exception(&exc::CancelledError, cf->cancel_message().is_none() ? std::vector<Object>{py_str("")} : std::vector<Object>{cf->cancel_message()}));
    } else {
      Object e = cf->exception();
      results.push_back(e.is_none() ? cf->result() : e);
    }
  }
  if (outer->cancel_requested) {
    // tasks.py uses `fut` after its loop over the children: the last child, whichever
    // finished last (its CancelledError, with that child's traceback).
    outer->set_exception(as_future(outer->children.back())->make_cancelled_error());
  } else {
    outer->set_result(py_list(std::move(results)));
  }
}

}  // namespace

Object gather(Args args, Kwargs kw) {
  bool return_exceptions = false;
  for (const Kw& k : kw) {
    if (k.name != "return_exceptions") {
      raise(&exc::TypeError, "gather() got an unexpected keyword argument '" + std::string(k.name) + "'");
    }
    return_exceptions = truthy(k.value);
  }
  EventLoop& loop = running_loop();
  (void)loop;
  if (args.size() == 0) {
    Object outer = new_future();
    as_future(outer)->set_result(py_list({}));
    return outer;
  }
  auto* g = new GatheringFuture();
  Object outer(g);
  g->return_exceptions = return_exceptions;
  // A repeated awaitable (same object) shares one child: find each argument's first
  // occurrence by sorting (pointer, position) pairs — one allocation, not a node per argument.
  const size_t n = args.size();
  std::vector<std::pair<const void*, size_t>> order(n);
  for (size_t i = 0; i < n; ++i) order[i] = {args[i].is_heap() ? args[i].heap() : nullptr, i};
  std::sort(order.begin(), order.end());
  std::vector<size_t> first(n);
  for (size_t i = 0; i < n; ++i) {
    const bool dup = i > 0 && order[i].first && order[i].first == order[i - 1].first;
    first[order[i].second] = dup ? first[order[i - 1].second] : order[i].second;
  }
  g->children.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    if (first[i] != i) {
      g->children.push_back(g->children[first[i]]);
      continue;
    }
    Object fut = aiocc::ensure_future(args[i]);
    ++g->nfuts;
    as_future(fut)->add_done_callback({gather_child_done, outer, &kGatherDone});
    g->children.push_back(std::move(fut));
  }
  return outer;
}

// ---- wait_for --------------------------------------------------------------------------------
namespace {

Coro cancel_and_wait(Object fut) {
  Frame& f = co_await enter(&runtime_code);
  Object waiter = new_future();
  FutureObject* fo = as_future(fut);
  fo->add_done_callback({release_waiter, waiter, &kReleaseWaiter});
  struct RemoveOnExit {
    FutureObject* fo;
    Object waiter;
    ~RemoveOnExit() { fo->remove_done_callback(release_waiter, waiter); }
  } guard{fo, waiter};
  fo->cancel(None);
  co_await ObjectAwaiter{waiter, &f};
  co_return None;
}

[[noreturn]] void raise_timeout_from(const Object& cancelled, const CodeInfo& where) {
  Object e = new_exception(&exc::TimeoutError);
  cpython::add_frame(e, where);
  auto* eo = e.as<ExceptionObject>();
  eo->cause = cancelled;
  eo->suppress_context = true;
  eo->context = cancelled;
  throw PyException{e};
}

// `try: return fut.result() except CancelledError as exc: raise TimeoutError() from exc`,
// with the frames CPython's traceback shows for those two lines.
Object result_or_timeout(FutureObject* fo, bool zero_timeout) {
  try {
    return fo->result();
  } catch (PyException& e) {
    if (!is_cancelled_error(e.exc)) throw;
    cpython::add_frame(e.exc, zero_timeout ? cpython::wait_for_result_now : cpython::wait_for_result);
    raise_timeout_from(e.exc, zero_timeout ? cpython::wait_for_raise_now : cpython::wait_for_raise);
  }
}

Coro wait_for_body(Object fut, Object timeout) {
  Frame& f = co_await enter(&runtime_code);
  EventLoop& loop = running_loop();
  if (timeout.is_none()) {
    try {
      co_return co_await ObjectAwaiter{fut, &f};
    } catch (PyException& e) {
      cpython::add_frame(e.exc, cpython::wait_for_no_timeout);
      throw;
    }
  }
  if (as_seconds(timeout) <= 0) {
    fut = aiocc::ensure_future(fut);
    FutureObject* fo = as_future(fut);
    if (fo->done()) co_return fo->result();
    co_await CoroAwaiter{cancel_and_wait(fut), &f};
    co_return result_or_timeout(fo, true);
  }
  Object waiter = new_future();
  auto* h = new HandleObject();
  Object timeout_handle(h);
  h->is_timer = true;
  h->when = loop.time() + as_seconds(timeout);
  loop.call_at(h->when, release_waiter, waiter, Object(), timeout_handle);
  CancelHandleOnExit finally{timeout_handle};

  fut = aiocc::ensure_future(fut);
  FutureObject* fo = as_future(fut);
  fo->add_done_callback({release_waiter, waiter, &kReleaseWaiter});

  Object outcome = co_await FutureOutcomeAwaiter{waiter, &f};
  if (!outcome.is_unbound() && !is_cancelled_error(outcome)) throw PyException{outcome};
  Object cancelled = outcome;
  if (!cancelled.is_unbound()) {
    if (fo->done()) co_return fo->result();
    fo->remove_done_callback(release_waiter, waiter);
    co_await CoroAwaiter{cancel_and_wait(fut), &f};
    cpython::add_frame(cancelled, cpython::wait_for_cancelled, cpython::kAwaitPos);
    throw PyException{cancelled};
  }
  if (fo->done()) co_return fo->result();
  fo->remove_done_callback(release_waiter, waiter);
  co_await CoroAwaiter{cancel_and_wait(fut), &f};
  co_return result_or_timeout(fo, false);
}

}  // namespace

Object wait_for(Args args, Kwargs kw) {
  static const PyDef def("wait_for", {{"fut", "timeout"}}, {Object(), Object()},
                         py_body<+[](const Object* a) { return make_coroutine(wait_for_body(a[0], a[1]), "wait_for", nullptr); }>);
  return def(args, kw);
}

// ---- shield ----------------------------------------------------------------------------------
namespace {

void shield_inner_done(ReadyItem& it) {
  FutureObject* outer = as_future(it.a);
  FutureObject* inner = as_future(it.b);
  if (outer->cancelled()) {
    if (!inner->cancelled()) inner->exception();
    return;
  }
  if (inner->cancelled()) {
    outer->cancel(None);
  } else {
    Object e = inner->exception();
    if (!e.is_none()) {
      outer->set_exception(e);
    } else {
      outer->set_result(inner->result());
    }
  }
}

void shield_outer_done(ReadyItem& it) {
  // it.a = inner, it.b = outer
  FutureObject* inner = as_future(it.a);
  if (!inner->done()) inner->remove_done_callback(shield_inner_done, it.b);
}

Object shield_impl(const Object* args) {
  Object inner = aiocc::ensure_future(args[0]);
  FutureObject* fi = as_future(inner);
  if (fi->done()) return inner;
  Object outer = new_future();
  fi->add_done_callback({shield_inner_done, outer, &kShieldInner});
  as_future(outer)->add_done_callback({shield_outer_done, inner, &kShieldOuter});
  return outer;
}

}  // namespace

Object shield(Args args, Kwargs kw) {
  static const PyDef def("shield", {{"arg"}}, {Object()}, py_body<shield_impl>);
  return def(args, kw);
}

// ---- wait and as_completed (tasks.py) --------------------------------------------------------
namespace {

struct WaitState final : HeapObject {
  Object waiter, timeout_handle;
  int64_t counter = 0;
  int mode = 0;  // 0 ALL_COMPLETED, 1 FIRST_COMPLETED, 2 FIRST_EXCEPTION
  TypeObject* type() const override { return &types::object; }
};

void wait_on_completion(ReadyItem& it) {
  auto* st = it.a.as<WaitState>();
  FutureObject* f = as_future(it.b);
  --st->counter;
  if (st->counter <= 0 || st->mode == 1 ||
      (st->mode == 2 && !f->cancelled() && !f->exception().is_none())) {
    if (auto* h = st->timeout_handle.dyn<HandleObject>()) h->cancel();
    if (!as_future(st->waiter)->done()) as_future(st->waiter)->set_result(None);
  }
}

Coro wait_body(std::vector<Object> fs, Object timeout_value, int mode) {
  Frame& f = co_await enter(&cpython::tasks_wait);  // wait() and the _wait() it awaits
  EventLoop& loop = running_loop();
  auto* st = new WaitState();
  Object state(st);
  st->waiter = new_future();
  st->mode = mode;
  st->counter = static_cast<int64_t>(fs.size());
  if (!timeout_value.is_none()) {
    auto* h = new HandleObject();
    st->timeout_handle = Object(h);
    h->is_timer = true;
    h->when = loop.time() + as_seconds(timeout_value);
    loop.call_at(h->when, release_waiter, st->waiter, Object(), st->timeout_handle);
  }
  for (Object& x : fs) as_future(x)->add_done_callback({wait_on_completion, state, &kWaitCompletion});
  Object e = co_await FutureOutcomeAwaiter{st->waiter, &f};
  if (auto* h = st->timeout_handle.dyn<HandleObject>()) h->cancel();
  for (Object& x : fs) as_future(x)->remove_done_callback(wait_on_completion, state);
  if (!e.is_unbound()) {
    cpython::add_frame(e, cpython::tasks_inner_wait);
    f.pos = cpython::kAwaitPos;
    add_traceback(e, &f);
    throw PyException{e};
  }
  std::vector<Object> done, pending;
  for (Object& x : fs) (as_future(x)->done() ? done : pending).push_back(x);
  co_return py_tuple({py_set(done), py_set(pending)});
}

std::vector<Object> unique_futures(const char* fname, const Object& fs, bool allow_coroutines) {
  if (as_future(fs) || (fs.is_heap() && fs.heap()->kind == HeapObject::Kind::Coroutine)) {
    // wait() says "a list", as_completed() "an iterable" (tasks.py).
    raise(&exc::TypeError, std::string(std::string_view(fname) == "as_completed" ? "expect an iterable of futures, not "
                                                                               : "expect a list of futures, not ") +
                               type_of(fs)->name);
  }
  std::vector<Object> out;
  std::unordered_map<const HeapObject*, bool> seen;
  for (const Object& x : to_vector(fs)) {
    bool is_coro = x.is_heap() && x.heap()->kind == HeapObject::Kind::Coroutine;
    if (is_coro && !allow_coroutines) {
      raise(&exc::TypeError, "Passing coroutines is forbidden, use tasks explicitly.");
    }
    if (!is_coro && !as_future(x)) {
      raise(&exc::TypeError, "An asyncio.Future, a coroutine or an awaitable is required");
    }
    if (seen.emplace(x.heap(), true).second) out.push_back(x);
  }
  (void)fname;
  return out;
}

}  // namespace

Object wait_impl(const Object* bound);

Object wait(Args args, Kwargs kw) {
  static const PyDef def("wait", {{"fs", "timeout", "return_when"}, 0, 1}, {Object(), None, py_str("ALL_COMPLETED")},
                         py_body<wait_impl>);
  return def(args, kw);
}

Object wait_impl(const Object* bound) {
  std::vector<Object> fs = unique_futures("wait", bound[0], false);
  if (fs.empty()) raise(&exc::ValueError, "Set of Tasks/Futures is empty.");
  int mode = 0;
  {
    std::string rw = is_str(bound[2]) ? str_value(bound[2]) : "";
    if (rw == "FIRST_COMPLETED") mode = 1;
    else if (rw == "FIRST_EXCEPTION") mode = 2;
    else if (rw != "ALL_COMPLETED") raise(&exc::ValueError, "Invalid return_when value: " + aiocc::str(bound[2]));
  }
  return make_coroutine(wait_body(std::move(fs), bound[1].is_unbound() ? None : bound[1], mode), "wait", nullptr);
}

namespace {

struct AsCompletedState final : HeapObject {
  std::deque<Object> done;     // completed futures; None marks a timeout
  std::deque<Object> getters;  // futures of coroutines waiting for the next completion
  std::vector<Object> todo;
  Object timeout_handle;
  TypeObject* type() const override { return &types::object; }
  void put(const Object& x) {
    done.push_back(x);
    wakeup_next(getters);
  }
};

void as_completed_on_completion(ReadyItem& it) {
  auto* st = it.a.as<AsCompletedState>();
  if (st->todo.empty()) return;
  std::erase_if(st->todo, [&](const Object& t) { return t.same(it.b); });
  st->put(it.b);
  if (st->todo.empty()) {
    if (auto* h = st->timeout_handle.dyn<HandleObject>()) h->cancel();
  }
}

void as_completed_on_timeout(ReadyItem& it) {
  auto* st = it.a.as<AsCompletedState>();
  for (Object& f : st->todo) {
    as_future(f)->remove_done_callback(as_completed_on_completion, it.a);
    st->put(None);
  }
  st->todo.clear();
}

Coro wait_for_one(Object state) {
  Frame& f = co_await enter(&cpython::wait_for_one);
  auto* st = state.as<AsCompletedState>();
  while (st->done.empty()) {
    Object getter = new_future();
    st->getters.push_back(getter);
    Object e = co_await FutureOutcomeAwaiter{getter, &f};
    if (!e.is_unbound()) {  // `f = await done.get()`: Queue.get's frame, then this one's
      cpython::add_frame(e, cpython::queue_get, cpython::kAwaitPos);
      f.pos = cpython::kAwaitPos;
      add_traceback(e, &f);
      throw PyException{e};
    }
  }
  Object fut = std::move(st->done.front());
  st->done.pop_front();
  f.pos = 2;  // `raise exceptions.TimeoutError` (a timeout's dummy value)
  if (fut.is_none()) raise_exc(new_exception(&exc::TimeoutError));
  f.pos = 3;  // `return f.result()`: the future's exception passes through this frame
  try {
    co_return as_future(fut)->result();
  } catch (PyException& e) {
    add_traceback(e.exc, &f);
    throw;
  }
}

}  // namespace

// A list of coroutines rather than a generator: iterating it gives the same coroutines in the
// same order, and each resolves to the next completed future's result.
Object as_completed_impl(const Object* bound);

Object as_completed(Args args, Kwargs kw) {
  static const PyDef def("as_completed", {{"fs", "timeout"}, 0, 1}, {Object(), None}, py_body<as_completed_impl>);
  return def(args, kw);
}

// tasks.py's as_completed is a generator: its body runs from the first next(), and each next()
// makes one more _wait_for_one() coroutine.
Coro as_completed_body(Object fs_arg, Object timeout);

Object as_completed_impl(const Object* bound) {
  return make_generator(as_completed_body(bound[0], bound[1]), "as_completed");
}

Coro as_completed_body(Object fs_arg, Object timeout) {
  co_await enter(&runtime_code);
  std::vector<Object> fs = unique_futures("as_completed", fs_arg, true);
  auto* st = new AsCompletedState();
  Object state(st);
  for (Object& x : fs) st->todo.push_back(aiocc::ensure_future(x));
  for (Object& t : st->todo) as_future(t)->add_done_callback({as_completed_on_completion, state, &kAsCompletedCompletion});
  if (!st->todo.empty() && !timeout.is_unbound() && !timeout.is_none()) {
    EventLoop& loop = running_loop();
    auto* h = new HandleObject();
    st->timeout_handle = Object(h);
    h->is_timer = true;
    h->when = loop.time() + as_seconds(timeout);
    loop.call_at(h->when, as_completed_on_timeout, state, Object(), st->timeout_handle);
  }
  const size_t n = st->todo.size();
  for (size_t i = 0; i < n; ++i) {
    co_yield make_coroutine(wait_for_one(state), "as_completed.<locals>._wait_for_one", nullptr);
  }
  co_return None;
}

namespace {
// The module of CPython's asyncio that defines each function in Python (its repr is then
// `<function run at 0x...>`); get_event_loop and get_running_loop are _asyncio's builtins, and
// the classes are the values of their names, not these.
constexpr const char* python_module_of(std::string_view name) {
  constexpr std::pair<std::string_view, const char*> kModules[] = {
      {"run", "asyncio.runners"},          {"sleep", "asyncio.tasks"},
      {"create_task", "asyncio.tasks"},    {"gather", "asyncio.tasks"},
      {"wait_for", "asyncio.tasks"},       {"shield", "asyncio.tasks"},
      {"current_task", "asyncio.tasks"},   {"all_tasks", "asyncio.tasks"},
      {"ensure_future", "asyncio.tasks"},  {"wait", "asyncio.tasks"},
      {"as_completed", "asyncio.tasks"},   {"iscoroutine", "asyncio.coroutines"},
      {"iscoroutinefunction", "asyncio.coroutines"}, {"isfuture", "asyncio.base_futures"},
      {"timeout", "asyncio.timeouts"},     {"timeout_at", "asyncio.timeouts"},
      {"new_event_loop", "asyncio.events"}, {"set_event_loop", "asyncio.events"},
      {"get_event_loop_policy", "asyncio.events"}, {"set_event_loop_policy", "asyncio.events"},
      {"_get_running_loop", "_asyncio"}, {"_set_running_loop", "_asyncio"},
      {"_register_task", "_asyncio"}, {"_unregister_task", "_asyncio"},
      {"_enter_task", "_asyncio"}, {"_leave_task", "_asyncio"},
  };
  for (const auto& [n, m] : kModules) {
    if (n == name) return m;
  }
  return nullptr;
}
}  // namespace

#define AIOCC_DEFINE_ASYNCIO(name) BuiltinFunction name##_fn(#name, name, python_module_of(#name));
AIOCC_ASYNCIO_FUNCTIONS(AIOCC_DEFINE_ASYNCIO)
#undef AIOCC_DEFINE_ASYNCIO

}  // namespace aiocc::asyncio
