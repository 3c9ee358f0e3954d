// Program entry: what the generated main() calls around the module body.
#pragma once

#include <functional>
#include <string>

#include "aiocc/frame.h"
#include "aiocc/py/object.h"

namespace aiocc {

// Runs `body` as the module's code: sets up sys.argv, prints an uncaught exception's
// traceback (exit 1), honours SystemExit, flushes output. Returns the process exit code.
// A SyntaxWarning CPython's compiler gives for the script (sema decides them; see
// frontend/src/sema_warnings.cpp), printed with its source line before the body runs.
struct CompileWarning {
  int line;
  const char* message;
};
int run_program(int argc, char** argv, const CodeInfo* module_code, void (*body)(Frame& f),
                const CompileWarning* warnings, int nwarnings);

// A report CPython's garbage collector prints at interpreter shutdown (after an uncaught
// exception's own output): made and written to stderr when the program ends.
void report_at_exit(std::function<std::string()> make);
// atexit.register(fn): fn is called when the main module is done, before its globals are
// released, the last registered first.
void register_at_exit(const Object& fn);

// warnings.warn(message, category, stacklevel) from C code (PyErr_WarnEx): through the warnings
// module once the program imported it (its filters, registries and showwarning decide), else
// with CPython's default filters, printed once per location.
void warn(TypeObject* category, const std::string& message, int stacklevel = 1);
// "RuntimeWarning: coroutine 'f' was never awaited" for a coroutine being freed
// (_PyErr_WarnUnawaitedCoroutine); `repr` is the coroutine's.
void warn_unawaited_coroutine(const std::string& qualname, const std::string& repr);
// warnings.py's hooks: warn_hook(message, category, stacklevel) and unawaited(qualname, repr).
void set_warn_hooks(const Object& warn_hook, const Object& unawaited);

}  // namespace aiocc
