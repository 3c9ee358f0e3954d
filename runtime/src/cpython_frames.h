// Frames of CPython's own asyncio code that appear in CPython's tracebacks (asyncio.run's
// runner, run_until_complete, TaskGroup.__aexit__). aiocc's runtime adds the same entries so
// an uncaught exception prints exactly what CPython prints. Their file paths come from the
// CPython install found at build time (AIOCC_CPYTHON_ASYNCIO_DIR); line numbers are 3.11.7's.
#pragma once

#include "aiocc/frame.h"

namespace aiocc::cpython {

extern const CodeInfo runners_run;         // runners.py:190, in run
extern const CodeInfo runner_run;          // runners.py:118, in run
extern const CodeInfo run_until_complete;  // base_events.py:653, in run_until_complete
extern const CodeInfo taskgroup_aexit;     // taskgroups.py:145, in __aexit__

}  // namespace aiocc::cpython
