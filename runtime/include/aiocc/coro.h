// Python coroutines and generators as C++20 coroutines.
//
// Every `async def` and every generator function compiles to a function returning aiocc::Coro
// (BasicCoro<Object>; BasicCoro<T> for a body with a native result type):
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
#include <type_traits>
#include <utility>

#include "aiocc/frame.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/object.h"

namespace aiocc {

struct TaskObject;
struct FutureObject;
struct AsyncGenOpObject;


// What every coroutine's promise holds, whatever its result type: the exception that ended
// the body, who to resume when it finishes, and its Python frame.
struct PromiseBase {
  Object exc;  // the Python exception that ended the body, if any
  std::coroutine_handle<> continuation;
  Frame frame;

  // User-provided on purpose: as an aggregate, C++20's parenthesized aggregate
  // initialization would let the compiler build the promise from the coroutine's own
  // arguments (promise_type(arg1, arg2) -> exc = arg1, ...).
  PromiseBase() {}

  std::suspend_always initial_suspend() noexcept { return {}; }
  struct FinalAwaiter {
    bool await_ready() noexcept { return false; }
    template <class P>
    std::coroutine_handle<> await_suspend(std::coroutine_handle<P> h) noexcept {
      auto c = h.promise().continuation;
      return c ? c : std::noop_coroutine();
    }
    void await_resume() noexcept {}
  };
  FinalAwaiter final_suspend() noexcept { return {}; }
  void unhandled_exception();

  static void* operator new(size_t n) { return coro_frame_alloc(n); }
  static void operator delete(void* p, size_t n) { coro_frame_free(p, n); }
};

// A generator resumed at `co_yield`: the value sent in, or the exception thrown in raised here.
Object resume_at_yield(PromiseBase& p, Object& sent);

// A coroutine whose body returns a T. Generated code uses Coro (T = Object) today; a body whose
// result type sema proves (the performance issue) returns that type, and an await of it gets the
// value unboxed. Generators are Coro: their yields travel as Objects.
template <class T>
class BasicCoro {
 public:
  struct promise_type : PromiseBase {
    T result{};

    promise_type() {}
    BasicCoro get_return_object() { return BasicCoro(handle::from_promise(*this)); }
    void return_value(T v) { result = std::move(v); }

    // Generators: `co_yield v` parks v in `result` and suspends to the resumer (an async
    // generator's: the coroutine awaiting its asend/athrow); resuming gives the value sent in,
    // or raises the exception thrown in (at the yield, in this frame).
    struct YieldAwaiter {
      promise_type* p;
      bool await_ready() noexcept { return false; }
      std::coroutine_handle<> await_suspend(std::coroutine_handle<>) noexcept {
        if (p->continuation) return std::exchange(p->continuation, nullptr);
        return std::noop_coroutine();
      }
      Object await_resume() { return resume_at_yield(*p, p->result); }
    };
    YieldAwaiter yield_value(Object v)
      requires std::is_same_v<T, Object>
    {
      result = std::move(v);
      return YieldAwaiter{this};
    }
  };
  using handle = std::coroutine_handle<promise_type>;

  BasicCoro() = default;
  explicit BasicCoro(handle h) : h_(h) {}
  BasicCoro(BasicCoro&& o) noexcept : h_(o.h_) { o.h_ = nullptr; }
  BasicCoro& operator=(BasicCoro&& o) noexcept {
    if (this != &o) {
      if (h_) h_.destroy();
      h_ = o.h_;
      o.h_ = nullptr;
    }
    return *this;
  }
  ~BasicCoro() {
    if (h_) h_.destroy();
  }
  handle get() const { return h_; }

