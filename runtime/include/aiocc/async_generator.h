// Async generators: an `async def` that yields. Its body is an aiocc::Coro like any coroutine's
// (see coro.h); what drives it is an awaitable per step, as CPython's genobject.c:
//
// - agen.__anext__() / asend(v) return an async_generator_asend, athrow(e) / aclose() an
//   async_generator_athrow. Awaiting one (ObjectAwaiter) resumes the body by symmetric
//   transfer, with the value sent or the exception thrown in, as the continuation of the
//   awaiting coroutine. Each can be awaited once.
// - In the body, `await` suspends the whole chain to the task as any coroutine does; `yield v`
//   transfers back to the awaiter (YieldAwaiter), whose await gives v. Returning (or aclose)
//   ends the generator: the await raises StopAsyncIteration (aclose gives None).
// - Hooks, as the running loop installs them (base_events.py): the first step registers the
//   generator with the loop (firstiter); one dropped unfinished gets its aclose() run in a
//   task the loop creates (finalizer); asyncio.run closes those still alive
//   (shutdown_asyncgens).
#pragma once

#include "aiocc/coro.h"

namespace aiocc {

class EventLoop;

struct AsyncGeneratorObject final : HeapObject {
  Coro coro;
  const char* qualname;
  const CodeInfo* code;
  bool started = false;
  bool running_async = false;  // an asend/athrow is in progress (ag_running_async)
  bool finished = false;       // the body returned or raised
  bool closed = false;         // ag_closed: aclose() called, or ended by StopAsyncIteration/GeneratorExit
  bool hooks_inited = false;
  bool has_finalizer = false;      // a loop was running at the first step: its finalizer applies
  EventLoop* hook_loop = nullptr;  // that loop while it lives and holds the generator

  AsyncGeneratorObject(Coro c, const char* q, const CodeInfo* code) : coro(std::move(c)), qualname(q), code(code) {}
  ~AsyncGeneratorObject() override;
  TypeObject* type() const override;
  std::string repr() const override;
  Object getattr(const Object& self, std::string_view name) override;
  Object call_method(const Object& self, std::string_view name, Args args, Kwargs kw) override;
  void init_hooks();                    // async_gen_init_hooks
  void close_now();                     // gen_close, when no finalizer does it
};

// An asend (__anext__) or athrow (aclose) awaitable.
struct AsyncGenOpObject final : HeapObject {
  enum class Mode : uint8_t { Send, Throw, Close };
  Object gen;
  Mode mode;
  Object value;  // what is sent, or the exception thrown in
  bool used = false;
  bool thrown_in = false;  // `value` is an exception thrown into this awaitable (its throw())
  Object immediate;        // the result when the body need not run (set by begin)

  AsyncGenOpObject(Object g, Mode m, Object v) : gen(std::move(g)), mode(m), value(std::move(v)) {}
  TypeObject* type() const override;
  std::string repr() const override;
  // The await: begin() gives the body to resume, or a null handle when the step is over at
  // once (its result in `immediate`); end() the value of the await once the body yielded or
  // finished (raising what the step raises).
  Coro::handle begin(Frame* awaiting);
  Object end(Frame* awaiting);
};

Object make_async_generator(Coro c, const char* qualname, const CodeInfo* code);
inline bool is_async_generator(const Object& o) { return o.dyn<AsyncGeneratorObject>() != nullptr; }
// agen.__anext__() (for `async for` and anext()).
Object async_generator_anext(const Object& agen);
// A coroutine object that awaits an asend/athrow: what a task runs for one (CPython's tasks
// take them as coroutines).
Object async_gen_op_coroutine(const Object& op);
// loop.shutdown_asyncgens(): closes the generators still registered with `loop`.
Coro shutdown_asyncgens(EventLoop& loop);
// ~EventLoop: its generators no longer have a finalizer.
void forget_async_generators(EventLoop& loop);

}  // namespace aiocc
