// Coroutine frames, coroutine objects and the awaiters generated code uses.
#include "aiocc/coro.h"

#include <sys/mman.h>

#include <cstdint>
#include <new>

#include "aiocc/async_generator.h"

#include "aiocc/asyncio.h"
#include "aiocc/future.h"
#include "aiocc/generator.h"
#include "aiocc/program.h"
#include "aiocc/py/builtins.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/function.h"
#include "aiocc/py/str.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/protocols.h"
#include "aiocc/py/instance.h"
#include "internal.h"

namespace aiocc {

// ---- frame recycling -------------------------------------------------------------------------
namespace {
constexpr size_t kClassSize = 16;
constexpr size_t kClasses = 128;  // objects and frames up to 2 KiB are recycled
struct FreeNode {
  FreeNode* next;
};
FreeNode* free_lists[kClasses];

// Fresh blocks are carved from 64 KiB chunks: when many objects are alive at once (200,000
// pending tasks) the free lists are empty and malloc per object would dominate. A chunk's pages
// are mapped in one system call (MADV_POPULATE_WRITE, Linux 5.14) rather than a page fault per
// 4 KiB page as objects are first written: that was a fifth of spawn_gather's time. The chunks
// come from malloc, so that they reuse memory the program's strings and lists gave back.
char* chunk_next = nullptr;
char* chunk_end = nullptr;

#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23
#endif

void* carve(size_t bytes) {
  if (static_cast<size_t>(chunk_end - chunk_next) < bytes) {
    constexpr size_t kChunk = 64 * 1024;
    chunk_next = static_cast<char*>(::operator new(kChunk));
    chunk_end = chunk_next + kChunk;
    // Whole pages only; an older kernel refuses the advice, and the pages fault in as before.
    constexpr uintptr_t kPage = 4096;
    uintptr_t from = (reinterpret_cast<uintptr_t>(chunk_next) + kPage - 1) & ~(kPage - 1);
    uintptr_t to = reinterpret_cast<uintptr_t>(chunk_end) & ~(kPage - 1);
    if (to > from) madvise(reinterpret_cast<void*>(from), to - from, MADV_POPULATE_WRITE);
  }
  void* p = chunk_next;
  chunk_next += bytes;
  return p;
}
}  // namespace

void* coro_frame_alloc(size_t n) {
#ifdef AIOCC_NO_FRAME_RECYCLING
  return ::operator new(n);
#endif
  size_t c = (n + kClassSize - 1) / kClassSize;
  if (c < kClasses && free_lists[c]) {
    FreeNode* node = free_lists[c];
    free_lists[c] = node->next;
    return node;
  }
  return c < kClasses ? carve(c * kClassSize) : ::operator new(n);
}

void coro_frame_free(void* p, size_t n) {
#ifdef AIOCC_NO_FRAME_RECYCLING
  ::operator delete(p);
  return;
#endif
  size_t c = (n + kClassSize - 1) / kClassSize;
  if (c < kClasses) {
    auto* node = static_cast<FreeNode*>(p);
    node->next = free_lists[c];
    free_lists[c] = node;
    return;
  }
  ::operator delete(p);
}

// ---- promise and awaiters --------------------------------------------------------------------
void PromiseBase::unhandled_exception() {
  try {
    throw;
  } catch (PyException& e) {
    exc = std::move(e.exc);
  }
}

void deliver_pending_throw(Frame* f) {
  TaskObject* t = g_current_task;
  if (!t || t->pending_throw.is_unbound()) return;
  Object e = std::move(t->pending_throw);
  t->pending_throw = Object();
  add_traceback(e, f);
  throw PyException{std::move(e)};
}

Frame& EnterFrame::await_resume() {
  // The awaiting frame's traceback entry is added by its awaiter, as for any exception.
  if (frame->depth > g_recursion_limit) recursion_error(false);
  g_frame = frame;
  deliver_pending_throw(frame);
  return *frame;
}

void rethrow_awaited(PromiseBase& p, Frame* awaiting) {
  g_frame = awaiting;
  if (!p.exc.is_unbound()) {
    Object e = std::move(p.exc);
    p.exc = Object();
    add_traceback(e, awaiting);
    throw PyException{std::move(e)};
  }
}

// coroutine.__await__(): CPython's coroutine_wrapper. Awaiting one (what a user __await__
// usually returns) awaits the coroutine itself.
TypeObject coroutine_wrapper_type("coroutine_wrapper", &types::object, nullptr, "builtins");
struct CoroutineWrapperObject final : HeapObject {
  Object coro;
  explicit CoroutineWrapperObject(Object c) : coro(std::move(c)) {}
  TypeObject* type() const override { return &coroutine_wrapper_type; }
  std::string repr() const override {
    return "<coroutine_wrapper object at " + detail::address(this) + ">";
  }
};

bool has_user_await(const Object& x) {
  InstanceObject* inst = as_instance(x);
  return inst && inst->cls->lookup(intern("__await__"));
}

namespace {
const CodeInfo driver_code{"<await>", nullptr, nullptr};  // a frame tracebacks never show

// What the task does with each value the iterator __await__ returned yields, as Task.__step:
// None (a bare `yield`) gives the loop one turn; anything else is thrown back in as
// RuntimeError("Task got bad yield: ..."). The iterator's return value is the await's.
Coro drive_await_iterator(Object it) {
  Frame& f = co_await enter(&driver_code);
  auto* gen = it.is_heap() && it.heap()->kind == HeapObject::Kind::Generator ? it.as<GeneratorObject>() : nullptr;
  Object thrown;
  for (;;) {
    Object value;
    bool yielded;
    if (gen) {
      yielded = gen->resume(None, std::exchange(thrown, Object()), value);
    } else if (!thrown.is_unbound()) {
      Object e = std::exchange(thrown, Object());
      if (!has_attribute(it, "throw")) throw PyException{e};
      value = aiocc::call_method(it, "throw", {e});
      yielded = true;
    } else {
      yielded = iterator_next(it, value);
      if (!yielded) value = None;
    }
    if (!yielded) co_return value;
    if (value.is_none()) {
      try {
        co_await asyncio::SleepAwaiter{&f, Object::from_int(0), None, Object()};
      } catch (PyException& e) {  // a cancellation is thrown in at the yield
        thrown = std::move(e.exc);
      }
      continue;
    }
    thrown = new_exception(&exc::RuntimeError, "Task got bad yield: " + repr(value));
  }
}

// `await x` for an object whose class defines __await__: called at the await, as CPython's
// GET_AWAITABLE. Its result must be an iterator; a coroutine_wrapper stands for its coroutine,
// any other iterator is driven as the task would drive it.
Object user_awaitable(const Object& x, Frame* awaiting) {
  g_frame = awaiting;
  Object it = aiocc::call_method(x, "__await__", {});
  g_frame = awaiting;
  if (auto* w = it.dyn<CoroutineWrapperObject>()) return w->coro;
  if (it.is_heap() && it.heap()->kind == HeapObject::Kind::Coroutine) {
    raise(&exc::TypeError, "__await__() returned a coroutine");
  }
  if (!is_iterator(it)) raise(&exc::TypeError, "__await__() returned non-iterator of type '" + type_of(it)->name + "'");
  return make_coroutine(drive_await_iterator(std::move(it)), "<await>", nullptr);
}
}  // namespace

bool ObjectAwaiter::await_ready() {
  if (auto* o = target.dyn<AsyncGenOpObject>()) {
    op = o;
    coro = o->begin(awaiting);
    return !coro;
  }
  if (has_user_await(target)) target = user_awaitable(target, awaiting);
  if (target.is_heap() && target.heap()->kind == HeapObject::Kind::Coroutine) {
    auto* c = target.as<CoroutineObject>();
    if (c->started) {
      g_frame = awaiting;
      raise(&exc::RuntimeError, "cannot reuse already awaited coroutine");
    }
    c->started = true;
    coro = c->coro.get();
    return false;
  }
  fut = as_future(target);
  if (!fut) {
    g_frame = awaiting;
    raise(&exc::TypeError, "object " + type_of(target)->name + " can't be used in 'await' expression");
  }
  return fut->done();
}

std::coroutine_handle<> ObjectAwaiter::await_suspend(std::coroutine_handle<> caller) {
  if (coro) {
    coro.promise().continuation = caller;
    coro.promise().frame.parent = awaiting;  // its f_back while it runs
    return coro;
  }
  TaskObject* t = g_current_task;
  t->leaf = caller;
  t->yielded = target;
  return std::noop_coroutine();
}

Object ObjectAwaiter::await_resume() {
  if (op) return coro ? op->end(awaiting) : std::move(op->immediate);
  if (coro) {
    rethrow_awaited(coro.promise(), awaiting);
    return std::move(coro.promise().result);
  }
  g_frame = awaiting;
  deliver_pending_throw(awaiting);
  TaskObject* t = g_current_task;
  if (t && fut == t) raise(&exc::RuntimeError, "Task cannot await on itself: " + t->repr());
  try {
    return fut->result();
  } catch (PyException& e) {
    add_traceback(e.exc, awaiting);
    throw;
  }
}

AwaitNow HeapObject::await_method(const Name&, Args, Object&, ParkedCall&) { return AwaitNow::Call; }

namespace {
// How a task's wait on `fut` ended, back in the awaiting frame: the exception thrown into the
// task (a cancellation) or the future's, Unbound when the future has its result.
Object outcome_of_wait(const Object& fut, Frame* awaiting) {
  g_frame = awaiting;
  if (TaskObject* t = g_current_task; t && !t->pending_throw.is_unbound()) {
    return std::exchange(t->pending_throw, Object());
  }
  try {
    as_future(fut)->result();
  } catch (PyException& e) {
    return e.exc;
  }
  return Object();
}
}  // namespace

MethodAwaiter await_method(Frame& f, int pos, const Name& n, MethodCache& c, Args args, Kwargs kw, Pos p,
                           int attr_pos) {
  MethodAwaiter a{};
  a.awaiting = &f;
  // The method's own frame would be one level deeper: at the recursion limit the call is made,
  // and raises RecursionError as CPython's does.
  const AwaitNow how = args[0].is_heap() && kw.size() == 0 && next_depth() <= g_recursion_limit
                           ? args[0].heap()->await_method(n, args, a.target, a.park)
                           : AwaitNow::Call;
  if (how == AwaitNow::Call) a.target = call_method(n, c, args, kw, p, f, attr_pos);
  a.now = how == AwaitNow::Done;
  if (how == AwaitNow::Park) a.fut = as_future(a.target);
  f.pos = pos;
  return a;
}

Object MethodAwaiter::await_resume() {
  if (now) return std::move(target);
  if (!park.resume) return ObjectAwaiter::await_resume();
  return park.resume(park.self, target, outcome_of_wait(target, awaiting), awaiting);
}

bool FutureOutcomeAwaiter::await_ready() { return as_future(target)->done(); }

void FutureOutcomeAwaiter::await_suspend(std::coroutine_handle<> caller) {
  TaskObject* t = g_current_task;
  t->leaf = caller;
  t->yielded = target;
}

Object FutureOutcomeAwaiter::await_resume() { return outcome_of_wait(target, awaiting); }

// ---- coroutine objects -----------------------------------------------------------------------
CoroutineObject::CoroutineObject(Coro c, const char* q, const CodeInfo* code)
    : coro(std::move(c)), qualname(q), def_line(0), module(code ? code->module : nullptr) {
  kind = Kind::Coroutine;
  if (code && code->positions) def_line = code->positions[0].line;
}

CoroutineObject::~CoroutineObject() {
  if (!started && !closed) {
    const std::string text = repr();
    try {
      warn_unawaited_coroutine(qualname, text);
    } catch (PyException& e) {  // a filter made it an error: PyErr_WriteUnraisable(coro)
      write_unraisable(text, e);
    }
  }
}

TypeObject* CoroutineObject::type() const { return &types::coroutine; }

std::string CoroutineObject::repr() const {
  return std::string("<coroutine object ") + qualname + " at " + detail::address(this) + ">";
}

Object CoroutineObject::getattr(const Object& self, std::string_view name) {
  std::string_view q(qualname);
  if (name == "__qualname__") return py_str(std::string(q));
  if (name == "__name__") return py_str(std::string(q.substr(q.rfind('.') + 1)));
  return HeapObject::getattr(self, name);
}

Object CoroutineObject::call_method(const Object& self, std::string_view name, Args args, Kwargs kw) {
  if (name == "close") {
    check_nargs("close", args, 0, 0);
    closed = true;
    return None;
  }
  if (name == "__await__") {
    check_nargs("__await__", args, 0, 0);
    return make<CoroutineWrapperObject>(self);
  }
  return HeapObject::call_method(self, name, args, kw);
}

Object make_coroutine(Coro c, const char* qualname, const CodeInfo* code) {
  return make<CoroutineObject>(std::move(c), qualname, code);
}

}  // namespace aiocc