 private:
  handle h_;
};
using Coro = BasicCoro<Object>;

// First statement of every generated coroutine: `auto& _f = co_await aiocc::enter(&code);`.
// Gives the body its frame (stored in the promise) and makes it the current frame.
struct EnterFrame {
  const CodeInfo* code;
  Frame* frame = nullptr;
  bool await_ready() noexcept { return false; }
  template <class P>
  bool await_suspend(std::coroutine_handle<P> h) noexcept {
    frame = &h.promise().frame;
    frame->code = code;
    frame->depth = next_depth();  // g_frame is still the awaiting coroutine's frame here
    frame->inherited = g_frame ? g_frame->handling() : nullptr;
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
  Object getattr(const Object& self, std::string_view name) override;
  Object call_method(const Object& self, std::string_view name, Args args, Kwargs kw) override;
};

Object make_coroutine(Coro c, const char* qualname, const CodeInfo* code);
// Whether x's class defines __await__ (an awaitable that is not a coroutine or future).
bool has_user_await(const Object& x);

// Delivers an exception pending for the current task (cancellation) at a resumption point.
void deliver_pending_throw(Frame* f);

// Raises, in the awaiting frame, the exception that ended an awaited coroutine's body.
void rethrow_awaited(PromiseBase& p, Frame* awaiting);

// `await <coroutine call>` of a statically known async def: no coroutine object is made.
template <class T>
struct CoroAwaiter {
  BasicCoro<T> coro;
  Frame* awaiting;
  bool await_ready() noexcept { return false; }
  std::coroutine_handle<> await_suspend(std::coroutine_handle<> caller) noexcept {
    coro.get().promise().continuation = caller;
    coro.get().promise().frame.parent = awaiting;  // its f_back while it runs
    return coro.get();
  }
  T await_resume() {
    auto& p = coro.get().promise();
    rethrow_awaited(p, awaiting);
    return std::move(p.result);
  }
};

// `await x` for any object: a coroutine object, a Future or a Task, an async generator's
// asend/athrow.
struct ObjectAwaiter {
  Object target;
  Frame* awaiting;
  FutureObject* fut = nullptr;  // when target is a future
  Coro::handle coro{};          // when target is a coroutine object (or the async generator's body)
  AsyncGenOpObject* op = nullptr;  // when target is an asend/athrow
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

// `await recv.name(args)`: the receiver is asked first (HeapObject::await_method) whether the
// method can run without a coroutine object and frame of its own, as a native method's body
// can when it finishes at once (a Queue.put that need not wait, Event.wait on a set event) or
// only waits on one future (Event.wait): CPython's coroutine would run inline in the awaiting
// task, so the outcome and the order of everything are the same. Otherwise the method is
// called and what it returns awaited, as `await_` does.
enum class AwaitNow : uint8_t {
  Call,  // call the method and await its result
  Done,  // finished at once: the value is in `out`
  Park,  // wait on the future in `out`; then ParkedCall::resume finishes the method
};
struct ParkedCall {
  Object self;
  // After the wake-up, with g_frame the awaiting frame: `exc` is the exception the wait ended
  // with (a cancellation, the future's exception), Unbound when the future has its result. Runs
  // the rest of the method; raises with the method's CPython frame and the awaiting one.
  Object (*resume)(const Object& self, const Object& fut, Object exc, Frame* awaiting) = nullptr;
};
struct MethodAwaiter : ObjectAwaiter {
  ParkedCall park;
  bool now = false;  // Done: `target` is the value
  bool await_ready() {
    if (now) return true;
    if (park.resume) return false;  // the future is pending
    return ObjectAwaiter::await_ready();
  }
  Object await_resume();
};
struct MethodCache;
MethodAwaiter await_method(Frame& f, int pos, const Name& n, MethodCache& c, Args args, Kwargs kw, Pos p,
                           int attr_pos);

template <class T>
inline CoroAwaiter<T> await_(Frame& f, int pos, BasicCoro<T> c) {
  f.pos = pos;
  return CoroAwaiter<T>{std::move(c), &f};
}
inline ObjectAwaiter await_(Frame& f, int pos, Object o) {
  f.pos = pos;
  return ObjectAwaiter{std::move(o), &f};
}

}  // namespace aiocc
