// Generators: a generator function's body is an aiocc::Coro (see coro.h) that a generator
// object resumes on next(), send(), throw() and close(), as CPython's gen_send_ex does.
//
// - The generator runs on the caller's native stack: resuming it is a plain h.resume() that
//   returns when the body reaches a `co_yield` (suspended) or its end (done).
// - While it runs, g_frame is the generator's own frame (in the promise); resume() restores the
//   caller's afterwards, and adds the caller's traceback entry to an exception leaving the body.
// - `return v` ends the body with v as StopIteration's value; a StopIteration escaping the body
//   becomes RuntimeError("generator raised StopIteration") (PEP 479).
// - `yield from it` is a YieldFrom driven by generated code: each value the subiterator yields
//   is yielded with `co_await delegate(v)`, which hands back what was sent or thrown in
//   without raising it, so that YieldFrom can pass it on to the subiterator.
#pragma once

#include "aiocc/coro.h"

namespace aiocc {

struct GeneratorObject final : HeapObject {
  Coro coro;
  const char* qualname;
  bool started = false;
  bool running = false;
  bool finished = false;  // returned, raised or closed: every resumption raises StopIteration

  GeneratorObject(Coro c, const char* q) : coro(std::move(c)), qualname(q) { kind = Kind::Generator; }
  ~GeneratorObject() override;
  TypeObject* type() const override;
  std::string repr() const override;
  Object getattr(const Object& self, std::string_view name) override;
  Object call_method(const Object& self, std::string_view name, Args args, Kwargs kw) override;

  // Resumes the body with `sent` (or raises `thrown` at its yield). True: it yielded `out`.
  // False: it returned `out` (StopIteration's value). Exceptions from the body propagate.
  bool resume(const Object& sent, const Object& thrown, Object& out);
  Object send(const Object& v);          // the next value, or raises StopIteration
  Object throw_in(const Object& exc);    // generator.throw(exc)
  void close();
};

// `co_yield at_pos(_f, k, v)`: the frame is at the yield (k) once v has been computed.
inline Object at_pos(Frame& f, int pos, Object v) {
  f.pos = pos;
  return v;
}

// PEP 479 (gen_send_ex2): a StopIteration (or, from an async generator, StopAsyncIteration)
// escaping a generator's body becomes RuntimeError, chained to it, at the body's frame.
Object stop_iteration_escaped(Object e, Frame* body, bool async);

// The exception throw(typ[, val[, tb]]) of a generator (or athrow() of an async one) throws in,
// with CPython's TypeErrors for anything else.
Object thrown_exception(Args args);

// What calling a generator function returns.
Object make_generator(Coro c, const char* qualname);

// next(it) for the iteration protocol's fast path: false when the generator is exhausted.
bool generator_next(GeneratorObject* g, Object& out);

// What a resumption brought into a delegating generator: the value sent, or an exception.
struct Resumed {
  Object sent = None;
  Object thrown;  // unbound unless throw() or close() was called
};

// `yield from src`, driven by generated code:
//   YieldFrom yf(src);  while (yf.advance(r)) r = co_await delegate(yf.value);  ... yf.value
class YieldFrom {
 public:
  explicit YieldFrom(const Object& src);
  // Passes `r` on to the subiterator. True: `value` is its next value, to be yielded. False:
  // it is finished and `value` is the result of the `yield from` expression.
  bool advance(const Resumed& r);
  Object value;

 private:
  Object it_;
};

struct DelegateAwaiter {
  Object value;
  Coro::promise_type* p = nullptr;
  bool await_ready() noexcept { return false; }
  void await_suspend(Coro::handle h) noexcept {
    p = &h.promise();
    p->result = std::move(value);
  }
  Resumed await_resume();
};
inline DelegateAwaiter delegate(Object v) { return DelegateAwaiter{std::move(v)}; }

}  // namespace aiocc
