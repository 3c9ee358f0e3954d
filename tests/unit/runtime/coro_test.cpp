#include "aiocc/coro.h"

#include <catch2/catch.hpp>

#include "aiocc/asyncio.h"
#include "aiocc/py/int.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/str.h"

#include <string>

using namespace aiocc;

namespace {
const CodeInfo kNoFrame{"test", nullptr, nullptr};

// Each level awaits the next directly, exactly as generated code awaits a known async def.
Coro chain(int64_t n) {
  Frame& f = co_await enter(&kNoFrame);
  if (n == 0) co_return py_int(0);
  Object below = co_await await_(f, 0, chain(n - 1));
  co_return add(below, py_int(1));
}

Coro lazy_body(int* runs) {
  co_await enter(&kNoFrame);
  ++*runs;
  co_return None;
}

Coro run_chain(int64_t depth, Object* out) {
  Frame& f = co_await enter(&kNoFrame);
  *out = co_await await_(f, 0, chain(depth));
  co_return None;
}
// Bodies with native result types: awaited, they give their value unboxed.
BasicCoro<int64_t> typed_fib(int64_t n) {
  Frame& f = co_await enter(&kNoFrame);
  if (n < 2) co_return n;
  int64_t a = co_await await_(f, 0, typed_fib(n - 1));
  int64_t b = co_await await_(f, 1, typed_fib(n - 2));
  co_return a + b;
}

BasicCoro<double> typed_failure(int64_t depth) {
  Frame& f = co_await enter(&kNoFrame);
  if (depth == 0) raise(&exc::ValueError, "typed");
  co_return co_await await_(f, 0, typed_failure(depth - 1)) + 1.0;
}

Coro run_typed(int64_t n, int64_t* out) {
  Frame& f = co_await enter(&kNoFrame);
  *out = co_await await_(f, 0, typed_fib(n));
  co_return None;
}

Coro catch_typed(std::string* message) {
  Frame& f = co_await enter(&kNoFrame);
  try {
    co_await await_(f, 0, typed_failure(3));
  } catch (PyException& e) {
    *message = aiocc::str(e.exc);
  }
  co_return None;
}
}  // namespace

TEST_CASE("a coroutine with a native result type is awaited for its value", "[coro]") {
  int64_t result = 0;
  asyncio::run({make_coroutine(run_typed(20, &result), "run_typed", nullptr)}, {});
  CHECK(result == 6765);
}

TEST_CASE("an exception leaves a typed coroutine chain like any other", "[coro]") {
  std::string message;
  asyncio::run({make_coroutine(catch_typed(&message), "catch_typed", nullptr)}, {});
  CHECK(message == "typed");
}

TEST_CASE("a coroutine does not start until awaited", "[coro]") {
  int runs = 0;
  {
    Coro c = lazy_body(&runs);
    CHECK(runs == 0);
  }
  CHECK(runs == 0);
}

TEST_CASE("an await chain a million deep completes without growing the stack", "[coro]") {
  // CPython's recursion limit (1000) would stop the chain first; lift it, as
  // sys.setrecursionlimit does, to show the native stack is not what limits depth.
  const int saved = g_recursion_limit;
  g_recursion_limit = 2000000;
  Object result;
  Object main = make_coroutine(run_chain(1000000, &result), "run_chain", nullptr);
  asyncio::run({main}, {});
  g_recursion_limit = saved;
  CHECK(result.as_int() == 1000000);
}

TEST_CASE("an await chain deeper than the recursion limit raises RecursionError", "[coro]") {
  Object result;
  Object main = make_coroutine(run_chain(5000, &result), "run_chain", nullptr);
  try {
    asyncio::run({main}, {});
    FAIL("no RecursionError");
  } catch (PyException& e) {
    CHECK(type_of(e.exc) == &exc::RecursionError);
  }
}
