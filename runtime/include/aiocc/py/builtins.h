// Built-in functions. Each has the generic signature (Args, Kwargs) so one emitted form calls
// them all; the frontend's builtin table (frontend/src/builtins_table.cpp) names them.
#pragma once

#include <string>

#include "aiocc/frame.h"
#include "aiocc/py/function.h"
#include "aiocc/py/object.h"

namespace aiocc::builtins {

#define AIOCC_BUILTINS(X)                                                                     \
  X(aiter) X(anext) X(print) X(len) X(repr) X(abs) X(min) X(max) X(sum) X(isinstance) X(sorted) X(enumerate)    \
  X(zip) X(any) X(all) X(round) X(chr) X(ord) X(id) X(hash) X(callable)                       \
  X(divmod) X(reversed) X(hex) X(map) X(filter) X(getattr) X(setattr) X(hasattr) X(pow) X(bin)   \
  X(oct) X(format) X(iter) X(next) X(vars) X(issubclass) X(delattr) X(ascii) X(dir) X(globals)  \
  X(locals)

#define AIOCC_DECLARE_BUILTIN(name)  \
  Object name(Args args, Kwargs kw); \
  extern BuiltinFunction name##_fn;
AIOCC_BUILTINS(AIOCC_DECLARE_BUILTIN)
#undef AIOCC_DECLARE_BUILTIN

// The module's own names: __doc__, __file__, and the module an `import m` bound, as globals()
// shows it (module objects are no values otherwise).
Object module_doc(const ModuleInfo& m);
Object module_file(const ModuleInfo& m);
Object module_object(const char* name);
// One of aiocc's modules used as a value, with what it offers (the program's table of it).
Object module_value(const char* name, const GlobalSlot* attrs, int nattrs);

// locals() in a function: a new dict of its variables that are bound (name, value), in the
// order given (CPython's: parameters, locals, cells, free variables). dir() without an argument:
// the sorted names of such a namespace.
Object function_locals(std::initializer_list<std::pair<const char*, const Object*>> vars);
Object namespace_dir(const Object& ns);

// Where print writes; flushed at exit and before anything goes to stderr.
void write_stdout(const std::string& s);
void flush_stdout();           // keeps a write error for the exit's report
void flush_stdout_or_raise();  // raises it (OSError: BrokenPipeError for a closed pipe)
bool flush_stdout_failed(int& err);
void write_stderr(const std::string& s);

}  // namespace aiocc::builtins

// The builtins that _io's Python code provides (runtime/src/modules/io_builtins.cpp).
namespace aiocc::io_builtins {
Object open(Args args, Kwargs kw);
Object open_value();  // the function object, _io.open
Object input(Args args, Kwargs kw);
extern BuiltinFunction input_fn;
Object& stdin_obj();     // sys.stdin: an _io.TextIOWrapper over fd 0, made at first use
Object original_stdin();  // sys.__stdin__
}  // namespace aiocc::io_builtins

namespace aiocc::sys {
extern Object argv;
extern Object stdout_obj, stderr_obj;  // sys.stdout / sys.stderr: objects with write()
Object original_stdout();  // sys.__stdout__, sys.__stderr__
Object original_stderr();
bool stdio_surrogateescape();  // the standard streams' error handler: surrogateescape, or strict
// sys.version_info: a named tuple whose repr is `sys.version_info(major=3, ...)`, as CPython's.
Object version_info();
Object version();    // sys.version, the recording python3's
Object hexversion();
void init(int argc, char** argv, const char* main_path);
// sys.NAME for the names runtime/lib/_aiocc_sys.py holds (runtime/src/modules/sys_lib.cpp).
Object lib_value(const char* name);
Object builtin_module_names();  // CPython's, recorded at build time
Object stdlib_module_names();
const char* main_path();  // the script's file, as __main__.__file__ names it
Object exit(Args args, Kwargs kw);
Object getrecursionlimit(Args args, Kwargs kw);
Object setrecursionlimit(Args args, Kwargs kw);
Object exc_info(Args args, Kwargs kw);
Object exception(Args args, Kwargs kw);
Object get_int_max_str_digits(Args args, Kwargs kw);
Object set_int_max_str_digits(Args args, Kwargs kw);
extern BuiltinFunction exit_fn, getrecursionlimit_fn, setrecursionlimit_fn, exc_info_fn, exception_fn, get_int_max_str_digits_fn,
    set_int_max_str_digits_fn;
}  // namespace aiocc::sys

namespace aiocc::time_module {
Object monotonic(Args args, Kwargs kw);
Object time(Args args, Kwargs kw);
Object perf_counter(Args args, Kwargs kw);
Object sleep(Args args, Kwargs kw);  // blocking, as time.sleep
extern BuiltinFunction monotonic_fn, time_fn, perf_counter_fn, sleep_fn;
Object monotonic_ns(Args args, Kwargs kw);  // the same clocks in integer nanoseconds
Object perf_counter_ns(Args args, Kwargs kw);
Object time_ns(Args args, Kwargs kw);
extern BuiltinFunction monotonic_ns_fn, perf_counter_ns_fn, time_ns_fn;
// What runtime/lib/time.py takes from the C side (through _aiocc): see runtime/src/modules/time.cpp.
Object time_tm(Args args, Kwargs kw);
Object time_mktime(Args args, Kwargs kw);
Object time_strftime(Args args, Kwargs kw);
Object time_asctime(Args args, Kwargs kw);
Object time_ctime(Args args, Kwargs kw);
Object time_zone(Args args, Kwargs kw);
Object clock_gettime(Args args, Kwargs kw);
Object clock_gettime_ns(Args args, Kwargs kw);
Object clock_getres(Args args, Kwargs kw);
extern BuiltinFunction time_tm_fn, time_mktime_fn, time_strftime_fn, time_asctime_fn, time_ctime_fn, time_zone_fn,
    clock_gettime_fn, clock_gettime_ns_fn, clock_getres_fn;
}  // namespace aiocc::time_module
