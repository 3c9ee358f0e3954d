// Python frames as the generated code sees them: a code descriptor (function name, module,
// table of source positions) and the index of the position being executed. Frames exist for
// tracebacks and for warnings that name a source line; they cost one store per statement or
// raising operation.
#pragma once

#include <string>

#include "aiocc/signals.h"

namespace aiocc {

class Object;

// A name the module binds, with its variable (null: an import, bound once its statement ran).
struct GlobalSlot {
  const char* name;
  Object* value;  // the variable, or null for an import the compiler resolved statically
  Object (*imported)() = nullptr;  // then: what the import bound (globals() shows it)
};

struct ModuleInfo {
  const char* path;           // as CPython prints it (absolute)
  const char* const* lines;   // source lines, without line ends
  int nlines;
  // Its module-level names in binding order: the globals a NameError's suggestion looks at.
  const GlobalSlot* globals = nullptr;
  int nglobals = 0;
  const char* doc = nullptr;  // the module's docstring (__doc__), if it has one
  size_t doc_size = 0;
  const char* name = "__main__";  // its __name__ (a module of the script: its dotted name)
  const char* package = nullptr;  // its __package__ (null: None)
};

// One traceback position: the line and the column range CPython 3.11 underlines, with the
// operator anchors of a binary operation or subscript (-1 when none).
struct SrcPos {
  int line;
  int col;
  int end_col;  // -1: to the end of the line (multi-line expressions)
  int anchor_l;
  int anchor_r;
};

struct CodeInfo {
  const char* name;
  const ModuleInfo* module;
  const SrcPos* positions;
  // co_varnames (parameters, then the other locals that are not cells): a NameError's
  // suggestions look there first.
  const char* const* varnames = nullptr;
  int nvarnames = 0;
  // The free variables, in the order of the function object's cells (co_freevars sorts them).
  const char* const* freevars = nullptr;
  int nfreevars = 0;
  // A library function that stands for one of CPython's written in C (runtime/lib): like C
  // code, it has no entry in tracebacks and is no caller for warnings' stacklevel.
  bool hidden = false;
};

// Marker passed as the last argument of raising operations: constructing it records the
// position after the operands were evaluated (clang evaluates arguments left to right).
struct Pos {};

struct Frame {
  const CodeInfo* code = nullptr;
  Frame* parent = nullptr;
  int pos = 0;
  int depth = 0;  // Python frames on CPython's stack when this one runs (recursion limit)
  // The exception an except clause (or a `finally` or `__exit__` on the exception path) of this
  // frame is handling, and the one its caller was handling when this frame was entered or
  // resumed: CPython's exc_info stack, which gives a new exception its __context__ and a bare
  // `raise` what it re-raises. The caller cannot change its own while this frame runs.
  const Object* handled = nullptr;
  const Object* inherited = nullptr;

  Pos at(int p) {
    pos = p;
    return {};
  }
  const Object* handling() const { return handled ? handled : inherited; }
};

// Marks the frame as handling `exc` (when not null) for the scope of an except clause.
// The exception a handler caught records its traceback's length (ExceptionObject::tb_caught).
void note_caught(const Object& exc);

struct Handling {
  Frame& f;
  const Object* prev;
  Handling(Frame& frame, const Object* exc) : f(frame), prev(frame.handled) {
    if (exc) {
      f.handled = exc;
      note_caught(*exc);
    }
  }
  ~Handling() { f.handled = prev; }
  Handling(const Handling&) = delete;
  Handling& operator=(const Handling&) = delete;
};

// The frame currently executing (nullptr in loop callbacks). Plain functions push and pop it;
// coroutines set it whenever they resume.
inline Frame* g_frame = nullptr;
// The frame that called asyncio.run, while it runs: the frames of tasks and callbacks end
// where CPython's stack goes on through the loop and the runner to it.
inline Frame* g_run_caller = nullptr;

// The __name__ of the module whose code runs (a class statement's __module__, a function's).
inline const char* current_module_name() {
  return g_frame && g_frame->code && g_frame->code->module ? g_frame->code->module->name : "__main__";
}

// CPython's default sys.getrecursionlimit(), and the depth of the frames CPython has on its
// stack when no aiocc frame is current (inside asyncio.run: the runner's and loop's frames).
inline int g_recursion_limit = 1000;  // sys.setrecursionlimit
inline int g_base_depth = 0;
[[noreturn]] void recursion_error(bool add_caller_entry);

inline int next_depth() { return (g_frame ? g_frame->depth : g_base_depth) + 1; }

// A call through a native callable that CPython makes with tp_call (an lru_cache wrapper): one
// more level of recursion while it runs, as _PyObject_MakeTpCall's _Py_EnterRecursiveCall
// ("while calling a Python object"), on top of the Python frame it then calls.
struct NativeCallDepth {
  int* depth;
  NativeCallDepth();
  ~NativeCallDepth() { --*depth; }
  NativeCallDepth(const NativeCallDepth&) = delete;
  NativeCallDepth& operator=(const NativeCallDepth&) = delete;
};

// RAII frame for plain (non-async) functions and the module body.
struct PlainFrame : Frame {
  explicit PlainFrame(const CodeInfo* c) {
    depth = next_depth();
    if (depth > g_recursion_limit) recursion_error(true);
    code = c;
    parent = g_frame;
    if (parent) inherited = parent->handling();
    g_frame = this;
    if (g_signal_pending) [[unlikely]] {
      run_signal_handlers_on_entry();
    }
  }
  ~PlainFrame() { g_frame = parent; }

 private:
  // A signal's handler raising at the entry (CPython's RESUME): the new frame (at its def line)
  // and its caller are in the traceback, and the frame is popped.
  void run_signal_handlers_on_entry();
};

// Formats one traceback entry ("  File ..., line N, in f" + source + carets).
std::string format_tb_entry(const CodeInfo* code, int pos);

}  // namespace aiocc
