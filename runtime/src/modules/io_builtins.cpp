// The builtins that are _io's (runtime/lib/_io.py): open, input and sys.stdin. A program that
// names one links this file, and with it _io and what _io imports; others do not.
#include "aiocc/py/builtins.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/module.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/str.h"

namespace aiocc::lib::m__io {
extern aiocc::UserModule kUserModule;
}

namespace aiocc::io_builtins {

namespace {
Object io_function(const char* name) { return getattr(import_module(lib::m__io::kUserModule), name); }
}  // namespace

Object open_value() {
  static const Object* f = new Object(io_function("open"));
  return *f;
}

Object open(Args args, Kwargs kw) { return call(open_value(), args, kw); }

// sys.stdin as CPython's create_stdio makes it: a TextIOWrapper named '<stdin>' over fd 0, in
// the standard streams' encoding and error handler, lines ending at "\n" only.
Object original_stdin() {
  static const Object* in = new Object(call(io_function("_make_stdin"), {py_str(sys::stdio_surrogateescape() ? "surrogateescape" : "strict")}));
  return *in;
}

Object& stdin_obj() {
  static Object* in = new Object(original_stdin());
  return *in;
}

// input(prompt): the prompt written to sys.stdout and flushed, a line read from sys.stdin
// without its newline; EOFError at the end of the input (builtin_input_impl, for streams that
// are not terminals).
Object input(Args args, Kwargs kw) {
  if (kw.size() != 0) raise(&exc::TypeError, "input() takes no keyword arguments");
  if (args.size() > 1) {
    raise(&exc::TypeError, "input expected at most 1 argument, got " + std::to_string(args.size()));
  }
  Object out = sys::stdout_obj;
  call_method(sys::stderr_obj, "flush", {});
  if (args.size() != 0) call_method(out, "write", {py_str(str(args[0]))});
  call_method(out, "flush", {});
  Object line = call_method(stdin_obj(), "readline", {});
  if (!is_str(line)) raise(&exc::TypeError, "object.readline() returned non-string");
  std::string s = str_value(line);
  if (s.empty()) raise(&exc::EOFError, "EOF when reading a line");
  if (s.back() == '\n') s.pop_back();
  return py_str(std::move(s));
}

BuiltinFunction input_fn("input", input);

}  // namespace aiocc::io_builtins
