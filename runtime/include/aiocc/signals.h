// SIGINT as CPython handles it: the C handler only records the signal; the Python-level handler
// (default_int_handler, raising KeyboardInterrupt, or asyncio.Runner's, cancelling the main
// task first) runs at the next check of the "eval breaker": a function's entry, a loop's
// back-edge, or a blocking wait interrupted by the signal.
#pragma once

#include <csignal>

namespace aiocc {

inline volatile std::sig_atomic_t g_signal_pending = 0;

// asyncio.Runner's handler while asyncio.run runs (null otherwise): true when it handled the
// interrupt without raising.
inline bool (*g_sigint_handler)() = nullptr;

// Clears the pending signal and runs the handler: raises KeyboardInterrupt unless
// g_sigint_handler handled it.
void run_signal_handlers();

inline void check_signals() {
  if (g_signal_pending) [[unlikely]] run_signal_handlers();
}

// Installs the C handler (when SIGINT is not ignored, as CPython's startup) and, once the
// program ends with an uncaught KeyboardInterrupt, dies by SIGINT as CPython does.
void install_signal_handlers();
[[noreturn]] void exit_by_sigint();

}  // namespace aiocc
