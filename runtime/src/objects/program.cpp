// Process-level glue: the generated main() runs the module body through run_program.
#include "aiocc/program.h"

#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>

#include <set>

#include "aiocc/large_stack.h"
#include "aiocc/py/builtins.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/int.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/str.h"

namespace aiocc {

namespace {
// warnings.formatwarning's second line: the source line, stripped, indented by two.
std::string source_line(const ModuleInfo& m, int line) {
  if (line < 1 || line > m.nlines) return "";
  std::string text = m.lines[line - 1];
  size_t a = text.find_first_not_of(" \t\f");
  size_t b = text.find_last_not_of(" \t\f\r\n");
  return a == std::string::npos ? "" : "  " + text.substr(a, b - a + 1) + "\n";
}
}  // namespace

namespace {
Object g_warn_hook, g_unawaited_hook;  // warnings.py's, once the program imported it

// The warning as CPython's C code shows it when the warnings module is not imported.
// `with_source`: it names an object (warn's source=), which adds tracemalloc's suggestion.
void default_warn(const std::string& category, const std::string& message, int stacklevel, bool with_source);
}  // namespace

void set_warn_hooks(const Object& warn_hook, const Object& unawaited) {
  g_warn_hook = warn_hook;
  g_unawaited_hook = unawaited;
}

void warn(TypeObject* category, const std::string& message, int stacklevel) {
  if (!g_warn_hook.is_unbound()) {
    aiocc::call(g_warn_hook, {py_str(message), Object(category), py_int(stacklevel)});
    return;
  }
  default_warn(category->name, message, stacklevel, false);
}

void warn_unawaited_coroutine(const std::string& qualname, const std::string& repr) {
  if (!g_unawaited_hook.is_unbound()) {
    aiocc::call(g_unawaited_hook, {py_str(qualname), py_str(repr)});
    return;
  }
  default_warn("RuntimeWarning", "coroutine '" + qualname + "' was never awaited", 1, true);
}

namespace {
void default_warn(const std::string& category, const std::string& message, int stacklevel, bool with_source) {
  // The "default" action: once per (message, category, location).
  static std::set<std::string> seen;
  const Frame* f = g_frame;
  while (f && (!f->code || !f->code->module || f->code->hidden)) f = f->parent;
  for (int i = 1; i < stacklevel && f; ++i) {
    f = f->parent;
    while (f && (!f->code || !f->code->module || f->code->hidden)) f = f->parent;
  }
  // CPython's default filters: DeprecationWarning shown only where __main__ raised it;
  // PendingDeprecationWarning, ImportWarning and ResourceWarning never.
  if (category == "PendingDeprecationWarning" || category == "ImportWarning" || category == "ResourceWarning") return;
  if (category == "DeprecationWarning" && (!f || std::string_view(f->code->module->name) != "__main__")) return;
  std::string where;
  std::string source;
  if (f) {
    const SrcPos& p = f->code->positions[f->pos];
    where = std::string(f->code->module->path) + ":" + std::to_string(p.line);
    source = source_line(*f->code->module, p.line);
  } else {
    where = "sys:1";
  }
  std::string key = message + "|" + category + "|" + where;
  if (!seen.insert(key).second) return;
  builtins::flush_stdout();
  builtins::write_stderr(where + ": " + category + ": " + message + "\n" + source);
  if (with_source) builtins::write_stderr(category + ": Enable tracemalloc to get the object allocation traceback\n");
}
}  // namespace

namespace {
std::vector<std::function<std::string()>>& exit_reports() {
  static std::vector<std::function<std::string()>> reports;
  return reports;
}
}  // namespace

void report_at_exit(std::function<std::string()> make) { exit_reports().push_back(std::move(make)); }

namespace {
std::vector<Object>& at_exit_calls() {
  static std::vector<Object> calls;
  return calls;
}

// atexit's _PyAtExit_Call: each function, the last registered first; an exception is printed
// and the next function runs.
void run_at_exit_calls() {
  std::vector<Object>& calls = at_exit_calls();
  while (!calls.empty()) {
    Object fn = calls.back();
    calls.pop_back();
    try {
      aiocc::call(fn, {});
    } catch (PyException& e) {
      builtins::flush_stdout();
      builtins::write_stderr("Exception ignored in atexit callback: " + repr(fn) + "\n" + format_exception(e.exc));
    }
  }
}
}  // namespace

void register_at_exit(const Object& fn) { at_exit_calls().push_back(fn); }

namespace {
// Interpreter shutdown: __main__'s dict is freed, each value released in binding order (the
// dict's order), so a __del__ runs then, and a suspended generator's finally.
void clear_module_globals(const ModuleInfo& m) {
  for (int i = 0; i < m.nglobals; ++i) {
    if (Object* v = m.globals[i].value; v && !v->is_unbound()) *v = Object();
  }
}
}  // namespace

// ---- SIGINT ----------------------------------------------------------------------------------
namespace {
void on_sigint(int) { g_signal_pending = 1; }
// run_main's status for an uncaught KeyboardInterrupt (not an exit status: beyond 255).
constexpr int kDiedBySigint = 1000;
}  // namespace

void install_signal_handlers() {
  struct sigaction old;
  if (sigaction(SIGINT, nullptr, &old) != 0 || old.sa_handler != SIG_DFL) return;  // e.g. ignored
  struct sigaction sa{};
  sa.sa_handler = on_sigint;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0;  // no SA_RESTART: a blocking wait returns EINTR and runs the handler
  sigaction(SIGINT, &sa, nullptr);
}

void run_signal_handlers() {
  g_signal_pending = 0;
  if (g_sigint_handler && g_sigint_handler()) return;
  raise_exc(new_exception(&exc::KeyboardInterrupt, std::vector<Object>{}));
}

void PlainFrame::run_signal_handlers_on_entry() {
  try {
    run_signal_handlers();
  } catch (PyException& e) {
    add_traceback(e.exc, parent);
    g_frame = parent;
    throw;
  }
}

// Py_RunMain after an uncaught KeyboardInterrupt: the default disposition, then the signal
// itself, so the parent sees a death by SIGINT (a shell stops a script loop on it).
void exit_by_sigint() {
  std::signal(SIGINT, SIG_DFL);
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  pthread_sigmask(SIG_UNBLOCK, &set, nullptr);
  kill(getpid(), SIGINT);
  _exit(128 + SIGINT);
}

namespace {
int run_main(int argc, char** argv, const CodeInfo* module_code, void (*body)(Frame& f),
             const CompileWarning* warnings, int nwarnings) {
  sys::init(argc, argv, module_code->module->path);
  // The compiler's warnings: each one printed (no registry keeps them once per location).
  for (int i = 0; i < nwarnings; ++i) {
    const ModuleInfo& m = *module_code->module;
    builtins::write_stderr(std::string(m.path) + ":" + std::to_string(warnings[i].line) +
                           ": SyntaxWarning: " + warnings[i].message + "\n" + source_line(m, warnings[i].line));
  }
  int code = 0;
  {
    PlainFrame f(module_code);
    try {
      body(f);
    } catch (PyException& e) {
      ExceptionObject* eo = e.obj();
      if (eo->cls->is_subtype_of(&exc::SystemExit)) {
        Object c = eo->args.empty() ? None : eo->args.size() == 1 ? eo->args[0] : Object();
        if (c.is_none()) {
          code = 0;
        } else if (c.is_small_int() || c.is_bool()) {
          code = static_cast<int>(c.is_bool() ? c.as_bool() : c.as_int());
        } else {
          builtins::flush_stdout();
          builtins::write_stderr(str(c.is_unbound() ? e.exc : c) + "\n");
          code = 1;
        }
      } else {
        print_exception(e.exc);
        code = eo->cls->is_subtype_of(&exc::KeyboardInterrupt) ? kDiedBySigint : 1;
      }
    }
  }
  run_at_exit_calls();
  if (module_code->module) clear_module_globals(*module_code->module);
  builtins::flush_stdout();
  for (const auto& make : exit_reports()) builtins::write_stderr(make());
  if (int err; builtins::flush_stdout_failed(err)) {
    // Py_FinalizeEx's flush_std_files: the error is reported, and the exit status is 120.
    builtins::write_stderr(std::string("Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' "
                                       "encoding='utf-8'>\n") +
                           (err == EPIPE ? "BrokenPipeError" : "OSError") + ": [Errno " +
                           std::to_string(err) + "] " + std::strerror(err) + "\n");
    code = 120;
  }
  return code;
}
}  // namespace

int run_program(int argc, char** argv, const CodeInfo* module_code, void (*body)(Frame& f),
                const CompileWarning* warnings, int nwarnings) {
  // As CPython: a closed pipe is a write error (BrokenPipeError), not death by SIGPIPE.
  std::signal(SIGPIPE, SIG_IGN);
  install_signal_handlers();
  // SIGINT goes to the thread that runs the program (it inherits the mask and unblocks it), so
  // that its blocking waits are the ones it interrupts.
  sigset_t sigint, saved;
  sigemptyset(&sigint);
  sigaddset(&sigint, SIGINT);
  pthread_sigmask(SIG_BLOCK, &sigint, &saved);
  // Python code recurses as deep as sys.setrecursionlimit allows, each level a few hundred
  // bytes of native stack: far more than the 8 MiB the main thread has.
  int status = 0;
  run_with_large_stack([&] {
    pthread_sigmask(SIG_SETMASK, &saved, nullptr);
    status = run_main(argc, argv, module_code, body, warnings, nwarnings);
  });
  if (status == kDiedBySigint) exit_by_sigint();
  // Skip static destructors: module globals may hold objects whose finalizers would run after
  // the runtime's own statics are gone.
  _exit(status & 0xFF);
}

}  // namespace aiocc
