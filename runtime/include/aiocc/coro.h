// Python coroutines and generators as C++20 coroutines.
//
// Every `async def` and every generator function compiles to a function returning aiocc::Coro:
// lazy (nothing runs until it
// is awaited or wrapped in a Task) and finishing by symmetric transfer to whoever awaited it,
// so await chains of any depth use no native stack.
//
// A Task drives the outermost coroutine. When some coroutine deep in the chain awaits a
// pending future, the awaiter records that coroutine as the task's `leaf`, and the whole chain
// suspends back to Task::step; the future's completion schedules the task, which resumes the
// leaf. Exceptions thrown into the task (cancellation) are delivered by the leaf's awaiter.
//
// A generator's body is the same kind of coroutine, resumed by next()/send()/throw() (see
// generator.h): `co_yield v` suspends back to whoever resumed it. The promise's `result` and
// `exc` carry the traffic both ways: the value yielded or returned, the value sent in, and the
// exception thrown in or raised out.
#pragma once

#include <coroutine>
#include <cstddef>

#include "aiocc/frame.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/object.h"

namespace aiocc {

struct TaskObject;
struct FutureObject;


class Coro {
 public:
  struct promise_type {
    Object result;
    Object exc;  // the Python exception that ended the body, if any
    std::coroutine_handle<> continuation;
    Frame frame;

    // User-provided on purpose: as an aggregate, C++20's parenthesized aggregate
    // initialization would let the compiler build the promise from the coroutine's own
    // arguments (promise_type(arg1, arg2) -> result = arg1, exc = arg2).
    promise_type() {}

    Coro get_return_object() { return Coro(handle::from_promise(*this)); }
    std::suspend_always initial_suspend() noexcept { return {}; }
    struct FinalAwaiter {
      bool await_ready() noexcept { return false; }
      std::coroutine_handle<> await_suspend(std::coroutine_handle<promise_type> h) noexcept {
        auto c = h.promise().continuation;
        return c ? c : std::noop_coroutine();
      }
      void await_resume() noexcept {}
    };
    FinalAwaiter final_suspend() noexcept { return {}; }
    void return_value(Object v) { result = std::move(v); }

    // Generators: `co_yield v` parks v in `result` and suspends to the resumer; resuming gives
    // the value sent in, or raises the exception thrown in (at the yield, in this frame).
    struct YieldAwaiter {
      promise_type* p;
      bool await_ready() noexcept { return false; }
      void await_suspend(std::coroutine_handle<>) noexcept {}
      Object await_resume();
    };
    YieldAwaiter yield_value(Object v) {
      result = std::move(v);
      return YieldAwaiter{this};
    }
    void unhandled_exception();

    static void* operator new(size_t n) { return coro_frame_alloc(n); }
    static void operator delete(void* p, size_t n) { coro_frame_free(p, n); }
  };
  using handle = std::coroutine_handle<promise_type>;

  Coro() = default;
  explicit Coro(handle h) : h_(h) {}
  Coro(Coro&& o) noexcept : h_(o.h_) { o.h_ = nullptr; }
  Coro& operator=(Coro&& o) noexcept {
    if (this != &o) {
      if (h_) h_.destroy();
      h_ = o.h_;
      o.h_ = nullptr;
    }
    return *this;
  }
  ~Coro() {
    if (h_) h_.destroy();
  }
  handle get() const { return h_; }

 private:
  handle h_;
};

// First statement of every generated coroutine: `auto& _f = co_await aiocc::enter(&code);`.
// Gives the body its frame (stored in the promise) and makes it the current frame.
struct EnterFrame {
  const CodeInfo* code;
  Frame* frame = nullptr;
  bool await_ready() noexcept { return false; }
  bool await_suspend(Coro::handle h) noexcept {
    frame = &h.promise().frame;
    frame->code = code;
    frame->depth = next_depth();  // g_frame is still the awaiting coroutine's frame here
    return false;  // continue at once
  }
  Frame& await_resume();
};
inline EnterFrame enter(const CodeInfo* code) { return EnterFrame{code}; }

// A coroutine object: what calling an `async def` returns.
struct CoroutineObject final : HeapObject {
  Coro coro;
  const char* qualname;
  int def_line;
  const ModuleInfo* module;
  bool started = false;
  bool closed = false;

  CoroutineObject(Coro c, const char* q, const CodeInfo* code);
  ~CoroutineObject() override;
  TypeObject* type() const override;
  std::string repr() const override;
  bool done() const { return started && coro.get().done(); }
  Object call_method(const Object& self, std::string_view name, Args args, Kwargs kw) override;
};

Object make_coroutine(Coro c, const char* qualname, const CodeInfo* code);
// Whether x's class defines __await__ (an awaitable that is not a coroutine or future).
bool has_user_await(const Object& x);

// Delivers an exception pending for the current task (cancellation) at a resumption point.
void deliver_pending_throw(Frame* f);

// `await <coroutine call>` of a statically known async def: no coroutine object is made.
struct CoroAwaiter {
  Coro coro;
  Frame* awaiting;
  bool await_ready() noexcept { return false; }
  std::coroutine_handle<> await_suspend(std::coroutine_handle<> caller) noexcept {
    coro.get().promise().continuation = caller;
    return coro.get();
  }
  Object await_resume();
};

// `await x` for any object: a coroutine object, a Future or a Task.
struct ObjectAwaiter {
  Object target;
  Frame* awaiting;
  FutureObject* fut = nullptr;  // when target is a future
  Coro::handle coro{};          // when target is a coroutine object
  bool await_ready();
  std::coroutine_handle<> await_suspend(std::coroutine_handle<> caller);
  Object await_resume();
};

// Like ObjectAwaiter on a future, but resumes with the exception object (or Unbound on
// success) instead of throwing it: lets runtime coroutines react to cancellation without a
// try block around co_await.
struct FutureOutcomeAwaiter {
  Object target;
  Frame* awaiting;
  bool await_ready();
  void await_suspend(std::coroutine_handle<> caller);
  Object await_resume();
};

inline CoroAwaiter await_(Frame& f, int pos, Coro c) {
  f.pos = pos;
  return CoroAwaiter{std::move(c), &f};
}
inline ObjectAwaiter await_(Frame& f, int pos, Object o) {
  f.pos = pos;
  return ObjectAwaiter{std::move(o), &f};
}

}  // namespace aiocc
