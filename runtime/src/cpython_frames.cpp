#include "cpython_frames.h"

#include "aiocc/py/exceptions.h"

#include <string>
#include <vector>

#ifndef AIOCC_CPYTHON_ASYNCIO_DIR
#define AIOCC_CPYTHON_ASYNCIO_DIR "/usr/lib/python3.11/asyncio"
#endif

namespace aiocc::cpython {
namespace {

// A module whose only known source line is `line`.
struct SparseModule {
  std::string path;
  std::vector<const char*> lines;
  ModuleInfo info;
  SparseModule(const char* file, std::initializer_list<std::pair<int, const char*>> known)
      : path(std::string(AIOCC_CPYTHON_ASYNCIO_DIR) + "/" + file) {
    int n = 0;
    for (auto& k : known) n = std::max(n, k.first);
    lines.assign(n, "");
    for (auto& k : known) lines[k.first - 1] = k.second;
    info = ModuleInfo{path.c_str(), lines.data(), n};
  }
};

SparseModule runners("runners.py", {{190, "        return runner.run(main)"},
                                    {118, "            return self._loop.run_until_complete(task)"}});
SparseModule base_events("base_events.py", {{653, "        return future.result()"}});
SparseModule taskgroups("taskgroups.py", {{145, "                raise me from None"}});
SparseModule tasks("tasks.py", {{462, "            return fut.result()"},
                                {464, "            raise exceptions.TimeoutError() from exc"},
                                {500, "                return fut.result()"},
                                {502, "                raise exceptions.TimeoutError() from exc"},
                                {634, "    yield"},
                                {640, "        await __sleep0()"},
                                {649, "        return await future"}});

// The position CPython reports: the call expression on each line; the raise statement spans
// the whole line (no carets).
const SrcPos runners_run_pos[] = {{190, 15, 31, -1, -1}};
const SrcPos runner_run_pos[] = {{118, 19, 54, -1, -1}};
const SrcPos run_until_complete_pos[] = {{653, 15, 30, -1, -1}};
const SrcPos taskgroup_aexit_pos[] = {{145, 16, 34, -1, -1}};
const SrcPos sleep0_yield_pos[] = {{634, 4, 9, -1, -1}};
const SrcPos sleep_await_sleep0_pos[] = {{640, 8, 24, -1, -1}};
const SrcPos sleep_await_future_pos[] = {{649, 15, 27, -1, -1}};
const SrcPos wait_for_result_now_pos[] = {{462, 19, 31, -1, -1}};
const SrcPos wait_for_raise_now_pos[] = {{464, 12, -1, -1, -1}};
const SrcPos wait_for_result_pos[] = {{500, 23, 35, -1, -1}};
const SrcPos wait_for_raise_pos[] = {{502, 16, -1, -1, -1}};

}  // namespace

const CodeInfo runners_run{"run", &runners.info, runners_run_pos};
const CodeInfo runner_run{"run", &runners.info, runner_run_pos};
const CodeInfo run_until_complete{"run_until_complete", &base_events.info, run_until_complete_pos};
const CodeInfo taskgroup_aexit{"__aexit__", &taskgroups.info, taskgroup_aexit_pos};
const CodeInfo sleep0_yield{"__sleep0", &tasks.info, sleep0_yield_pos};
const CodeInfo sleep_await_sleep0{"sleep", &tasks.info, sleep_await_sleep0_pos};
const CodeInfo sleep_await_future{"sleep", &tasks.info, sleep_await_future_pos};
const CodeInfo wait_for_result_now{"wait_for", &tasks.info, wait_for_result_now_pos};
const CodeInfo wait_for_raise_now{"wait_for", &tasks.info, wait_for_raise_now_pos};
const CodeInfo wait_for_result{"wait_for", &tasks.info, wait_for_result_pos};
const CodeInfo wait_for_raise{"wait_for", &tasks.info, wait_for_raise_pos};

void add_frame(const Object& exc, const CodeInfo& code) {
  Frame f{&code, 0, nullptr};
  add_traceback(exc, &f);
}

}  // namespace aiocc::cpython
