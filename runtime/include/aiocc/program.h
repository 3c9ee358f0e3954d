// Program entry: what the generated main() calls around the module body.
#pragma once

#include "aiocc/frame.h"
#include "aiocc/py/object.h"

namespace aiocc {

// Runs `body` as the module's code: sets up sys.argv, prints an uncaught exception's
// traceback (exit 1), honours SystemExit, flushes output. Returns the process exit code.
int run_program(int argc, char** argv, const CodeInfo* module_code, void (*body)(Frame& f));

// "RuntimeWarning: coroutine 'f' was never awaited" and friends, printed once per location.
void warn(const std::string& category, const std::string& message);

}  // namespace aiocc
