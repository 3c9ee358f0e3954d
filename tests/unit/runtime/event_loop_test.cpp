#include "aiocc/event_loop.h"

#include <catch2/catch.hpp>
#include <string>

#include "aiocc/future.h"
#include "aiocc/py/int.h"

using namespace aiocc;

namespace {
std::string trace;
void record(ReadyItem& it) { trace += std::to_string(it.a.as_int()); }
void record_and_schedule(ReadyItem& it) {
  trace += std::to_string(it.a.as_int());
  g_loop->call_soon(record, py_int(it.a.as_int() + 5));
}
void stop(ReadyItem&) { g_loop->stop(); }
}  // namespace

TEST_CASE("ready callbacks run in FIFO order", "[loop]") {
  EventLoop loop;
  g_loop = &loop;
  trace.clear();
  for (int i = 1; i <= 4; ++i) loop.call_soon(record, py_int(i));
  loop.call_soon(stop);
  loop.run_forever();
  g_loop = nullptr;
  CHECK(trace == "1234");
}

TEST_CASE("a callback scheduled during an iteration runs in the next one", "[loop]") {
  EventLoop loop;
  g_loop = &loop;
  trace.clear();
  loop.call_soon(record_and_schedule, py_int(1));
  loop.call_soon(record, py_int(2));
  loop.run_once();
  CHECK(trace == "12");
  loop.run_once();
  CHECK(trace == "126");
  g_loop = nullptr;
}

TEST_CASE("timers fire in deadline order, ties in insertion order", "[loop]") {
  EventLoop loop;
  g_loop = &loop;
  trace.clear();
  double now = loop.time();
  loop.call_at(now + 0.003, record, py_int(3), {}, {});
  loop.call_at(now + 0.001, record, py_int(1), {}, {});
  loop.call_at(now + 0.002, record, py_int(2), {}, {});
  loop.call_at(now + 0.002, record, py_int(4), {}, {});
  loop.call_at(now + 0.004, stop, {}, {}, {});
  loop.run_forever();
  g_loop = nullptr;
  CHECK(trace == "1243");
}

TEST_CASE("a future's done callbacks are scheduled, not called inline", "[future]") {
  EventLoop loop;
  g_loop = &loop;
  trace.clear();
  Object f = new_future();
  as_future(f)->add_done_callback({record, py_int(7)});
  as_future(f)->set_result(py_int(1));
  CHECK(trace.empty());
  loop.run_once();
  CHECK(trace == "7");
  g_loop = nullptr;
}
