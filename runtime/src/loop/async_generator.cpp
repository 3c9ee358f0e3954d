// Async generator objects and their asend/athrow awaitables, transcribed from CPython 3.11's
// Objects/genobject.c (async_gen_asend_send, async_gen_athrow_send, async_gen_unwrap_value) and
// the hooks of asyncio's base_events.py (_asyncgen_firstiter_hook, _asyncgen_finalizer_hook,
// shutdown_asyncgens); and the builtins of async iteration, aiter() and anext().
#include "aiocc/async_generator.h"

#include <algorithm>

#include "aiocc/event_loop.h"
#include "aiocc/future.h"
#include "aiocc/generator.h"
#include "aiocc/program.h"
#include "aiocc/py/builtins.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/function.h"
#include "aiocc/py/instance.h"
#include "aiocc/py/list.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/protocols.h"
#include "aiocc/py/str.h"
#include "asyncio_internal.h"
#include "internal.h"

namespace aiocc {

TypeObject async_generator_type("async_generator", &types::object, not_constructible_type);
TypeObject async_generator_asend_type("async_generator_asend", &types::object, not_constructible_type);
TypeObject async_generator_athrow_type("async_generator_athrow", &types::object, not_constructible_type);

namespace {

using Mode = AsyncGenOpObject::Mode;

const char* op_name(Mode m) {
  return m == Mode::Send ? "anext()" : m == Mode::Throw ? "athrow()" : "aclose()";
}

bool is_exit_of_close(const Object& e) {
  TypeObject* t = type_of(e);
  return t->is_subtype_of(&exc::StopAsyncIteration) || t->is_subtype_of(&exc::GeneratorExit);
}

const CodeInfo op_driver_code{"<async_generator_op>", nullptr, nullptr};  // never in tracebacks

// A task running an asend/athrow. An exception thrown into the task before its first step (a
// cancellation) is thrown into the generator, as the awaitable's throw() does.
Coro drive_op(Object op) {
  if (TaskObject* t = g_current_task; t && !t->pending_throw.is_unbound()) {
    auto* o = op.as<AsyncGenOpObject>();
    o->value = std::exchange(t->pending_throw, Object());
    o->thrown_in = true;
  }
  Frame& f = co_await enter(&op_driver_code);
  co_return co_await await_(f, 0, op);
}

Object make_op(const Object& self, Mode m, Object v) {
  self.as<AsyncGeneratorObject>()->init_hooks();
  return make<AsyncGenOpObject>(self, m, std::move(v));
}

// _asyncgen_finalizer_hook's callback: loop.create_task(agen.aclose()).
void create_close_task(ReadyItem& it) { create_task(async_gen_op_coroutine(it.a)); }

}  // namespace

// ---- async generator objects -----------------------------------------------------------------
void AsyncGeneratorObject::init_hooks() {
  if (hooks_inited) return;
  hooks_inited = true;
  EventLoop* loop = g_loop;
  if (!loop || !loop->is_running()) return;  // hooks are installed while a loop runs
  hook_loop = loop;
  has_finalizer = true;
  if (loop->asyncgens_shutdown_called) {
    warn(&exc::ResourceWarning, "asynchronous generator " + repr() +
                                    " was scheduled after loop.shutdown_asyncgens() call");
  }
  loop->asyncgens.push_back(this);
}

// _PyGen_Finalize: an unfinished generator goes to the loop's finalizer, which has the loop
// run its aclose() in a task; a closed one (or one without a finalizer) is closed at once.
AsyncGeneratorObject::~AsyncGeneratorObject() {
  EventLoop* loop = hook_loop;
  if (loop) {
    auto& gens = loop->asyncgens;
    gens.erase(std::remove(gens.begin(), gens.end(), this), gens.end());
  }
  if (finished || !coro.get()) return;
  if (has_finalizer && !closed) {
    if (!loop) return;  // the loop is closed: nothing closes it
    // It lives on (as a new object holding its frame) until the loop's task has closed it.
    Object heir = make<AsyncGeneratorObject>(std::move(coro), qualname, code);
    auto* h = heir.as<AsyncGeneratorObject>();
    h->started = started;
    h->hooks_inited = h->has_finalizer = true;
    Object op = make<AsyncGenOpObject>(heir, Mode::Close, Object());
    loop->call_soon(create_close_task, op);
    return;
  }
  close_now();
}

void AsyncGeneratorObject::close_now() {
  if (!started || running_async || !g_current_task) return;
  Coro::handle h = coro.get();
  auto& p = h.promise();
  // The body runs here, outside any await: what it awaits does not suspend the task.
  TaskObject* t = g_current_task;
  std::coroutine_handle<> leaf = t->leaf;
  Object yielded = t->yielded;
  Frame* caller = g_frame;
  p.result = None;
  p.exc = new_exception(&exc::GeneratorExit);
  p.continuation = nullptr;
  p.frame.inherited = caller ? caller->handling() : nullptr;
  h.resume();
  g_frame = caller;
  t->leaf = leaf;
  t->yielded = yielded;
  Object error;
  if (!h.done()) {
    error = new_exception(&exc::RuntimeError, "async generator ignored GeneratorExit");
  } else {
    finished = true;
    if (!p.exc.is_unbound() && !type_of(p.exc)->is_subtype_of(&exc::GeneratorExit)) error = stop_iteration_escaped(p.exc, &p.frame, true);
    p.exc = Object();
  }
  if (error.is_unbound()) return;
  if (caller && error.as<ExceptionObject>()->tb.empty()) add_traceback(error, caller);
  PyException e{error};
  write_unraisable(repr(), e);
}

TypeObject* AsyncGeneratorObject::type() const { return &async_generator_type; }

std::string AsyncGeneratorObject::repr() const {
  return std::string("<async_generator object ") + qualname + " at " + detail::address(this) + ">";
}

Object AsyncGeneratorObject::getattr(const Object& self, std::string_view name) {
  for (const char* m : {"__aiter__", "__anext__", "asend", "athrow", "aclose"}) {
    if (name == m) return make<BoundMethod>(self, std::string(name));
  }
  std::string_view q(qualname);
  if (name == "__qualname__") return py_str(std::string(q));
  if (name == "__name__") return py_str(std::string(q.substr(q.rfind('.') + 1)));
  if (name == "ag_running") return Object::from_bool(running_async);
  if (name == "ag_await") return None;
  return HeapObject::getattr(self, name);
}

Object AsyncGeneratorObject::call_method(const Object& self, std::string_view name, Args args, Kwargs kw) {
  if (name == "__aiter__") {
    check_nargs("__aiter__", args, 0, 0);
    return self;
  }
  if (name == "__anext__") {
    check_nargs("__anext__", args, 0, 0);
    return make_op(self, Mode::Send, None);
  }
  if (name == "asend") {
    check_nargs("asend", args, 1, 1);
    return make_op(self, Mode::Send, args[0]);
  }
  if (name == "athrow") {
    check_nargs("athrow", args, 1, 3);
    return make_op(self, Mode::Throw, thrown_exception(args));
  }
  if (name == "aclose") {
    check_nargs("aclose", args, 0, 0);
    return make_op(self, Mode::Close, Object());
  }
  return HeapObject::call_method(self, name, args, kw);
}

Object make_async_generator(Coro c, const char* qualname, const CodeInfo* code) {
  return make<AsyncGeneratorObject>(std::move(c), qualname, code);
}

Object async_generator_anext(const Object& agen) { return make_op(agen, Mode::Send, None); }

// ---- asend / athrow ------------------------------------------------------------------------
TypeObject* AsyncGenOpObject::type() const {
  return mode == Mode::Send ? &async_generator_asend_type : &async_generator_athrow_type;
}

std::string AsyncGenOpObject::repr() const {
  return "<" + type()->name + " object at " + detail::address(this) + ">";
}

Coro::handle AsyncGenOpObject::begin(Frame* awaiting) {
  g_frame = awaiting;
  if (used) {
    raise(&exc::RuntimeError, mode == Mode::Send ? "cannot reuse already awaited __anext__()/asend()"
                                                 : "cannot reuse already awaited aclose()/athrow()");
  }
  used = true;
  auto* g = gen.as<AsyncGeneratorObject>();
  if (g->running_async) {
    raise(&exc::RuntimeError, std::string(op_name(mode)) + ": asynchronous generator is already running");
  }
  Object thrown;
  if (thrown_in) {  // async_gen_asend_throw / async_gen_athrow_throw: into the generator as it is
    if (g->finished) raise_restored(value);
    thrown = value;
    if (!g->started) {
      g->finished = true;
      raise_restored(thrown);
    }
  } else if (mode == Mode::Send) {
    if (g->finished || g->closed) raise_exc(new_exception(&exc::StopAsyncIteration));
    if (!g->started && !value.is_none()) {
      raise(&exc::TypeError, "can't send non-None value to a just-started async generator");
    }
  } else {
    if (g->finished || g->closed) {
      // The frame is gone: aclose() is over; athrow() raises StopAsyncIteration, or gives
      // None once the generator was closed by a finished body (as 3.11 does).
      if (mode == Mode::Close || g->finished) {
        immediate = None;
        return {};
      }
      raise_exc(new_exception(&exc::StopAsyncIteration));
    }
    if (mode == Mode::Close) g->closed = true;
    thrown = mode == Mode::Close ? new_exception(&exc::GeneratorExit) : value;
    if (!g->started) {
      // Thrown into a body that never ran: it ends without running any of it.
      g->finished = true;
      if (mode == Mode::Close) {
        immediate = None;
        return {};
      }
      raise_restored(thrown);
    }
  }
  Coro::handle h = g->coro.get();
  auto& p = h.promise();
  p.result = mode == Mode::Send ? value : None;
  p.exc = thrown;
  if (g->started) p.frame.depth = next_depth();
  p.frame.inherited = awaiting ? awaiting->handling() : nullptr;
  g->started = true;
  g->running_async = true;
  return h;
}

Object AsyncGenOpObject::end(Frame* awaiting) {
  auto* g = gen.as<AsyncGeneratorObject>();
  g->running_async = false;
  g_frame = awaiting;
  Coro::handle h = g->coro.get();
  auto& p = h.promise();
  if (!h.done()) {  // it yielded
    Object v = std::move(p.result);
    p.result = Object();
    if (mode == Mode::Close) raise(&exc::RuntimeError, "async generator ignored GeneratorExit");
    return v;
  }
  g->finished = true;
  if (!p.exc.is_unbound()) {
    Object e = stop_iteration_escaped(std::move(p.exc), &p.frame, true);
    p.exc = Object();
    if (is_exit_of_close(e)) {
      g->closed = true;
      if (mode == Mode::Close) return None;
    }
    add_traceback(e, awaiting);
    throw PyException{std::move(e)};
  }
  p.result = Object();
  g->closed = true;
  if (mode == Mode::Close) return None;
  raise_exc(new_exception(&exc::StopAsyncIteration));
}

Object async_gen_op_coroutine(const Object& op) {
  return make_coroutine(drive_op(op), op.as<AsyncGenOpObject>()->type()->name.c_str(), nullptr);
}

// ---- the loop's hooks ------------------------------------------------------------------------
Coro shutdown_asyncgens(EventLoop& loop) {
  Frame& f = co_await enter(&asyncio::runtime_code);
  loop.asyncgens_shutdown_called = true;
  if (loop.asyncgens.empty()) co_return None;
  std::vector<Object> closing;
  for (AsyncGeneratorObject* g : loop.asyncgens) closing.push_back(Object(g));
  forget_async_generators(loop);
  std::vector<Object> closes;
  for (const Object& g : closing) closes.push_back(make<AsyncGenOpObject>(g, Mode::Close, Object()));
  Object results = co_await await_(f, 0, asyncio::gather(Args(closes), {{"return_exceptions", True()}}));
  auto& items = as_list(results)->items;
  for (size_t i = 0; i < items.size() && i < closing.size(); ++i) {
    if (!type_of(items[i])->is_subtype_of(&exc::Exception)) continue;
    call_exception_handler(&loop, exception_context("an error occurred during closing of asynchronous generator " +
                                                        closing[i].heap()->repr(),
                                                    items[i], "asyncgen", closing[i]));
  }
  co_return None;
}

void forget_async_generators(EventLoop& loop) {
  for (AsyncGeneratorObject* g : loop.asyncgens) g->hook_loop = nullptr;
  loop.asyncgens.clear();
}

// ---- aiter() and anext() ---------------------------------------------------------------------
namespace {
bool class_defines(const Object& o, const char* name) {
  if (is_async_generator(o)) return true;
  InstanceObject* i = as_instance(o);
  return i && i->cls->lookup(intern(name));
}

const CodeInfo anext_code{"anext_awaitable", nullptr, nullptr};  // never in tracebacks

// anext(it, default)'s awaitable: the __anext__() awaitable's result, or the default once the
// iterator is exhausted (anextawaitable.c).
Coro anext_or_default(Object awaitable, Object dflt) {
  Frame& f = co_await enter(&anext_code);
  try {
    co_return co_await await_(f, 0, awaitable);
  } catch (PyException& e) {
    if (!is_stop_async_iteration(e.exc)) throw;
  }
  co_return dflt;
}
}  // namespace

namespace builtins {
Object aiter_impl(const Object&, const Object* a, Args, Kwargs) {
  if (!class_defines(a[0], "__aiter__")) {
    raise(&exc::TypeError, "'" + type_of(a[0])->name + "' object is not an async iterable");
  }
  Object it = is_async_generator(a[0]) ? a[0] : aiocc::call_method(a[0], "__aiter__", {});
  if (!class_defines(it, "__anext__")) {
    raise(&exc::TypeError, "aiter() returned not an async iterator of type '" + type_of(it)->name + "'");
  }
  return it;
}

Object anext_impl(const Object&, const Object* a, Args, Kwargs) {
  if (!class_defines(a[0], "__anext__")) {
    raise(&exc::TypeError, "'" + type_of(a[0])->name + "' object is not an async iterator");
  }
  Object awaitable = async_next(a[0]);
  if (a[1].is_unbound()) return awaitable;
  Object c = make_coroutine(anext_or_default(awaitable, a[1]), "anext_awaitable", nullptr);
  c.as<CoroutineObject>()->closed = true;  // not a coroutine in CPython: never "never awaited"
  return c;
}
}  // namespace builtins

}  // namespace aiocc
