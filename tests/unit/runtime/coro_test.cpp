#include "aiocc/coro.h"

#include <catch2/catch.hpp>

#include "aiocc/asyncio.h"
#include "aiocc/py/int.h"
#include "aiocc/py/ops.h"

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
}  // namespace

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
